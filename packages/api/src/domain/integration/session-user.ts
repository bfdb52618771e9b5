import type { SessionUser } from '@collab/contracts';
import { accountUsers, employees } from '@collab/db';
import { and, eq } from 'drizzle-orm';
import { fail } from '../../errors.js';
import type { IntegrationContext } from './integration-context.js';
import { ownAccount, ownAgency } from './shared.js';

export interface ResolvedSessionUser {
  userType: 'employee' | 'account_user';
  /** Collab's own id of the user, the subject of the widget token. */
  userId: string;
}

/**
 * The Collab user a widget session is opened for. Only the integration's own agencies and
 * accounts are found (others answer as absent), and a deactivated person gets no session.
 */
export async function resolveSessionUser(
  context: IntegrationContext,
  user: SessionUser,
): Promise<ResolvedSessionUser> {
  const integrationId = context.integration.id;
  if (user.type === 'employee') {
    const agency = ownAgency(context.db, integrationId, user.agencyId);
    const employee = context.db
      .select({ id: employees.id, deactivatedAt: employees.deactivatedAt })
      .from(employees)
      .where(and(eq(employees.agencyId, agency.id), eq(employees.externalId, user.employeeId)))
      .get();
    if (!employee) throw fail('EMPLOYEE_NOT_FOUND');
    if (employee.deactivatedAt !== null) throw fail('EMPLOYEE_DEACTIVATED');
    return { userType: 'employee', userId: employee.id };
  }
  const account = ownAccount(context.db, integrationId, user.accountId);
  const accountUser = context.db
    .select({ id: accountUsers.id, deactivatedAt: accountUsers.deactivatedAt })
    .from(accountUsers)
    .where(and(eq(accountUsers.accountId, account.id), eq(accountUsers.externalId, user.userId)))
    .get();
  if (!accountUser) throw fail('ACCOUNT_USER_NOT_FOUND');
  if (accountUser.deactivatedAt !== null) throw fail('ACCOUNT_USER_DEACTIVATED');
  return { userType: 'account_user', userId: accountUser.id };
}
