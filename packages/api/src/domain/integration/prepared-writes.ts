import type { Database } from '@collab/db';
import type { AuditAction } from '../audit.js';
import { sequentialId } from '../sequential-id.js';
import type { CustomerRow } from './directories.js';
import type { EmployeeRow } from './provision-employees.js';

/*
 * The inserts a bulk sync makes thousands of times, as statements prepared once per
 * connection. Built through Drizzle's query builder each time, building and preparing the SQL
 * cost far more than the insert: scripts/bench-sync.ts measured 2.9 s for 10,000 new records
 * that way and 0.9 s with these statements. They write exactly what the schema's Drizzle columns would: times as epoch
 * milliseconds, JSON as text. They run on the connection of the caller's transaction, since
 * better-sqlite3 has one connection per Database.
 */

type Client = Database['$client'];

function preparedFor(client: Client) {
  return {
    audit: client.prepare(
      `insert into audit_event (id, agency_id, account_id, collaboration_id, invitation_id,
        actor_type, actor_id, action, before, after, created_at)
       values (?, ?, ?, null, null, 'integration', ?, ?, ?, ?, ?)`,
    ),
    employee: client.prepare(
      `insert into employee (id, agency_id, name, email, rights, locale, external_id,
        deactivated_at, version, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    employeeUpdate: client.prepare(
      `update employee set name = ?, email = ?, rights = ?, locale = ?, deactivated_at = ?,
        version = ? where id = ?`,
    ),
    customer: client.prepare(
      `insert into customer (id, agency_id, name, search_name, org_number, company_type,
        contact_name, contact_email, contact_phone, account_manager_id, external_id, version,
        created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

const statements = new WeakMap<Client, ReturnType<typeof preparedFor>>();

function prepared(db: Database): ReturnType<typeof preparedFor> {
  let found = statements.get(db.$client);
  if (!found) {
    found = preparedFor(db.$client);
    statements.set(db.$client, found);
  }
  return found;
}

function json(value: Record<string, unknown> | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

/** The audit event of a provisioning change, as `recordAudit` writes it (audit.ts). */
export function insertIntegrationAudit(
  db: Database,
  event: {
    agencyId: string | null;
    accountId: string | null;
    actorId: string;
    action: AuditAction;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
  now: Date,
): void {
  prepared(db).audit.run(
    sequentialId(),
    event.agencyId,
    event.accountId,
    event.actorId,
    event.action,
    json(event.before),
    json(event.after),
    now.getTime(),
  );
}

export function insertEmployeeRow(db: Database, row: EmployeeRow): void {
  prepared(db).employee.run(
    row.id,
    row.agencyId,
    row.name,
    row.email,
    row.rights,
    row.locale,
    row.externalId,
    row.deactivatedAt?.getTime() ?? null,
    row.version,
    row.createdAt.getTime(),
  );
}

/** A PUT's change to a stored employee: the fields the host owns, the version. */
export function updateEmployeeRow(db: Database, row: EmployeeRow): void {
  prepared(db).employeeUpdate.run(
    row.name,
    row.email,
    row.rights,
    row.locale,
    row.deactivatedAt?.getTime() ?? null,
    row.version,
    row.id,
  );
}

export function insertCustomerRow(db: Database, row: CustomerRow): void {
  prepared(db).customer.run(
    row.id,
    row.agencyId,
    row.name,
    row.searchName,
    row.orgNumber,
    row.companyType,
    row.contactName,
    row.contactEmail,
    row.contactPhone,
    row.accountManagerId,
    row.externalId,
    row.version,
    row.createdAt.getTime(),
  );
}
