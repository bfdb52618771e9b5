import { auditEvents, type Transaction } from '@collab/db';
import type { AccountUserActor, EmployeeActor } from './actors.js';
import { sequentialId } from './sequential-id.js';

export type AuditAction =
  | 'collaboration.activated'
  | 'collaboration.invited'
  | 'collaboration.expired'
  | 'collaboration.updated'
  | 'collaboration.ended'
  | 'collaboration.linked'
  | 'task.participants_changed'
  | 'collaboration.imported'
  | 'invitation.accepted'
  | 'invitation.declined'
  | 'invitation.resent'
  | 'invitation.cancelled';

export interface AuditEntry {
  agencyId: string;
  accountId: string | null;
  collaborationId: string | null;
  invitationId: string | null;
  actor: EmployeeActor | AccountUserActor | null;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Append-only: there is no update or delete of audit events anywhere in the code. */
export function recordAudit(transaction: Transaction, entry: AuditEntry, now: Date): void {
  transaction
    .insert(auditEvents)
    .values({
      id: sequentialId(),
      agencyId: entry.agencyId,
      accountId: entry.accountId,
      collaborationId: entry.collaborationId,
      invitationId: entry.invitationId,
      actorType: entry.actor?.kind ?? 'system',
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      before: entry.before,
      after: entry.after,
      createdAt: now,
    })
    .run();
}
