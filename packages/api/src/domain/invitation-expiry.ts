import { auditEvents, type Database, invitations, type Transaction, transact } from '@collab/db';
import { and, eq, gt, lte, notExists } from 'drizzle-orm';
import { recordAudit } from './audit.js';
import { recordInvitationEvent } from './events/domain-events.js';

/**
 * An invitation expires by the clock: nothing writes it, and every read computes it
 * (`invitationState`). The integration must still hear of it once, so this job records
 * `invitation.expired` for each pending invitation whose time has run out, with an audit
 * entry that marks it done. The mark counts from the latest sending: an invitation resent
 * after it expired, and expired again, is told again (docs/events.md). Safe to run as often
 * as you like; the server runs it with the reminders (`queueExpiryReminders`).
 * Returns how many invitations were found expired.
 */
export function recordInvitationExpiries(transaction: Transaction, now: Date): number {
  const expired = transaction
    .select({
      id: invitations.id,
      agencyId: invitations.agencyId,
      accountId: invitations.accountId,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.status, 'pending'),
        lte(invitations.expiresAt, now),
        notExists(
          transaction
            .select({ id: auditEvents.id })
            .from(auditEvents)
            .where(
              and(
                eq(auditEvents.invitationId, invitations.id),
                eq(auditEvents.action, 'invitation.expired'),
                // Strictly after: a resend in the same instant as the mark starts a new sending.
                gt(auditEvents.createdAt, invitations.sentAt),
              ),
            ),
        ),
      ),
    )
    .all();
  for (const invitation of expired) {
    recordAudit(
      transaction,
      {
        agencyId: invitation.agencyId,
        accountId: invitation.accountId,
        collaborationId: null,
        invitationId: invitation.id,
        actor: null,
        action: 'invitation.expired',
        before: { status: 'pending' },
        after: { status: 'expired' },
      },
      now,
    );
    recordInvitationEvent(
      transaction,
      { agencyId: invitation.agencyId, invitationId: invitation.id, actor: null },
      { type: 'invitation.expired' },
      now,
    );
  }
  return expired.length;
}

/** The expiry job on its own transaction, for a schedule of its own or a test. */
export async function expireInvitations(db: Database, now: Date): Promise<number> {
  return transact(db, (transaction) => recordInvitationExpiries(transaction, now));
}
