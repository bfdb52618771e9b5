import { auditEvents, type Transaction } from '@collab/db';
import type { AccountUserActor, EmployeeActor } from './actors.js';
import type { IntegrationActor } from './integration/integration-context.js';
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
  | 'invitation.cancelled'
  /** Flow 3: a cancel undone within `invitationUndoMinutes`. */
  | 'invitation.restored'
  // Flow 9: an invitation prepared for a full-rights colleague to send (activation-request.ts).
  | 'activation_request.created'
  | 'activation_request.sent'
  | 'activation_request.dismissed'
  /** Written once per sending by the expiry job (invitation-expiry.ts); no collaboration. */
  | 'invitation.expired'
  // Provisioning by a host's backend through the integration API (integration/).
  | 'agency.provisioned'
  | 'employee.provisioned'
  | 'employee.deactivated'
  | 'employee.reactivated'
  | 'customer.provisioned'
  | 'customer.deleted'
  | 'task.provisioned'
  | 'task.deleted'
  | 'account.provisioned'
  | 'account_user.provisioned'
  | 'account_user.deactivated'
  | 'account_user.reactivated';

export interface AuditEntry {
  /** Null only for a change to a company account that no agency made (provisioning). */
  agencyId: string | null;
  accountId: string | null;
  collaborationId: string | null;
  invitationId: string | null;
  actor: EmployeeActor | AccountUserActor | IntegrationActor | null;
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
