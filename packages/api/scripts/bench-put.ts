import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@collab/db';
import {
  authenticateIntegrationKey,
  createIntegration,
  createIntegrationKey,
} from '../src/domain/integration/keys.js';
import { putAgency } from '../src/domain/integration/provision-agencies.js';
import { putEmployee } from '../src/domain/integration/provision-employees.js';

/**
 * The in-process cost of one `/v1` employee PUT without HTTP: the key check and the domain
 * call, alternating between three bodies so every call writes (as scripts/bench-v1.ts in
 * apps/server does over HTTP). Run under `node --cpu-prof` to see where the time goes.
 *
 *   pnpm --filter @collab/api bench:put [calls, default 20000]
 */
const calls = Number(process.argv[2] ?? 20_000);
const directory = mkdtempSync(join(tmpdir(), 'collab-bench-put-'));
const db = createDatabase({ filename: join(directory, 'bench.sqlite') });
const clock = { now: () => new Date() };
const integration = createIntegration(db, { name: 'Bench' }, clock.now());
const { key } = createIntegrationKey(db, integration.id, clock.now());
const actor = authenticateIntegrationKey(db, key, clock.now());
const context = { db, clock, integration: actor, locale: 'sv' as const };
await putAgency(context, 'ag-1', { name: 'Bench Byrå AB', orgNumber: '556036-0793' });
const names = ['Eva Ek', 'Eva Ek-Berg', 'Eva Berg'];

async function round(count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const caller = authenticateIntegrationKey(db, key, clock.now());
    await putEmployee({ ...context, integration: caller }, 'ag-1', 'emp-1', {
      name: names[i % names.length] ?? 'Eva',
      email: 'eva@byra.se',
      rights: 'full',
      active: true,
      locale: 'sv',
    });
  }
  return performance.now() - started;
}

await round(Math.min(calls, 2000)); // warm-up: JIT and statement caches
const elapsed = await round(calls);
console.log(
  `${calls} PUTs (key check + putEmployee): ${((1000 * elapsed) / calls).toFixed(1)} µs each`,
);
db.$client.close();
rmSync(directory, { recursive: true, force: true });
