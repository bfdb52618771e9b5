import {
  type CollaborationStatus,
  formatOrgNumber,
  type InvoiceRecipient,
  invoiceRecipientOf,
  type ServiceId,
  type ServiceOptions,
} from '@collab/contracts';
import {
  agencies,
  collaborations,
  customers,
  type Database,
  employees,
  invitations,
  tasks,
} from '@collab/db';
import { desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { fail } from '../errors.js';
import type { PersonRef } from './customers.js';

/** One collaboration as every list and detail view shows it. */
export interface CollaborationView {
  id: string;
  agency: { id: string; name: string };
  customer: { id: string; name: string; orgNumber: string };
  service: ServiceId | null;
  legacyServiceName: string | null;
  linked: boolean;
  task: { id: string; name: string; owner: PersonRef } | null;
  options: ServiceOptions;
  invoiceRecipient: InvoiceRecipient;
  status: CollaborationStatus;
  /** Send it back with an edit: a stale version gets a conflict, not a silent overwrite. */
  version: number;
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  invitation: {
    id: string;
    sentAt: string;
    expiresAt: string;
    sentBy: PersonRef;
    sendCount: number;
    /** What the company's admin wrote when declining, if anything. */
    declineReason: string | null;
    /** When the company accepted or declined; null while unanswered. */
    answeredAt: string | null;
  } | null;
}

const taskOwner = alias(employees, 'task_owner');
const invitationSender = alias(employees, 'invitation_sender');

/**
 * The status a reader sees: a pending collaboration whose invitation has passed its expiry
 * reads as expired. Plain CASE, so the SQL stays portable.
 */
export function effectiveStatusSql(now: Date) {
  return sql<CollaborationStatus>`case when ${collaborations.status} = 'pending' and ${invitations.expiresAt} <= ${now.getTime()} then 'expired' else ${collaborations.status} end`;
}

/** The joins every view needs. */
function selectCollaborations(database: Database, now: Date) {
  return database
    .select({
      id: collaborations.id,
      agencyId: agencies.id,
      agencyName: agencies.name,
      customerId: customers.id,
      customerName: customers.name,
      orgNumber: customers.orgNumber,
      service: collaborations.service,
      legacyServiceName: collaborations.legacyServiceName,
      taskId: tasks.id,
      taskName: tasks.name,
      ownerId: taskOwner.id,
      ownerName: taskOwner.name,
      options: collaborations.options,
      status: effectiveStatusSql(now),
      version: collaborations.version,
      createdAt: collaborations.createdAt,
      activatedAt: collaborations.activatedAt,
      endedAt: collaborations.endedAt,
      endReason: collaborations.endReason,
      invitationId: invitations.id,
      sentAt: invitations.sentAt,
      expiresAt: invitations.expiresAt,
      sendCount: invitations.sendCount,
      declineReason: invitations.declineReason,
      respondedAt: invitations.respondedAt,
      senderId: invitationSender.id,
      senderName: invitationSender.name,
    })
    .from(collaborations)
    .innerJoin(agencies, eq(agencies.id, collaborations.agencyId))
    .innerJoin(customers, eq(customers.id, collaborations.customerId))
    .leftJoin(tasks, eq(tasks.id, collaborations.taskId))
    .leftJoin(taskOwner, eq(taskOwner.id, tasks.ownerId))
    .leftJoin(invitations, eq(invitations.id, collaborations.invitationId))
    .leftJoin(invitationSender, eq(invitationSender.id, invitations.sentById))
    .$dynamic();
}

type CollaborationRow = Awaited<ReturnType<ReturnType<typeof selectCollaborations>['all']>>[number];

function toCollaborationView(row: CollaborationRow): CollaborationView {
  return {
    id: row.id,
    agency: { id: row.agencyId, name: row.agencyName },
    customer: {
      id: row.customerId,
      name: row.customerName,
      orgNumber: formatOrgNumber(row.orgNumber),
    },
    service: row.service,
    legacyServiceName: row.legacyServiceName,
    linked: row.service !== null,
    task:
      row.taskId && row.taskName && row.ownerId && row.ownerName
        ? { id: row.taskId, name: row.taskName, owner: { id: row.ownerId, name: row.ownerName } }
        : null,
    options: row.options,
    invoiceRecipient: invoiceRecipientOf(row.options),
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    activatedAt: row.activatedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    endReason: row.endReason,
    invitation:
      row.invitationId &&
      row.sentAt &&
      row.expiresAt &&
      row.senderId &&
      row.senderName &&
      row.sendCount !== null
        ? {
            id: row.invitationId,
            sentAt: row.sentAt.toISOString(),
            expiresAt: row.expiresAt.toISOString(),
            sentBy: { id: row.senderId, name: row.senderName },
            sendCount: row.sendCount,
            declineReason: row.declineReason,
            answeredAt: row.respondedAt?.toISOString() ?? null,
          }
        : null,
  };
}

/** Collaborations matching `where`, newest first (the order cursors page through). */
export function loadCollaborationViews(
  database: Database,
  now: Date,
  where: SQL | undefined,
  limit: number,
): CollaborationView[] {
  return selectCollaborations(database, now)
    .where(where)
    .orderBy(desc(collaborations.createdAt), desc(collaborations.id))
    .limit(limit)
    .all()
    .map(toCollaborationView);
}

/** One collaboration by id, as the views show it. */
export function loadCollaborationView(
  database: Database,
  now: Date,
  collaborationId: string,
): CollaborationView {
  const [view] = loadCollaborationViews(database, now, eq(collaborations.id, collaborationId), 1);
  if (!view) throw fail('COLLABORATION_NOT_FOUND');
  return view;
}
