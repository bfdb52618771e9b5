import {
  type InvitationReference,
  type InvoiceRecipient,
  invitationExpiresAt,
  invoiceRecipientOf,
  occupyingStatuses,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
} from '@collab/contracts';
import {
  accessGrants,
  agencies,
  collaborations,
  customerAccounts,
  customers,
  type Database,
  employees,
  invitations,
  replacedInvitationTokens,
  type Transaction,
  transact,
} from '@collab/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import { accountAdminsOf } from './account-admins.js';
import { queueInvitationEmails } from './activation.js';
import {
  type AccountUserActor,
  accountUserOf,
  type EmployeeActor,
  maskEmail,
  requireAccountAdmin,
  requireAccountUser,
  requireEmployee,
  requireFullRights,
} from './actors.js';
import { type AuditAction, recordAudit } from './audit.js';
import { rederiveGrants } from './grants.js';
import { queueEmail, queueEvent, retireInvitationEmails } from './outbox.js';
import { generateInvitationToken, hashInvitationToken } from './tokens.js';

type InvitationRow = typeof invitations.$inferSelect;
/** What the customer sees of an invitation: its own state, with expiry computed. */
export type InvitationState = 'pending' | 'expired' | 'accepted' | 'declined' | 'cancelled';

export function invitationState(
  invitation: Pick<InvitationRow, 'status' | 'expiresAt'>,
  now: Date,
): InvitationState {
  if (invitation.status === 'pending' && invitation.expiresAt.getTime() <= now.getTime())
    return 'expired';
  return invitation.status;
}

/**
 * How the person who opened the link stands towards the invitation, so the accept page can
 * say so before anyone presses a button. It mirrors the checks of `findInvitationToAnswer`
 * (the same order, the same facts as its refusals) and grants nothing: accept and decline
 * check everything again.
 */
export type InvitationViewer =
  /** No identity: the page asks the person to sign in. */
  | { standing: 'signed_out' }
  /** Signed in, but not as a user of any customer account (an agency employee). */
  | { standing: 'not_account_user' }
  | { standing: 'wrong_company'; customerName: string; accountName: string }
  /** A user of the invited company who is not one of its admins, told who the admins are. */
  | {
      standing: 'not_admin';
      accountName: string;
      admins: { name: string; maskedEmail: string }[];
    }
  | { standing: 'can_answer'; name: string; accountName: string };

export interface InvitationView {
  agencyName: string;
  customerName: string;
  invitedByName: string;
  services: {
    service: ServiceId;
    name: string;
    options: ServiceOptions;
    invoiceRecipient: InvoiceRecipient;
  }[];
  expiresAt: string;
  state: InvitationState;
  viewer: InvitationViewer;
}

type Reader = Database | Transaction;

/**
 * The invitation a link's token opens. An unknown token and a replaced one are the same
 * INVITATION_LINK_INVALID, except to a user of the invited company, who is told that the
 * link was replaced (they can look for the newer e-mail; nobody else learns anything).
 */
function findInvitationByToken(
  reader: Reader,
  token: string,
  user: AccountUserActor | null,
): InvitationRow {
  const tokenHash = hashInvitationToken(token);
  const invitation = reader
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash))
    .get();
  if (invitation) return invitation;
  if (user) {
    const replaced = reader
      .select({ accountId: invitations.accountId })
      .from(replacedInvitationTokens)
      .innerJoin(invitations, eq(invitations.id, replacedInvitationTokens.invitationId))
      .where(eq(replacedInvitationTokens.tokenHash, tokenHash))
      .get();
    if (replaced && replaced.accountId === user.accountId) throw fail('INVITATION_REPLACED');
  }
  throw fail('INVITATION_LINK_INVALID');
}

/** The admins of a company's account, by name, each with a masked e-mail address. */
function accountAdmins(reader: Reader, accountId: string): { name: string; maskedEmail: string }[] {
  return accountAdminsOf(reader, accountId).map((admin) => ({
    name: admin.name,
    maskedEmail: maskEmail(admin.email),
  }));
}

/** Whether `user` may answer `invitation`, in the order the answer's checks run. */
function standingOf(
  reader: Reader,
  user: AccountUserActor,
  invitation: InvitationRow,
): Exclude<InvitationViewer, { standing: 'signed_out' | 'not_account_user' }> {
  if (invitation.accountId !== user.accountId) {
    const customer = reader
      .select({ name: customers.name })
      .from(customers)
      .where(eq(customers.id, invitation.customerId))
      .get();
    return {
      standing: 'wrong_company',
      customerName: customer?.name ?? '',
      accountName: user.accountName,
    };
  }
  if (!user.isAdmin) {
    return {
      standing: 'not_admin',
      accountName: user.accountName,
      admins: accountAdmins(reader, user.accountId),
    };
  }
  return { standing: 'can_answer', name: user.name, accountName: user.accountName };
}

/**
 * What the accept page shows, for anyone holding the link, and how the caller stands towards
 * it (`viewer`). An unknown token and a replaced one get the same NOT_FOUND, so the answer
 * reveals nothing about which tokens exist; only a user of the invited company hears that the
 * link was replaced. Reading never changes anything: mail scanners open links.
 */
export async function getInvitationByToken(
  context: InnerContext,
  token: string,
): Promise<InvitationView> {
  const user = accountUserOf(context.db, context.identity);
  const invitation = findInvitationByToken(context.db, token, user);
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
    expiresAt: invitation.expiresAt.toISOString(),
    state: invitationState(invitation, context.clock.now()),
    viewer,
  };
}

/**
 * Finds the invitation a signed-in customer user's token opens, and checks that this user
 * may answer it. The checks go from "which link" to "who are you" to "is it still open".
 */
function findInvitationToAnswer(
  transaction: Transaction,
  user: AccountUserActor,
  reference: InvitationReference,
  now: Date,
): InvitationRow {
  if ('invitationId' in reference) {
    // By id only within the user's own company: another company's id is simply not found.
    const own = transaction
      .select()
      .from(invitations)
      .where(
        and(eq(invitations.id, reference.invitationId), eq(invitations.accountId, user.accountId)),
      )
      .get();
    if (!own) throw fail('INVITATION_NOT_FOUND');
    return checkAnswerable(transaction, user, own, now);
  }
  const invitation = findInvitationByToken(transaction, reference.token, user);
  const standing = standingOf(transaction, user, invitation);
  if (standing.standing === 'wrong_company') {
    throw fail('INVITATION_WRONG_COMPANY', {
      customerName: standing.customerName,
      accountName: standing.accountName,
    });
  }
  return checkAnswerable(transaction, user, invitation, now);
}

/** The user must be an admin of the invited company, and the invitation still open. */
function checkAnswerable(
  transaction: Transaction,
  user: AccountUserActor,
  invitation: InvitationRow,
  now: Date,
): InvitationRow {
  requireAccountAdmin(transaction, user);
  const state = invitationState(invitation, now);
  switch (state) {
    case 'pending':
      return invitation;
    case 'expired':
      throw fail('INVITATION_EXPIRED', {
        expiresAt: invitation.expiresAt.toISOString().slice(0, 10),
      });
    case 'accepted':
      throw fail('INVITATION_ALREADY_ACCEPTED');
    case 'declined':
      throw fail('INVITATION_ALREADY_DECLINED');
    case 'cancelled':
      throw fail('INVITATION_CANCELLED');
    default:
      throw new Error(`Unhandled invitation state ${state satisfies never}`);
  }
}

export interface AnswerResult {
  invitationId: string;
  collaborations: { id: string; service: ServiceId | null; status: 'active' | 'declined' }[];
}

export interface AcceptResult extends AnswerResult {
  /** The agency's employees who got access through the accepted collaborations, by name. */
  agencyAccess: { name: string }[];
}

/** The agency staff with access to any of these collaborations: their grants say it. */
function agencyStaffWithAccess(
  transaction: Transaction,
  collaborationIds: string[],
): { name: string }[] {
  if (collaborationIds.length === 0) return [];
  return transaction
    .selectDistinct({ name: employees.name })
    .from(accessGrants)
    .innerJoin(employees, eq(employees.id, accessGrants.subjectId))
    .where(
      and(
        inArray(accessGrants.collaborationId, collaborationIds),
        eq(accessGrants.subjectType, 'employee'),
      ),
    )
    .orderBy(asc(employees.name))
    .all();
}

/**
 * Marks the invitation answered, but only if it is still pending in this transaction.
 * Two admins clicking at once both pass the checks above in their own reads; the
 * conditional update lets exactly one of them through.
 */
function claimInvitation(
  transaction: Transaction,
  invitation: InvitationRow,
  answer: { status: 'accepted' | 'declined'; userId: string; reason?: string | undefined },
  now: Date,
): void {
  const claimed = transaction
    .update(invitations)
    .set({
      status: answer.status,
      respondedById: answer.userId,
      respondedAt: now,
      declineReason: answer.reason ?? null,
    })
    .where(and(eq(invitations.id, invitation.id), eq(invitations.status, 'pending')))
    .run();
  if (claimed.changes !== 1) throw fail('INVITATION_ALREADY_ACCEPTED');
  retireInvitationEmails(transaction, invitation.id);
}

function moveInvitedCollaborations(
  transaction: Transaction,
  invitation: InvitationRow,
  move: {
    to: 'active' | 'declined' | 'cancelled';
    actor: EmployeeActor | AccountUserActor;
    action: AuditAction;
    reason?: string | undefined;
  },
  now: Date,
) {
  const pending = transaction
    .select()
    .from(collaborations)
    .where(
      and(
        eq(collaborations.invitationId, invitation.id),
        inArray(collaborations.status, ['pending', 'expired']),
      ),
    )
    .all();
  for (const collaboration of pending) {
    transaction
      .update(collaborations)
      .set({
        status: move.to,
        version: collaboration.version + 1,
        updatedAt: now,
        activatedAt: move.to === 'active' ? now : collaboration.activatedAt,
      })
      .where(eq(collaborations.id, collaboration.id))
      .run();
    rederiveGrants(transaction, collaboration.id, now);
    recordAudit(
      transaction,
      {
        agencyId: invitation.agencyId,
        accountId: invitation.accountId,
        collaborationId: collaboration.id,
        invitationId: invitation.id,
        actor: move.actor,
        action: move.action,
        before: { status: collaboration.status },
        after: move.reason ? { status: move.to, reason: move.reason } : { status: move.to },
      },
      now,
    );
  }
  return pending.map((collaboration) => ({ id: collaboration.id, service: collaboration.service }));
}

function invitationParties(transaction: Transaction, invitation: InvitationRow) {
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
    .innerJoin(employees, eq(employees.id, invitations.sentById))
    .where(eq(invitations.id, invitation.id))
    .get();
  if (!parties) throw fail('INVITATION_NOT_FOUND');
  return parties;
}

function serviceNames(moved: { service: ServiceId | null }[]): string[] {
  return moved.flatMap(({ service }) => (service ? [serviceCatalog[service].name] : []));
}

/** Flow 2, accept: the services become active and the task's participants get access. */
export async function acceptInvitation(
  context: InnerContext,
  reference: InvitationReference,
): Promise<AcceptResult> {
  const user = await requireAccountUser(context);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findInvitationToAnswer(transaction, user, reference, now);
    claimInvitation(transaction, invitation, { status: 'accepted', userId: user.id }, now);
    const moved = moveInvitedCollaborations(
      transaction,
      invitation,
      { to: 'active', actor: user, action: 'invitation.accepted' },
      now,
    );
    const parties = invitationParties(transaction, invitation);
    for (const admin of accountAdminsOf(transaction, invitation.accountId)) {
      queueEmail(
        transaction,
        {
          template: 'company_has_access',
          to: admin.email,
          locale: admin.locale,
          relatedId: invitation.id,
          payload: {
            recipientName: admin.name,
            agencyName: parties.agencyName,
            customerName: parties.customerName,
            services: serviceNames(moved),
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
        payload: {
          recipientName: parties.inviterName,
          customerName: parties.customerName,
          acceptedByName: user.name,
          services: serviceNames(moved),
        },
      },
      now,
    );
    queueEvent(
      transaction,
      {
        name: 'collaboration.accepted',
        agencyId: invitation.agencyId,
        relatedId: invitation.id,
        payload: {
          invitationId: invitation.id,
          customerId: invitation.customerId,
          collaborations: moved,
        },
      },
      now,
    );
    return {
      invitationId: invitation.id,
      collaborations: moved.map((collaboration) => ({
        ...collaboration,
        status: 'active' as const,
      })),
      agencyAccess: agencyStaffWithAccess(
        transaction,
        moved.map((collaboration) => collaboration.id),
      ),
    };
  });
}

/** Flow 2, decline: with an optional reason, which the inviting employee is told. */
export async function declineInvitation(
  context: InnerContext,
  input: { reference: InvitationReference; reason?: string | undefined },
): Promise<AnswerResult> {
  const user = await requireAccountUser(context);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findInvitationToAnswer(transaction, user, input.reference, now);
    claimInvitation(
      transaction,
      invitation,
      { status: 'declined', userId: user.id, reason: input.reason },
      now,
    );
    const moved = moveInvitedCollaborations(
      transaction,
      invitation,
      { to: 'declined', actor: user, action: 'invitation.declined', reason: input.reason },
      now,
    );
    const parties = invitationParties(transaction, invitation);
    queueEmail(
      transaction,
      {
        template: 'invitation_declined',
        to: parties.inviterEmail,
        locale: parties.inviterLocale,
        relatedId: invitation.id,
        payload: {
          recipientName: parties.inviterName,
          customerName: parties.customerName,
          declinedByName: user.name,
          reason: input.reason ?? null,
          services: serviceNames(moved),
        },
      },
      now,
    );
    queueEvent(
      transaction,
      {
        name: 'collaboration.declined',
        agencyId: invitation.agencyId,
        relatedId: invitation.id,
        payload: {
          invitationId: invitation.id,
          customerId: invitation.customerId,
          reason: input.reason ?? null,
        },
      },
      now,
    );
    return {
      invitationId: invitation.id,
      collaborations: moved.map((collaboration) => ({
        ...collaboration,
        status: 'declined' as const,
      })),
    };
  });
}

/** An invitation of the caller's agency that still waits for an answer (or has expired). */
function findOpenInvitationOfAgency(
  transaction: Transaction,
  employee: EmployeeActor,
  invitationId: string,
  now: Date,
): InvitationRow {
  const invitation = transaction
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.agencyId, employee.agencyId)))
    .get();
  if (!invitation) throw fail('INVITATION_NOT_FOUND');
  if (invitation.status !== 'pending') {
    throw fail('INVITATION_NOT_PENDING', { status: invitationState(invitation, now) });
  }
  return invitation;
}

export interface ResendResult {
  invitationId: string;
  expiresAt: string;
  emailsQueued: { name: string; maskedEmail: string }[];
}

/**
 * Flow 3, resend: a new token and a fresh 30 days. The old token's hash moves to the
 * replaced list, so the old link stops working at once, and undelivered e-mails carrying it
 * are not sent.
 */
export async function resendInvitation(
  context: InnerContext,
  invitationId: string,
): Promise<ResendResult> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findOpenInvitationOfAgency(transaction, employee, invitationId, now);
    const admins = accountAdminsOf(transaction, invitation.accountId);
    if (admins.length === 0) throw fail('ACCOUNT_HAS_NO_ADMINS');
    reopenExpiredCollaborations(transaction, invitation, now);
    transaction
      .insert(replacedInvitationTokens)
      .values({ tokenHash: invitation.tokenHash, invitationId: invitation.id, replacedAt: now })
      .run();
    retireInvitationEmails(transaction, invitation.id);
    const { token, tokenHash } = generateInvitationToken();
    const expiresAt = invitationExpiresAt(now);
    transaction
      .update(invitations)
      .set({
        tokenHash,
        expiresAt,
        sentAt: now,
        sentById: employee.id,
        sendCount: invitation.sendCount + 1,
      })
      .where(eq(invitations.id, invitation.id))
      .run();
    const invited = transaction
      .select({
        id: collaborations.id,
        service: collaborations.service,
        options: collaborations.options,
      })
      .from(collaborations)
      .where(
        and(eq(collaborations.invitationId, invitation.id), eq(collaborations.status, 'pending')),
      )
      .all();
    for (const collaboration of invited) {
      recordAudit(
        transaction,
        {
          agencyId: invitation.agencyId,
          accountId: invitation.accountId,
          collaborationId: collaboration.id,
          invitationId: invitation.id,
          actor: employee,
          action: 'invitation.resent',
          before: { expiresAt: invitation.expiresAt.toISOString() },
          after: { expiresAt: expiresAt.toISOString() },
        },
        now,
      );
    }
    const parties = invitationParties(transaction, { ...invitation, sentById: employee.id });
    queueInvitationEmails(transaction, context, {
      invitationId: invitation.id,
      token,
      admins,
      agencyName: parties.agencyName,
      customerName: parties.customerName,
      invitedByName: employee.name,
      services: invited.flatMap(({ service, options }) =>
        service ? [{ service, name: serviceCatalog[service].name, options }] : [],
      ),
      expiresAt,
      now,
    });
    queueEvent(
      transaction,
      {
        name: 'invitation.resent',
        agencyId: invitation.agencyId,
        relatedId: invitation.id,
        payload: { invitationId: invitation.id, expiresAt: expiresAt.toISOString() },
      },
      now,
    );
    return {
      invitationId: invitation.id,
      expiresAt: expiresAt.toISOString(),
      emailsQueued: admins.map((admin) => ({
        name: admin.name,
        maskedEmail: maskEmail(admin.email),
      })),
    };
  });
}

/**
 * A collaboration written as expired (when a new activation looked at it) is pending again
 * after a resend, unless the service has been activated anew since: then that one wins.
 */
function reopenExpiredCollaborations(
  transaction: Transaction,
  invitation: InvitationRow,
  now: Date,
): void {
  const expired = transaction
    .select()
    .from(collaborations)
    .where(
      and(eq(collaborations.invitationId, invitation.id), eq(collaborations.status, 'expired')),
    )
    .all();
  for (const collaboration of expired) {
    if (collaboration.service === null) continue;
    const taken = transaction
      .select({ id: collaborations.id, status: collaborations.status })
      .from(collaborations)
      .where(
        and(
          eq(collaborations.customerId, collaboration.customerId),
          eq(collaborations.service, collaboration.service),
          inArray(collaborations.status, occupyingStatuses),
        ),
      )
      .get();
    if (taken) {
      throw fail('COLLABORATION_EXISTS', {
        service: serviceCatalog[collaboration.service].name,
        status: taken.status,
        collaborationId: taken.id,
      });
    }
    transaction
      .update(collaborations)
      .set({ status: 'pending', version: collaboration.version + 1, updatedAt: now })
      .where(eq(collaborations.id, collaboration.id))
      .run();
  }
}

/** Flow 3, cancel: the invitation and its collaborations are withdrawn; the link stops working. */
export async function cancelInvitation(
  context: InnerContext,
  invitationId: string,
): Promise<{
  invitationId: string;
  collaborations: { id: string; service: ServiceId | null; status: 'cancelled' }[];
}> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const invitation = findOpenInvitationOfAgency(transaction, employee, invitationId, now);
    transaction
      .update(invitations)
      .set({ status: 'cancelled' })
      .where(eq(invitations.id, invitation.id))
      .run();
    retireInvitationEmails(transaction, invitation.id);
    const moved = moveInvitedCollaborations(
      transaction,
      invitation,
      { to: 'cancelled', actor: employee, action: 'invitation.cancelled' },
      now,
    );
    queueEvent(
      transaction,
      {
        name: 'collaboration.cancelled',
        agencyId: invitation.agencyId,
        relatedId: invitation.id,
        payload: {
          invitationId: invitation.id,
          customerId: invitation.customerId,
          collaborations: moved,
        },
      },
      now,
    );
    return {
      invitationId: invitation.id,
      collaborations: moved.map((collaboration) => ({
        ...collaboration,
        status: 'cancelled' as const,
      })),
    };
  });
}
