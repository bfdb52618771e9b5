import {
  type InvoiceRecipient,
  invoiceRecipientOf,
  missingRequirements,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
} from '@collab/contracts';
import {
  agencies,
  collaborations,
  type Database,
  employees,
  invitations,
  taskParticipants,
} from '@collab/db';
import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import type { InnerContext } from '../context.js';
import { accountAdminsOf } from './account-admins.js';
import { maskEmail, requireAccountUser } from './actors.js';
import { type CollaborationView, loadCollaborationViews } from './collaboration-view.js';
import type { PersonRef } from './customers.js';
import { activeServicesOf } from './invitation-read.js';

export interface PendingInvitationService {
  collaborationId: string;
  service: ServiceId;
  name: string;
  options: ServiceOptions;
  invoiceRecipient: InvoiceRecipient;
  /**
   * The agency's task the service hangs on, and its participants: the staff who get access
   * when the invitation is accepted. Shown before an admin answers.
   */
  task: { id: string; name: string; participants: PersonRef[] } | null;
  /**
   * The services this one needs that the company does not have active with this agency: an
   * admin who accepts it must accept them too (flow 2, per-service answers).
   */
  needs: ServiceId[];
}

export interface PendingInvitation {
  id: string;
  agencyName: string;
  invitedByName: string;
  sentAt: string;
  expiresAt: string;
  services: PendingInvitationService[];
}

/** The participants of each task, by task id, in name order. */
function participantsByTask(database: Database, taskIds: string[]): Map<string, PersonRef[]> {
  const byTask = new Map<string, PersonRef[]>();
  if (taskIds.length === 0) return byTask;
  const rows = database
    .select({ taskId: taskParticipants.taskId, id: employees.id, name: employees.name })
    .from(taskParticipants)
    .innerJoin(employees, eq(employees.id, taskParticipants.employeeId))
    .where(inArray(taskParticipants.taskId, taskIds))
    .orderBy(asc(employees.name))
    .all();
  for (const row of rows) {
    byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), { id: row.id, name: row.name }]);
  }
  return byTask;
}

/**
 * The customer's view (flow 8): every collaboration the company has, with any agency, and
 * the invitations that still wait for an answer. Any user of the company may look.
 */
export async function listAccountCollaborations(
  context: InnerContext,
): Promise<{ collaborations: CollaborationView[]; pendingInvitations: PendingInvitation[] }> {
  const user = await requireAccountUser(context);
  const now = context.clock.now();
  const views = loadCollaborationViews(
    context.db,
    now,
    eq(collaborations.accountId, user.accountId),
    500,
  );
  const invitationRows = context.db
    .select({
      id: invitations.id,
      agencyName: agencies.name,
      invitedByName: employees.name,
      sentAt: invitations.sentAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(agencies, eq(agencies.id, invitations.agencyId))
    .innerJoin(employees, eq(employees.id, invitations.sentById))
    .where(
      and(
        eq(invitations.accountId, user.accountId),
        eq(invitations.status, 'pending'),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.sentAt))
    .all();
  const pendingIds = new Set(invitationRows.map((invitation) => invitation.id));
  const invitedViews = views.filter((view) => pendingIds.has(view.invitation?.id ?? ''));
  const participants = participantsByTask(context.db, [
    ...new Set(invitedViews.flatMap((view) => (view.task ? [view.task.id] : []))),
  ]);
  const pendingInvitations = invitationRows.map((invitation) => ({
    id: invitation.id,
    agencyName: invitation.agencyName,
    invitedByName: invitation.invitedByName,
    sentAt: invitation.sentAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    services: invitedViews
      .filter((view) => view.invitation?.id === invitation.id)
      .flatMap((view): PendingInvitationService[] =>
        view.service
          ? [
              {
                collaborationId: view.id,
                service: view.service,
                name: serviceCatalog[view.service].name,
                options: view.options,
                invoiceRecipient: invoiceRecipientOf(view.options),
                needs: missingRequirements(view.service, {
                  active: activeServicesOf(context.db, view.customer.id),
                }),
                task: view.task
                  ? {
                      id: view.task.id,
                      name: view.task.name,
                      participants: participants.get(view.task.id) ?? [],
                    }
                  : null,
              },
            ]
          : [],
      ),
  }));
  return {
    collaborations: views.filter((view) => view.status !== 'pending'),
    pendingInvitations,
  };
}

/**
 * The company's admins. Admins see each other's addresses; other users see them masked,
 * enough to know whom to ask.
 */
export async function listAccountAdmins(
  context: InnerContext,
): Promise<{ id: string; name: string; email: string }[]> {
  const user = await requireAccountUser(context);
  return accountAdminsOf(context.db, user.accountId).map((admin) => ({
    id: admin.id,
    name: admin.name,
    email: user.isAdmin ? admin.email : maskEmail(admin.email),
  }));
}
