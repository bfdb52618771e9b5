import {
  type collaborationUpdateInputSchema,
  optionChangeProblems,
  type ServiceOptions,
} from '@collab/contracts';
import { transact } from '@collab/db';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { requireEmployee } from './actors.js';
import { changeCollaboration } from './collaboration-change.js';
import {
  type CollaborationRow,
  findCollaborationInScope,
  findTaskForCustomer,
} from './collaboration-scope.js';
import { type CollaborationView, loadCollaborationView } from './collaboration-view.js';
import { eventTaskOf } from './events/snapshots.js';

function currentValues(collaboration: CollaborationRow) {
  return {
    version: collaboration.version,
    status: collaboration.status,
    taskId: collaboration.taskId,
    options: collaboration.options,
  };
}

/**
 * Flow 4: any employee may move a collaboration to another task of the same customer (access
 * follows at once); only full rights may change its options. The version the client read
 * must still be current: a stale edit is refused with the current values, never applied.
 */
export async function updateCollaboration(
  context: InnerContext,
  input: z.output<typeof collaborationUpdateInputSchema>,
): Promise<CollaborationView> {
  const employee = await requireEmployee(context);
  const optionChanges: ServiceOptions = input.options ?? {};
  if (Object.keys(optionChanges).length > 0 && employee.rights !== 'full') {
    throw fail('OPTION_REQUIRES_FULL_RIGHTS');
  }
  await transact(context.db, (transaction) => {
    const now = context.clock.now();
    const collaboration = findCollaborationInScope(transaction, employee, input.collaborationId);
    if (collaboration.version !== input.version) {
      throw fail('VERSION_CONFLICT', {}, undefined, { current: currentValues(collaboration) });
    }
    if (collaboration.status !== 'active')
      throw fail('COLLABORATION_NOT_ACTIVE', { status: collaboration.status });
    if (collaboration.service === null) throw fail('COLLABORATION_UNLINKED');
    const problems = optionChangeProblems(collaboration.service, optionChanges);
    if (problems.length > 0) {
      throw fail(
        'VALIDATION_FAILED',
        { keys: problems.map((problem) => problem.field.replace('options.', '')).join(', ') },
        Object.fromEntries(
          problems.map((problem) => [problem.field, [{ code: problem.code, message: '' }]]),
        ),
      );
    }
    const taskId = input.taskId ?? collaboration.taskId;
    if (taskId !== collaboration.taskId && taskId !== null) {
      findTaskForCustomer(transaction, employee, taskId, collaboration.customerId);
    }
    const options = { ...collaboration.options, ...optionChanges };
    const taskChanged = taskId !== collaboration.taskId;
    const optionsChanged = JSON.stringify(options) !== JSON.stringify(collaboration.options);
    if (!taskChanged && !optionsChanged) return;
    const before = { taskId: collaboration.taskId, options: collaboration.options };
    const after = { taskId, options };
    // The event names tasks as the host knows them (docs/events.md); the audit keeps ids.
    const told = {
      before: {
        task: eventTaskOf(transaction, collaboration.taskId),
        options: collaboration.options,
      },
      after: { task: eventTaskOf(transaction, taskId), options },
    };
    changeCollaboration(
      transaction,
      {
        collaboration,
        set: { taskId, options },
        actor: employee,
        action: 'collaboration.updated',
        before,
        after,
        event: { type: 'collaboration.updated', ...told },
      },
      now,
    );
  });
  const view = loadCollaborationView(context.db, context.clock.now(), input.collaborationId);
  return view;
}
