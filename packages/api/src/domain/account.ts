import {
  type InvoiceRecipient,
  invoiceRecipientOf,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import { accountUsers, agencies, collaborations, employees, invitations } from '@collab/db';
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { InnerContext } from '../context.js';
import { maskEmail, requireAccountUser } from './actors.js';
import { type CollaborationView, loadCollaborationViews } from './collaboration-view.js';

export interface PendingInvitation {
  id: string;
  agencyName: string;
  invitedByName: string;
  sentAt: string;
  expiresAt: string;
  services: { service: ServiceId; name: string; invoiceRecipient: InvoiceRecipient }[];
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
  const pendingInvitations = invitationRows.map((invitation) => ({
    id: invitation.id,
    agencyName: invitation.agencyName,
    invitedByName: invitation.invitedByName,
    sentAt: invitation.sentAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    services: views
      .filter((view) => view.invitation?.id === invitation.id && view.service !== null)
      .flatMap((view) =>
        view.service
          ? [
              {
                service: view.service,
                name: serviceCatalog[view.service].name,
                invoiceRecipient: invoiceRecipientOf(view.options),
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
  return context.db
    .select({ id: accountUsers.id, name: accountUsers.name, email: accountUsers.email })
    .from(accountUsers)
    .where(and(eq(accountUsers.accountId, user.accountId), eq(accountUsers.isAdmin, true)))
    .orderBy(asc(accountUsers.name))
    .all()
    .map((admin) => ({ ...admin, email: user.isAdmin ? admin.email : maskEmail(admin.email) }));
}
