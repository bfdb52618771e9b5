import {
  accountUsers,
  type Database,
  invitations,
  outboxMessages,
  type Transaction,
  transact,
} from '@collab/db';
import { parseEmailPayload } from '@collab/emails';
import { and, desc, eq, gt, isNotNull, lte } from 'drizzle-orm';
import type { Clock } from '../context.js';
import { recordInvitationExpiries } from './invitation-expiry.js';
import { queueEmail } from './outbox.js';

const dayInMilliseconds = 24 * 60 * 60 * 1000;

/**
 * How long before expiry the admins are reminded: an invitation unanswered this close to its
 * end gets one reminder. The e-mail says the number it is given (`expiresWithinDays`).
 */
export const reminderLeadDays = 3;

type Invitation = typeof invitations.$inferSelect;

/**
 * The rule of the expiry reminder: every pending invitation that expires within
 * `reminderLeadDays` and has not been reminded since it was (re)sent gets one reminder per
 * admin of the invited account, in the admin's language, carrying the same link as the
 * admin's newest invitation e-mail. Safe to run as often as you like: a second run queues
 * nothing new. The server only decides how often to run it. Resolves to the number queued.
 * The same run records the invitations that have expired since (invitation-expiry.ts), so
 * the integration hears of each expiry once, without a schedule of its own.
 */
export async function queueExpiryReminders(options: {
  db: Database;
  clock: Clock;
}): Promise<number> {
  return transact(options.db, (transaction) => {
    const now = options.clock.now();
    recordInvitationExpiries(transaction, now);
    const horizon = new Date(now.getTime() + reminderLeadDays * dayInMilliseconds);
    const expiringSoon = transaction
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.status, 'pending'),
          gt(invitations.expiresAt, now),
          lte(invitations.expiresAt, horizon),
        ),
      )
      .all();
    let queued = 0;
    for (const invitation of expiringSoon) {
      if (remindedSinceSent(transaction, invitation)) continue;
      queued += queueRemindersFor(transaction, invitation, now);
    }
    return queued;
  });
}

function remindedSinceSent(transaction: Transaction, invitation: Invitation): boolean {
  const reminder = transaction
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.relatedId, invitation.id),
        eq(outboxMessages.topic, 'invitation_reminder'),
        // Strictly after: a reminder queued in the same instant as a resend belongs to the
        // old link (the resend superseded it). None can be due at `sentAt` itself, because
        // an invitation is valid for far longer than the reminder's lead time.
        gt(outboxMessages.createdAt, invitation.sentAt),
      ),
    )
    .get();
  return reminder !== undefined;
}

function queueRemindersFor(transaction: Transaction, invitation: Invitation, now: Date): number {
  // The admins of the invited account (the same query as the accept notice's recipients in
  // invitations.ts).
  const admins = transaction
    .select()
    .from(accountUsers)
    .where(and(eq(accountUsers.accountId, invitation.accountId), eq(accountUsers.isAdmin, true)))
    .all();
  // Newest first, so the first one per recipient carries the current token. A resend wipes
  // the sealed copies of the old token, so older ones have none anyway.
  const invitationEmails = transaction
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.relatedId, invitation.id),
        eq(outboxMessages.kind, 'email'),
        eq(outboxMessages.topic, 'invitation'),
        isNotNull(outboxMessages.sealedSecret),
      ),
    )
    .orderBy(desc(outboxMessages.createdAt))
    .all();
  let queued = 0;
  for (const admin of admins) {
    // An admin added after the invitation went out never had the link; there is none to remind of.
    const invitationEmail = invitationEmails.find((email) => email.recipient === admin.email);
    if (!invitationEmail?.sealedSecret) continue;
    queueEmail(
      transaction,
      {
        template: 'invitation_reminder',
        to: admin.email,
        locale: admin.locale,
        payload: {
          ...parseEmailPayload('invitation', invitationEmail.payload),
          recipientName: admin.name,
          expiresAt: invitation.expiresAt.toISOString(),
          expiresWithinDays: reminderLeadDays,
        },
        // The invitation's id, so that answering, cancelling or resending supersedes it.
        relatedId: invitation.id,
        agencyId: invitation.agencyId,
        sealedSecret: invitationEmail.sealedSecret,
      },
      now,
    );
    queued += 1;
  }
  return queued;
}
