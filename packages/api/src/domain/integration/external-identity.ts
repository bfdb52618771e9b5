import {
  accountUsers,
  agencies,
  customerAccounts,
  type Database,
  employees,
  externalIdentities,
  integrations,
} from '@collab/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Identity } from '../../context.js';
import { fail } from '../../errors.js';

/**
 * Who a verified identity-provider token names in Collab (JWKS mode, README "External
 * identities" and docs/integration-api.md). The token's `sub` is the provider's id, not
 * Collab's, so it is mapped, in this order:
 *
 * (a) an existing link (external_identity: issuer, subject);
 * (b) exactly one active employee or account user whose external id equals `sub`, in an
 *     agency or company account owned by an integration whose `identityIssuer` is `iss`:
 *     linked now;
 * (c) the contact person rule: the token says `email_verified: true`, and exactly one active
 *     account user has that e-mail and is not yet linked under this issuer: linked now;
 * (d) with the development issuer or AUTH_SECRET only: a `sub` that is a Collab user id.
 *
 * Nothing matches: IDENTITY_NOT_LINKED (401). A deactivated person is refused (403) even when
 * linked, so deactivation in the host's directory ends access at the next request.
 */
export interface VerifiedClaims {
  issuer: string;
  subject: string;
  email?: string | undefined;
  emailVerified?: boolean | undefined;
}

export interface ExternalIdentityOptions {
  /** Rule (d): true for the development issuer and AUTH_SECRET, never for JWKS. */
  acceptCollabIds: boolean;
}

type UserType = 'employee' | 'account_user';
interface Candidate {
  userType: UserType;
  userId: string;
  deactivatedAt: Date | null;
}

export function resolveExternalIdentity(
  db: Database,
  claims: VerifiedClaims,
  options: ExternalIdentityOptions,
  now: Date,
): Identity {
  const { issuer, subject } = claims;
  const linked = db
    .select({ userType: externalIdentities.userType, userId: externalIdentities.userId })
    .from(externalIdentities)
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)))
    .get();
  if (linked) {
    const user = findUser(db, linked.userType, linked.userId);
    if (!user) throw fail('IDENTITY_NOT_LINKED');
    return active(user);
  }

  const provisioned = provisionedMatches(db, issuer, subject);
  if (provisioned.length === 1 && provisioned[0]) {
    return link(db, claims, active(provisioned[0]), provisioned[0].userType, now);
  }

  if (claims.email && claims.emailVerified === true) {
    const contacts = contactMatches(db, issuer, claims.email);
    if (contacts.length === 1 && contacts[0] && !contacts[0].linked) {
      return link(db, claims, active(contacts[0]), 'account_user', now);
    }
  }

  if (options.acceptCollabIds) {
    const user = findUser(db, 'employee', subject) ?? findUser(db, 'account_user', subject) ?? null;
    if (user) return { userId: user.userId };
  }
  throw fail('IDENTITY_NOT_LINKED');
}

/** A linked or matched person who has since been deactivated gets no session. */
function active(user: Candidate): Identity {
  if (user.deactivatedAt !== null) {
    throw fail(user.userType === 'employee' ? 'EMPLOYEE_DEACTIVATED' : 'ACCOUNT_USER_DEACTIVATED');
  }
  return { userId: user.userId };
}

function link(
  db: Database,
  claims: VerifiedClaims,
  identity: Identity,
  userType: UserType,
  now: Date,
): Identity {
  // Two first requests at once both get here; the second insert finds the row and does nothing.
  db.insert(externalIdentities)
    .values({
      issuer: claims.issuer,
      subject: claims.subject,
      userType,
      userId: identity.userId,
      linkedAt: now,
    })
    .onConflictDoNothing()
    .run();
  return identity;
}

function findUser(db: Database, userType: UserType, userId: string): Candidate | null {
  const row =
    userType === 'employee'
      ? db
          .select({ userId: employees.id, deactivatedAt: employees.deactivatedAt })
          .from(employees)
          .where(eq(employees.id, userId))
          .get()
      : db
          .select({ userId: accountUsers.id, deactivatedAt: accountUsers.deactivatedAt })
          .from(accountUsers)
          .where(eq(accountUsers.id, userId))
          .get();
  return row ? { userType, ...row } : null;
}

/**
 * Rule (b). Deactivated people are matched too, so that they are told they are deactivated
 * rather than that nobody is known.
 */
function provisionedMatches(db: Database, issuer: string, subject: string): Candidate[] {
  const employeeRows = db
    .select({ userId: employees.id, deactivatedAt: employees.deactivatedAt })
    .from(employees)
    .innerJoin(agencies, eq(agencies.id, employees.agencyId))
    .innerJoin(integrations, eq(integrations.id, agencies.integrationId))
    .where(and(eq(employees.externalId, subject), eq(integrations.identityIssuer, issuer)))
    .all()
    .map((row) => ({ userType: 'employee' as const, ...row }));
  const accountUserRows = db
    .select({ userId: accountUsers.id, deactivatedAt: accountUsers.deactivatedAt })
    .from(accountUsers)
    .innerJoin(customerAccounts, eq(customerAccounts.id, accountUsers.accountId))
    .innerJoin(integrations, eq(integrations.id, customerAccounts.integrationId))
    .where(and(eq(accountUsers.externalId, subject), eq(integrations.identityIssuer, issuer)))
    .all()
    .map((row) => ({ userType: 'account_user' as const, ...row }));
  const all = [...employeeRows, ...accountUserRows];
  const activeOnes = all.filter((user) => user.deactivatedAt === null);
  // One active person is the match; with none active, a single deactivated one is reported.
  return activeOnes.length > 0 ? activeOnes : all;
}

/**
 * Rule (c): the active account users with this e-mail, and whether a subject of this issuer
 * links each already. Only one person, not yet linked, is a match: with two, the e-mail
 * cannot say which of them signed in.
 */
function contactMatches(
  db: Database,
  issuer: string,
  email: string,
): (Candidate & { linked: boolean })[] {
  return db
    .select({
      userId: accountUsers.id,
      deactivatedAt: accountUsers.deactivatedAt,
      linkedSubject: externalIdentities.subject,
    })
    .from(accountUsers)
    .leftJoin(
      externalIdentities,
      and(
        eq(externalIdentities.issuer, issuer),
        eq(externalIdentities.userType, 'account_user'),
        eq(externalIdentities.userId, accountUsers.id),
      ),
    )
    .where(
      and(
        eq(sql`lower(${accountUsers.email})`, email.trim().toLowerCase()),
        isNull(accountUsers.deactivatedAt),
      ),
    )
    .all()
    .map(({ linkedSubject, ...row }) => ({
      userType: 'account_user' as const,
      ...row,
      linked: linkedSubject !== null,
    }));
}
