import { type EventDataOf, effectiveStatus, type ServiceId, serviceIds } from '@collab/contracts';
import {
  accountUsers,
  collaborations,
  customerAccounts,
  customers,
  employees,
  invitations,
  type Transaction,
  tasks,
} from '@collab/db';
import { asc, eq } from 'drizzle-orm';
import type { AccountUserActor, EmployeeActor } from '../actors.js';
import type { IntegrationActor } from '../integration/integration-context.js';
import { invitationState } from '../invitation-lookup.js';

/*
 * The parts events are made of, read in the change's transaction after the change, so an
 * event tells the state the change left (docs/events.md). External ids are the host's own.
 */

type CollaborationData = EventDataOf<'collaboration.activated'>;
export type EventCollaboration = CollaborationData['collaboration'];
export type EventActor = CollaborationData['actor'];
type InvitationData = EventDataOf<'invitation.accepted'>;
export type EventInvitation = InvitationData['invitation'];
export type EventCustomer = InvitationData['customer'];

/**
 * The collaboration as it is now, with its customer, task and company account. The status
 * is the one people see: a pending one whose invitation ran out is `expired`.
 */
export function collaborationSnapshot(
  transaction: Transaction,
  collaborationId: string,
  now: Date,
): EventCollaboration {
  const row = transaction
    .select({
      collabId: collaborations.id,
      service: collaborations.service,
      status: collaborations.status,
      options: collaborations.options,
      version: collaborations.version,
      customerId: customers.externalId,
      customerCollabId: customers.id,
      customerName: customers.name,
      customerOrgNumber: customers.orgNumber,
      taskId: tasks.externalId,
      taskCollabId: tasks.id,
      taskName: tasks.name,
      accountId: customerAccounts.externalId,
      accountCollabId: customerAccounts.id,
      accountOrgNumber: customerAccounts.orgNumber,
      expiresAt: invitations.expiresAt,
    })
    .from(collaborations)
    .innerJoin(customers, eq(customers.id, collaborations.customerId))
    .innerJoin(customerAccounts, eq(customerAccounts.id, collaborations.accountId))
    .leftJoin(tasks, eq(tasks.id, collaborations.taskId))
    .leftJoin(invitations, eq(invitations.id, collaborations.invitationId))
    .where(eq(collaborations.id, collaborationId))
    .get();
  if (!row) throw new Error(`No collaboration ${collaborationId} to describe in an event`);
  return {
    collabId: row.collabId,
    service: row.service,
    status: effectiveStatus(row.status, row.expiresAt, now),
    options: row.options,
    customer: {
      id: row.customerId,
      collabId: row.customerCollabId,
      name: row.customerName,
      orgNumber: row.customerOrgNumber,
    },
    task:
      row.taskCollabId === null
        ? null
        : { id: row.taskId, collabId: row.taskCollabId, name: row.taskName ?? '' },
    account: { id: row.accountId, collabId: row.accountCollabId, orgNumber: row.accountOrgNumber },
    version: row.version,
  };
}

/**
 * The invitation as it is now (expiry computed, as the customer sees it), its customer and
 * the collaborations it is about, so a receiver learns which ones an answer settled.
 * `collaborations: false` leaves them out (a `collaboration.invited` event is about one).
 */
export function invitationSnapshot(
  transaction: Transaction,
  invitationId: string,
  now: Date,
  options: { collaborations: boolean } = { collaborations: true },
): { invitation: EventInvitation; customer: EventCustomer; collaborations: EventCollaboration[] } {
  const row = transaction
    .select({
      invitation: invitations,
      customerId: customers.externalId,
      customerName: customers.name,
      customerOrgNumber: customers.orgNumber,
    })
    .from(invitations)
    .innerJoin(customers, eq(customers.id, invitations.customerId))
    .where(eq(invitations.id, invitationId))
    .get();
  if (!row) throw new Error(`No invitation ${invitationId} to describe in an event`);
  const invited = transaction
    .select({ id: collaborations.id, service: collaborations.service })
    .from(collaborations)
    .where(eq(collaborations.invitationId, invitationId))
    .orderBy(asc(collaborations.createdAt), asc(collaborations.id))
    .all()
    // In the catalogue's order: ids are random, and one activation writes all in one instant.
    .sort((one, other) => catalogueOrder(one.service) - catalogueOrder(other.service));
  return {
    invitation: {
      collabId: row.invitation.id,
      status: invitationState(row.invitation, now),
      services: invited.flatMap(({ service }) => (service === null ? [] : [service])),
      expiresAt: row.invitation.expiresAt.toISOString(),
      sendCount: row.invitation.sendCount,
    },
    customer: {
      id: row.customerId,
      collabId: row.invitation.customerId,
      name: row.customerName,
      orgNumber: row.customerOrgNumber,
    },
    collaborations: options.collaborations
      ? invited.map(({ id }) => collaborationSnapshot(transaction, id, now))
      : [],
  };
}

/** A task as events name it: the host's id, Collab's id and its name; null for none. */
export function eventTaskOf(
  transaction: Transaction,
  taskId: string | null,
): EventCollaboration['task'] {
  if (taskId === null) return null;
  const task = transaction
    .select({ id: tasks.externalId, name: tasks.name })
    .from(tasks)
    .where(eq(tasks.id, taskId))
    .get();
  return { id: task?.id ?? null, collabId: taskId, name: task?.name ?? '' };
}

/** Who acted, as the event tells it: a person with their external id, the host, or Collab. */
export function eventActorOf(
  transaction: Transaction,
  actor: EmployeeActor | AccountUserActor | IntegrationActor | null,
): EventActor {
  if (actor === null) return { type: 'system' };
  if (actor.kind === 'integration') return { type: 'integration' };
  const table = actor.kind === 'employee' ? employees : accountUsers;
  const person = transaction
    .select({ id: table.externalId, name: table.name, email: table.email })
    .from(table)
    .where(eq(table.id, actor.id))
    .get();
  return {
    type: actor.kind,
    id: person?.id ?? null,
    collabId: actor.id,
    name: person?.name ?? actor.name,
    email: person?.email ?? '',
  };
}

function catalogueOrder(service: ServiceId | null): number {
  return service === null ? serviceIds.length : serviceIds.indexOf(service);
}
