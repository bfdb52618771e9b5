import type { taskSetParticipantsInputSchema } from '@collab/contracts';
import { collaborations, employees, taskParticipants, tasks, transact } from '@collab/db';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { fail, failField } from '../errors.js';
import { requireEmployee, requireFullRights } from './actors.js';
import { recordAudit } from './audit.js';
import type { TaskSummary } from './customers.js';
import { rederiveGrants } from './grants.js';

export interface ParticipantCandidate {
  id: string;
  name: string;
}

/**
 * The agency's active employees, whom a task may have as participants, by name: what the
 * invite dialog's "Change participants" lists. Names only, to any employee of the agency (they
 * see everything in the agency); a company user is refused.
 */
export async function listParticipantCandidates(
  context: InnerContext,
): Promise<ParticipantCandidate[]> {
  const employee = await requireEmployee(context);
  return context.db
    .select({ id: employees.id, name: employees.name })
    .from(employees)
    .where(and(eq(employees.agencyId, employee.agencyId), isNull(employees.deactivatedAt)))
    .orderBy(asc(employees.name), asc(employees.id))
    .all();
}

/**
 * Replaces a task's participants. Every active collaboration on the task gets its access
 * re-derived in the same transaction, so nobody keeps access a moment longer than the task says.
 */
export async function setTaskParticipants(
  context: InnerContext,
  input: z.output<typeof taskSetParticipantsInputSchema>,
): Promise<TaskSummary> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  const participantIds = [...new Set(input.participantIds)];
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const task = transaction
      .select()
      .from(tasks)
      .where(and(eq(tasks.id, input.taskId), eq(tasks.agencyId, employee.agencyId)))
      .get();
    if (!task) throw fail('TASK_NOT_FOUND');
    const participants =
      participantIds.length === 0
        ? []
        : transaction
            .select({ id: employees.id, name: employees.name })
            .from(employees)
            .where(
              and(inArray(employees.id, participantIds), eq(employees.agencyId, employee.agencyId)),
            )
            .orderBy(asc(employees.name))
            .all();
    const knownIds = new Set(participants.map((participant) => participant.id));
    const unknownIndex = participantIds.findIndex((id) => !knownIds.has(id));
    if (unknownIndex !== -1)
      throw failField(`participantIds.${unknownIndex}`, 'PARTICIPANT_NOT_IN_AGENCY');
    const before = transaction
      .select({ employeeId: taskParticipants.employeeId })
      .from(taskParticipants)
      .where(eq(taskParticipants.taskId, task.id))
      .all()
      .map((row) => row.employeeId);
    transaction.delete(taskParticipants).where(eq(taskParticipants.taskId, task.id)).run();
    if (participantIds.length > 0) {
      transaction
        .insert(taskParticipants)
        .values(participantIds.map((employeeId) => ({ taskId: task.id, employeeId })))
        .run();
    }
    const affected = transaction
      .select()
      .from(collaborations)
      .where(and(eq(collaborations.taskId, task.id), eq(collaborations.status, 'active')))
      .all();
    for (const collaboration of affected) {
      rederiveGrants(transaction, collaboration.id, now);
      recordAudit(
        transaction,
        {
          agencyId: collaboration.agencyId,
          accountId: collaboration.accountId,
          collaborationId: collaboration.id,
          invitationId: null,
          actor: employee,
          action: 'task.participants_changed',
          before: { participantIds: before },
          after: { participantIds },
        },
        now,
      );
    }
    const owner = transaction
      .select({ id: employees.id, name: employees.name })
      .from(employees)
      .where(eq(employees.id, task.ownerId))
      .get();
    return {
      id: task.id,
      name: task.name,
      owner: owner ?? { id: task.ownerId, name: '' },
      participants,
    };
  });
}
