import { customers, employees, taskParticipants, tasks } from '@collab/db';
import { and, eq, inArray } from 'drizzle-orm';
import { selectCustomer, selectEmployeeExternalId, selectEmployeeId } from './prepared-reads.js';
import type { Reader } from './shared.js';

export type CustomerRow = typeof customers.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;

/**
 * How a customer PUT finds rows of its agency: by the host's id, by org number, and an
 * employee's host id from Collab's id and back. A single PUT asks the database; the bulk sync
 * answers from maps it loaded once.
 */
export interface CustomerDirectory {
  customerByExternalId(externalId: string): CustomerRow | undefined;
  customerByOrgNumber(orgNumber: string): CustomerRow | undefined;
  employeeIdOf(externalId: string): string | undefined;
  employeeExternalIdOf(id: string): string | null;
}

export function databaseCustomerDirectory(reader: Reader, agencyId: string): CustomerDirectory {
  // Prepared statements (prepared-reads.ts): a customer PUT asks each of these once or twice.
  return {
    customerByExternalId: (externalId) => selectCustomer(reader, agencyId, { externalId }),
    customerByOrgNumber: (orgNumber) => selectCustomer(reader, agencyId, { orgNumber }),
    employeeIdOf: (externalId) => selectEmployeeId(reader, agencyId, externalId),
    employeeExternalIdOf: (id) => selectEmployeeExternalId(reader, id),
  };
}

/**
 * How a task PUT finds rows of its agency by the host's ids and back. Only rows of the same
 * agency are found, so a task can never name another agency's customer or employee.
 */
export interface TaskDirectory {
  taskByExternalId(externalId: string): TaskRow | undefined;
  participantsOf(taskId: string): string[];
  customerIdOf(externalId: string): string | undefined;
  employeeIdOf(externalId: string): string | undefined;
  customerExternalIdOf(id: string): string | null;
  employeeExternalIdOf(id: string): string | null;
}

export function databaseTaskDirectory(reader: Reader, agencyId: string): TaskDirectory {
  return {
    taskByExternalId: (externalId) =>
      reader
        .select()
        .from(tasks)
        .where(and(eq(tasks.agencyId, agencyId), eq(tasks.externalId, externalId)))
        .get(),
    participantsOf: (taskId) =>
      reader
        .select({ employeeId: taskParticipants.employeeId })
        .from(taskParticipants)
        .where(eq(taskParticipants.taskId, taskId))
        .all()
        .map((row) => row.employeeId),
    customerIdOf: (externalId) =>
      reader
        .select({ id: customers.id })
        .from(customers)
        .where(and(eq(customers.agencyId, agencyId), eq(customers.externalId, externalId)))
        .get()?.id,
    employeeIdOf: (externalId) =>
      reader
        .select({ id: employees.id })
        .from(employees)
        .where(and(eq(employees.agencyId, agencyId), eq(employees.externalId, externalId)))
        .get()?.id,
    customerExternalIdOf: (id) =>
      reader
        .select({ externalId: customers.externalId })
        .from(customers)
        .where(eq(customers.id, id))
        .get()?.externalId ?? null,
    employeeExternalIdOf: (id) =>
      reader
        .select({ externalId: employees.externalId })
        .from(employees)
        .where(eq(employees.id, id))
        .get()?.externalId ?? null,
  };
}

/**
 * For a page of tasks: the participants of every task in one query, and each customer's and
 * employee's host id asked once (a page names the same people again and again), instead of a
 * query per task and per person.
 */
export function taskPageDirectory(
  reader: Reader,
  agencyId: string,
  taskIds: string[],
): TaskDirectory {
  const base = databaseTaskDirectory(reader, agencyId);
  const participants = new Map<string, string[]>();
  if (taskIds.length > 0) {
    for (const row of reader
      .select({ taskId: taskParticipants.taskId, employeeId: taskParticipants.employeeId })
      .from(taskParticipants)
      .where(inArray(taskParticipants.taskId, taskIds))
      .all()) {
      participants.set(row.taskId, [...(participants.get(row.taskId) ?? []), row.employeeId]);
    }
  }
  const remembered = (lookup: (id: string) => string | null) => {
    const known = new Map<string, string | null>();
    return (id: string) => {
      if (!known.has(id)) known.set(id, lookup(id));
      return known.get(id) ?? null;
    };
  };
  return {
    ...base,
    participantsOf: (taskId) => participants.get(taskId) ?? [],
    customerExternalIdOf: remembered(base.customerExternalIdOf),
    employeeExternalIdOf: remembered(base.employeeExternalIdOf),
  };
}
