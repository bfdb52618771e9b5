import {
  invitationUndoMinutes,
  occupyingStatuses,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import {
  collaborations,
  invitations,
  replacedInvitationTokens,
  type Transaction,
  transact,
} from '@collab/db';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { accountAdminsOf } from './account-admins.js';
import { maskEmail, requireEmployee, requireFullRights } from './actors.js';
import { changeCollaboration } from './collaboration-change.js';
import { recordInvitationEvent } from './events/domain-events.js';
import { findInvitationOfAgency, invitationState } from './invitation-lookup.js';
import { invitationParties } from './invitation-notifications.js';
import { queueInvitationEmails } from './invitation-send.js';
import { generateInvitationToken } from './tokens.js';

export interface RestoreResult {
  invitationId: string;
  /** Unchanged by the undo: the invitation is valid as long as it was before the cancel. */
  expiresAt: string;
  collaborations: { id: string; service: ServiceId | null; status: 'pending' }[];
  /** Who gets the invitation again, with its new link; none when it has expired meanwhile. */
  emailsQueued: { name: string; maskedEmail: string }[];
}

const undoWindowMs = invitationUndoMinutes * 60_000;

/**
 * Flow 3, undo a cancel: within `invitationUndoMinutes` of cancelling, an employee with the
 * right to cancel (full rights, the same agency) puts the invitation and its collaborations
 * back to pending, as they were. The cancel retired the link and wiped every sealed copy of
 * its token, so the token cannot come back: the admins get the invitation again with a new
 * link (the retired one is named "replaced" to them), and the expiry stays what it was. A
 * service that got a new pending or active collaboration since refuses the whole undo.
 */
export async function restoreInvitation(
  context: InnerContext,
  invitationId: string,
): Promise<RestoreResult> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findInvitationOfAgency(transaction, employee, invitationId);
    if (invitation.status !== 'cancelled') {
      throw fail('INVITATION_NOT_CANCELLED', { status: invitationState(invitation, now) });
    }
    // Cancelled before undo existed (no time kept), or too long ago.
    const cancelledAt = invitation.respondedAt;
    if (!cancelledAt || now.getTime() - cancelledAt.getTime() > undoWindowMs) {
      throw fail('INVITATION_UNDO_TOO_LATE', { minutes: invitationUndoMinutes });
    }
    const cancelled = transaction
      .select()
      .from(collaborations)
      .where(
        and(eq(collaborations.invitationId, invitation.id), eq(collaborations.status, 'cancelled')),
      )
      .all();
    for (const collaboration of cancelled) refuseIfTakenSince(transaction, collaboration);

    const expired = invitation.expiresAt.getTime() <= now.getTime();
    const admins = expired ? [] : accountAdminsOf(transaction, invitation.accountId);
    if (!expired && admins.length === 0) throw fail('ACCOUNT_HAS_NO_ADMINS');

    // The retired link stays dead; a user of the company who opens it is told it was replaced.
    transaction
      .insert(replacedInvitationTokens)
      .values({ tokenHash: invitation.tokenHash, invitationId: invitation.id, replacedAt: now })
      .run();
    const { token, tokenHash } = generateInvitationToken();
    const restored = transaction
      .update(invitations)
      .set({
        status: 'pending',
        respondedAt: null,
        tokenHash,
        sentAt: now,
        sentById: employee.id,
        sendCount: invitation.sendCount + 1,
      })
      .where(and(eq(invitations.id, invitation.id), eq(invitations.status, 'cancelled')))
      .run();
    // Two undos at once: only one of them restores it.
    if (restored.changes !== 1) throw fail('INVITATION_NOT_CANCELLED', { status: 'pending' });

    for (const collaboration of cancelled) {
      changeCollaboration(
        transaction,
        {
          collaboration,
          set: { status: 'pending' },
          actor: employee,
          action: 'invitation.restored',
          before: { status: 'cancelled' },
          after: { status: 'pending' },
        },
        now,
      );
    }
    if (admins.length > 0) {
      const parties = invitationParties(transaction, { id: invitation.id, sentById: employee.id });
      queueInvitationEmails(transaction, context, {
        invitationId: invitation.id,
        agencyId: invitation.agencyId,
        token,
        admins,
        agencyName: parties.agencyName,
        customerName: parties.customerName,
        invitedByName: employee.name,
        services: cancelled.flatMap(({ service, options }) =>
          service ? [{ service, name: serviceCatalog[service].name, options }] : [],
        ),
        expiresAt: invitation.expiresAt,
        now,
      });
    }
    recordInvitationEvent(
      transaction,
      { agencyId: invitation.agencyId, invitationId: invitation.id, actor: employee },
      { type: 'invitation.restored' },
      now,
    );
    return {
      invitationId: invitation.id,
      expiresAt: invitation.expiresAt.toISOString(),
      collaborations: cancelled.map(({ id, service }) => ({
        id,
        service,
        status: 'pending' as const,
      })),
      emailsQueued: admins.map((admin) => ({
        name: admin.name,
        maskedEmail: maskEmail(admin.email),
      })),
    };
  });
}

/** The invitation's collaboration cannot wait again when its service has a new one since. */
function refuseIfTakenSince(
  transaction: Transaction,
  collaboration: typeof collaborations.$inferSelect,
): void {
  if (collaboration.service === null) return;
  const taken = transaction
    .select({ id: collaborations.id })
    .from(collaborations)
    .where(
      and(
        eq(collaborations.customerId, collaboration.customerId),
        eq(collaborations.service, collaboration.service),
        inArray(collaborations.status, occupyingStatuses),
        ne(collaborations.id, collaboration.id),
      ),
    )
    .get();
  if (taken) {
    throw fail('INVITATION_UNDO_OUTDATED', {
      service: serviceCatalog[collaboration.service].name,
      collaborationId: taken.id,
    });
  }
}
