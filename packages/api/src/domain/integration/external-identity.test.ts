import {
  accountUsers,
  agencies,
  customerAccounts,
  employees,
  externalIdentities,
} from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { createTestWorld, type TestWorld } from '../../test-support/world.js';
import { resolveExternalIdentity, type VerifiedClaims } from './external-identity.js';
import { createIntegration } from './keys.js';

/** The linking rule of README "External identities", rule by rule. */
const issuer = 'https://login.example';
const now = new Date('2026-12-01T10:00:00.000Z');
let world: TestWorld;

function resolve(claims: Partial<VerifiedClaims> & { subject: string }, acceptCollabIds = false) {
  try {
    return resolveExternalIdentity(world.db, { issuer, ...claims }, { acceptCollabIds }, now)
      .userId;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : null;
    if (cause instanceof AppError) return cause.appCode;
    throw error;
  }
}

function ownBy(integrationId: string, agencyId: string, accountId: string): void {
  world.db.update(agencies).set({ integrationId }).where(eq(agencies.id, agencyId)).run();
  world.db
    .update(customerAccounts)
    .set({ integrationId })
    .where(eq(customerAccounts.id, accountId))
    .run();
}

beforeEach(() => {
  world = createTestWorld();
  const integration = createIntegration(world.db, { name: 'Host', identityIssuer: issuer }, now);
  ownBy(integration.id, world.ids.agencyA, world.ids.existingAccount);
  world.db
    .update(employees)
    .set({ externalId: 'emp-1' })
    .where(eq(employees.id, world.ids.fullEmployee))
    .run();
  world.db
    .update(accountUsers)
    .set({ externalId: 'user-1' })
    .where(eq(accountUsers.id, world.ids.plainUser))
    .run();
});

describe('rule (b): a provisioned external id under the integration’s issuer', () => {
  it('finds employees and account users, and links them', () => {
    expect(resolve({ subject: 'emp-1' })).toBe(world.ids.fullEmployee);
    expect(resolve({ subject: 'user-1' })).toBe(world.ids.plainUser);
    expect(world.db.select().from(externalIdentities).all()).toHaveLength(2);
  });

  it('ignores another issuer, and an id that two people have', () => {
    expect(resolveExternalIdentityCode({ issuer: 'https://other.example', subject: 'emp-1' })).toBe(
      'IDENTITY_NOT_LINKED',
    );
    // A second integration with the same provider has an employee with the same id.
    const second = createIntegration(world.db, { name: 'Second', identityIssuer: issuer }, now);
    ownBy(second.id, world.ids.agencyB, world.ids.otherAccount);
    world.db
      .update(employees)
      .set({ externalId: 'emp-1' })
      .where(eq(employees.id, world.ids.otherAgencyEmployee))
      .run();
    expect(resolve({ subject: 'emp-1' })).toBe('IDENTITY_NOT_LINKED');
  });
});

describe('rule (c): the contact person’s verified e-mail', () => {
  it('links exactly one active, unlinked account user; not with two, not unverified', () => {
    const kim = world.db
      .select()
      .from(accountUsers)
      .where(eq(accountUsers.id, world.ids.adminKim))
      .get();
    const email = kim?.email ?? '';
    expect(resolve({ subject: 's1', email, emailVerified: false })).toBe('IDENTITY_NOT_LINKED');
    expect(resolve({ subject: 's1', email, emailVerified: true })).toBe(world.ids.adminKim);
    expect(resolve({ subject: 's2', email, emailVerified: true })).toBe('IDENTITY_NOT_LINKED');
  });
});

describe('rule (d): a Collab id as sub', () => {
  it('is taken with the development issuer or AUTH_SECRET only', () => {
    expect(resolve({ subject: world.ids.fullEmployee }, true)).toBe(world.ids.fullEmployee);
    expect(resolve({ subject: world.ids.fullEmployee }, false)).toBe('IDENTITY_NOT_LINKED');
  });
});

function resolveExternalIdentityCode(claims: VerifiedClaims): string {
  try {
    return resolveExternalIdentity(world.db, claims, { acceptCollabIds: false }, now).userId;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : null;
    return cause instanceof AppError ? cause.appCode : 'unexpected';
  }
}
