import { deriveGrants } from '@collab/contracts';
import {
  accessGrants,
  accountUsers,
  collaborations,
  customers,
  employees,
  type Transaction,
  taskParticipants,
} from '@collab/db';
import { and, eq, isNull } from 'drizzle-orm';

/**
 * Replaces a collaboration's stored grants with what `deriveGrants` says they should be.
 * Always from scratch: deriving beats patching, because a patch can drift and this cannot.
 * A deactivated employee or account user holds no access, so they are not among the inputs
 * (the same filter as `storedAndDerivedGrants` in @collab/db/testing).
 */
export function rederiveGrants(transaction: Transaction, collaborationId: string, now: Date): void {
  const collaboration = transaction
    .select({
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
  const grants = deriveGrants({
    status: collaboration.status,
    service: collaboration.service,
    taskId: collaboration.taskId,
    participantIds,
    accountUsers: users,
    contactEmail: collaboration.contactEmail,
  });
  transaction.delete(accessGrants).where(eq(accessGrants.collaborationId, collaborationId)).run();
  if (grants.length === 0 || collaboration.service === null) return;
  const service = collaboration.service;
  transaction
    .insert(accessGrants)
    .values(
      grants.map((grant) => ({
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
