import { collaborations, type Transaction, taskParticipants } from '@collab/db';
import { and, eq } from 'drizzle-orm';
import { rederiveGrants } from '../grants.js';

/*
 * Access follows the directory: when provisioning changes who works on a task, who is active,
 * who is an admin or who the contact person is, the grants of the collaborations it touches
 * are derived again in the same transaction (docs/architecture.md, "Transactions and the
 * outbox"). Only active collaborations hold grants, so only those are re-derived.
 */

export function activeCollaborationsOfTask(transaction: Transaction, taskId: string) {
  return transaction
    .select({
      id: collaborations.id,
      agencyId: collaborations.agencyId,
      accountId: collaborations.accountId,
    })
    .from(collaborations)
    .where(and(eq(collaborations.taskId, taskId), eq(collaborations.status, 'active')))
    .all();
}

/** After an employee's deactivation or reactivation: every task they work on. */
export function rederiveForEmployee(transaction: Transaction, employeeId: string, now: Date): void {
  const rows = transaction
    .select({ id: collaborations.id })
    .from(collaborations)
    .innerJoin(taskParticipants, eq(taskParticipants.taskId, collaborations.taskId))
    .where(and(eq(taskParticipants.employeeId, employeeId), eq(collaborations.status, 'active')))
    .all();
  for (const row of rows) rederiveGrants(transaction, row.id, now);
}

/** After a change to a company account's users (admin flag, e-mail, deactivation). */
export function rederiveForAccount(transaction: Transaction, accountId: string, now: Date): void {
  const rows = transaction
    .select({ id: collaborations.id })
    .from(collaborations)
    .where(and(eq(collaborations.accountId, accountId), eq(collaborations.status, 'active')))
    .all();
  for (const row of rows) rederiveGrants(transaction, row.id, now);
}

/** After a change of a customer's contact e-mail: the contact person's grant follows it. */
export function rederiveForCustomer(transaction: Transaction, customerId: string, now: Date): void {
  const rows = transaction
    .select({ id: collaborations.id })
    .from(collaborations)
    .where(and(eq(collaborations.customerId, customerId), eq(collaborations.status, 'active')))
    .all();
  for (const row of rows) rederiveGrants(transaction, row.id, now);
}
