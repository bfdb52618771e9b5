import { collaborations, customers, employees, taskParticipants, tasks } from '@collab/db';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Reader } from './invitation-lookup.js';

/** What a person is to the company, beside being on the task: the glossary's roles. */
export type AgencyStaffRole = 'task_owner' | 'account_manager';

export interface StaffGettingAccess {
  name: string;
  /** Every person listed is a participant of the task; these are the roles they have besides. */
  roles: AgencyStaffRole[];
}

/**
 * The agency's staff who get access when the company accepts the invitation, by name, with
 * their roles: the active participants of the tasks its collaborations hang on, which is what
 * `rederiveGrants` (grants.ts) gives access to. An account manager or task owner who is not a
 * participant gets no access, so is not listed. Names only: staff e-mail addresses are not the
 * company's to read.
 */
export function staffGettingAccess(reader: Reader, invitationId: string): StaffGettingAccess[] {
  const invited = reader
    .select({
      taskId: collaborations.taskId,
      ownerId: tasks.ownerId,
      accountManagerId: customers.accountManagerId,
    })
    .from(collaborations)
    .innerJoin(tasks, eq(tasks.id, collaborations.taskId))
    .innerJoin(customers, eq(customers.id, collaborations.customerId))
    .where(eq(collaborations.invitationId, invitationId))
    .all();
  const taskIds = [...new Set(invited.map((row) => row.taskId).filter((id) => id !== null))];
  if (taskIds.length === 0) return [];
  const owners = new Set(invited.map((row) => row.ownerId));
  const accountManagers = new Set(invited.map((row) => row.accountManagerId));
  const people = reader
    .selectDistinct({ id: employees.id, name: employees.name })
    .from(taskParticipants)
    .innerJoin(employees, eq(employees.id, taskParticipants.employeeId))
    .where(and(inArray(taskParticipants.taskId, taskIds), isNull(employees.deactivatedAt)))
    .orderBy(asc(employees.name), asc(employees.id))
    .all();
  return people.map((person) => ({
    name: person.name,
    roles: [
      ...(owners.has(person.id) ? (['task_owner'] as const) : []),
      ...(accountManagers.has(person.id) ? (['account_manager'] as const) : []),
    ],
  }));
}
