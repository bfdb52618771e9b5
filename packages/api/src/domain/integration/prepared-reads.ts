import { connectionOf, type Database, type Transaction } from '@collab/db';
import type { CustomerRow } from './directories.js';
import type { EmployeeRow } from './provision-employees.js';
import type { AgencyRow } from './shared.js';

/*
 * The reads every `/v1` PUT makes (the caller's agency, the stored record, the customer
 * directory's lookups of a customer PUT), as statements
 * prepared once per connection. Through Drizzle's query builder, building and preparing the
 * SQL on every call cost more than running it (apps/server/scripts/bench-v1.ts; the profile
 * of packages/api/scripts/bench-put.ts). They return exactly what the Drizzle select would:
 * times read back from epoch milliseconds as Dates, every column of the row.
 */

type Connection = Database['$client'];

/** The row as stored: Drizzle's `timestamp_ms` columns are plain numbers in SQLite. */
type Stored<Row, Dates extends keyof Row> = Omit<Row, Dates> & {
  [Key in Dates]: null extends Row[Key] ? number | null : number;
};

function preparedFor(connection: Connection) {
  return {
    agency: connection.prepare<[string, string], Stored<AgencyRow, 'createdAt'>>(
      `select id, name, org_number as orgNumber, logo_url as logoUrl, integration_id as integrationId,
        external_id as externalId, version, created_at as createdAt
       from agency where integration_id = ? and external_id = ?`,
    ),
    employee: connection.prepare<
      [string, string],
      Stored<EmployeeRow, 'createdAt' | 'deactivatedAt'>
    >(
      `select id, agency_id as agencyId, name, email, rights, locale, external_id as externalId,
        deactivated_at as deactivatedAt, version, created_at as createdAt
       from employee where agency_id = ? and external_id = ?`,
    ),
    employeeId: connection.prepare<[string, string], { id: string }>(
      'select id from employee where agency_id = ? and external_id = ?',
    ),
    employeeExternalId: connection.prepare<[string], { externalId: string | null }>(
      'select external_id as externalId from employee where id = ?',
    ),
    customerByExternalId: connection.prepare<[string, string], Stored<CustomerRow, 'createdAt'>>(
      `select id, agency_id as agencyId, name, search_name as searchName,
        org_number as orgNumber, company_type as companyType, contact_name as contactName,
        contact_email as contactEmail, contact_phone as contactPhone,
        account_manager_id as accountManagerId, external_id as externalId, version,
        created_at as createdAt
       from customer where agency_id = ? and external_id = ?`,
    ),
    customerByOrgNumber: connection.prepare<[string, string], Stored<CustomerRow, 'createdAt'>>(
      `select id, agency_id as agencyId, name, search_name as searchName,
        org_number as orgNumber, company_type as companyType, contact_name as contactName,
        contact_email as contactEmail, contact_phone as contactPhone,
        account_manager_id as accountManagerId, external_id as externalId, version,
        created_at as createdAt
       from customer where agency_id = ? and org_number = ?`,
    ),
  };
}

const statements = new WeakMap<Connection, ReturnType<typeof preparedFor>>();

/** The better-sqlite3 connection behind a database or one of its transactions. */
export function connectionOfReader(reader: Database | Transaction): Connection {
  return '$client' in reader ? reader.$client : connectionOf(reader);
}

function prepared(reader: Database | Transaction): ReturnType<typeof preparedFor> {
  const connection = connectionOfReader(reader);
  let found = statements.get(connection);
  if (!found) {
    found = preparedFor(connection);
    statements.set(connection, found);
  }
  return found;
}

function dateOrNull(value: number | null): Date | null {
  return value === null ? null : new Date(value);
}

/** The agency an integration provisions under the host's id, or undefined. */
export function selectOwnAgency(
  reader: Database | Transaction,
  integrationId: string,
  externalId: string,
): AgencyRow | undefined {
  const row = prepared(reader).agency.get(integrationId, externalId);
  return row && { ...row, createdAt: new Date(row.createdAt) };
}

/** An agency's employee by the host's id, or undefined. */
export function selectEmployee(
  reader: Database | Transaction,
  agencyId: string,
  externalId: string,
): EmployeeRow | undefined {
  const row = prepared(reader).employee.get(agencyId, externalId);
  return (
    row && {
      ...row,
      deactivatedAt: dateOrNull(row.deactivatedAt),
      createdAt: new Date(row.createdAt),
    }
  );
}

/** An agency's employee's Collab id from the host's id, or undefined. */
export function selectEmployeeId(
  reader: Database | Transaction,
  agencyId: string,
  externalId: string,
): string | undefined {
  return prepared(reader).employeeId.get(agencyId, externalId)?.id;
}

/** An employee's host id from Collab's id; null when there is none (or no such employee). */
export function selectEmployeeExternalId(
  reader: Database | Transaction,
  id: string,
): string | null {
  return prepared(reader).employeeExternalId.get(id)?.externalId ?? null;
}

/** An agency's customer by the host's id or by org number (ten digits), or undefined. */
export function selectCustomer(
  reader: Database | Transaction,
  agencyId: string,
  by: { externalId: string } | { orgNumber: string },
): CustomerRow | undefined {
  const statement = prepared(reader);
  const row =
    'externalId' in by
      ? statement.customerByExternalId.get(agencyId, by.externalId)
      : statement.customerByOrgNumber.get(agencyId, by.orgNumber);
  return row && { ...row, createdAt: new Date(row.createdAt) };
}
