import type { collaborationFilterOptionsInputSchema } from '@collab/contracts';
import { customers, employees, tasks } from '@collab/db';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { requireEmployee } from './actors.js';
import type { PersonRef } from './customers.js';

/** More task names than this would not fit a choice list; the overview has search for that. */
export const filterTaskNameLimit = 500;

/** What the overview's filters offer, in one call rather than one per row. */
export interface OverviewFilterOptions {
  /** The names of the agency's tasks, each once (a task belongs to one customer). */
  taskNames: string[];
  /** Employees who own at least one task. */
  taskOwners: PersonRef[];
  /** Employees who are the account manager of at least one customer. */
  accountManagers: PersonRef[];
}

/**
 * The choices of the overview's task, task owner and account manager filters, for any
 * employee of the agency. Every query is limited to the caller's agency; with `customerId`
 * also to that customer, so another agency's customer simply has no choices.
 */
export async function listOverviewFilterOptions(
  context: InnerContext,
  input: z.output<typeof collaborationFilterOptionsInputSchema>,
): Promise<OverviewFilterOptions> {
  const employee = await requireEmployee(context);
  const taskScope = and(
    eq(tasks.agencyId, employee.agencyId),
    input.customerId ? eq(tasks.customerId, input.customerId) : undefined,
  );
  const taskNames = context.db
    .selectDistinct({ name: tasks.name })
    .from(tasks)
    .where(taskScope)
    .orderBy(asc(tasks.name))
    .limit(filterTaskNameLimit)
    .all()
    .map((row) => row.name);
  const taskOwners = context.db
    .selectDistinct({ id: employees.id, name: employees.name })
    .from(tasks)
    .innerJoin(employees, eq(employees.id, tasks.ownerId))
    .where(and(taskScope, eq(employees.agencyId, employee.agencyId)))
    .orderBy(asc(employees.name), asc(employees.id))
    .all();
  const accountManagers = context.db
    .selectDistinct({ id: employees.id, name: employees.name })
    .from(customers)
    .innerJoin(employees, eq(employees.id, customers.accountManagerId))
    .where(
      and(
        eq(customers.agencyId, employee.agencyId),
        eq(employees.agencyId, employee.agencyId),
        input.customerId ? eq(customers.id, input.customerId) : undefined,
      ),
    )
    .orderBy(asc(employees.name), asc(employees.id))
    .all();
  return { taskNames, taskOwners, accountManagers };
}
