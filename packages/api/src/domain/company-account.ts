import {
  accountUsers,
  agencies,
  customerAccounts,
  type customers,
  type Transaction,
} from '@collab/db';
import { and, eq, isNull } from 'drizzle-orm';
import { fail } from '../errors.js';
import { maskEmail } from './actors.js';
import type { InvitedService } from './invitation-send.js';
import { queueEmail } from './outbox.js';

export type AccountRow = typeof customerAccounts.$inferSelect;
type CustomerRow = typeof customers.$inferSelect;

/**
 * Whose word a collaboration needs, for a company (docs/flows.md, flows 1 and 6). A company
 * whose account has users must agree: its admins are invited, and nothing is granted until
 * one of them accepts. A company with no account, or with only the empty account a legacy
 * import leaves behind (no users, so nobody who could agree and no data of theirs), needs no
 * answer: the agency's word is enough and the collaboration is active at once. The
 * activation and the link of an imported collaboration both decide here.
 */
export function companyAccountOf(
  transaction: Transaction,
  orgNumber: string,
): { account: AccountRow | null; mustAgree: boolean } {
  const account = transaction
    .select()
    .from(customerAccounts)
    .where(eq(customerAccounts.orgNumber, orgNumber))
    .get();
  if (!account) return { account: null, mustAgree: false };
  const user = transaction
    .select({ id: accountUsers.id })
    .from(accountUsers)
    .where(eq(accountUsers.accountId, account.id))
    .get();
  return { account, mustAgree: user !== undefined };
}

/**
 * Flow 1a's account part: the company gets its account (or the import's empty one is used),
 * the customer's contact person becomes its first admin, and is e-mailed how to sign in.
 */
export function openAccountForContact(
  transaction: Transaction,
  opening: {
    customer: CustomerRow;
    emptyAccount: AccountRow | null;
    agencyName: string;
    services: InvitedService[];
  },
  now: Date,
): { accountId: string; emailed: { name: string; maskedEmail: string } } {
  const { customer } = opening;
  if (!customer.contactEmail) throw fail('CONTACT_EMAIL_MISSING', { customerName: customer.name });
  // The account belongs to the integration of the agency whose activation opens it, so that its
  // users can be provisioned and get widget sessions there (docs/integration-api.md).
  const integrationId =
    transaction
      .select({ integrationId: agencies.integrationId })
      .from(agencies)
      .where(eq(agencies.id, customer.agencyId))
      .get()?.integrationId ?? null;
  let accountId = opening.emptyAccount?.id;
  if (accountId === undefined) {
    accountId = crypto.randomUUID();
    transaction
      .insert(customerAccounts)
      .values({
        id: accountId,
        orgNumber: customer.orgNumber,
        name: customer.name,
        integrationId,
        createdAt: now,
      })
      .run();
  } else if (integrationId !== null) {
    // An import's empty account that no integration owned gets its first user only now.
    transaction
      .update(customerAccounts)
      .set({ integrationId })
      .where(and(eq(customerAccounts.id, accountId), isNull(customerAccounts.integrationId)))
      .run();
  }
  transaction
    .insert(accountUsers)
    .values({
      id: crypto.randomUUID(),
      accountId,
      name: customer.contactName,
      email: customer.contactEmail,
      isAdmin: true,
      locale: 'sv',
      createdAt: now,
    })
    .run();
  queueEmail(
    transaction,
    {
      template: 'signin_instructions',
      to: customer.contactEmail,
      locale: 'sv',
      relatedId: accountId,
      agencyId: customer.agencyId,
      payload: {
        recipientName: customer.contactName,
        agencyName: opening.agencyName,
        customerName: customer.name,
        services: opening.services,
      },
    },
    now,
  );
  return {
    accountId,
    emailed: { name: customer.contactName, maskedEmail: maskEmail(customer.contactEmail) },
  };
}
