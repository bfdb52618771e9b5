import {
  type collaborationLinkInputSchema,
  serviceCatalog,
  serviceSelectionProblems,
} from '@collab/contracts';
import { customers, transact } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { fail, failField } from '../errors.js';
import { optionsToStore } from './activation.js';
import { requireEmployee, requireFullRights } from './actors.js';
import { changeCollaboration } from './collaboration-change.js';
import { findCollaborationInScope, findTaskForCustomer } from './collaboration-scope.js';
import { type CollaborationView, loadCollaborationView } from './collaboration-view.js';
import { queueEvent } from './outbox.js';
import { openCollaborationsOf } from './service-occupancy.js';

/**
 * Flow 6: an unlinked collaboration from the old system gets its service and task. From then
 * on it is an ordinary active collaboration, and access is derived for it.
 */
export async function linkCollaboration(
  context: InnerContext,
  input: z.output<typeof collaborationLinkInputSchema>,
): Promise<CollaborationView> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  await transact(context.db, (transaction) => {
    const now = context.clock.now();
    const collaboration = findCollaborationInScope(transaction, employee, input.collaborationId);
    if (collaboration.service !== null) throw fail('COLLABORATION_ALREADY_LINKED');
    if (collaboration.status !== 'active')
      throw fail('COLLABORATION_NOT_ACTIVE', { status: collaboration.status });
    const task = findTaskForCustomer(transaction, employee, input.taskId, collaboration.customerId);
    const service = input.selection.service;
    const open = openCollaborationsOf(
      transaction,
      { agencyId: employee.agencyId, customerId: collaboration.customerId },
      now,
    );
    const existing = open.find((candidate) => candidate.service === service);
    if (existing) {
      throw failField('selection.service', 'COLLABORATION_EXISTS', {
        service: serviceCatalog[service].name,
        status: existing.status,
        collaborationId: existing.id,
      });
    }
    const active = open.filter((candidate) => candidate.status === 'active');
    const [problem] = serviceSelectionProblems(
      [service],
      active.map((candidate) => candidate.service),
    );
    if (problem) throw failField('selection.service', problem.code, problem.params);
    const customer = transaction
      .select({ companyType: customers.companyType })
      .from(customers)
      .where(eq(customers.id, collaboration.customerId))
      .get();
    const options = optionsToStore(
      service,
      input.selection.options,
      customer?.companyType ?? 'aktiebolag',
    );
    changeCollaboration(
      transaction,
      {
        collaboration,
        set: { service, taskId: task.id, options },
        actor: employee,
        action: 'collaboration.linked',
        before: { service: null, taskId: null, legacyServiceName: collaboration.legacyServiceName },
        after: { service, taskId: task.id, options },
      },
      now,
    );
    queueEvent(
      transaction,
      {
        name: 'collaboration.linked',
        agencyId: collaboration.agencyId,
        relatedId: collaboration.id,
        payload: { collaborationId: collaboration.id, service, taskId: task.id },
      },
      now,
    );
  });
  const view = loadCollaborationView(context.db, context.clock.now(), input.collaborationId);
  return view;
}
