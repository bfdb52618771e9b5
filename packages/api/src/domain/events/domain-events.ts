import type { EventDataOf } from '@collab/contracts';
import type { Transaction } from '@collab/db';
import type { AccountUserActor, EmployeeActor } from '../actors.js';
import type { IntegrationActor } from '../integration/integration-context.js';
import { recordEvent } from './record-event.js';
import { collaborationSnapshot, eventActorOf, invitationSnapshot } from './snapshots.js';

/*
 * The events of the domain's flows, built from the state the change left (docs/events.md):
 * a collaboration event per collaboration (numbered in its `sequence`), an invitation event
 * per invitation (with the collaborations it is about; its sequence is null, since it spans
 * several collaborations).
 */

type Actor = EmployeeActor | AccountUserActor | IntegrationActor | null;

type CollaborationEventType =
  | 'collaboration.activated'
  | 'collaboration.invited'
  | 'collaboration.updated'
  | 'collaboration.ended'
  | 'collaboration.linked';

/** What a collaboration event adds to the collaboration and the actor. */
export type CollaborationEvent = {
  [Type in CollaborationEventType]: { type: Type } & Omit<
    EventDataOf<Type>,
    'collaboration' | 'actor'
  >;
}[CollaborationEventType];

export function recordCollaborationEvent(
  transaction: Transaction,
  scope: { agencyId: string; collaborationId: string; actor: Actor },
  event: CollaborationEvent,
  now: Date,
): void {
  const { type, ...details } = event;
  recordEvent(
    transaction,
    {
      type,
      agencyId: scope.agencyId,
      collaborationId: scope.collaborationId,
      data: {
        ...details,
        collaboration: collaborationSnapshot(transaction, scope.collaborationId, now),
        actor: eventActorOf(transaction, scope.actor),
      } as EventDataOf<typeof type>,
    },
    now,
  );
}

type InvitationEventType =
  | 'invitation.accepted'
  | 'invitation.declined'
  | 'invitation.expired'
  | 'invitation.cancelled'
  | 'invitation.resent'
  | 'invitation.restored';

export type InvitationEvent = {
  [Type in InvitationEventType]: { type: Type } & Omit<
    EventDataOf<Type>,
    'invitation' | 'customer' | 'collaborations' | 'actor'
  >;
}[InvitationEventType];

export function recordInvitationEvent(
  transaction: Transaction,
  scope: { agencyId: string; invitationId: string; actor: Actor },
  event: InvitationEvent,
  now: Date,
): void {
  const { type, ...details } = event;
  recordEvent(
    transaction,
    {
      type,
      agencyId: scope.agencyId,
      data: {
        ...details,
        ...invitationSnapshot(transaction, scope.invitationId, now),
        actor: eventActorOf(transaction, scope.actor),
      } as EventDataOf<typeof type>,
    },
    now,
  );
}
