import type { InvitationReference } from '@collab/contracts';
import {
  collaborations,
  customers,
  type Database,
  invitations,
  replacedInvitationTokens,
  type Transaction,
} from '@collab/db';
import { and, eq, inArray } from 'drizzle-orm';
import { fail } from '../errors.js';
import { accountAdminsOf } from './account-admins.js';
import {
  type AccountUserActor,
  type EmployeeActor,
  maskEmail,
  requireAccountAdmin,
} from './actors.js';
import { hashInvitationToken } from './tokens.js';

/**
 * Finding an invitation, and how a caller stands towards it: by the link's token, by id
 * within the caller's company or agency, with the checks that answering it needs.
 */

export type InvitationRow = typeof invitations.$inferSelect;
/** What the customer sees of an invitation: its own state, with expiry computed. */
export type InvitationState = 'pending' | 'expired' | 'accepted' | 'declined' | 'cancelled';

export type Reader = Database | Transaction;

export function invitationState(
  invitation: Pick<InvitationRow, 'status' | 'expiresAt'>,
  now: Date,
): InvitationState {
  if (invitation.status === 'pending' && invitation.expiresAt.getTime() <= now.getTime())
    return 'expired';
  return invitation.status;
}

/**
 * How the person who opened the link stands towards the invitation, so the accept page can
 * say so before anyone presses a button. It mirrors the checks of `findInvitationToAnswer`
 * (the same order, the same facts as its refusals) and grants nothing: accept and decline
 * check everything again.
 */
export type InvitationViewer =
  /** No identity: the page asks the person to sign in. */
  | { standing: 'signed_out' }
  /** Signed in, but not as a user of any customer account (an agency employee). */
  | { standing: 'not_account_user' }
  | { standing: 'wrong_company'; customerName: string; accountName: string }
  /** A user of the invited company who is not one of its admins, told who the admins are. */
  | {
      standing: 'not_admin';
      accountName: string;
      admins: { name: string; maskedEmail: string }[];
    }
  | { standing: 'can_answer'; name: string; accountName: string };

/**
 * The invitation a link's token opens, or why it opens none. An unknown token and a replaced
 * one are the same `invalid`, except to a user of the invited company, who is told that the
 * link was `replaced` (they can look for the newer e-mail; nobody else learns anything).
 */
export function lookUpInvitationByToken(
  reader: Reader,
  token: string,
  user: AccountUserActor | null,
): InvitationRow | 'invalid' | 'replaced' {
  const tokenHash = hashInvitationToken(token);
  const invitation = reader
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash))
    .get();
  if (invitation) return invitation;
  if (user) {
    const replaced = reader
      .select({ accountId: invitations.accountId })
      .from(replacedInvitationTokens)
      .innerJoin(invitations, eq(invitations.id, replacedInvitationTokens.invitationId))
      .where(eq(replacedInvitationTokens.tokenHash, tokenHash))
      .get();
    if (replaced && replaced.accountId === user.accountId) return 'replaced';
  }
  return 'invalid';
}

/**
 * The invitation a link's token opens, for an answer to it: an unknown token is
 * INVITATION_LINK_INVALID, a replaced one INVITATION_REPLACED (see `lookUpInvitationByToken`).
 */
export function findInvitationByToken(
  reader: Reader,
  token: string,
  user: AccountUserActor | null,
): InvitationRow {
  const found = lookUpInvitationByToken(reader, token, user);
  if (found === 'replaced') throw fail('INVITATION_REPLACED');
  if (found === 'invalid') throw fail('INVITATION_LINK_INVALID');
  return found;
}

/** Whether `user` may answer `invitation`, in the order the answer's checks run. */
export function standingOf(
  reader: Reader,
  user: AccountUserActor,
  invitation: InvitationRow,
): Exclude<InvitationViewer, { standing: 'signed_out' | 'not_account_user' }> {
  if (invitation.accountId !== user.accountId) {
    const customer = reader
      .select({ name: customers.name })
      .from(customers)
      .where(eq(customers.id, invitation.customerId))
      .get();
    return {
      standing: 'wrong_company',
      customerName: customer?.name ?? '',
      accountName: user.accountName,
    };
  }
  if (!user.isAdmin) {
    return {
      standing: 'not_admin',
      accountName: user.accountName,
      admins: accountAdminsOf(reader, user.accountId).map((admin) => ({
        name: admin.name,
        maskedEmail: maskEmail(admin.email),
      })),
    };
  }
  return { standing: 'can_answer', name: user.name, accountName: user.accountName };
}

/**
 * Finds the invitation a signed-in customer user's token opens, and checks that this user
 * may answer it. The checks go from "which link" to "who are you" to "is it still open".
 */
export function findInvitationToAnswer(
  transaction: Transaction,
  user: AccountUserActor,
  reference: InvitationReference,
  now: Date,
): InvitationRow {
  if ('invitationId' in reference) {
    // By id only within the user's own company: another company's id is simply not found.
    const own = transaction
      .select()
      .from(invitations)
      .where(
        and(eq(invitations.id, reference.invitationId), eq(invitations.accountId, user.accountId)),
      )
      .get();
    if (!own) throw fail('INVITATION_NOT_FOUND');
    return checkAnswerable(transaction, user, own, now);
  }
  const invitation = findInvitationByToken(transaction, reference.token, user);
  const standing = standingOf(transaction, user, invitation);
  if (standing.standing === 'wrong_company') {
    throw fail('INVITATION_WRONG_COMPANY', {
      customerName: standing.customerName,
      accountName: standing.accountName,
    });
  }
  return checkAnswerable(transaction, user, invitation, now);
}

/** The user must be an admin of the invited company, and the invitation still open. */
function checkAnswerable(
  transaction: Transaction,
  user: AccountUserActor,
  invitation: InvitationRow,
  now: Date,
): InvitationRow {
  requireAccountAdmin(transaction, user);
  const state = invitationState(invitation, now);
  switch (state) {
    case 'pending':
      return invitation;
    case 'expired':
      throw fail('INVITATION_EXPIRED', {
        expiresAt: invitation.expiresAt.toISOString().slice(0, 10),
      });
    case 'accepted':
      throw fail('INVITATION_ALREADY_ACCEPTED');
    case 'declined':
      throw fail('INVITATION_ALREADY_DECLINED');
    case 'cancelled':
      throw fail('INVITATION_CANCELLED');
    default:
      throw new Error(`Unhandled invitation state ${state satisfies never}`);
  }
}

/** An invitation of the caller's agency, whatever its state; another agency's is not found. */
export function findInvitationOfAgency(
  transaction: Transaction,
  employee: EmployeeActor,
  invitationId: string,
): InvitationRow {
  const invitation = transaction
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.agencyId, employee.agencyId)))
    .get();
  if (!invitation) throw fail('INVITATION_NOT_FOUND');
  return invitation;
}

/** An invitation of the caller's agency that still waits for an answer (or has expired). */
export function findOpenInvitationOfAgency(
  transaction: Transaction,
  employee: EmployeeActor,
  invitationId: string,
  now: Date,
): InvitationRow {
  const invitation = findInvitationOfAgency(transaction, employee, invitationId);
  if (invitation.status !== 'pending') {
    throw fail('INVITATION_NOT_PENDING', { status: invitationState(invitation, now) });
  }
  return invitation;
}

/**
 * The invitation's collaborations that still wait for its answer: pending ones, and those
 * written as expired when a new activation looked at them (a resend or an answer revives them).
 */
export function collaborationsAwaitingAnswer(transaction: Transaction, invitationId: string) {
  return transaction
    .select()
    .from(collaborations)
    .where(
      and(
        eq(collaborations.invitationId, invitationId),
        inArray(collaborations.status, ['pending', 'expired']),
      ),
    )
    .all();
}
