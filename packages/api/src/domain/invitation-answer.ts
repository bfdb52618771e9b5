import type { InvitationReference, ServiceId } from '@collab/contracts';
import { accessGrants, employees, invitations, type Transaction, transact } from '@collab/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { type AccountUserActor, type EmployeeActor, requireAccountUser } from './actors.js';
import type { AuditAction } from './audit.js';
import { changeCollaboration } from './collaboration-change.js';
import { recordInvitationEvent } from './events/domain-events.js';
import {
  collaborationsAwaitingAnswer,
  findInvitationToAnswer,
  type InvitationRow,
} from './invitation-lookup.js';
import { notifyAccepted, notifyDeclined } from './invitation-notifications.js';
import { retireInvitationEmails } from './outbox.js';

export interface AnswerResult {
  invitationId: string;
  collaborations: { id: string; service: ServiceId | null; status: 'active' | 'declined' }[];
}

export interface AcceptResult extends AnswerResult {
  /** The agency's employees who got access through the accepted collaborations, by name. */
  agencyAccess: { name: string }[];
}

/** The agency staff with access to any of these collaborations: their grants say it. */
function agencyStaffWithAccess(
  transaction: Transaction,
  collaborationIds: string[],
): { name: string }[] {
  if (collaborationIds.length === 0) return [];
  return transaction
    .selectDistinct({ name: employees.name })
    .from(accessGrants)
    .innerJoin(employees, eq(employees.id, accessGrants.subjectId))
    .where(
      and(
        inArray(accessGrants.collaborationId, collaborationIds),
        eq(accessGrants.subjectType, 'employee'),
      ),
    )
    .orderBy(asc(employees.name))
    .all();
}

/**
 * Marks the invitation answered, but only if it is still pending in this transaction.
 * Two admins clicking at once both pass the checks above in their own reads; the
 * conditional update lets exactly one of them through.
 */
function claimInvitation(
  transaction: Transaction,
  invitation: InvitationRow,
  answer: { status: 'accepted' | 'declined'; userId: string; reason?: string | undefined },
  now: Date,
): void {
  const claimed = transaction
    .update(invitations)
    .set({
      status: answer.status,
      respondedById: answer.userId,
      respondedAt: now,
      declineReason: answer.reason ?? null,
    })
    .where(and(eq(invitations.id, invitation.id), eq(invitations.status, 'pending')))
    .run();
  if (claimed.changes !== 1) throw fail('INVITATION_ALREADY_ACCEPTED');
  retireInvitationEmails(transaction, invitation.id);
}

const settledEvents = {
  active: 'invitation.accepted',
  declined: 'invitation.declined',
  cancelled: 'invitation.cancelled',
} as const;

/**
 * Settles the invitation's collaborations that still wait (pending, or written as expired):
 * accepted ones become active, or all are declined or cancelled, each through
 * changeCollaboration (an accepted one with its `collaboration.activated`), and the
 * invitation's event says so, after them, with the collaborations as they now are. Returns what moved, for the answer.
 */
export function settleInvitedCollaborations<To extends keyof typeof settledEvents>(
  transaction: Transaction,
  invitation: InvitationRow,
  move: {
    to: To;
    actor: EmployeeActor | AccountUserActor;
    action: AuditAction;
    reason?: string | undefined;
  },
  now: Date,
): {
  invitationId: string;
  collaborations: { id: string; service: ServiceId | null; status: To }[];
} {
  const waiting = collaborationsAwaitingAnswer(transaction, invitation.id);
  for (const collaboration of waiting) {
    changeCollaboration(
      transaction,
      {
        collaboration,
        set: {
          status: move.to,
          // An imported collaboration keeps the start date the old system gave it (the
          // import's duplicate check reads it); a new one starts now.
          activatedAt:
            move.to === 'active' ? (collaboration.activatedAt ?? now) : collaboration.activatedAt,
        },
        actor: move.actor,
        action: move.action,
        before: { status: collaboration.status },
        after: move.reason ? { status: move.to, reason: move.reason } : { status: move.to },
        ...(move.to === 'active' ? { event: { type: 'collaboration.activated' } } : {}),
      },
      now,
    );
  }
  const moved = waiting.map(({ id, service }) => ({ id, service }));
  const type = settledEvents[move.to];
  recordInvitationEvent(
    transaction,
    { agencyId: invitation.agencyId, invitationId: invitation.id, actor: move.actor },
    type === 'invitation.declined' ? { type, reason: move.reason ?? null } : { type },
    now,
  );
  return {
    invitationId: invitation.id,
    collaborations: moved.map((collaboration) => ({ ...collaboration, status: move.to })),
  };
}

/** Flow 2, accept: the services become active and the task's participants get access. */
export async function acceptInvitation(
  context: InnerContext,
  reference: InvitationReference,
): Promise<AcceptResult> {
  const user = await requireAccountUser(context);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findInvitationToAnswer(transaction, user, reference, now);
    claimInvitation(transaction, invitation, { status: 'accepted', userId: user.id }, now);
    const settled = settleInvitedCollaborations(
      transaction,
      invitation,
      { to: 'active', actor: user, action: 'invitation.accepted' },
      now,
    );
    notifyAccepted(transaction, invitation, user, settled.collaborations, now);
    return {
      ...settled,
      agencyAccess: agencyStaffWithAccess(
        transaction,
        settled.collaborations.map((collaboration) => collaboration.id),
      ),
    };
  });
}

/** Flow 2, decline: with an optional reason, which the inviting employee is told. */
export async function declineInvitation(
  context: InnerContext,
  input: { reference: InvitationReference; reason?: string | undefined },
): Promise<AnswerResult> {
  const user = await requireAccountUser(context);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findInvitationToAnswer(transaction, user, input.reference, now);
    claimInvitation(
      transaction,
      invitation,
      { status: 'declined', userId: user.id, reason: input.reason },
      now,
    );
    const settled = settleInvitedCollaborations(
      transaction,
      invitation,
      { to: 'declined', actor: user, action: 'invitation.declined', reason: input.reason },
      now,
    );
    notifyDeclined(
      transaction,
      invitation,
      { by: user, reason: input.reason ?? null },
      settled.collaborations,
      now,
    );
    return settled;
  });
}
