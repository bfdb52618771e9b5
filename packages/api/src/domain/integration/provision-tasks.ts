import type { ListPage, ListQuery, TaskPut, TaskResource } from '@collab/contracts';
import {
  activationRequests,
  collaborations,
  type Transaction,
  taskParticipants,
  tasks,
  transact,
} from '@collab/db';
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { fail, failField } from '../../errors.js';
import { recordAudit } from '../audit.js';
import { rederiveGrants } from '../grants.js';
import { activeCollaborationsOfTask } from './access-follows.js';
import {
  databaseTaskDirectory,
  type TaskDirectory,
  type TaskRow,
  taskPageDirectory,
} from './directories.js';
import type { IntegrationContext } from './integration-context.js';
import {
  type AgencyRow,
  auditProvisioning,
  cursorAfter,
  iso,
  ownAgency,
  type PutOutcome,
  type PutResult,
  pageOf,
  sameSet,
} from './shared.js';

export function taskResource(
  agency: AgencyRow,
  row: TaskRow,
  participantIds: string[],
  directory: TaskDirectory,
): TaskResource {
  return {
    object: 'task',
    id: row.externalId ?? '',
    agencyId: agency.externalId ?? '',
    // Rows made inside Collab have no host id; the host only ever sees its own.
    customerId: directory.customerExternalIdOf(row.customerId) ?? '',
    name: row.name,
    ownerId: directory.employeeExternalIdOf(row.ownerId) ?? '',
    participantIds: participantIds
      .map((id) => directory.employeeExternalIdOf(id))
      .filter((id): id is string => id !== null)
      .sort(),
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

function snapshot(row: TaskRow, participantIds: string[]): Record<string, unknown> {
  return {
    externalId: row.externalId,
    name: row.name,
    customerId: row.customerId,
    ownerId: row.ownerId,
    participantIds: [...participantIds].sort(),
  };
}

/**
 * The write of one task PUT in the caller's transaction. When the participants change, the
 * grants of the task's active collaborations are derived again and each gets a
 * 'task.participants_changed' event, as when an employee changes them (tasks.ts).
 */
export function applyTask(
  transaction: Transaction,
  context: IntegrationContext,
  agency: AgencyRow,
  externalId: string,
  input: TaskPut,
  directory: TaskDirectory,
  now: Date,
): { row: TaskRow; participantIds: string[]; outcome: PutOutcome } {
  const customerId = directory.customerIdOf(input.customerId);
  if (customerId === undefined) throw failField('customerId', 'CUSTOMER_NOT_FOUND');
  const ownerId = directory.employeeIdOf(input.ownerId);
  if (ownerId === undefined) throw failField('ownerId', 'EMPLOYEE_NOT_FOUND');
  const participantIds: string[] = [];
  for (const [index, participant] of input.participantIds.entries()) {
    const id = directory.employeeIdOf(participant);
    if (id === undefined) throw failField(`participantIds.${index}`, 'EMPLOYEE_NOT_FOUND');
    if (!participantIds.includes(id)) participantIds.push(id);
  }
  const wanted = { name: input.name, customerId, ownerId };
  const existing = directory.taskByExternalId(externalId);
  if (!existing) {
    const row: TaskRow = {
      id: crypto.randomUUID(),
      agencyId: agency.id,
      ...wanted,
      externalId,
      version: 1,
      createdAt: now,
    };
    transaction.insert(tasks).values(row).run();
    if (participantIds.length > 0) {
      transaction
        .insert(taskParticipants)
        .values(participantIds.map((employeeId) => ({ taskId: row.id, employeeId })))
        .run();
    }
    auditProvisioning(
      context,
      {
        agencyId: agency.id,
        action: 'task.provisioned',
        before: null,
        after: snapshot(row, participantIds),
      },
      now,
    );
    return { row, participantIds, outcome: 'created' };
  }
  const before = directory.participantsOf(existing.id);
  const participantsChanged = !sameSet(before, participantIds);
  if (
    existing.name === wanted.name &&
    existing.customerId === wanted.customerId &&
    existing.ownerId === wanted.ownerId &&
    !participantsChanged
  ) {
    return { row: existing, participantIds: before, outcome: 'unchanged' };
  }
  if (existing.customerId !== customerId) {
    const used = transaction
      .select({ id: collaborations.id })
      .from(collaborations)
      .where(eq(collaborations.taskId, existing.id))
      .get();
    if (used) throw fail('TASK_CUSTOMER_LOCKED');
  }
  const row: TaskRow = { ...existing, ...wanted, version: existing.version + 1 };
  transaction
    .update(tasks)
    .set({ ...wanted, version: row.version })
    .where(eq(tasks.id, existing.id))
    .run();
  if (participantsChanged) {
    transaction.delete(taskParticipants).where(eq(taskParticipants.taskId, existing.id)).run();
    if (participantIds.length > 0) {
      transaction
        .insert(taskParticipants)
        .values(participantIds.map((employeeId) => ({ taskId: existing.id, employeeId })))
        .run();
    }
    for (const collaboration of activeCollaborationsOfTask(transaction, existing.id)) {
      rederiveGrants(transaction, collaboration.id, now);
      recordAudit(
        transaction,
        {
          agencyId: collaboration.agencyId,
          accountId: collaboration.accountId,
          collaborationId: collaboration.id,
          invitationId: null,
          actor: context.integration,
          action: 'task.participants_changed',
          before: { participantIds: before },
          after: { participantIds },
        },
        now,
      );
    }
  }
  auditProvisioning(
    context,
    {
      agencyId: agency.id,
      action: 'task.provisioned',
      before: snapshot(existing, before),
      after: snapshot(row, participantIds),
    },
    now,
  );
  return { row, participantIds, outcome: 'updated' };
}

export async function putTask(
  context: IntegrationContext,
  agencyId: string,
  taskId: string,
  input: TaskPut,
): Promise<PutResult<TaskResource>> {
  return transact(context.db, (transaction) => {
    const agency = ownAgency(transaction, context.integration.id, agencyId);
    const directory = databaseTaskDirectory(transaction, agency.id);
    const { row, participantIds, outcome } = applyTask(
      transaction,
      context,
      agency,
      taskId,
      input,
      directory,
      context.clock.now(),
    );
    return { resource: taskResource(agency, row, participantIds, directory), outcome };
  });
}

export async function getTaskResource(
  context: IntegrationContext,
  agencyId: string,
  taskId: string,
): Promise<TaskResource> {
  const agency = ownAgency(context.db, context.integration.id, agencyId);
  const directory = databaseTaskDirectory(context.db, agency.id);
  const row = directory.taskByExternalId(taskId);
  if (!row) throw fail('TASK_NOT_FOUND');
  return taskResource(agency, row, directory.participantsOf(row.id), directory);
}

export async function listTaskResources(
  context: IntegrationContext,
  agencyId: string,
  query: ListQuery,
): Promise<ListPage<TaskResource>> {
  const agency = ownAgency(context.db, context.integration.id, agencyId);
  const after = cursorAfter(query);
  const rows = context.db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.agencyId, agency.id),
        isNotNull(tasks.externalId),
        after === null ? undefined : gt(tasks.externalId, after),
      ),
    )
    .orderBy(asc(tasks.externalId))
    .limit(query.limit + 1)
    .all();
  const directory = taskPageDirectory(
    context.db,
    agency.id,
    rows.map((row) => row.id),
  );
  return pageOf(rows, query, (row) =>
    taskResource(agency, row, directory.participantsOf(row.id), directory),
  );
}

/** Refused while any collaboration names the task: its history must stay whole. */
export async function deleteTask(
  context: IntegrationContext,
  agencyId: string,
  taskId: string,
): Promise<void> {
  await transact(context.db, (transaction) => {
    const agency = ownAgency(transaction, context.integration.id, agencyId);
    const directory = databaseTaskDirectory(transaction, agency.id);
    const row = directory.taskByExternalId(taskId);
    if (!row) throw fail('TASK_NOT_FOUND');
    const used = transaction
      .select({ id: collaborations.id })
      .from(collaborations)
      .where(eq(collaborations.taskId, row.id))
      .get();
    if (used) throw fail('TASK_IN_USE');
    // A prepared invitation on a task that no longer exists can never be sent.
    transaction.delete(activationRequests).where(eq(activationRequests.taskId, row.id)).run();
    const participantIds = directory.participantsOf(row.id);
    transaction.delete(taskParticipants).where(eq(taskParticipants.taskId, row.id)).run();
    transaction.delete(tasks).where(eq(tasks.id, row.id)).run();
    auditProvisioning(
      context,
      {
        agencyId: agency.id,
        action: 'task.deleted',
        before: snapshot(row, participantIds),
        after: null,
      },
      context.clock.now(),
    );
  });
}
