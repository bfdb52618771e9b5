import {
  type InvitationReference,
  missingRequirements,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
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
import { activeServicesOf } from './invitation-read.js';
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

/** One waiting collaboration moved to its answer, through changeCollaboration. */
function settleCollaboration(
  transaction: Transaction,
  collaboration: ReturnType<typeof collaborationsAwaitingAnswer>[number],
  move: {
    to: keyof typeof settledEvents;
    actor: EmployeeActor | AccountUserActor;
    action: AuditAction;
    reason?: string | undefined;
  },
  now: Date,
): void {
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
  for (const collaboration of waiting) settleCollaboration(transaction, collaboration, move, now);
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

/**
 * Which of the waiting collaborations the company accepts, by the services it declines, and
 * the refusals that keep the catalog's rule: a service it accepts must not need one it
 * declines, unless that one is active for the company already (flow 2, per-service answers).
 */
function splitAnswer(
  transaction: Transaction,
  invitation: InvitationRow,
  declinedServices: readonly ServiceId[],
): {
  accepted: ReturnType<typeof collaborationsAwaitingAnswer>;
  declined: ReturnType<typeof collaborationsAwaitingAnswer>;
} {
  const waiting = collaborationsAwaitingAnswer(transaction, invitation.id);
  const invited = new Set(waiting.flatMap(({ service }) => (service ? [service] : [])));
  const notInvited = declinedServices.find((service) => !invited.has(service));
  if (notInvited) {
    throw fail('INVITATION_SERVICE_NOT_INVITED', { service: serviceCatalog[notInvited].name });
  }
  const declinedSet = new Set(declinedServices);
  const accepted = waiting.filter(({ service }) => !(service && declinedSet.has(service)));
  const declined = waiting.filter(({ service }) => service !== null && declinedSet.has(service));
  const chosen = accepted.flatMap(({ service }) => (service ? [service] : []));
  const active = activeServicesOf(transaction, invitation.customerId);
  for (const service of chosen) {
    const [missing] = missingRequirements(service, { active, chosen });
    if (missing) {
      throw fail('INVITATION_SERVICE_REQUIRED', {
        service: serviceCatalog[service].name,
        required: serviceCatalog[missing].name,
      });
    }
  }
  return { accepted, declined };
}

/**
 * Flow 2, accept: the services become active and the task's participants get access. With
 * `declinedServices`, the company says no to those and yes to the rest, in one transaction;
 * declining every service is declining the invitation (`declineInvitation`'s outcome).
 */
export async function acceptInvitation(
  context: InnerContext,
  input: { reference: InvitationReference; declinedServices: readonly ServiceId[] },
): Promise<AcceptResult> {
  const user = await requireAccountUser(context);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findInvitationToAnswer(transaction, user, input.reference, now);
    const { accepted, declined } = splitAnswer(transaction, invitation, input.declinedServices);
    if (accepted.length === 0) {
      return {
        ...declineInTransaction(transaction, invitation, user, undefined, now),
        agencyAccess: [],
      };
    }
    claimInvitation(transaction, invitation, { status: 'accepted', userId: user.id }, now);
    for (const collaboration of accepted) {
      settleCollaboration(
        transaction,
        collaboration,
        { to: 'active', actor: user, action: 'invitation.accepted' },
        now,
      );
    }
    for (const collaboration of declined) {
      settleCollaboration(
        transaction,
        collaboration,
        { to: 'declined', actor: user, action: 'invitation.declined' },
        now,
      );
    }
    // One event for the answer, after the collaborations' own: its `collaborations` show
    // which ones are active and which declined (docs/events.md).
    recordInvitationEvent(
      transaction,
      { agencyId: invitation.agencyId, invitationId: invitation.id, actor: user },
      { type: 'invitation.accepted' },
      now,
    );
    const activated = accepted.map(({ id, service }) => ({
      id,
      service,
      status: 'active' as const,
    }));
    const turnedDown = declined.map(({ id, service }) => ({
      id,
      service,
      status: 'declined' as const,
    }));
    notifyAccepted(
      transaction,
      invitation,
      user,
      { accepted: activated, declined: turnedDown },
      now,
    );
    return {
      invitationId: invitation.id,
      collaborations: [...activated, ...turnedDown],
      agencyAccess: agencyStaffWithAccess(
        transaction,
        activated.map((collaboration) => collaboration.id),
      ),
    };
  });
}

/** Declining, claimed and settled, with the employee told; in the caller's transaction. */
function declineInTransaction(
  transaction: Transaction,
  invitation: InvitationRow,
  user: AccountUserActor,
  reason: string | undefined,
  now: Date,
): AnswerResult {
  claimInvitation(transaction, invitation, { status: 'declined', userId: user.id, reason }, now);
  const settled = settleInvitedCollaborations(
    transaction,
    invitation,
    { to: 'declined', actor: user, action: 'invitation.declined', reason },
    now,
  );
  notifyDeclined(
    transaction,
    invitation,
    { by: user, reason: reason ?? null },
    settled.collaborations,
    now,
  );
  return settled;
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
    return declineInTransaction(transaction, invitation, user, input.reason, now);
  });
}
