/**
 * How many events a second the domain records, each in its own transaction with its change,
 * fanned out to two webhook endpoints (docs/events.md). Two measures on a file database with
 * the server's settings (WAL):
 * - `recordEvent` alone, one event per transaction (the floor of the hot path);
 * - a whole change: a task's participants swapped through the integration API, which
 *   rederives the grants and records an `access.revoked` and an `access.granted`.
 * Usage: pnpm --filter @collab/api bench:events [-- 5000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const total = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 5_000);

const { createDatabase, closeDatabase, agencies, events } = await import('@collab/db');
const { createIntegration } = await import('../src/domain/integration/keys.js');
const { provisionBasics } = await import('../src/test-support/integration.js');
const { addWebhookEndpoint } = await import('../src/test-support/events.js');
const { recordEvent } = await import('../src/domain/events/record-event.js');
const { collaborationSnapshot } = await import('../src/domain/events/snapshots.js');
const { putTask } = await import('../src/domain/integration/provision-tasks.js');
const { eq } = await import('drizzle-orm');

const folder = mkdtempSync(join(tmpdir(), 'collab-bench-events-'));
try {
  const db = createDatabase({ filename: join(folder, 'collab.db') });
  const now = new Date('2026-12-03T09:00:00.000Z');
  const clock = { now: () => now };
  const integration = createIntegration(db, { name: 'Bench' }, now);
  const context = {
    db,
    clock,
    integration: { kind: 'integration' as const, id: integration.id, name: 'Bench', keyId: 'k' },
    locale: 'en' as const,
  };
  const { collaborationId } = await provisionBasics(context);
  addWebhookEndpoint(db, integration.id);
  addWebhookEndpoint(db, integration.id, { eventTypes: ['access.granted', 'access.revoked'] });
  const agencyId =
    db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.integrationId, integration.id))
      .get()?.id ?? '';
  const collaboration = db.transaction((transaction) =>
    collaborationSnapshot(transaction, collaborationId, now),
  );

  let started = performance.now();
  for (let index = 0; index < total; index++) {
    db.transaction(
      (transaction) => {
        recordEvent(
          transaction,
          {
            type: 'collaboration.updated',
            agencyId,
            collaborationId,
            data: { collaboration, actor: { type: 'system' }, before: {}, after: { index } },
          },
          now,
        );
      },
      { behavior: 'immediate' },
    );
  }
  let seconds = (performance.now() - started) / 1000;
  console.log(
    `recordEvent: ${total} events in ${seconds.toFixed(2)} s, ${Math.round(total / seconds)} events/s`,
  );

  const changes = Math.floor(total / 2);
  started = performance.now();
  for (let index = 0; index < changes; index++) {
    await putTask(context, 'ag-1', 'task-1', {
      customerId: 'cus-1',
      name: 'Bokföring',
      ownerId: 'emp-1',
      participantIds: index % 2 === 0 ? ['emp-2', 'emp-1'] : ['emp-2', 'emp-3'],
    });
  }
  seconds = (performance.now() - started) / 1000;
  const written = db.select({ id: events.id }).from(events).all().length;
  console.log(
    `task PUT: ${changes} changes in ${seconds.toFixed(2)} s, ${Math.round((2 * changes) / seconds)} access events/s (${written} events stored)`,
  );
  closeDatabase(db);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
