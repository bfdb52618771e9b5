import { accountUsers, type Database, type Transaction } from '@collab/db';
import { and, asc, eq, isNull } from 'drizzle-orm';

export interface AccountAdmin {
  id: string;
  name: string;
  email: string;
  locale: 'sv' | 'en';
}

/**
 * The admins of a company's account, by name: the people who answer invitations, are told
 * when a collaboration ends, and whom a plain user is sent to. The one place that says who
 * they are (docs/flows.md, flows 1b, 2 and 5). A deactivated admin is none of these.
 */
export function accountAdminsOf(reader: Database | Transaction, accountId: string): AccountAdmin[] {
  return reader
    .select({
      id: accountUsers.id,
      name: accountUsers.name,
      email: accountUsers.email,
      locale: accountUsers.locale,
    })
    .from(accountUsers)
    .where(
      and(
        eq(accountUsers.accountId, accountId),
        eq(accountUsers.isAdmin, true),
        isNull(accountUsers.deactivatedAt),
      ),
    )
    .orderBy(asc(accountUsers.name), asc(accountUsers.id))
    .all();
}
