import { createHash, randomBytes } from 'node:crypto';
import { type Database, integrationKeys, integrations } from '@collab/db';
import { asc, eq } from 'drizzle-orm';
import { fail } from '../../errors.js';
import type { IntegrationActor } from './integration-context.js';

/**
 * Integrations and their secret keys. A key is `collab_sk_` and 32 random bytes (base64url):
 * the prefix lets secret scanners and people recognise it. It is shown once, at creation;
 * only its SHA-256 is stored, so a copy of the database opens nothing.
 */
export const secretKeyPrefix = 'collab_sk_';
const secretKeyPattern = /^collab_sk_[A-Za-z0-9_-]{43}$/;

export interface IntegrationSettings {
  name: string;
  /** Where invitation links go (`?token=…` is added); null for Collab's own accept page. */
  acceptUrl?: string | null;
  /** Where e-mails send people to sign in; null for Collab's public URL. */
  signInUrl?: string | null;
  /** The identity provider's `iss` whose `sub` values are this integration's user ids. */
  identityIssuer?: string | null;
}

export interface IntegrationSummary {
  id: string;
  name: string;
  acceptUrl: string | null;
  signInUrl: string | null;
  identityIssuer: string | null;
  createdAt: Date;
}

export interface IntegrationKeySummary {
  id: string;
  integrationId: string;
  /** `collab_sk_…abcd`: enough to tell keys apart, useless to an attacker. */
  hint: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function hashSecretKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('base64url');
}

export function createIntegration(
  db: Database,
  settings: IntegrationSettings,
  now: Date,
): IntegrationSummary {
  const row = {
    id: crypto.randomUUID(),
    name: settings.name,
    acceptUrl: settings.acceptUrl ?? null,
    signInUrl: settings.signInUrl ?? null,
    identityIssuer: settings.identityIssuer ?? null,
    createdAt: now,
  };
  db.insert(integrations).values(row).run();
  return row;
}

/** Changes the settings given; a setting left out keeps its value. */
export function updateIntegration(
  db: Database,
  integrationId: string,
  settings: Partial<IntegrationSettings>,
): IntegrationSummary | null {
  const changes = Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(changes).length > 0) {
    db.update(integrations).set(changes).where(eq(integrations.id, integrationId)).run();
  }
  return db.select().from(integrations).where(eq(integrations.id, integrationId)).get() ?? null;
}

export function listIntegrations(db: Database): IntegrationSummary[] {
  return db.select().from(integrations).orderBy(asc(integrations.createdAt)).all();
}

export function findIntegration(db: Database, integrationId: string): IntegrationSummary | null {
  return db.select().from(integrations).where(eq(integrations.id, integrationId)).get() ?? null;
}

/** Makes a new live key. The returned `key` is the only time it exists in clear. */
export function createIntegrationKey(
  db: Database,
  integrationId: string,
  now: Date,
): IntegrationKeySummary & { key: string } {
  if (!findIntegration(db, integrationId)) throw fail('INTEGRATION_KEY_INVALID');
  const key = `${secretKeyPrefix}${randomBytes(32).toString('base64url')}`;
  const row = {
    id: crypto.randomUUID(),
    integrationId,
    keyHash: hashSecretKey(key),
    lastFour: key.slice(-4),
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  db.insert(integrationKeys).values(row).run();
  return { ...summariseKey(row), key };
}

export function listIntegrationKeys(db: Database, integrationId: string): IntegrationKeySummary[] {
  return db
    .select()
    .from(integrationKeys)
    .where(eq(integrationKeys.integrationId, integrationId))
    .orderBy(asc(integrationKeys.createdAt))
    .all()
    .map(summariseKey);
}

/** Revokes a key for good; the next request with it is refused. False when there is no such key. */
export function revokeIntegrationKey(db: Database, keyId: string, now: Date): boolean {
  const key = db.select().from(integrationKeys).where(eq(integrationKeys.id, keyId)).get();
  if (!key) return false;
  if (key.revokedAt === null) {
    db.update(integrationKeys).set({ revokedAt: now }).where(eq(integrationKeys.id, keyId)).run();
  }
  return true;
}

/** How often `lastUsedAt` is written: a busy key must not turn every read into a write. */
const lastUsedResolutionMs = 60_000;

/*
 * The key check runs on every /v1 request, so its two statements are prepared once per
 * connection: built through the query builder, building and preparing the SQL cost more
 * than the indexed read itself (apps/server/scripts/bench-v1.ts). Times are epoch
 * milliseconds, as the schema's `timestamp_ms` columns store them.
 */
type Connection = Database['$client'];

function keyStatementsFor(connection: Connection) {
  return {
    find: connection.prepare<
      [string],
      {
        keyId: string;
        revokedAt: number | null;
        lastUsedAt: number | null;
        integrationId: string;
        name: string;
      }
    >(
      `select integration_key.id as keyId, integration_key.revoked_at as revokedAt,
        integration_key.last_used_at as lastUsedAt, integration.id as integrationId,
        integration.name as name
       from integration_key
       inner join integration on integration.id = integration_key.integration_id
       where integration_key.key_hash = ?`,
    ),
    // The condition repeats the staleness test, so concurrent servers write it once.
    touch: connection.prepare<[number, string, number]>(
      `update integration_key set last_used_at = ?
       where id = ? and (last_used_at is null or last_used_at < ?)`,
    ),
  };
}

const keyStatementCache = new WeakMap<Connection, ReturnType<typeof keyStatementsFor>>();

function keyStatements(db: Database): ReturnType<typeof keyStatementsFor> {
  let found = keyStatementCache.get(db.$client);
  if (!found) {
    found = keyStatementsFor(db.$client);
    keyStatementCache.set(db.$client, found);
  }
  return found;
}

/**
 * The integration a presented key belongs to. Looked up on every request (an indexed read of
 * the hash), so a revoked key is refused at once, by every server instance.
 */
export function authenticateIntegrationKey(
  db: Database,
  presented: string,
  now: Date,
): IntegrationActor {
  if (!secretKeyPattern.test(presented)) throw fail('INTEGRATION_KEY_INVALID');
  const statement = keyStatements(db);
  const found = statement.find.get(hashSecretKey(presented));
  if (!found || found.revokedAt !== null) throw fail('INTEGRATION_KEY_INVALID');
  // Most requests of a busy key need no write at all: skipping the statement (not just
  // matching no row) keeps authentication to one read (measured in scripts/bench-v1.ts).
  const stale = now.getTime() - lastUsedResolutionMs;
  if (found.lastUsedAt !== null && found.lastUsedAt >= stale) {
    return { kind: 'integration', id: found.integrationId, name: found.name, keyId: found.keyId };
  }
  statement.touch.run(now.getTime(), found.keyId, stale);
  return { kind: 'integration', id: found.integrationId, name: found.name, keyId: found.keyId };
}

function summariseKey(row: typeof integrationKeys.$inferSelect): IntegrationKeySummary {
  return {
    id: row.id,
    integrationId: row.integrationId,
    hint: `${secretKeyPrefix}…${row.lastFour}`,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}
