import {
  deriveGrants,
  invitationExpiresAt,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import type { LargeSeedSummary } from './large.js';
import type { GeneratedAccount, GeneratedCustomer, GeneratedTask } from './large-customers.js';
import { declineReasons, endReasons, legacyServiceNames } from './large-words.js';
import type { BatchWriter, Statements } from './large-writer.js';
import { pick, type Random, randomInteger, unknownTokenHash } from './random.js';
import { day, minute } from './units.js';

/** The services a customer can hold open at once; eEkonomi first, as the others need it. */
export const serviceOrder: readonly ServiceId[] = [
  'eekonomi',
  'scanner',
  'ekonomioversikt',
  'skatt_bokslut_pro',
  'utlagg',
];
export const dependsOnEekonomi = new Set<ServiceId>(['scanner', 'ekonomioversikt']);

export type SlotState = 'active' | 'pending' | 'closed' | 'unlinked';

export const closedStatuses = ['ended', 'declined', 'cancelled', 'expired'] as const;
export type ClosedStatus = (typeof closedStatuses)[number];

export function writeCollaborations(input: {
  nextId: () => string;
  writer: BatchWriter;
  statements: Statements;
  random: Random;
  now: number;
  agencyId: string;
  customer: GeneratedCustomer;
  account: GeneratedAccount;
  count: number;
  fullRightsEmployee: () => string;
  summary: LargeSeedSummary;
}): void {
  const { writer, statements, random, now, agencyId, customer, account, summary, nextId } = input;
  const bookkeepingTask = customer.tasks[0];
  if (bookkeepingTask === undefined) throw new Error('seedLarge: a customer without a task');
  const annualTask = customer.tasks[1] ?? bookkeepingTask;
  const taskFor = (service: ServiceId): GeneratedTask =>
    service === 'skatt_bokslut_pro' ? annualTask : bookkeepingTask;

  // One invitation carries all of the customer's pending collaborations, as when an agency
  // invites to several services at once. A quarter of them have passed their expiry.
  let openInvitation: { id: string; sentAt: number } | null = null;
  const pendingInvitation = (): { id: string; sentAt: number } => {
    if (openInvitation !== null) return openInvitation;
    const expired = random() < 0.25;
    const sentAt =
      now -
      (expired ? randomInteger(random, 31, 120) : randomInteger(random, 0, 29)) * day -
      randomInteger(random, 0, 600) * minute;
    const invitationId = nextId();
    writer.add(statements.invitation, [
      invitationId,
      agencyId,
      customer.id,
      account.id,
      unknownTokenHash(),
      'pending',
      invitationExpiresAt(new Date(sentAt)).getTime(),
      input.fullRightsEmployee(),
      sentAt,
      null,
      null,
      null,
      sentAt,
    ]);
    summary.tables.invitations += 1;
    openInvitation = { id: invitationId, sentAt };
    return openInvitation;
  };

  let eekonomiState: SlotState = 'closed';
  for (let slot = 0; slot < input.count; slot++) {
    const openService = serviceOrder[slot];
    let state: SlotState;
    let service: ServiceId;
    if (random() < 0.03) {
      state = 'unlinked';
      service = openService ?? 'eekonomi';
    } else if (openService === undefined) {
      state = 'closed';
      service = serviceOrder[randomInteger(random, 0, serviceOrder.length - 1)] ?? 'eekonomi';
    } else {
      service = openService;
      state = openState(random, service, eekonomiState);
    }
    if (openService === 'eekonomi') eekonomiState = state;

    const collaborationId = nextId();
    const createdById = input.fullRightsEmployee();
    if (state === 'unlinked') {
      const importedAt = now - randomInteger(random, 30, 400) * day;
      writer.add(
        statements.collaboration,
        [
          collaborationId,
          agencyId,
          customer.id,
          account.id,
          null,
          null,
          pick(random, legacyServiceNames),
          '{}',
          'active',
          null,
          createdById,
          1,
          importedAt,
          null,
          null,
          importedAt,
          importedAt,
        ],
        true,
      );
      summary.collaborationsByStatus.active += 1;
      summary.unlinkedCollaborations += 1;
      summary.tables.collaborations += 1;
      continue;
    }

    const task = taskFor(service);
    const options = JSON.stringify(randomOptions(random, service));
    if (state === 'active') {
      const activatedAt =
        now - randomInteger(random, 1, 700) * day - randomInteger(random, 0, 600) * minute;
      writer.add(
        statements.collaboration,
        [
          collaborationId,
          agencyId,
          customer.id,
          account.id,
          service,
          task.id,
          null,
          options,
          'active',
          null,
          createdById,
          1,
          activatedAt,
          null,
          null,
          activatedAt,
          activatedAt,
        ],
        true,
      );
      const grants = deriveGrants({
        status: 'active',
        service,
        taskId: task.id,
        participantIds: task.participantIds,
        accountUsers: account.users,
        contactEmail: customer.contactEmail,
      });
      for (const grant of grants) {
        writer.add(statements.accessGrant, [
          nextId(),
          collaborationId,
          account.id,
          service,
          grant.subjectType,
          grant.subjectId,
          grant.reason,
          activatedAt,
        ]);
      }
      summary.tables.accessGrants += grants.length;
      summary.collaborationsByStatus.active += 1;
    } else if (state === 'pending') {
      const invitation = pendingInvitation();
      writer.add(
        statements.collaboration,
        [
          collaborationId,
          agencyId,
          customer.id,
          account.id,
          service,
          task.id,
          null,
          options,
          'pending',
          invitation.id,
          createdById,
          1,
          null,
          null,
          null,
          invitation.sentAt,
          invitation.sentAt,
        ],
        true,
      );
      summary.collaborationsByStatus.pending += 1;
      if (invitationExpiresAt(new Date(invitation.sentAt)).getTime() <= now) {
        summary.expiredPendingCollaborations += 1;
      }
    } else {
      const status = closedStatus(random);
      writeClosedCollaboration({
        ...input,
        status,
        collaborationId,
        service,
        taskId: task.id,
        options,
        createdById,
      });
      summary.collaborationsByStatus[status] += 1;
    }
    summary.tables.collaborations += 1;
  }
}

/**
 * Whether a customer's first collaboration for a service is active, pending or history.
 * Scanner and Ekonomiöversikt are only active beside an active eEkonomi, and only pending
 * beside an active or pending one.
 */
export function openState(random: Random, service: ServiceId, eekonomiState: SlotState): SlotState {
  const roll = random();
  if (!dependsOnEekonomi.has(service)) {
    if (roll < 0.6) return 'active';
    if (roll < 0.75) return 'pending';
    return 'closed';
  }
  if (eekonomiState === 'active') {
    if (roll < 0.55) return 'active';
    if (roll < 0.65) return 'pending';
    return 'closed';
  }
  if (eekonomiState === 'pending') return roll < 0.5 ? 'pending' : 'closed';
  return 'closed';
}

export function closedStatus(random: Random): ClosedStatus {
  const roll = random();
  if (roll < 0.45) return 'ended';
  if (roll < 0.65) return 'declined';
  if (roll < 0.8) return 'cancelled';
  return 'expired';
}

export function writeClosedCollaboration(input: {
  nextId: () => string;
  writer: BatchWriter;
  statements: Statements;
  random: Random;
  now: number;
  agencyId: string;
  customer: GeneratedCustomer;
  account: GeneratedAccount;
  fullRightsEmployee: () => string;
  summary: LargeSeedSummary;
  status: ClosedStatus;
  collaborationId: string;
  service: ServiceId;
  taskId: string;
  options: string;
  createdById: string;
}): void {
  const { writer, statements, random, now, agencyId, customer, account, status, nextId } = input;
  const startedAt =
    now - randomInteger(random, 60, 1500) * day - randomInteger(random, 0, 600) * minute;
  if (status === 'ended') {
    const endedAt = Math.min(now - day, startedAt + randomInteger(random, 30, 900) * day);
    writer.add(
      statements.collaboration,
      [
        input.collaborationId,
        agencyId,
        customer.id,
        account.id,
        input.service,
        input.taskId,
        null,
        input.options,
        'ended',
        null,
        input.createdById,
        2,
        startedAt,
        endedAt,
        pick(random, endReasons),
        startedAt,
        endedAt,
      ],
      true,
    );
    return;
  }
  // Declined, cancelled and expired collaborations each had an invitation of their own.
  const invitationId = nextId();
  const answeredAt = startedAt + randomInteger(random, 1, 20) * day;
  const expiresAt = invitationExpiresAt(new Date(startedAt)).getTime();
  writer.add(statements.invitation, [
    invitationId,
    agencyId,
    customer.id,
    account.id,
    unknownTokenHash(),
    status === 'expired' ? 'pending' : status,
    expiresAt,
    input.fullRightsEmployee(),
    startedAt,
    status === 'declined' ? account.firstAdminId : null,
    status === 'declined' ? answeredAt : null,
    status === 'declined' && random() < 0.4 ? pick(random, declineReasons) : null,
    startedAt,
  ]);
  input.summary.tables.invitations += 1;
  writer.add(
    statements.collaboration,
    [
      input.collaborationId,
      agencyId,
      customer.id,
      account.id,
      input.service,
      input.taskId,
      null,
      input.options,
      status,
      invitationId,
      input.createdById,
      2,
      null,
      null,
      null,
      startedAt,
      status === 'expired' ? expiresAt : answeredAt,
    ],
    true,
  );
}

/** A valid choice for each of the service's options, from the catalog. */
function randomOptions(random: Random, service: ServiceId): Record<string, string> {
  const options: Record<string, string> = {};
  for (const [name, option] of Object.entries(serviceCatalog[service].options)) {
    options[name] = random() < 0.5 ? option.default : pick(random, option.values);
  }
  return options;
}
