import {
  type CollaborationStatus,
  effectiveStatus,
  occupyingStatuses,
  type ServiceId,
} from '@collab/contracts';
import { collaborations, invitations, type Transaction } from '@collab/db';
import { and, eq, inArray } from 'drizzle-orm';
import { changeCollaboration } from './collaboration-change.js';

export type OccupyingStatus = (typeof occupyingStatuses)[number];

export interface OpenCollaboration {
  id: string;
  service: ServiceId;
  status: OccupyingStatus;
}

/** Whether a collaboration in `status` (with expiry already applied) holds its service. */
export function occupies(status: CollaborationStatus): status is OccupyingStatus {
  return (occupyingStatuses as readonly CollaborationStatus[]).includes(status);
}

/**
 * The customer's collaborations that hold a service now: active ones, and pending ones whose
 * invitation has not expired. A pending one found expired is written as expired here, in the
 * caller's transaction, so that the unique index lets a new collaboration take its place.
 */
export function openCollaborationsOf(
  transaction: Transaction,
  scope: { agencyId: string; customerId: string },
  now: Date,
): OpenCollaboration[] {
  const candidates = transaction
    .select({
      id: collaborations.id,
      agencyId: collaborations.agencyId,
      accountId: collaborations.accountId,
      invitationId: collaborations.invitationId,
      version: collaborations.version,
      service: collaborations.service,
      status: collaborations.status,
      taskId: collaborations.taskId,
      expiresAt: invitations.expiresAt,
    })
    .from(collaborations)
    .leftJoin(invitations, eq(invitations.id, collaborations.invitationId))
    .where(
      and(
        eq(collaborations.customerId, scope.customerId),
        inArray(collaborations.status, occupyingStatuses),
      ),
    )
    .all();
  const open: OpenCollaboration[] = [];
  for (const candidate of candidates) {
    if (candidate.service === null) continue;
    const status = effectiveStatus(candidate.status, candidate.expiresAt, now);
    if (occupies(status)) {
      open.push({ id: candidate.id, service: candidate.service, status });
      continue;
    }
    changeCollaboration(
      transaction,
      {
        collaboration: candidate,
        set: { status: 'expired' },
        actor: null,
        action: 'collaboration.expired',
        before: { status: 'pending' },
        after: { status: 'expired' },
        // Written now, though it expired earlier: the integration learns the row changed.
        event: {
          type: 'collaboration.updated',
          before: { status: 'pending' },
          after: { status: 'expired' },
        },
      },
      now,
    );
  }
  return open;
}
