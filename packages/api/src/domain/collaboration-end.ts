import { type collaborationEndInputSchema, dependentsOf, serviceCatalog } from '@collab/contracts';
import { employees, type Transaction, tasks, transact } from '@collab/db';
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { accountAdminsOf } from './account-admins.js';
import {
  type AccountUserActor,
  type EmployeeActor,
  requireAccountAdmin,
  requireActor,
  requireFullRights,
} from './actors.js';
import { changeCollaboration } from './collaboration-change.js';
import { type CollaborationRow, findCollaborationInScope } from './collaboration-scope.js';
import { queueEmail } from './outbox.js';
import { openCollaborationsOf } from './service-occupancy.js';

export interface EndResult {
  collaborationId: string;
  status: 'ended';
  endedAt: string;
}

/**
 * Flow 5: an employee with full rights or an admin of the company ends a collaboration.
 * The agency staff lose access to the service at once; the row and its history stay.
 */
export async function endCollaboration(
  context: InnerContext,
  input: z.output<typeof collaborationEndInputSchema>,
): Promise<EndResult> {
  const actor = await requireActor(context);
  if (actor.kind === 'employee') requireFullRights(actor);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const collaboration = findCollaborationInScope(transaction, actor, input.collaborationId);
    if (actor.kind === 'account_user') requireAccountAdmin(transaction, actor);
    if (collaboration.status !== 'active')
      throw fail('COLLABORATION_NOT_ACTIVE', { status: collaboration.status });
    if (collaboration.service !== null) {
      const service = serviceCatalog[collaboration.service];
      const dependents = dependentsOf(collaboration.service);
      const blocking = openCollaborationsOf(
        transaction,
        { agencyId: collaboration.agencyId, customerId: collaboration.customerId },
        now,
      ).filter((open) => dependents.includes(open.service));
      if (blocking.length > 0) {
        throw fail('ENDING_BLOCKED_BY_DEPENDENTS', {
          service: service.name,
          dependents: blocking.map((open) => serviceCatalog[open.service].name).join(', '),
        });
      }
      if (service.endingDeletesData && input.confirmDataDeletion !== true) {
        throw fail('DATA_DELETION_NOT_CONFIRMED', { service: service.name });
      }
    }
    changeCollaboration(
      transaction,
      {
        collaboration,
        set: { status: 'ended', endedAt: now, endReason: input.reason ?? null },
        actor,
        action: 'collaboration.ended',
        before: { status: 'active' },
        after: { status: 'ended', reason: input.reason ?? null },
        event: {
          type: 'collaboration.ended',
          endedBy: actor.kind === 'employee' ? 'agency' : 'customer',
          reason: input.reason ?? null,
        },
      },
      now,
    );
    notifyOtherParty(transaction, actor, collaboration, input.reason ?? null, now);
    return {
      collaborationId: collaboration.id,
      status: 'ended' as const,
      endedAt: now.toISOString(),
    };
  });
}

/**
 * The agency ending tells the company's admins; the company ending tells the task's owner
 * and whoever activated the collaboration.
 */
function notifyOtherParty(
  transaction: Transaction,
  actor: EmployeeActor | AccountUserActor,
  collaboration: CollaborationRow,
  reason: string | null,
  now: Date,
): void {
  const recipients =
    actor.kind === 'employee'
      ? accountAdminsOf(transaction, collaboration.accountId)
      : transaction
          .select({ name: employees.name, email: employees.email, locale: employees.locale })
          .from(employees)
          .where(inArray(employees.id, agencyContactsOf(transaction, collaboration)))
          .all();
  for (const recipient of recipients) {
    queueEmail(
      transaction,
      {
        template: 'collaboration_ended',
        to: recipient.email,
        locale: recipient.locale,
        relatedId: collaboration.id,
        agencyId: collaboration.agencyId,
        payload: {
          recipientName: recipient.name,
          endedByName: actor.name,
          service: collaboration.service
            ? serviceCatalog[collaboration.service].name
            : collaboration.legacyServiceName,
          collaborationId: collaboration.id,
          reason,
          endedBy: actor.kind === 'employee' ? 'agency' : 'company',
        },
      },
      now,
    );
  }
}

function agencyContactsOf(transaction: Transaction, collaboration: CollaborationRow): string[] {
  const owner = collaboration.taskId
    ? transaction
        .select({ ownerId: tasks.ownerId })
        .from(tasks)
        .where(eq(tasks.id, collaboration.taskId))
        .get()
    : undefined;
  return [
    ...new Set(
      [owner?.ownerId, collaboration.createdById].filter(
        (id): id is string => typeof id === 'string',
      ),
    ),
  ];
}
