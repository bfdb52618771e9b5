import { type DerivedGrant, deriveGrants, type ServiceId } from '@collab/contracts';
import {
  accessGrants,
  accountUsers,
  collaborations,
  customers,
  employees,
  type Transaction,
  taskParticipants,
} from '@collab/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { type AccessChange, recordAccessEvents } from './events/access-events.js';

/**
 * Makes a collaboration's stored grants what `deriveGrants` says they should be, and tells
 * the integration what changed: `access.revoked` for each grant that goes (with the reason it
 * had), then `access.granted` for each that comes. A grant whose reason or service changes is
 * both (docs/events.md). Always derived from scratch: deriving beats patching, because a patch
 * can drift and this cannot; only the difference is written. Every path that changes access
 * (activation, accept, end, update, task participants, provisioning) ends here, so none can
 * change access without its events.
 * A deactivated employee or account user holds no access, so they are not among the inputs
 * (the same filter as `storedAndDerivedGrants` in @collab/db/testing).
 */
export function rederiveGrants(transaction: Transaction, collaborationId: string, now: Date): void {
  const collaboration = transaction
    .select({
      agencyId: collaborations.agencyId,
      status: collaborations.status,
      service: collaborations.service,
      taskId: collaborations.taskId,
      accountId: collaborations.accountId,
      contactEmail: customers.contactEmail,
    })
    .from(collaborations)
    .innerJoin(customers, eq(customers.id, collaborations.customerId))
    .where(eq(collaborations.id, collaborationId))
    .get();
  if (!collaboration) return;
  const participantIds = collaboration.taskId
    ? transaction
        .select({ employeeId: taskParticipants.employeeId })
        .from(taskParticipants)
        .innerJoin(employees, eq(employees.id, taskParticipants.employeeId))
        .where(
          and(eq(taskParticipants.taskId, collaboration.taskId), isNull(employees.deactivatedAt)),
        )
        .all()
        .map((row) => row.employeeId)
    : [];
  const users = transaction
    .select({ id: accountUsers.id, email: accountUsers.email, isAdmin: accountUsers.isAdmin })
    .from(accountUsers)
    .where(
      and(eq(accountUsers.accountId, collaboration.accountId), isNull(accountUsers.deactivatedAt)),
    )
    .all();
  const service = collaboration.service;
  const derived =
    service === null
      ? []
      : deriveGrants({
          status: collaboration.status,
          service,
          taskId: collaboration.taskId,
          participantIds,
          accountUsers: users,
          contactEmail: collaboration.contactEmail,
        });
  const stored = transaction
    .select({
      id: accessGrants.id,
      service: accessGrants.service,
      subjectType: accessGrants.subjectType,
      subjectId: accessGrants.subjectId,
      reason: accessGrants.reason,
    })
    .from(accessGrants)
    .where(eq(accessGrants.collaborationId, collaborationId))
    .all();
  const wanted = new Map(derived.map((grant) => [subjectKey(grant), grant]));
  const revoked = stored.filter((grant) => {
    const next = wanted.get(subjectKey(grant));
    return next === undefined || next.reason !== grant.reason || grant.service !== service;
  });
  const kept = new Set(
    stored.filter((grant) => !revoked.includes(grant)).map((grant) => subjectKey(grant)),
  );
  const granted = derived.filter((grant) => !kept.has(subjectKey(grant)));
  if (revoked.length > 0) {
    transaction
      .delete(accessGrants)
      .where(
        inArray(
          accessGrants.id,
          revoked.map((grant) => grant.id),
        ),
      )
      .run();
  }
  if (granted.length > 0 && service !== null) {
    transaction
      .insert(accessGrants)
      .values(
        granted.map((grant) => ({
          id: crypto.randomUUID(),
          collaborationId,
          accountId: collaboration.accountId,
          service,
          subjectType: grant.subjectType,
          subjectId: grant.subjectId,
          reason: grant.reason,
          createdAt: now,
        })),
      )
      .run();
  }
  const changes: AccessChange[] = [
    ...revoked.map((grant) => ({
      type: 'access.revoked' as const,
      service: grant.service as ServiceId,
      subjectType: grant.subjectType,
      subjectId: grant.subjectId,
      reason: grant.reason,
    })),
    ...granted.map((grant) => ({
      type: 'access.granted' as const,
      service: service as ServiceId,
      ...grant,
    })),
  ];
  recordAccessEvents(
    transaction,
    { collaborationId, agencyId: collaboration.agencyId, accountId: collaboration.accountId },
    changes,
    now,
  );
}

function subjectKey(grant: Pick<DerivedGrant, 'subjectType' | 'subjectId'>): string {
  return `${grant.subjectType}:${grant.subjectId}`;
}
