import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AppError,
  authenticateIntegrationKey,
  createIntegration,
  createIntegrationKey,
} from '@collab/api';
import { agencies, customerAccounts, type Database, integrations } from '@collab/db';
import { assignDemoExternalIds } from '@collab/db/seed';
import { TRPCError } from '@trpc/server';
import { eq, isNull } from 'drizzle-orm';

/**
 * The development integration that `pnpm start` (DEV_LOGIN=1 and SEED_DEMO=1, never in
 * production) sets up for the demo host app Byrådesk: it owns the demo agencies and company
 * accounts, which carry Byrådesk's own ids, and its secret key lies in the data folder, so
 * that the demo's backend (demo-host/) opens widget sessions the way a real host does
 * (docs/integration-api.md). Made once; later starts reuse the integration and the key.
 */
export const devIntegrationName = 'Byrådesk (demo)';
export const devIntegrationKeyFile = 'dev-integration.key';

export interface DevIntegration {
  integrationId: string;
  key: string;
  keyPath: string;
  /** True when this start made the integration or a new key. */
  created: boolean;
}

export function ensureDevIntegration(
  db: Database,
  dataDirectory: string,
  now: Date,
): DevIntegration {
  let created = false;
  let integrationId = db
    .select({ id: integrations.id })
    .from(integrations)
    .where(eq(integrations.name, devIntegrationName))
    .get()?.id;
  if (!integrationId) {
    integrationId = createIntegration(db, { name: devIntegrationName }, now).id;
    created = true;
  }
  const owner = integrationId;
  db.transaction(
    (transaction) => {
      // Everything no integration owns is the demo's (the seed made it inside Collab).
      transaction
        .update(agencies)
        .set({ integrationId: owner })
        .where(isNull(agencies.integrationId))
        .run();
      transaction
        .update(customerAccounts)
        .set({ integrationId: owner })
        .where(isNull(customerAccounts.integrationId))
        .run();
      assignDemoExternalIds(transaction, owner);
    },
    { behavior: 'immediate' },
  );
  mkdirSync(dataDirectory, { recursive: true });
  const keyPath = join(dataDirectory, devIntegrationKeyFile);
  const stored = existsSync(keyPath) ? readFileSync(keyPath, 'utf8').trim() : null;
  if (stored && keyBelongsTo(db, stored, integrationId, now)) {
    return { integrationId, key: stored, keyPath, created };
  }
  const { key } = createIntegrationKey(db, integrationId, now);
  writeFileSync(keyPath, `${key}\n`, { mode: 0o600 });
  // A file left from an earlier key keeps its old mode unless told.
  chmodSync(keyPath, 0o600);
  return { integrationId, key, keyPath, created: true };
}

/** A stored key is reused only while it is live and still the dev integration's. */
function keyBelongsTo(db: Database, key: string, integrationId: string, now: Date): boolean {
  try {
    return authenticateIntegrationKey(db, key, now).id === integrationId;
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof AppError) return false;
    throw error;
  }
}
