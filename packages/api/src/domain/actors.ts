import {
  accountUsers,
  agencies,
  customerAccounts,
  type Database,
  employees,
  type Transaction,
} from '@collab/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Identity, InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { accountAdminsOf } from './account-admins.js';

export interface EmployeeActor {
  kind: 'employee';
  id: string;
  agencyId: string;
  name: string;
  rights: 'full' | 'standard';
}

export interface AccountUserActor {
  kind: 'account_user';
  id: string;
  accountId: string;
  accountName: string;
  name: string;
  isAdmin: boolean;
}

/**
 * The token names a user; what that user may do is read here, from the database, on every
 * call. A token can therefore never grant more than the data says.
 */
export async function requireEmployee(context: InnerContext): Promise<EmployeeActor> {
  if (!context.identity) throw fail('UNAUTHENTICATED');
  const employee = context.db
    .select({
      id: employees.id,
      agencyId: employees.agencyId,
      name: employees.name,
      rights: employees.rights,
      deactivatedAt: employees.deactivatedAt,
    })
    .from(employees)
    .where(eq(employees.id, context.identity.userId))
    .get();
  if (!employee) throw fail('EMPLOYEE_REQUIRED');
  // Deactivation takes effect at once, also for a widget token that is still valid.
  if (employee.deactivatedAt !== null) throw fail('EMPLOYEE_DEACTIVATED');
  const { deactivatedAt: _deactivatedAt, ...actor } = employee;
  return { kind: 'employee', ...actor };
}

export function requireFullRights(employee: EmployeeActor): void {
  if (employee.rights !== 'full') throw fail('FULL_RIGHTS_REQUIRED');
}

/**
 * The customer user a verified identity names, or null (no identity, not a customer user, or
 * deactivated: deactivation takes effect at once, also for a token that is still valid).
 */
export function accountUserOf(
  reader: Database | Transaction,
  identity: Identity | null,
): AccountUserActor | null {
  if (!identity) return null;
  const user = reader
    .select({
      id: accountUsers.id,
      accountId: accountUsers.accountId,
      accountName: customerAccounts.name,
      name: accountUsers.name,
      isAdmin: accountUsers.isAdmin,
    })
    .from(accountUsers)
    .innerJoin(customerAccounts, eq(customerAccounts.id, accountUsers.accountId))
    .where(and(eq(accountUsers.id, identity.userId), isNull(accountUsers.deactivatedAt)))
    .get();
  return user ? { kind: 'account_user', ...user } : null;
}

export async function requireAccountUser(context: InnerContext): Promise<AccountUserActor> {
  if (!context.identity) throw fail('UNAUTHENTICATED');
  const user = accountUserOf(context.db, context.identity);
  if (user) return user;
  const deactivated = context.db
    .select({ id: accountUsers.id })
    .from(accountUsers)
    .where(eq(accountUsers.id, context.identity.userId))
    .get();
  throw fail(deactivated ? 'ACCOUNT_USER_DEACTIVATED' : 'ACCOUNT_USER_REQUIRED');
}

/** The agency's name, as the e-mails to a company sign it. */
export function agencyNameOf(reader: Database | Transaction, agencyId: string): string {
  return (
    reader.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId)).get()
      ?.name ?? ''
  );
}

/** "anna.svensson@foretag.se" → "a***@foretag.se": enough to recognise, not to harvest. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** Either party: an agency employee or a user of a customer account. */
export async function requireActor(
  context: InnerContext,
): Promise<EmployeeActor | AccountUserActor> {
  if (!context.identity) throw fail('UNAUTHENTICATED');
  const employee = context.db
    .select({ id: employees.id })
    .from(employees)
    .where(eq(employees.id, context.identity.userId))
    .get();
  return employee ? requireEmployee(context) : requireAccountUser(context);
}

/** Refuses a customer user who is not an admin, telling them who the admins are. */
export function requireAccountAdmin(reader: Database | Transaction, user: AccountUserActor): void {
  if (user.isAdmin) return;
  const admins = accountAdminsOf(reader, user.accountId);
  throw fail('ACCOUNT_ADMIN_REQUIRED', {
    accountName: user.accountName,
    admins: admins.map((admin) => maskEmail(admin.email)).join(', '),
  });
}
