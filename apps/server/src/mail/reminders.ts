import type { Clock } from '@collab/api';
import {
  accountUsers,
  type Database,
  invitations,
  outboxMessages,
  type Transaction,
  transact,
} from '@collab/db';
import { and, desc, eq, gt, isNotNull, lte } from 'drizzle-orm';
import { describeDeliveryError } from './delivery-error.js';
import type { MailLogger } from './mail-logger.js';

const dayInMilliseconds = 24 * 60 * 60 * 1000;
/** How long before expiry the admins are reminded. The e-mail's wording says the same. */
export const reminderLeadDays = 3;

/**
 * Queues the "expires within 3 days" reminder for every pending invitation that is about to
 * expire and has not been reminded since it was (re)sent. One reminder per admin of the
 * invited account, in the admin's language, carrying the same link as the admin's newest
 * invitation e-mail. Safe to run as often as you like: a second run queues nothing new.
 * Resolves to the number of e-mails queued.
 */
export async function queueExpiryReminders(options: {
  db: Database;
  clock: Clock;
}): Promise<number> {
  return transact(options.db, (transaction) => {
    const now = options.clock.now();
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

function remindedSinceSent(
  transaction: Transaction,
  invitation: typeof invitations.$inferSelect,
): boolean {
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

function queueRemindersFor(
  transaction: Transaction,
  invitation: typeof invitations.$inferSelect,
  now: Date,
): number {
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
    transaction
      .insert(outboxMessages)
      .values({
        id: crypto.randomUUID(),
        kind: 'email',
        topic: 'invitation_reminder',
        recipient: admin.email,
        locale: admin.locale,
        payload: {
          ...invitationEmail.payload,
          recipientName: admin.name,
          expiresAt: invitation.expiresAt.toISOString(),
        },
        // The invitation's id, so that answering, cancelling or resending supersedes it.
        relatedId: invitation.id,
        sealedSecret: invitationEmail.sealedSecret,
        status: 'pending',
        nextAttemptAt: now,
        createdAt: now,
      })
      .run();
    queued += 1;
  }
  return queued;
}

export interface ReminderSchedule {
  /** Stops the schedule and resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

/** Runs `queueExpiryReminders` now and then every `intervalMs`, logging what it queued. */
export function startReminderSchedule(options: {
  db: Database;
  clock: Clock;
  intervalMs: number;
  logger: MailLogger;
}): ReminderSchedule {
  const { logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const run = () => {
    running = queueExpiryReminders(options)
      .then((queued) => {
        if (queued > 0) logger.info({ queued }, 'Invitation expiry reminders queued');
      })
      .catch((error: unknown) => {
        logger.error({ error: describeDeliveryError(error) }, 'Queueing expiry reminders failed');
      })
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(run, options.intervalMs);
        timer.unref();
      });
  };
  run();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
