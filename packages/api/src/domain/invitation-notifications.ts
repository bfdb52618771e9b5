import { type ServiceId, serviceCatalog } from '@collab/contracts';
import {
  agencies,
  customerAccounts,
  customers,
  employees,
  invitations,
  type Transaction,
} from '@collab/db';
import { eq } from 'drizzle-orm';
import { fail } from '../errors.js';
import { accountAdminsOf } from './account-admins.js';
import type { AccountUserActor } from './actors.js';
import type { InvitationRow } from './invitation-lookup.js';
import { queueEmail } from './outbox.js';

/** Who an invitation is between, and who sent it (last), for the e-mails about it. */
export function invitationParties(
  transaction: Transaction,
  invitation: Pick<InvitationRow, 'id' | 'sentById'>,
) {
  const parties = transaction
    .select({
      agencyName: agencies.name,
      customerName: customers.name,
      accountName: customerAccounts.name,
      inviterName: employees.name,
      inviterEmail: employees.email,
      inviterLocale: employees.locale,
    })
    .from(invitations)
    .innerJoin(agencies, eq(agencies.id, invitations.agencyId))
    .innerJoin(customers, eq(customers.id, invitations.customerId))
    .innerJoin(customerAccounts, eq(customerAccounts.id, invitations.accountId))
    .innerJoin(employees, eq(employees.id, invitation.sentById))
    .where(eq(invitations.id, invitation.id))
    .get();
  if (!parties) throw fail('INVITATION_NOT_FOUND');
  return parties;
}

function serviceNames(moved: { service: ServiceId | null }[]): string[] {
  return moved.flatMap(({ service }) => (service ? [serviceCatalog[service].name] : []));
}

/**
 * Flow 2, accepted: every admin of the company is told that the agency has access now, to the
 * services accepted, and the employee who sent the invitation that it was accepted, by whom,
 * and which services the company declined, if any (per-service answers).
 */
export function notifyAccepted(
  transaction: Transaction,
  invitation: InvitationRow,
  acceptedBy: AccountUserActor,
  answer: { accepted: { service: ServiceId | null }[]; declined: { service: ServiceId | null }[] },
  now: Date,
): void {
  const parties = invitationParties(transaction, invitation);
  const declinedServices = serviceNames(answer.declined);
  for (const admin of accountAdminsOf(transaction, invitation.accountId)) {
    queueEmail(
      transaction,
      {
        template: 'company_has_access',
        to: admin.email,
        locale: admin.locale,
        relatedId: invitation.id,
        agencyId: invitation.agencyId,
        payload: {
          recipientName: admin.name,
          agencyName: parties.agencyName,
          customerName: parties.customerName,
          services: serviceNames(answer.accepted),
        },
      },
      now,
    );
  }
  queueEmail(
    transaction,
    {
      template: 'invitation_accepted',
      to: parties.inviterEmail,
      locale: parties.inviterLocale,
      relatedId: invitation.id,
      agencyId: invitation.agencyId,
      payload: {
        recipientName: parties.inviterName,
        customerName: parties.customerName,
        acceptedByName: acceptedBy.name,
        services: serviceNames(answer.accepted),
        ...(declinedServices.length > 0 ? { declinedServices } : {}),
      },
    },
    now,
  );
}

/** Flow 2, declined: the employee who sent the invitation is told, with the reason if any. */
export function notifyDeclined(
  transaction: Transaction,
  invitation: InvitationRow,
  declined: { by: AccountUserActor; reason: string | null },
  moved: { service: ServiceId | null }[],
  now: Date,
): void {
  const parties = invitationParties(transaction, invitation);
  queueEmail(
    transaction,
    {
      template: 'invitation_declined',
      to: parties.inviterEmail,
      locale: parties.inviterLocale,
      relatedId: invitation.id,
      agencyId: invitation.agencyId,
      payload: {
        recipientName: parties.inviterName,
        customerName: parties.customerName,
        declinedByName: declined.by.name,
        reason: declined.reason,
        services: serviceNames(moved),
      },
    },
    now,
  );
}
