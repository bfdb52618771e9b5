import { createDatabase, integrationKeys } from '@collab/db';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import {
  authenticateIntegrationKey,
  createIntegration,
  createIntegrationKey,
  hashSecretKey,
  listIntegrationKeys,
  revokeIntegrationKey,
} from './keys.js';

const now = new Date('2026-12-03T10:00:00Z');

function appCodeOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof TRPCError && error.cause instanceof AppError
      ? error.cause.appCode
      : 'not an app error';
  }
}

function setUp() {
  const db = createDatabase({ filename: ':memory:' });
  const integration = createIntegration(db, { name: 'Smarta Byrån' }, now);
  return { db, integration };
}

describe('integration keys', () => {
  it('are shown once with a recognisable prefix and stored only as a hash', () => {
    const { db, integration } = setUp();
    const created = createIntegrationKey(db, integration.id, now);
    expect(created.key).toMatch(/^collab_sk_[A-Za-z0-9_-]{43}$/);
    const stored = db.select().from(integrationKeys).all();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(created.key.slice('collab_sk_'.length));
    expect(stored[0]?.keyHash).toBe(hashSecretKey(created.key));
    expect(listIntegrationKeys(db, integration.id)[0]).not.toHaveProperty('key');
    expect(listIntegrationKeys(db, integration.id)[0]?.hint).toBe(
      `collab_sk_…${created.key.slice(-4)}`,
    );
  });

  it('can be live several at once, so a host rotates without downtime', () => {
    const { db, integration } = setUp();
    const first = createIntegrationKey(db, integration.id, now);
    const second = createIntegrationKey(db, integration.id, now);
    expect(authenticateIntegrationKey(db, first.key, now).id).toBe(integration.id);
    expect(authenticateIntegrationKey(db, second.key, now).id).toBe(integration.id);
    revokeIntegrationKey(db, first.id, now);
    expect(authenticateIntegrationKey(db, second.key, now).keyId).toBe(second.id);
  });

  it('is refused at once when revoked', () => {
    const { db, integration } = setUp();
    const key = createIntegrationKey(db, integration.id, now);
    expect(authenticateIntegrationKey(db, key.key, now).keyId).toBe(key.id);
    expect(revokeIntegrationKey(db, key.id, now)).toBe(true);
    expect(appCodeOf(() => authenticateIntegrationKey(db, key.key, now))).toBe(
      'INTEGRATION_KEY_INVALID',
    );
    expect(revokeIntegrationKey(db, crypto.randomUUID(), now)).toBe(false);
  });

  it('refuses unknown and malformed keys alike', () => {
    const { db } = setUp();
    for (const presented of ['', 'collab_sk_', `collab_sk_${'A'.repeat(43)}`, 'x'.repeat(5000)]) {
      expect(appCodeOf(() => authenticateIntegrationKey(db, presented, now))).toBe(
        'INTEGRATION_KEY_INVALID',
      );
    }
  });

  it('records when a key was last used, at most once a minute', () => {
    const { db, integration } = setUp();
    const key = createIntegrationKey(db, integration.id, now);
    expect(listIntegrationKeys(db, integration.id)[0]?.lastUsedAt).toBeNull();
    authenticateIntegrationKey(db, key.key, now);
    const later = new Date(now.getTime() + 30_000);
    authenticateIntegrationKey(db, key.key, later);
    expect(listIntegrationKeys(db, integration.id)[0]?.lastUsedAt).toEqual(now);
    const muchLater = new Date(now.getTime() + 120_000);
    authenticateIntegrationKey(db, key.key, muchLater);
    expect(listIntegrationKeys(db, integration.id)[0]?.lastUsedAt).toEqual(muchLater);
  });
});
