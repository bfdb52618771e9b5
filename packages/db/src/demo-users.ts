import { eq } from 'drizzle-orm';
import type { Database } from './client.js';
import { accountUsers, agencies, customerAccounts, employees } from './schema.js';

/*
 * Who is in the database, for a development login: a read, not a seed, so it ships from the
 * package's root (the server's dev routes and the demo app use it); the seeds that fill the
 * database are under `@collab/db/seed`.
 */

export type DemoUserRole =
  | 'employee_full'
  | 'employee_standard'
  | 'customer_admin'
  | 'customer_user';

/** A seeded person, as a development login lists them. */
export interface DemoUser {
  id: string;
  name: string;
  email: string;
  role: DemoUserRole;
  /** The agency's name for an employee, the customer account's name for a customer user. */
  organisationName: string;
}

/**
 * Every employee and customer account user in the database, with their organisation, for a
 * development login. Employees come first, then account users; each group by organisation.
 */
export function listDemoUsers(database: Database): DemoUser[] {
  const employeeRows = database
    .select({
      id: employees.id,
      name: employees.name,
      email: employees.email,
      rights: employees.rights,
      organisationName: agencies.name,
    })
    .from(employees)
    .innerJoin(agencies, eq(employees.agencyId, agencies.id))
    .all();
  const accountUserRows = database
    .select({
      id: accountUsers.id,
      name: accountUsers.name,
      email: accountUsers.email,
      isAdmin: accountUsers.isAdmin,
      organisationName: customerAccounts.name,
    })
    .from(accountUsers)
    .innerJoin(customerAccounts, eq(accountUsers.accountId, customerAccounts.id))
    .all();
  const collator = new Intl.Collator('sv');
  const byOrganisationRoleName = (left: DemoUser, right: DemoUser) =>
    collator.compare(left.organisationName, right.organisationName) ||
    roleOrder.indexOf(left.role) - roleOrder.indexOf(right.role) ||
    collator.compare(left.name, right.name) ||
    left.id.localeCompare(right.id);
  const employeeUsers = employeeRows.map(
    (row): DemoUser => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.rights === 'full' ? 'employee_full' : 'employee_standard',
      organisationName: row.organisationName,
    }),
  );
  const customerUsers = accountUserRows.map(
    (row): DemoUser => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.isAdmin ? 'customer_admin' : 'customer_user',
      organisationName: row.organisationName,
    }),
  );
  return [
    ...employeeUsers.sort(byOrganisationRoleName),
    ...customerUsers.sort(byOrganisationRoleName),
  ];
}

const roleOrder: readonly DemoUserRole[] = [
  'employee_full',
  'employee_standard',
  'customer_admin',
  'customer_user',
];
