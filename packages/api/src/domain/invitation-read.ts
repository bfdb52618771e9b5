import {
  type InvoiceRecipient,
  invoiceRecipientOf,
  missingRequirements,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
} from '@collab/contracts';
import { agencies, collaborations, customers, employees, invitations } from '@collab/db';
import { and, eq } from 'drizzle-orm';
import type { InnerContext } from '../context.js';
import { accountUserOf } from './actors.js';
import {
  type InvitationState,
  type InvitationViewer,
  invitationState,
  lookUpInvitationByToken,
  type Reader,
  standingOf,
} from './invitation-lookup.js';
import { type StaffGettingAccess, staffGettingAccess } from './invitation-staff.js';

export interface InvitationView {
  agencyName: string;
  customerName: string;
  invitedByName: string;
  services: {
    service: ServiceId;
    name: string;
    options: ServiceOptions;
    invoiceRecipient: InvoiceRecipient;
    /**
     * The services this one needs (Scanner and Ekonomiöversikt need eEkonomi) that the company
     * does not have active already: accepting it needs them accepted too (flow 2).
     */
    needs: ServiceId[];
  }[];
  /** Who at the agency gets access on accepting, by name and role (invitation-staff.ts). */
  agencyAccess: StaffGettingAccess[];
  expiresAt: string;
  state: InvitationState;
  viewer: InvitationViewer;
}

/**
 * A link that opens no invitation: `invalid` (unknown, or replaced, to anyone but a user of
 * the invited company) or `replaced` by a newer invitation (told only to such a user).
 */
export interface UnusableInvitationLink {
  state: 'invalid' | 'replaced';
}

/**
 * What the accept page shows, for anyone holding the link, and how the caller stands towards
 * it (`viewer`). An unknown token and a replaced one get the same `invalid`, so the answer
 * reveals nothing about which tokens exist; only a user of the invited company hears that the
 * link was replaced. Reading never changes anything: mail scanners open links.
 *
 * A link that opens nothing is an answer, not an error: an old or mistyped link is an
 * expected state of the accept page, and an HTTP 404 would be logged as an error in the
 * console of every host page that shows it (packages/widget/README.md, "Troubleshooting").
 */
export async function getInvitationByToken(
  context: InnerContext,
  token: string,
): Promise<InvitationView | UnusableInvitationLink> {
  const user = accountUserOf(context.db, context.identity);
  const invitation = lookUpInvitationByToken(context.db, token, user);
  if (invitation === 'invalid' || invitation === 'replaced') return { state: invitation };
  const details = context.db
    .select({
      agencyName: agencies.name,
      customerName: customers.name,
      invitedByName: employees.name,
    })
    .from(invitations)
    .innerJoin(agencies, eq(agencies.id, invitations.agencyId))
    .innerJoin(customers, eq(customers.id, invitations.customerId))
    .innerJoin(employees, eq(employees.id, invitations.sentById))
    .where(eq(invitations.id, invitation.id))
    .get();
  const active = activeServicesOf(context.db, invitation.customerId);
  const services = context.db
    .select({ service: collaborations.service, options: collaborations.options })
    .from(collaborations)
    .where(eq(collaborations.invitationId, invitation.id))
    .all()
    .flatMap(({ service, options }) =>
      service === null
        ? []
        : [
            {
              service,
              name: serviceCatalog[service].name,
              options,
              invoiceRecipient: invoiceRecipientOf(options),
              needs: missingRequirements(service, { active }),
            },
          ],
    );
  const viewer: InvitationViewer = user
    ? standingOf(context.db, user, invitation)
    : context.identity
      ? { standing: 'not_account_user' }
      : { standing: 'signed_out' };
  return {
    agencyName: details?.agencyName ?? '',
    customerName: details?.customerName ?? '',
    invitedByName: details?.invitedByName ?? '',
    services,
    agencyAccess: staffGettingAccess(context.db, invitation.id),
    expiresAt: invitation.expiresAt.toISOString(),
    state: invitationState(invitation, context.clock.now()),
    viewer,
  };
}

/** The services the agency's customer has active now: a need they meet is met for good. */
export function activeServicesOf(reader: Reader, customerId: string): ServiceId[] {
  return reader
    .select({ service: collaborations.service })
    .from(collaborations)
    .where(and(eq(collaborations.customerId, customerId), eq(collaborations.status, 'active')))
    .all()
    .flatMap(({ service }) => (service === null ? [] : [service]));
}
