import {
  deriveGrants,
  invitationExpiresAt,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import type { LargeSeedSummary } from './large.js';
import type { GeneratedAccount, GeneratedCustomer, GeneratedTask } from './large-customers.js';
import { declineReasons, endReasons, legacyServiceNames } from './large-words.js';
import type { CustomerWriting } from './large-writer.js';
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

export function writeCollaborations(
  input: CustomerWriting & {
    customer: GeneratedCustomer;
    account: GeneratedAccount;
    count: number;
    fullRightsEmployee: () => string;
    summary: LargeSeedSummary;
  },
): void {
  const { writer, statements, random, now, customer, account, summary, nextId } = input;
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
    const invitationId = addInvitation(input, { status: 'pending', sentAt });
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
      addCollaboration(input, {
        id: collaborationId,
        service: null,
        taskId: null,
        legacyServiceName: pick(random, legacyServiceNames),
        status: 'active',
        createdById,
        activatedAt: importedAt,
        createdAt: importedAt,
      });
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
      addCollaboration(input, {
        id: collaborationId,
        service,
        taskId: task.id,
        options,
        status: 'active',
        createdById,
        activatedAt,
        createdAt: activatedAt,
      });
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
      addCollaboration(input, {
        id: collaborationId,
        service,
        taskId: task.id,
        options,
        status: 'pending',
        invitationId: invitation.id,
        createdById,
        createdAt: invitation.sentAt,
      });
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

export function writeClosedCollaboration(
  input: CustomerWriting & {
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
  },
): void {
  const { random, now, account, status } = input;
  const startedAt =
    now - randomInteger(random, 60, 1500) * day - randomInteger(random, 0, 600) * minute;
  if (status === 'ended') {
    const endedAt = Math.min(now - day, startedAt + randomInteger(random, 30, 900) * day);
    addCollaboration(input, {
      id: input.collaborationId,
      service: input.service,
      taskId: input.taskId,
      options: input.options,
      status: 'ended',
      createdById: input.createdById,
      version: 2,
      activatedAt: startedAt,
      endedAt,
      endReason: pick(random, endReasons),
      createdAt: startedAt,
      updatedAt: endedAt,
    });
    return;
  }
  // Declined, cancelled and expired collaborations each had an invitation of their own.
  const answeredAt = startedAt + randomInteger(random, 1, 20) * day;
  const expiresAt = invitationExpiresAt(new Date(startedAt)).getTime();
  const declined = status === 'declined';
  const invitationId = addInvitation(input, {
    // An expired invitation stays stored as pending: its expiry says the rest.
    status: status === 'expired' ? 'pending' : status,
    sentAt: startedAt,
    respondedById: declined ? account.firstAdminId : null,
    respondedAt: declined ? answeredAt : null,
    declineReason: declined && random() < 0.4 ? pick(random, declineReasons) : null,
  });
  addCollaboration(input, {
    id: input.collaborationId,
    service: input.service,
    taskId: input.taskId,
    options: input.options,
    status,
    invitationId,
    createdById: input.createdById,
    version: 2,
    createdAt: startedAt,
    updatedAt: status === 'expired' ? expiresAt : answeredAt,
  });
}

/** One invitation row, sent by a full-rights employee; resolves to its id. */
function addInvitation(
  input: CustomerWriting & {
    customer: GeneratedCustomer;
    account: GeneratedAccount;
    fullRightsEmployee: () => string;
    summary: LargeSeedSummary;
  },
  invitation: {
    status: 'pending' | 'declined' | 'cancelled';
    sentAt: number;
    respondedById?: string | null;
    respondedAt?: number | null;
    declineReason?: string | null;
  },
): string {
  const invitationId = input.nextId();
  input.writer.add(input.statements.invitation, [
    invitationId,
    input.agencyId,
    input.customer.id,
    input.account.id,
    unknownTokenHash(),
    invitation.status,
    invitationExpiresAt(new Date(invitation.sentAt)).getTime(),
    input.fullRightsEmployee(),
    invitation.sentAt,
    invitation.respondedById ?? null,
    invitation.respondedAt ?? null,
    invitation.declineReason ?? null,
    invitation.sentAt,
  ]);
  input.summary.tables.invitations += 1;
  return invitationId;
}

/** What sets one collaboration apart; the rest of its row is its customer's. */
interface CollaborationFields {
  id: string;
  service: ServiceId | null;
  taskId: string | null;
  /** Only an unlinked collaboration has one, and no service. */
  legacyServiceName?: string;
  /** The options as JSON; none by default. */
  options?: string;
  status: 'active' | 'pending' | ClosedStatus;
  invitationId?: string;
  createdById: string;
  /** 1 by default: written once and never changed. */
  version?: number;
  activatedAt?: number;
  endedAt?: number;
  endReason?: string;
  createdAt: number;
  /** `createdAt` by default. */
  updatedAt?: number;
}

/** One collaboration row, in the prepared statement's column order. */
function addCollaboration(
  input: CustomerWriting & { customer: GeneratedCustomer; account: GeneratedAccount },
  row: CollaborationFields,
): void {
  input.writer.add(
    input.statements.collaboration,
    [
      row.id,
      input.agencyId,
      input.customer.id,
      input.account.id,
      row.service,
      row.taskId,
      row.legacyServiceName ?? null,
      row.options ?? '{}',
      row.status,
      row.invitationId ?? null,
      row.createdById,
      row.version ?? 1,
      row.activatedAt ?? null,
      row.endedAt ?? null,
      row.endReason ?? null,
      row.createdAt,
      row.updatedAt ?? row.createdAt,
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
