import {
  invitationExpiresAt,
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
import { and, eq, inArray } from 'drizzle-orm';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { accountAdminsOf } from './account-admins.js';
import { type EmployeeActor, maskEmail, requireEmployee, requireFullRights } from './actors.js';
import { recordAudit } from './audit.js';
import { changeCollaboration } from './collaboration-change.js';
import { recordInvitationEvent } from './events/domain-events.js';
import { settleInvitedCollaborations } from './invitation-answer.js';
import {
  collaborationsAwaitingAnswer,
  findOpenInvitationOfAgency,
  type InvitationRow,
} from './invitation-lookup.js';
import { invitationParties } from './invitation-notifications.js';
import { queueInvitationEmails } from './invitation-send.js';
import { retireInvitationEmails } from './outbox.js';
import { generateInvitationToken } from './tokens.js';

export interface ResendResult {
  invitationId: string;
  expiresAt: string;
  emailsQueued: { name: string; maskedEmail: string }[];
}

/**
 * Flow 3, resend: a new token and a fresh 30 days. The old token's hash moves to the
 * replaced list, so the old link stops working at once, and undelivered e-mails carrying it
 * are not sent.
 */
export async function resendInvitation(
  context: InnerContext,
  invitationId: string,
): Promise<ResendResult> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findOpenInvitationOfAgency(transaction, employee, invitationId, now);
    const admins = accountAdminsOf(transaction, invitation.accountId);
    if (admins.length === 0) throw fail('ACCOUNT_HAS_NO_ADMINS');
    const expiresAt = invitationExpiresAt(now);
    const invited = renewInvitedCollaborations(transaction, employee, invitation, expiresAt, now);
    transaction
      .insert(replacedInvitationTokens)
      .values({ tokenHash: invitation.tokenHash, invitationId: invitation.id, replacedAt: now })
      .run();
    retireInvitationEmails(transaction, invitation.id);
    const { token, tokenHash } = generateInvitationToken();
    transaction
      .update(invitations)
      .set({
        tokenHash,
        expiresAt,
        sentAt: now,
        sentById: employee.id,
        sendCount: invitation.sendCount + 1,
      })
      .where(eq(invitations.id, invitation.id))
      .run();
    const parties = invitationParties(transaction, { id: invitation.id, sentById: employee.id });
    queueInvitationEmails(transaction, context, {
      invitationId: invitation.id,
      agencyId: invitation.agencyId,
      token,
      admins,
      agencyName: parties.agencyName,
      customerName: parties.customerName,
      invitedByName: employee.name,
      services: invited.flatMap(({ service, options }) =>
        service ? [{ service, name: serviceCatalog[service].name, options }] : [],
      ),
      expiresAt,
      now,
    });
    recordInvitationEvent(
      transaction,
      { agencyId: invitation.agencyId, invitationId: invitation.id, actor: employee },
      { type: 'invitation.resent' },
      now,
    );
    return {
      invitationId: invitation.id,
      expiresAt: expiresAt.toISOString(),
      emailsQueued: admins.map((admin) => ({
        name: admin.name,
        maskedEmail: maskEmail(admin.email),
      })),
    };
  });
}

/**
 * The invitation's collaborations wait again until the new expiry, each with its audit
 * event. One written as expired (when a new activation looked at it) is pending again,
 * unless the service has been activated anew since: then that one wins, and the resend is
 * refused. Returns the collaborations the new e-mail is about.
 */
function renewInvitedCollaborations(
  transaction: Transaction,
  employee: EmployeeActor,
  invitation: InvitationRow,
  expiresAt: Date,
  now: Date,
) {
  const invited = collaborationsAwaitingAnswer(transaction, invitation.id);
  const before = { expiresAt: invitation.expiresAt.toISOString() };
  const after = { expiresAt: expiresAt.toISOString() };
  for (const collaboration of invited) {
    if (collaboration.status === 'pending') {
      recordAudit(
        transaction,
        {
          agencyId: invitation.agencyId,
          accountId: invitation.accountId,
          collaborationId: collaboration.id,
          invitationId: invitation.id,
          actor: employee,
          action: 'invitation.resent',
          before,
          after,
        },
        now,
      );
      continue;
    }
    if (collaboration.service !== null) {
      const taken = transaction
        .select({ id: collaborations.id, status: collaborations.status })
        .from(collaborations)
        .where(
          and(
            eq(collaborations.customerId, collaboration.customerId),
            eq(collaborations.service, collaboration.service),
            inArray(collaborations.status, occupyingStatuses),
          ),
        )
        .get();
      if (taken) {
        throw fail('COLLABORATION_EXISTS', {
          service: serviceCatalog[collaboration.service].name,
          status: taken.status,
          collaborationId: taken.id,
        });
      }
    }
    changeCollaboration(
      transaction,
      {
        collaboration,
        set: { status: 'pending' },
        actor: employee,
        action: 'invitation.resent',
        before: { ...before, status: 'expired' },
        after: { ...after, status: 'pending' },
      },
      now,
    );
  }
  return invited;
}

/**
 * Flow 3, cancel: the invitation and its collaborations are withdrawn; the link stops working.
 * For `invitationUndoMinutes` the same agency may undo it (`restoreInvitation`).
 */
export async function cancelInvitation(
  context: InnerContext,
  invitationId: string,
): Promise<{
  invitationId: string;
  collaborations: { id: string; service: ServiceId | null; status: 'cancelled' }[];
}> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findOpenInvitationOfAgency(transaction, employee, invitationId, now);
    // `respondedAt` keeps when it was withdrawn: undoing the cancel is allowed for a while
    // after it (`restoreInvitation`, invitation-restore.ts).
    transaction
      .update(invitations)
      .set({ status: 'cancelled', respondedAt: now })
      .where(eq(invitations.id, invitation.id))
      .run();
    retireInvitationEmails(transaction, invitation.id);
    return settleInvitedCollaborations(
      transaction,
      invitation,
      { to: 'cancelled', actor: employee, action: 'invitation.cancelled' },
      now,
    );
  });
}
