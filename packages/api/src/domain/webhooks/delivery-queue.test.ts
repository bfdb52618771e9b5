import { randomBytes } from 'node:crypto';
import { webhookDeliveries } from '@collab/db';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../../secret-box.js';
import { createIntegrationWorld } from '../../test-support/integration.js';
import { recordEvent } from '../events/record-event.js';
import { putAgency } from '../integration/provision-agencies.js';
import type { WebhookContext } from './context.js';
import { type ClaimedDelivery, claimDeliveries, recordAttempts } from './delivery-queue.js';
import { createWebhookEndpoint } from './endpoints.js';

/* The leases of delivery-queue.ts (docs/webhooks.md, "Delivery"). */

async function world(endpoints: number, events: number) {
  const created = createIntegrationWorld();
  const context: WebhookContext = {
    ...created.a,
    secrets: createSecretBox(randomBytes(32)),
    urlPolicy: { allowPrivate: true },
  };
  await putAgency(context, 'ag-1', { name: 'Byrå AB', orgNumber: '556036-0793' });
  const agencyId = created.db.$client.prepare('select id from agency').pluck().get() as string;
  for (let index = 0; index < endpoints; index++) {
    await createWebhookEndpoint(context, {
      url: `http://127.0.0.1:9/${index}`,
      eventTypes: [],
      enabled: true,
    });
  }
  created.db.transaction((transaction) => {
    for (let index = 0; index < events; index++) {
      recordEvent(
        transaction,
        {
          type: 'invitation.cancelled',
          agencyId,
          data: {
            invitation: {
              collabId: `inv-${index}`,
              status: 'cancelled',
              services: [],
              expiresAt: '2026-12-31T00:00:00.000Z',
              sendCount: 1,
            },
            customer: { id: null, collabId: 'c', name: 'Kund AB', orgNumber: '556016-0680' },
            collaborations: [],
            actor: { type: 'system' },
          },
        },
        created.clock.now(),
      );
    }
  });
  return created;
}

const leaseMs = 60_000;

describe('claimDeliveries', () => {
  it('never leases one delivery to two workers; an expired lease is taken over', async () => {
    const w = await world(2, 5);
    const now = w.clock.now().getTime();
    const first = claimDeliveries(w.db, { now, leaseMs, capacity: () => 3 });
    const second = claimDeliveries(w.db, { now, leaseMs, capacity: () => 10 });
    expect(first.deliveries).toHaveLength(6);
    expect(second.deliveries).toHaveLength(4);
    const ids = [...first.deliveries, ...second.deliveries].map((delivery) => delivery.id);
    expect(new Set(ids).size).toBe(10);
    expect(claimDeliveries(w.db, { now, leaseMs, capacity: () => 10 }).deliveries).toEqual([]);
    const later = claimDeliveries(w.db, { now: now + leaseMs + 1, leaseMs, capacity: () => 10 });
    expect(later.deliveries).toHaveLength(10);
  });

  it('property: two workers claiming, failing and succeeding in any order send each attempt once and deliver everything', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            worker: fc.integer({ min: 0, max: 1 }),
            capacity: fc.integer({ min: 0, max: 4 }),
            ok: fc.boolean(),
            advanceMs: fc.integer({ min: 0, max: 120_000 }),
          }),
          { minLength: 5, maxLength: 40 },
        ),
        async (steps) => {
          const w = await world(2, 4);
          let now = w.clock.now().getTime();
          const held: ClaimedDelivery[][] = [[], []];
          const schedule = Array(100).fill(1_000);
          const run = (worker: number, capacity: number, ok: boolean) => {
            const mine = held[worker] ?? [];
            const results = mine.splice(0).filter((delivery) => delivery.leasedUntil > now);
            recordAttempts(
              w.db,
              results.map((delivery) => ({
                deliveryId: delivery.id,
                endpointId: delivery.endpointId,
                attemptedAt: now,
                durationMs: 1,
                statusCode: ok ? 200 : 503,
                error: null,
                responseBody: null,
              })),
              { schedule, disableBefore: 0 },
            );
            const claimed = claimDeliveries(w.db, { now, leaseMs, capacity: () => capacity });
            const other = held[1 - worker] ?? [];
            for (const delivery of claimed.deliveries) {
              // Never a delivery the other worker holds under a live lease.
              expect(
                other.some((theirs) => theirs.id === delivery.id && theirs.leasedUntil > now),
              ).toBe(false);
            }
            mine.push(...claimed.deliveries);
          };
          for (const step of steps) {
            run(step.worker, step.capacity, step.ok);
            now += step.advanceMs;
          }
          // Then both workers succeed until nothing is left.
          now += leaseMs + 1_000;
          for (let round = 0; round < 50; round++) {
            run(round % 2, 8, true);
            now += 1_000;
          }
          const rows = w.db.select().from(webhookDeliveries).all();
          expect(rows.every((row) => row.status === 'delivered')).toBe(true);
        },
      ),
      { seed: 20261203, numRuns: 40 },
    );
  });
});
