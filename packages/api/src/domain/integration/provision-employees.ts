import type { EmployeePut, EmployeeResource, ListPage, ListQuery } from '@collab/contracts';
import { employees, type Transaction, transact } from '@collab/db';
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { fail } from '../../errors.js';
import type { AuditAction } from '../audit.js';
import { rederiveForEmployee } from './access-follows.js';
import type { IntegrationContext } from './integration-context.js';
import { selectEmployee } from './prepared-reads.js';
import { insertEmployeeRow, updateEmployeeRow } from './prepared-writes.js';
import {
  type AgencyRow,
  auditProvisioning,
  cursorAfter,
  iso,
  ownAgency,
  type PutOutcome,
  type PutResult,
  pageOf,
  type Reader,
} from './shared.js';

export type EmployeeRow = typeof employees.$inferSelect;

export function employeeResource(agency: AgencyRow, row: EmployeeRow): EmployeeResource {
  return {
    object: 'employee',
    id: row.externalId ?? '',
    agencyId: agency.externalId ?? '',
    name: row.name,
    email: row.email,
    rights: row.rights,
    active: row.deactivatedAt === null,
    locale: row.locale,
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

function snapshot(row: EmployeeRow): Record<string, unknown> {
  return {
    externalId: row.externalId,
    name: row.name,
    email: row.email,
    rights: row.rights,
    locale: row.locale,
    active: row.deactivatedAt === null,
  };
}

export function findEmployee(
  reader: Reader,
  agencyId: string,
  externalId: string,
): EmployeeRow | undefined {
  return selectEmployee(reader, agencyId, externalId);
}

/**
 * The write of one employee PUT, inside the caller's transaction; `existing` is the stored
 * row (the bulk sync passes it from its map). Nothing is written when nothing changes.
 */
export function applyEmployee(
  transaction: Transaction,
  context: IntegrationContext,
  agency: AgencyRow,
  externalId: string,
  input: EmployeePut,
  existing: EmployeeRow | undefined,
  now: Date,
): { row: EmployeeRow; outcome: PutOutcome } {
  const wanted = {
    name: input.name,
    email: input.email,
    rights: input.rights,
    locale: input.locale,
  };
  if (!existing) {
    const row: EmployeeRow = {
      id: crypto.randomUUID(),
      agencyId: agency.id,
      ...wanted,
      externalId,
      deactivatedAt: input.active ? null : now,
      version: 1,
      createdAt: now,
    };
    insertEmployeeRow(context.db, row);
    auditProvisioning(
      context,
      { agencyId: agency.id, action: 'employee.provisioned', before: null, after: snapshot(row) },
      now,
    );
    return { row, outcome: 'created' };
  }
  const wasActive = existing.deactivatedAt === null;
  const same =
    existing.name === wanted.name &&
    existing.email === wanted.email &&
    existing.rights === wanted.rights &&
    existing.locale === wanted.locale &&
    wasActive === input.active;
  if (same) return { row: existing, outcome: 'unchanged' };
  const row: EmployeeRow = {
    ...existing,
    ...wanted,
    deactivatedAt: input.active ? null : (existing.deactivatedAt ?? now),
    version: existing.version + 1,
  };
  updateEmployeeRow(context.db, row);
  let action: AuditAction = 'employee.provisioned';
  if (wasActive !== input.active) {
    action = input.active ? 'employee.reactivated' : 'employee.deactivated';
    rederiveForEmployee(transaction, existing.id, now);
  }
  auditProvisioning(
    context,
    { agencyId: agency.id, action, before: snapshot(existing), after: snapshot(row) },
    now,
  );
  return { row, outcome: 'updated' };
}

export async function putEmployee(
  context: IntegrationContext,
  agencyId: string,
  employeeId: string,
  input: EmployeePut,
): Promise<PutResult<EmployeeResource>> {
  return transact(context.db, (transaction) => {
    const agency = ownAgency(transaction, context.integration.id, agencyId);
    const existing = findEmployee(transaction, agency.id, employeeId);
    const { row, outcome } = applyEmployee(
      transaction,
      context,
      agency,
      employeeId,
      input,
      existing,
      context.clock.now(),
    );
    return { resource: employeeResource(agency, row), outcome };
  });
}

export async function getEmployee(
  context: IntegrationContext,
  agencyId: string,
  employeeId: string,
): Promise<EmployeeResource> {
  const agency = ownAgency(context.db, context.integration.id, agencyId);
  const row = findEmployee(context.db, agency.id, employeeId);
  if (!row) throw fail('EMPLOYEE_NOT_FOUND');
  return employeeResource(agency, row);
}

export async function listEmployees(
  context: IntegrationContext,
  agencyId: string,
  query: ListQuery,
): Promise<ListPage<EmployeeResource>> {
  const agency = ownAgency(context.db, context.integration.id, agencyId);
  const after = cursorAfter(query);
  const rows = context.db
    .select()
    .from(employees)
    .where(
      and(
        eq(employees.agencyId, agency.id),
        // Employees made inside Collab have no external id and are not the host's to list.
        isNotNull(employees.externalId),
        after === null ? undefined : gt(employees.externalId, after),
      ),
    )
    .orderBy(asc(employees.externalId))
    .limit(query.limit + 1)
    .all();
  return pageOf(rows, query, (row) => employeeResource(agency, row));
}

/**
 * DELETE deactivates: the employee can no longer sign in and loses the access their tasks
 * gave them at once, but their history stays. A second DELETE changes nothing.
 */
export async function deactivateEmployee(
  context: IntegrationContext,
  agencyId: string,
  employeeId: string,
): Promise<EmployeeResource> {
  return transact(context.db, (transaction) => {
    const agency = ownAgency(transaction, context.integration.id, agencyId);
    const existing = findEmployee(transaction, agency.id, employeeId);
    if (!existing) throw fail('EMPLOYEE_NOT_FOUND');
    const { row } = applyEmployee(
      transaction,
      context,
      agency,
      employeeId,
      {
        name: existing.name,
        email: existing.email,
        rights: existing.rights,
        locale: existing.locale,
        active: false,
      },
      existing,
      context.clock.now(),
    );
    return employeeResource(agency, row);
  });
}
