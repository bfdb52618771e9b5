import { collaborations, type Database, type Transaction, tasks } from '@collab/db';
import { and, eq } from 'drizzle-orm';
import { fail, failField } from '../errors.js';
import type { AccountUserActor, EmployeeActor } from './actors.js';

export type CollaborationRow = typeof collaborations.$inferSelect;

/**
 * A collaboration the actor's side is party to: the agency's own, or the company's own.
 * Anything else is "not found", so a caller learns nothing about other tenants.
 */
export function findCollaborationInScope(
  transaction: Database | Transaction,
  actor: EmployeeActor | AccountUserActor,
  collaborationId: string,
): CollaborationRow {
  const scope =
    actor.kind === 'employee'
      ? eq(collaborations.agencyId, actor.agencyId)
      : eq(collaborations.accountId, actor.accountId);
  const collaboration = transaction
    .select()
    .from(collaborations)
    .where(and(eq(collaborations.id, collaborationId), scope))
    .get();
  if (!collaboration) throw fail('COLLABORATION_NOT_FOUND');
  return collaboration;
}

/** A task of the employee's agency that belongs to the given customer. */
export function findTaskForCustomer(
  transaction: Transaction,
  employee: EmployeeActor,
  taskId: string,
  customerId: string,
): typeof tasks.$inferSelect {
  const task = transaction
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.agencyId, employee.agencyId)))
    .get();
  if (!task) throw fail('TASK_NOT_FOUND');
  if (task.customerId !== customerId) throw failField('taskId', 'TASK_NOT_FOR_CUSTOMER');
  return task;
}
