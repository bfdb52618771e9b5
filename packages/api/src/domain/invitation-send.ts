import { invitationExpiresAt, type ServiceId, type ServiceOptions } from '@collab/contracts';
import { invitations, type Transaction } from '@collab/db';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { type AccountAdmin, accountAdminsOf } from './account-admins.js';
import type { EmployeeActor } from './actors.js';
import { queueEmail } from './outbox.js';
import { generateInvitationToken } from './tokens.js';

export interface InvitedService {
  service: ServiceId;
  name: string;
  options: ServiceOptions;
}

export interface SentInvitation {
  invitationId: string;
  expiresAt: Date;
  /** Who was e-mailed the link. */
  admins: AccountAdmin[];
}

/**
 * Invites a company's admins to agree to collaborations (flow 1b in docs/flows.md): writes
 * the invitation, whose token is stored only as a hash, and queues one e-mail per admin
 * carrying the token sealed until delivery. Nothing is granted until an admin accepts. The
 * caller writes the collaborations as `pending` under the returned invitation id; the
 * activation of a company with an account and the link of an imported collaboration both
 * come here. A company with no admins cannot agree to anything, so it is refused.
 */
export function sendInvitation(
  transaction: Transaction,
  context: InnerContext,
  invitation: {
    sentBy: EmployeeActor;
    agencyName: string;
    customer: { id: string; name: string };
    accountId: string;
    services: InvitedService[];
  },
  now: Date,
): SentInvitation {
  const admins = accountAdminsOf(transaction, invitation.accountId);
  if (admins.length === 0) throw fail('ACCOUNT_HAS_NO_ADMINS');
  const invitationId = crypto.randomUUID();
  const { token, tokenHash } = generateInvitationToken();
  const expiresAt = invitationExpiresAt(now);
  transaction
    .insert(invitations)
    .values({
      id: invitationId,
      agencyId: invitation.sentBy.agencyId,
      customerId: invitation.customer.id,
      accountId: invitation.accountId,
      tokenHash,
      status: 'pending',
      expiresAt,
      sentById: invitation.sentBy.id,
      sentAt: now,
      createdAt: now,
    })
    .run();
  queueInvitationEmails(transaction, context, {
    invitationId,
    agencyId: invitation.sentBy.agencyId,
    token,
    admins,
    agencyName: invitation.agencyName,
    customerName: invitation.customer.name,
    invitedByName: invitation.sentBy.name,
    services: invitation.services,
    expiresAt,
    now,
  });
  return { invitationId, expiresAt, admins };
}

/** One e-mail per admin, each carrying the token sealed until delivery. */
export function queueInvitationEmails(
  transaction: Transaction,
  context: InnerContext,
  invitation: {
    invitationId: string;
    agencyId: string;
    token: string;
    admins: { name: string; email: string; locale: 'sv' | 'en' }[];
    agencyName: string;
    customerName: string;
    invitedByName: string;
    services: InvitedService[];
    expiresAt: Date;
    now: Date;
  },
): void {
  for (const admin of invitation.admins) {
    queueEmail(
      transaction,
      {
        template: 'invitation',
        to: admin.email,
        locale: admin.locale,
        relatedId: invitation.invitationId,
        agencyId: invitation.agencyId,
        sealedSecret: context.secrets.seal(invitation.token),
        payload: {
          invitationId: invitation.invitationId,
          recipientName: admin.name,
          agencyName: invitation.agencyName,
          customerName: invitation.customerName,
          invitedByName: invitation.invitedByName,
          services: invitation.services,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      },
      invitation.now,
    );
  }
}
