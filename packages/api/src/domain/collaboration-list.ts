import {
  type CollaborationStatus,
  collaborationStatuses,
  type collaborationsListInputSchema,
  formatOrgNumber,
  type InvoiceRecipient,
  invoiceRecipientOf,
  isCollaborationStatus,
  type ServiceId,
  type ServiceOptions,
} from '@collab/contracts';
import { collaborations, customers, employees, invitations, tasks } from '@collab/db';
import {
  and,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { requireEmployee } from './actors.js';
import { decodeCursor, encodeCursor, escapeLike, parseCustomerSearch } from './cursor.js';
import type { PersonRef } from './customers.js';

export interface CollaborationListItem {
  id: string;
  customer: { id: string; name: string; orgNumber: string };
  service: ServiceId | null;
  legacyServiceName: string | null;
  linked: boolean;
  task: { id: string; name: string; owner: PersonRef } | null;
  options: ServiceOptions;
  invoiceRecipient: InvoiceRecipient;
  status: CollaborationStatus;
  version: number;
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  invitation: {
    id: string;
    sentAt: string;
    expiresAt: string;
    sentBy: PersonRef;
    sendCount: number;
  } | null;
}

export interface CollaborationListPage {
  items: CollaborationListItem[];
  nextCursor: string | null;
  /** Per status, over every filter but the status filter, so tabs can show their counts. */
  countsByStatus: Record<CollaborationStatus, number>;
}

const taskOwner = alias(employees, 'task_owner');
const invitationSender = alias(employees, 'invitation_sender');

/**
 * The status a reader sees: a pending collaboration whose invitation has passed its expiry
 * reads as expired. Plain CASE, so the SQL stays portable.
 */
function effectiveStatusSql(now: Date) {
  return sql<CollaborationStatus>`case when ${collaborations.status} = 'pending' and ${invitations.expiresAt} <= ${now.getTime()} then 'expired' else ${collaborations.status} end`;
}

/**
 * Each wanted status as a condition on the stored status, so the status index still serves
 * the common cases; only pending and expired look at the invitation's expiry.
 */
function statusCondition(statuses: CollaborationStatus[], now: Date): SQL | undefined {
  const instant = now.getTime();
  return or(
    ...statuses.map((status) => {
      if (status === 'pending') {
        return and(
          eq(collaborations.status, 'pending'),
          sql`${invitations.expiresAt} > ${instant}`,
        );
      }
      if (status === 'expired') {
        return or(
          eq(collaborations.status, 'expired'),
          and(eq(collaborations.status, 'pending'), sql`${invitations.expiresAt} <= ${instant}`),
        );
      }
      return eq(collaborations.status, status);
    }),
  );
}

/** The agency overview (flow 7): filters, search, cursor pages and a count per status. */
export async function listCollaborations(
  context: InnerContext,
  input: z.output<typeof collaborationsListInputSchema>,
): Promise<CollaborationListPage> {
  const employee = await requireEmployee(context);
  const now = context.clock.now();
  const filters: (SQL | undefined)[] = [eq(collaborations.agencyId, employee.agencyId)];
  if (input.service?.length) filters.push(inArray(collaborations.service, input.service));
  if (input.customerId) filters.push(eq(collaborations.customerId, input.customerId));
  if (input.taskId) filters.push(eq(collaborations.taskId, input.taskId));
  if (input.taskOwnerId) filters.push(eq(tasks.ownerId, input.taskOwnerId));
  if (input.accountManagerId) filters.push(eq(customers.accountManagerId, input.accountManagerId));
  if (input.linked !== undefined) {
    filters.push(input.linked ? isNotNull(collaborations.service) : isNull(collaborations.service));
  }
  if (input.search) {
    const search = parseCustomerSearch(input.search);
    filters.push(
      'orgNumberPrefix' in search
        ? like(customers.orgNumber, `${search.orgNumberPrefix}%`)
        : sql`${customers.searchName} like ${`%${escapeLike(search.name)}%`} escape '\\'`,
    );
  }

  const status = effectiveStatusSql(now);
  const countRows = context.db
    .select({ status, count: sql<number>`count(*)` })
    .from(collaborations)
    .innerJoin(customers, eq(customers.id, collaborations.customerId))
    .leftJoin(tasks, eq(tasks.id, collaborations.taskId))
    .leftJoin(invitations, eq(invitations.id, collaborations.invitationId))
    .where(and(...filters))
    .groupBy(status)
    .all();
  const countsByStatus = Object.fromEntries(
    collaborationStatuses.map((name) => [name, 0]),
  ) as Record<CollaborationStatus, number>;
  for (const row of countRows)
    if (isCollaborationStatus(row.status)) countsByStatus[row.status] = row.count;

  const pageFilters = [...filters];
  if (input.status?.length) pageFilters.push(statusCondition(input.status, now));
  if (input.cursor) {
    const [createdAt, id] = decodeCursor(input.cursor, ['number', 'string'] as const);
    pageFilters.push(
      or(
        lt(collaborations.createdAt, new Date(createdAt)),
        and(eq(collaborations.createdAt, new Date(createdAt)), lt(collaborations.id, id)),
      ),
    );
  }
  const rows = context.db
    .select({
      id: collaborations.id,
      customerId: customers.id,
      customerName: customers.name,
      orgNumber: customers.orgNumber,
      service: collaborations.service,
      legacyServiceName: collaborations.legacyServiceName,
      taskId: tasks.id,
      taskName: tasks.name,
      ownerId: taskOwner.id,
      ownerName: taskOwner.name,
      options: collaborations.options,
      status,
      version: collaborations.version,
      createdAt: collaborations.createdAt,
      activatedAt: collaborations.activatedAt,
      endedAt: collaborations.endedAt,
      invitationId: invitations.id,
      sentAt: invitations.sentAt,
      expiresAt: invitations.expiresAt,
      sendCount: invitations.sendCount,
      senderId: invitationSender.id,
      senderName: invitationSender.name,
    })
    .from(collaborations)
    .innerJoin(customers, eq(customers.id, collaborations.customerId))
    .leftJoin(tasks, eq(tasks.id, collaborations.taskId))
    .leftJoin(taskOwner, eq(taskOwner.id, tasks.ownerId))
    .leftJoin(invitations, eq(invitations.id, collaborations.invitationId))
    .leftJoin(invitationSender, eq(invitationSender.id, invitations.sentById))
    .where(and(...pageFilters))
    .orderBy(desc(collaborations.createdAt), desc(collaborations.id))
    .limit(input.limit + 1)
    .all();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      customer: {
        id: row.customerId,
        name: row.customerName,
        orgNumber: formatOrgNumber(row.orgNumber),
      },
      service: row.service,
      legacyServiceName: row.legacyServiceName,
      linked: row.service !== null,
      task:
        row.taskId && row.taskName && row.ownerId && row.ownerName
          ? { id: row.taskId, name: row.taskName, owner: { id: row.ownerId, name: row.ownerName } }
          : null,
      options: row.options,
      invoiceRecipient: invoiceRecipientOf(row.options),
      status: row.status,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      activatedAt: row.activatedAt?.toISOString() ?? null,
      endedAt: row.endedAt?.toISOString() ?? null,
      invitation:
        row.invitationId &&
        row.sentAt &&
        row.expiresAt &&
        row.senderId &&
        row.senderName &&
        row.sendCount !== null
          ? {
              id: row.invitationId,
              sentAt: row.sentAt.toISOString(),
              expiresAt: row.expiresAt.toISOString(),
              sentBy: { id: row.senderId, name: row.senderName },
              sendCount: row.sendCount,
            }
          : null,
    })),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor([last.createdAt.getTime(), last.id]) : null,
    countsByStatus,
  };
}
