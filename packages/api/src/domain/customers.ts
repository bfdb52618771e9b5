import type {
  customerGetInputSchema,
  customersListInputSchema,
  ServiceId,
} from '@collab/contracts';
import {
  type CollaborationStatus,
  effectiveStatus,
  formatOrgNumber,
  occupyingStatuses,
} from '@collab/contracts';
import {
  accountUsers,
  collaborations,
  customerAccounts,
  customers,
  type Database,
  employees,
  invitations,
  taskParticipants,
  tasks,
} from '@collab/db';
import { and, asc, eq, exists, gt, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { accountAdminsOf } from './account-admins.js';
import { requireEmployee } from './actors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { customerSearchCondition } from './customer-search.js';
import { occupies } from './service-occupancy.js';

export interface PersonRef {
  id: string;
  name: string;
}

export interface TaskSummary {
  id: string;
  name: string;
  owner: PersonRef;
  participants: PersonRef[];
}

export interface CustomerSummary {
  id: string;
  name: string;
  orgNumber: string;
  companyType: string;
  contact: { name: string; email: string | null; phone: string | null };
  accountManager: PersonRef | null;
  hasAccount: boolean;
  tasks: TaskSummary[];
}

export interface CustomerDetails extends CustomerSummary {
  /** The company's account, if it has one: how many admins an invitation would reach. */
  account: { adminCount: number } | null;
  /** Services that are pending or active now, so a dialog can show them as taken. */
  openCollaborations: {
    collaborationId: string;
    service: ServiceId;
    status: CollaborationStatus;
  }[];
}

const accountManager = alias(employees, 'account_manager');

function customerColumns() {
  return {
    id: customers.id,
    name: customers.name,
    searchName: customers.searchName,
    orgNumber: customers.orgNumber,
    companyType: customers.companyType,
    contactName: customers.contactName,
    contactEmail: customers.contactEmail,
    contactPhone: customers.contactPhone,
    accountManagerId: accountManager.id,
    accountManagerName: accountManager.name,
    accountId: customerAccounts.id,
  };
}

function customerQuery(database: Database, where: SQL | undefined) {
  return database
    .select(customerColumns())
    .from(customers)
    .leftJoin(accountManager, eq(accountManager.id, customers.accountManagerId))
    .leftJoin(
      customerAccounts,
      // The account counts only once it has users, as in `companyAccountOf`: the empty one a
      // legacy import leaves is no account to the activation, so not to its dialog either.
      and(
        eq(customerAccounts.orgNumber, customers.orgNumber),
        exists(
          database
            .select({ id: accountUsers.id })
            .from(accountUsers)
            .where(eq(accountUsers.accountId, customerAccounts.id)),
        ),
      ),
    )
    .where(where);
}

type CustomerRow = Awaited<ReturnType<ReturnType<typeof customerQuery>['all']>>[number];

/** The tasks of several customers in one query, grouped by customer: no query per row. */
function tasksByCustomer(database: Database, customerIds: string[]): Map<string, TaskSummary[]> {
  const grouped = new Map<string, TaskSummary[]>();
  if (customerIds.length === 0) return grouped;
  const owner = alias(employees, 'owner');
  const taskRows = database
    .select({
      id: tasks.id,
      customerId: tasks.customerId,
      name: tasks.name,
      ownerId: owner.id,
      ownerName: owner.name,
    })
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .where(inArray(tasks.customerId, customerIds))
    .orderBy(asc(tasks.name))
    .all();
  const participantRows =
    taskRows.length === 0
      ? []
      : database
          .select({ taskId: taskParticipants.taskId, id: employees.id, name: employees.name })
          .from(taskParticipants)
          .innerJoin(employees, eq(employees.id, taskParticipants.employeeId))
          .where(
            inArray(
              taskParticipants.taskId,
              taskRows.map((task) => task.id),
            ),
          )
          .orderBy(asc(employees.name))
          .all();
  for (const task of taskRows) {
    const summary: TaskSummary = {
      id: task.id,
      name: task.name,
      owner: { id: task.ownerId, name: task.ownerName },
      participants: participantRows
        .filter((participant) => participant.taskId === task.id)
        .map(({ id, name }) => ({ id, name })),
    };
    const list = grouped.get(task.customerId) ?? [];
    list.push(summary);
    grouped.set(task.customerId, list);
  }
  return grouped;
}

function toSummary(row: CustomerRow, taskMap: Map<string, TaskSummary[]>): CustomerSummary {
  return {
    id: row.id,
    name: row.name,
    orgNumber: formatOrgNumber(row.orgNumber),
    companyType: row.companyType,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    accountManager:
      row.accountManagerId && row.accountManagerName
        ? { id: row.accountManagerId, name: row.accountManagerName }
        : null,
    hasAccount: row.accountId !== null,
    tasks: taskMap.get(row.id) ?? [],
  };
}

/** The agency's customer register, by name, searchable by name or organisation number. */
export async function listCustomers(
  context: InnerContext,
  input: z.output<typeof customersListInputSchema>,
): Promise<{ items: CustomerSummary[]; nextCursor: string | null }> {
  const employee = await requireEmployee(context);
  const conditions: (SQL | undefined)[] = [eq(customers.agencyId, employee.agencyId)];
  if (input.search) conditions.push(customerSearchCondition(input.search));
  if (input.cursor) {
    const [searchName, id] = decodeCursor(input.cursor, ['string', 'string'] as const);
    conditions.push(
      or(
        gt(customers.searchName, searchName),
        and(eq(customers.searchName, searchName), gt(customers.id, id)),
      ),
    );
  }
  const rows = customerQuery(context.db, and(...conditions))
    .orderBy(asc(customers.searchName), asc(customers.id))
    .limit(input.limit + 1)
    .all();
  const page = rows.slice(0, input.limit);
  const taskMap = tasksByCustomer(
    context.db,
    page.map((row) => row.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(row, taskMap)),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.searchName, last.id]) : null,
  };
}

export async function getCustomer(
  context: InnerContext,
  input: z.output<typeof customerGetInputSchema>,
): Promise<CustomerDetails> {
  const employee = await requireEmployee(context);
  const row = customerQuery(
    context.db,
    and(eq(customers.id, input.customerId), eq(customers.agencyId, employee.agencyId)),
  ).get();
  if (!row) throw fail('CUSTOMER_NOT_FOUND');
  const adminCount = row.accountId ? accountAdminsOf(context.db, row.accountId).length : 0;
  const now = context.clock.now();
  const openCollaborations = context.db
    .select({
      collaborationId: collaborations.id,
      service: collaborations.service,
      status: collaborations.status,
      expiresAt: invitations.expiresAt,
    })
    .from(collaborations)
    .leftJoin(invitations, eq(invitations.id, collaborations.invitationId))
    .where(
      and(eq(collaborations.customerId, row.id), inArray(collaborations.status, occupyingStatuses)),
    )
    .all()
    .flatMap(({ collaborationId, service, status, expiresAt }) => {
      const current = effectiveStatus(status, expiresAt, now);
      return service === null || !occupies(current)
        ? []
        : [{ collaborationId, service, status: current }];
    });
  return {
    ...toSummary(row, tasksByCustomer(context.db, [row.id])),
    account: row.accountId ? { adminCount } : null,
    openCollaborations,
  };
}
