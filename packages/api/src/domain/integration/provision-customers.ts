import type { CustomerPut, CustomerResource, ListPage, ListQuery } from '@collab/contracts';
import { formatOrgNumber } from '@collab/contracts';
import {
  activationRequests,
  collaborations,
  customers,
  invitations,
  type Transaction,
  taskParticipants,
  tasks,
  transact,
} from '@collab/db';
import { and, asc, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import { fail, failField } from '../../errors.js';
import { rederiveForCustomer } from './access-follows.js';
import {
  type CustomerDirectory,
  type CustomerRow,
  databaseCustomerDirectory,
} from './directories.js';
import type { IntegrationContext } from './integration-context.js';
import { insertCustomerRow } from './prepared-writes.js';
import {
  type AgencyRow,
  auditProvisioning,
  cursorAfter,
  iso,
  orgNumberDigits,
  ownAgency,
  type PutOutcome,
  type PutResult,
  pageOf,
} from './shared.js';

export function customerResource(
  agency: AgencyRow,
  row: CustomerRow,
  directory: Pick<CustomerDirectory, 'employeeExternalIdOf'>,
): CustomerResource {
  return {
    object: 'customer',
    id: row.externalId ?? '',
    agencyId: agency.externalId ?? '',
    name: row.name,
    orgNumber: formatOrgNumber(row.orgNumber),
    companyType: row.companyType,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    accountManagerId:
      row.accountManagerId === null ? null : directory.employeeExternalIdOf(row.accountManagerId),
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

function snapshot(row: CustomerRow): Record<string, unknown> {
  return {
    externalId: row.externalId,
    name: row.name,
    orgNumber: row.orgNumber,
    companyType: row.companyType,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    accountManagerId: row.accountManagerId,
  };
}

const comparedFields = [
  'name',
  'orgNumber',
  'companyType',
  'contactName',
  'contactEmail',
  'contactPhone',
  'accountManagerId',
] as const;

/**
 * The write of one customer PUT in the caller's transaction. A customer made inside Collab
 * (no external id) with the same org number is adopted rather than duplicated.
 */
export function applyCustomer(
  transaction: Transaction,
  context: IntegrationContext,
  agency: AgencyRow,
  externalId: string,
  input: CustomerPut,
  directory: CustomerDirectory,
  now: Date,
): { row: CustomerRow; outcome: PutOutcome } {
  let accountManagerId: string | null = null;
  if (input.accountManagerId !== null) {
    accountManagerId = directory.employeeIdOf(input.accountManagerId) ?? null;
    if (accountManagerId === null) throw failField('accountManagerId', 'EMPLOYEE_NOT_FOUND');
  }
  const wanted = {
    name: input.name,
    searchName: input.name.toLocaleLowerCase('sv'),
    orgNumber: orgNumberDigits(input.orgNumber),
    companyType: input.companyType,
    contactName: input.contact.name,
    contactEmail: input.contact.email ?? null,
    contactPhone: input.contact.phone ?? null,
    accountManagerId,
  };
  let existing = directory.customerByExternalId(externalId);
  const sameOrgNumber = directory.customerByOrgNumber(wanted.orgNumber);
  let outcome: PutOutcome = 'updated';
  if (sameOrgNumber && sameOrgNumber.id !== existing?.id) {
    if (existing || sameOrgNumber.externalId !== null) {
      throw fail('ORG_NUMBER_TAKEN', { externalId: sameOrgNumber.externalId ?? '' });
    }
    existing = sameOrgNumber;
    outcome = 'created';
  }
  if (!existing) {
    const row: CustomerRow = {
      id: crypto.randomUUID(),
      agencyId: agency.id,
      ...wanted,
      externalId,
      version: 1,
      createdAt: now,
    };
    insertCustomerRow(context.db, row);
    auditProvisioning(
      context,
      { agencyId: agency.id, action: 'customer.provisioned', before: null, after: snapshot(row) },
      now,
    );
    return { row, outcome: 'created' };
  }
  const current = existing;
  const adopted = current.externalId === null;
  if (!adopted && comparedFields.every((field) => current[field] === wanted[field])) {
    return { row: current, outcome: 'unchanged' };
  }
  const row: CustomerRow = { ...current, ...wanted, externalId, version: current.version + 1 };
  transaction
    .update(customers)
    .set({ ...wanted, externalId, version: row.version })
    .where(eq(customers.id, current.id))
    .run();
  if (current.contactEmail !== row.contactEmail) rederiveForCustomer(transaction, row.id, now);
  auditProvisioning(
    context,
    {
      agencyId: agency.id,
      action: 'customer.provisioned',
      before: snapshot(current),
      after: snapshot(row),
    },
    now,
  );
  return { row, outcome };
}

export async function putCustomer(
  context: IntegrationContext,
  agencyId: string,
  customerId: string,
  input: CustomerPut,
): Promise<PutResult<CustomerResource>> {
  return transact(context.db, (transaction) => {
    const agency = ownAgency(transaction, context.integration.id, agencyId);
    const directory = databaseCustomerDirectory(transaction, agency.id);
    const { row, outcome } = applyCustomer(
      transaction,
      context,
      agency,
      customerId,
      input,
      directory,
      context.clock.now(),
    );
    return { resource: customerResource(agency, row, directory), outcome };
  });
}

export async function getCustomerResource(
  context: IntegrationContext,
  agencyId: string,
  customerId: string,
): Promise<CustomerResource> {
  const agency = ownAgency(context.db, context.integration.id, agencyId);
  const directory = databaseCustomerDirectory(context.db, agency.id);
  const row = directory.customerByExternalId(customerId);
  if (!row) throw fail('CUSTOMER_NOT_FOUND');
  return customerResource(agency, row, directory);
}

export async function listCustomerResources(
  context: IntegrationContext,
  agencyId: string,
  query: ListQuery,
): Promise<ListPage<CustomerResource>> {
  const agency = ownAgency(context.db, context.integration.id, agencyId);
  const after = cursorAfter(query);
  const rows = context.db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.agencyId, agency.id),
        isNotNull(customers.externalId),
        after === null ? undefined : gt(customers.externalId, after),
      ),
    )
    .orderBy(asc(customers.externalId))
    .limit(query.limit + 1)
    .all();
  const directory = databaseCustomerDirectory(context.db, agency.id);
  return pageOf(rows, query, (row) => customerResource(agency, row, directory));
}

/**
 * Deletes a customer and its tasks. Refused while any collaboration (or invitation) names
 * it: those are shared with the company and their history must stay whole.
 */
export async function deleteCustomer(
  context: IntegrationContext,
  agencyId: string,
  customerId: string,
): Promise<void> {
  await transact(context.db, (transaction) => {
    const now = context.clock.now();
    const agency = ownAgency(transaction, context.integration.id, agencyId);
    const row = databaseCustomerDirectory(transaction, agency.id).customerByExternalId(customerId);
    if (!row) throw fail('CUSTOMER_NOT_FOUND');
    const used =
      transaction
        .select({ id: collaborations.id })
        .from(collaborations)
        .where(eq(collaborations.customerId, row.id))
        .get() ??
      transaction
        .select({ id: invitations.id })
        .from(invitations)
        .where(eq(invitations.customerId, row.id))
        .get();
    if (used) throw fail('CUSTOMER_IN_USE');
    // Prepared invitations for a customer that no longer exists can never be sent.
    transaction.delete(activationRequests).where(eq(activationRequests.customerId, row.id)).run();
    const taskIds = transaction
      .select({ id: tasks.id, externalId: tasks.externalId })
      .from(tasks)
      .where(eq(tasks.customerId, row.id))
      .all();
    if (taskIds.length > 0) {
      const ids = taskIds.map((task) => task.id);
      transaction.delete(taskParticipants).where(inArray(taskParticipants.taskId, ids)).run();
      transaction.delete(tasks).where(inArray(tasks.id, ids)).run();
    }
    transaction.delete(customers).where(eq(customers.id, row.id)).run();
    auditProvisioning(
      context,
      {
        agencyId: agency.id,
        action: 'customer.deleted',
        before: { ...snapshot(row), taskIds: taskIds.map((task) => task.externalId ?? task.id) },
        after: null,
      },
      now,
    );
  });
}
