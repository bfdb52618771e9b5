import { type CollaborationStatus, defaultOptions, invitationExpiresAt } from '@collab/contracts';
import type { collaborations, invitations } from '../schema.js';
import type {
  DemoCustomer,
  DemoEnding,
  DemoInvitationOutcome,
  DemoServiceChoice,
} from './demo-data.js';
import type { BuildContext, EmployeeRow } from './demo-rows.js';
import { seededUuid, unknownTokenHash } from './random.js';

/*
 * How each kind of plan in `demo-data.ts` becomes rows: a direct activation, an invitation
 * and what became of it, or a collaboration imported from the old system. Each writes the
 * collaborations with their audit trail; `addCollaboration` gives them their grants.
 */

type DemoPlan = DemoCustomer['plans'][number];

export interface AuditEventDraft {
  collaborationId: string;
  invitationId?: string;
  actorType: 'employee' | 'account_user' | 'system';
  actorId: string | null;
  action: string;
  before: CollaborationStatus | null;
  after: CollaborationStatus | null;
  at: Date;
}

/** One customer with an account, as its plans are built: ids, people and the row writers. */
export interface CustomerBuild extends BuildContext {
  customer: DemoCustomer;
  planIndex: number;
  agencyId: string;
  customerId: string;
  accountId: string;
  accountCreatedAt: Date;
  firstAdmin: { id: string };
  fullRightsEmployee(index: number): EmployeeRow;
  taskIdNamed(name: string): string;
  addAudit(event: AuditEventDraft): void;
  addCollaboration(collaboration: typeof collaborations.$inferInsert): void;
  addEnding(collaborationId: string, ending: DemoEnding, endedAt: Date, by: EmployeeRow): void;
}

export function buildDirectPlan(
  build: CustomerBuild,
  plan: Extract<DemoPlan, { flow: 'direct' }>,
): void {
  const {
    customer,
    random,
    clock,
    agencyId,
    customerId,
    accountId,
    accountCreatedAt,
    addAudit,
    addCollaboration,
    addEnding,
    fullRightsEmployee,
    taskIdNamed,
  } = build;
  if (build.planIndex !== 0) {
    throw new Error(`Demo data: ${customer.name} activates directly after having an account`);
  }
  const sender = fullRightsEmployee(plan.by);
  const taskId = taskIdNamed(plan.task);
  const activatedAt = accountCreatedAt;
  const endedAt = plan.ended === undefined ? null : clock.daysAgo(plan.ended.daysAgo);
  for (const choice of plan.services) {
    const collaborationId = seededUuid(random);
    addCollaboration({
      id: collaborationId,
      agencyId,
      customerId,
      accountId,
      service: choice.service,
      taskId,
      legacyServiceName: null,
      options: optionsOf(choice),
      status: endedAt === null ? 'active' : 'ended',
      invitationId: null,
      createdById: sender.id,
      version: endedAt === null ? 1 : 2,
      activatedAt,
      endedAt,
      endReason: plan.ended?.reason ?? null,
      createdAt: activatedAt,
      updatedAt: endedAt ?? activatedAt,
    });
    addAudit({
      collaborationId,
      actorType: 'employee',
      actorId: sender.id,
      action: 'collaboration.activated',
      before: null,
      after: 'active',
      at: activatedAt,
    });
    if (plan.ended !== undefined && endedAt !== null) {
      addEnding(collaborationId, plan.ended, endedAt, sender);
    }
  }
}

export function buildInvitationPlan(
  build: CustomerBuild,
  plan: Extract<DemoPlan, { flow: 'invitation' }>,
): void {
  const {
    customer,
    rows,
    random,
    clock,
    agencyId,
    customerId,
    accountId,
    firstAdmin,
    addAudit,
    addCollaboration,
    addEnding,
    fullRightsEmployee,
    taskIdNamed,
  } = build;
  const sender = fullRightsEmployee(plan.by);
  const taskId = taskIdNamed(plan.task);
  const firstSentAt = clock.daysAgo(plan.daysAgo);
  const resentAt = plan.resentDaysAgo === undefined ? null : clock.daysAgo(plan.resentDaysAgo);
  const sentAt = resentAt ?? firstSentAt;
  const expiresAt = invitationExpiresAt(sentAt);
  const outcome = plan.outcome;
  const answeredAt =
    'afterDays' in outcome ? clock.daysAfter(firstSentAt, outcome.afterDays) : null;
  if (answeredAt !== null && answeredAt.getTime() >= Math.min(expiresAt.getTime(), clock.now)) {
    throw new Error(`Demo data: ${customer.name} answers an invitation after it expired`);
  }
  const stillOpen = expiresAt.getTime() > clock.now;
  const expectedOpen = outcome.status === 'pending';
  if (
    (outcome.status === 'pending' ||
      outcome.status === 'expired_pending' ||
      outcome.status === 'expired') &&
    stillOpen !== expectedOpen
  ) {
    throw new Error(`Demo data: ${customer.name} has an invitation whose expiry does not fit`);
  }
  const endedAt =
    outcome.status === 'active' && outcome.ended !== undefined
      ? clock.daysAgo(outcome.ended.daysAgo)
      : null;
  const invitationId = seededUuid(random);
  rows.invitations.push({
    id: invitationId,
    agencyId,
    customerId,
    accountId,
    tokenHash: unknownTokenHash(),
    status: invitationStatusAfter(outcome),
    expiresAt,
    sentById: sender.id,
    sentAt,
    sendCount: resentAt === null ? 1 : 2,
    respondedById:
      outcome.status === 'active' || outcome.status === 'declined' ? firstAdmin.id : null,
    respondedAt: outcome.status === 'active' || outcome.status === 'declined' ? answeredAt : null,
    declineReason: outcome.status === 'declined' ? (outcome.reason ?? null) : null,
    createdAt: firstSentAt,
  });
  for (const choice of plan.services) {
    const collaborationId = seededUuid(random);
    const base = {
      id: collaborationId,
      agencyId,
      customerId,
      accountId,
      service: choice.service,
      taskId,
      legacyServiceName: null,
      options: optionsOf(choice),
      invitationId,
      createdById: sender.id,
      createdAt: firstSentAt,
    };
    const resends = resentAt === null ? 0 : 1;
    switch (outcome.status) {
      case 'pending':
      case 'expired_pending':
        addCollaboration({
          ...base,
          status: 'pending',
          version: 1 + resends,
          updatedAt: sentAt,
        });
        break;
      case 'expired':
        addCollaboration({
          ...base,
          status: 'expired',
          version: 2 + resends,
          updatedAt: expiresAt,
        });
        break;
      case 'active':
        addCollaboration({
          ...base,
          status: endedAt === null ? 'active' : 'ended',
          version: (endedAt === null ? 2 : 3) + resends,
          activatedAt: answeredAt,
          endedAt,
          endReason: outcome.ended?.reason ?? null,
          updatedAt: endedAt ?? answeredAt ?? sentAt,
        });
        break;
      case 'declined':
      case 'cancelled':
        addCollaboration({
          ...base,
          status: outcome.status,
          version: 2 + resends,
          updatedAt: answeredAt ?? sentAt,
        });
        break;
      default:
        outcome satisfies never;
    }
    addAudit({
      collaborationId,
      invitationId,
      actorType: 'employee',
      actorId: sender.id,
      action: 'collaboration.invited',
      before: null,
      after: 'pending',
      at: firstSentAt,
    });
    if (resentAt !== null) {
      addAudit({
        collaborationId,
        invitationId,
        actorType: 'employee',
        actorId: sender.id,
        action: 'invitation.resent',
        before: 'pending',
        after: 'pending',
        at: resentAt,
      });
    }
    switch (outcome.status) {
      case 'pending':
      case 'expired_pending':
        break;
      case 'expired':
        addAudit({
          collaborationId,
          invitationId,
          actorType: 'system',
          actorId: null,
          action: 'collaboration.expired',
          before: 'pending',
          after: 'expired',
          at: expiresAt,
        });
        break;
      case 'active':
        addAudit({
          collaborationId,
          invitationId,
          actorType: 'account_user',
          actorId: firstAdmin.id,
          action: 'invitation.accepted',
          before: 'pending',
          after: 'active',
          at: answeredAt ?? sentAt,
        });
        if (outcome.ended !== undefined && endedAt !== null) {
          addEnding(collaborationId, outcome.ended, endedAt, sender);
        }
        break;
      case 'declined':
        addAudit({
          collaborationId,
          invitationId,
          actorType: 'account_user',
          actorId: firstAdmin.id,
          action: 'invitation.declined',
          before: 'pending',
          after: 'declined',
          at: answeredAt ?? sentAt,
        });
        break;
      case 'cancelled':
        addAudit({
          collaborationId,
          invitationId,
          actorType: 'employee',
          actorId: sender.id,
          action: 'invitation.cancelled',
          before: 'pending',
          after: 'cancelled',
          at: answeredAt ?? sentAt,
        });
        break;
      default:
        outcome satisfies never;
    }
  }
}

export function buildImportPlan(
  build: CustomerBuild,
  plan: Extract<DemoPlan, { flow: 'import' }>,
): void {
  const {
    random,
    clock,
    agencyId,
    customerId,
    accountId,
    addAudit,
    addCollaboration,
    fullRightsEmployee,
  } = build;
  const importer = fullRightsEmployee(plan.by);
  const importedAt = clock.daysAgo(plan.daysAgo);
  const collaborationId = seededUuid(random);
  addCollaboration({
    id: collaborationId,
    agencyId,
    customerId,
    accountId,
    service: null,
    taskId: null,
    legacyServiceName: plan.legacyServiceName,
    options: {},
    status: 'active',
    invitationId: null,
    createdById: importer.id,
    version: 1,
    activatedAt: importedAt,
    createdAt: importedAt,
    updatedAt: importedAt,
  });
  addAudit({
    collaborationId,
    actorType: 'employee',
    actorId: importer.id,
    action: 'collaboration.imported',
    before: null,
    after: 'active',
    at: importedAt,
  });
}

/** The invitation keeps what the customer answered; its expiry follows from `expiresAt`. */
function invitationStatusAfter(
  outcome: DemoInvitationOutcome,
): (typeof invitations.$inferInsert)['status'] {
  switch (outcome.status) {
    case 'pending':
    case 'expired_pending':
    case 'expired':
      return 'pending';
    case 'active':
      return 'accepted';
    case 'declined':
    case 'cancelled':
      return outcome.status;
    default:
      return outcome satisfies never;
  }
}

function optionsOf(choice: DemoServiceChoice): Record<string, string> {
  return choice.options ?? defaultOptions(choice.service);
}
