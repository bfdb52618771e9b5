import { collaborations, type Transaction } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { AccountUserActor, EmployeeActor } from './actors.js';
import { type AuditAction, recordAudit } from './audit.js';
import type { CollaborationRow } from './collaboration-scope.js';
import { type CollaborationEvent, recordCollaborationEvent } from './events/domain-events.js';
import { rederiveGrants } from './grants.js';

/** What a change needs to know of the collaboration, as read in the same transaction. */
export type ChangedCollaboration = Pick<
  CollaborationRow,
  'id' | 'agencyId' | 'accountId' | 'invitationId' | 'version' | 'status' | 'service' | 'taskId'
>;

/** The columns a change may set; the version and `updatedAt` are this module's business. */
export type CollaborationChanges = Partial<
  Pick<
    CollaborationRow,
    | 'status'
    | 'service'
    | 'taskId'
    | 'options'
    | 'invitationId'
    | 'activatedAt'
    | 'endedAt'
    | 'endReason'
  >
>;

export interface CollaborationChange {
  collaboration: ChangedCollaboration;
  set: CollaborationChanges;
  /** Null when the system itself makes the change (an invitation found expired). */
  actor: EmployeeActor | AccountUserActor | null;
  action: AuditAction;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /**
   * The collaboration's event for the integration (docs/events.md), recorded before the
   * access events the change causes; none for a change an invitation event tells.
   */
  event?: CollaborationEvent;
}

/**
 * The one way a collaboration changes after it is created: the row gets the new values and
 * the next version (an edit must name the version it read, see docs/architecture.md), the grants are derived
 * again when anything they depend on moved (status, service or task), the change is in
 * the audit trail, and its events are recorded (docs/events.md). Every flow that changes a
 * collaboration (accept, decline, cancel, resend, expire, update, end, link) goes through
 * here, so none of them can forget one of these.
 */
export function changeCollaboration(
  transaction: Transaction,
  change: CollaborationChange,
  now: Date,
): { version: number } {
  const { collaboration, set } = change;
  const version = collaboration.version + 1;
  transaction
    .update(collaborations)
    .set({ ...set, version, updatedAt: now })
    .where(eq(collaborations.id, collaboration.id))
    .run();
  if (change.event) {
    recordCollaborationEvent(
      transaction,
      { agencyId: collaboration.agencyId, collaborationId: collaboration.id, actor: change.actor },
      change.event,
      now,
    );
  }
  const grantsMayDiffer =
    (set.status !== undefined && set.status !== collaboration.status) ||
    (set.service !== undefined && set.service !== collaboration.service) ||
    (set.taskId !== undefined && set.taskId !== collaboration.taskId);
  if (grantsMayDiffer) rederiveGrants(transaction, collaboration.id, now);
  recordAudit(
    transaction,
    {
      agencyId: collaboration.agencyId,
      accountId: collaboration.accountId,
      collaborationId: collaboration.id,
      invitationId: set.invitationId ?? collaboration.invitationId,
      actor: change.actor,
      action: change.action,
      before: change.before,
      after: change.after,
    },
    now,
  );
  return { version };
}
