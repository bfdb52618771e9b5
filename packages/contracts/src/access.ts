import type { ServiceId } from './catalog.js';
import type { CollaborationStatus } from './status.js';

export const grantReasons = ['contact_person', 'account_admin', 'task_participant'] as const;
export type GrantReason = (typeof grantReasons)[number];
export type GrantSubjectType = 'employee' | 'account_user';

export interface DerivedGrant {
  subjectType: GrantSubjectType;
  subjectId: string;
  reason: GrantReason;
}

export interface GrantSource {
  status: CollaborationStatus;
  service: ServiceId | null;
  taskId: string | null;
  /** The employees taking part in the collaboration's task. */
  participantIds: readonly string[];
  accountUsers: readonly { id: string; email: string; isAdmin: boolean }[];
  /** The customer's registered contact person. */
  contactEmail: string | null;
}

/**
 * Who gets access to a collaboration's service, and why. This is the one definition: the
 * server stores exactly what it returns, and the invite dialog shows it before activation.
 * - Only an active, linked collaboration (service and task known) grants anything.
 * - The task's participants get access as agency staff.
 * - The registered contact person gets access; the account's other admins get it as admins.
 */
export function deriveGrants(source: GrantSource): DerivedGrant[] {
  if (source.status !== 'active' || source.service === null || source.taskId === null) return [];
  const grants: DerivedGrant[] = [...new Set(source.participantIds)].map((employeeId) => ({
    subjectType: 'employee',
    subjectId: employeeId,
    reason: 'task_participant',
  }));
  const contactEmail = source.contactEmail?.toLowerCase() ?? null;
  for (const user of source.accountUsers) {
    if (contactEmail !== null && user.email.toLowerCase() === contactEmail) {
      grants.push({ subjectType: 'account_user', subjectId: user.id, reason: 'contact_person' });
    } else if (user.isAdmin) {
      grants.push({ subjectType: 'account_user', subjectId: user.id, reason: 'account_admin' });
    }
  }
  return grants;
}
