import { randomBytes } from 'node:crypto';
import { createSecretBox, createWebhookEndpoint, putAgency, systemClock } from '@collab/api';
import { createIntegrationWorld } from '@collab/api/testing';
import { webhookAttempts, webhookDeliveries } from '@collab/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agencyCollabId, emitEvents } from './test-support/events.js';
import { type Receiver, startReceiver } from './test-support/receiver.js';
import { createWebhookWorker } from './worker.js';

/* Graceful stop (docs/webhooks.md, "Delivery"): stop claiming, cut off, give leases back. */

const receivers: Receiver[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

describe('stopping the worker', () => {
  it('while an endpoint hangs: the POSTs are cut off after the grace, every lease is given back, no attempt is recorded', async () => {
    const world = createIntegrationWorld();
    const secrets = createSecretBox(randomBytes(32));
    const context = { ...world.a, clock: systemClock, secrets, urlPolicy: { allowPrivate: true } };
    await putAgency(context, 'ag-1', { name: 'Byrå AB', orgNumber: '556036-0793' });
    const hung = await startReceiver({ respond: () => 'hang' });
    receivers.push(hung);
    await createWebhookEndpoint(context, { url: hung.url, eventTypes: [], enabled: true });
    emitEvents(world.db, agencyCollabId(world.db, world.a.integration.id, 'ag-1'), 20);
    const logger = { info() {}, warn() {}, error() {} };
    const worker = createWebhookWorker({
      db: world.db,
      secrets,
      clock: systemClock,
      logger,
      urlPolicy: { allowPrivate: true },
      pollIntervalMs: 10,
      stopGraceMs: 100,
    });
    worker.start();
    await vi.waitFor(() => expect(hung.received).toHaveLength(4), { timeout: 5_000, interval: 10 });
    const leased = world.db.select().from(webhookDeliveries).all();
    expect(leased.filter((delivery) => delivery.leasedUntil !== null)).toHaveLength(20);
    await worker.stop();
    const after = world.db.select().from(webhookDeliveries).all();
    expect(after.every((delivery) => delivery.leasedUntil === null)).toBe(true);
    expect(
      after.every((delivery) => delivery.status === 'pending' && delivery.attempts === 0),
    ).toBe(true);
    expect(world.db.select().from(webhookAttempts).all()).toEqual([]);
  });
});
