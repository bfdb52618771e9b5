import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { integrations, outboxMessages, webhookEndpoints } from '@collab/db';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emitEvents } from './test-support/events.js';
import { type Receiver, startReceiver } from './test-support/receiver.js';
import { startWebhookWorld, type WebhookWorld } from './test-support/world.js';

/* /v1/webhook-endpoints and /v1/events over HTTP (docs/webhooks.md). */

vi.setConfig({ testTimeout: 30_000 });
let world: WebhookWorld | null = null;
const receivers: Receiver[] = [];
afterEach(async () => {
  await world?.close();
  world = null;
  for (const receiver of receivers.splice(0)) await receiver.close();
});
async function receiver(options: Parameters<typeof startReceiver>[0] = {}) {
  const started = await startReceiver(options);
  receivers.push(started);
  return started;
}
const waitLong = { timeout: 10_000, interval: 20 };

describe('tenancy', () => {
  it('B never receives, lists, reads or resends A’s events, nor sees A’s endpoints and attempts', async () => {
    world = await startWebhookWorld();
    const hostA = await receiver();
    const hostB = await receiver();
    const endpointA = await world.createEndpoint(hostA.url);
    const endpointB = await world.createEndpoint(hostB.url, {}, world.keyB.key);
    const idsA = emitEvents(world.db, world.agencyA, 5);
    const idsB = emitEvents(world.db, world.agencyB, 2);
    await vi.waitFor(() => expect(hostA.eventIds()).toEqual(new Set(idsA)), waitLong);
    await vi.waitFor(() => expect(hostB.eventIds()).toEqual(new Set(idsB)), waitLong);
    const asB = (method: string, path: string, body?: unknown) =>
      world?.v1(method, path, {
        key: world.keyB.key,
        ...(body ? { body } : {}),
      }) as Promise<Response>;

    const feed = (await (await asB('GET', '/v1/events?limit=500')).json()) as {
      data: { id: string }[];
    };
    expect(feed.data.map((event) => event.id)).toEqual(idsB);
    for (const [method, path, body] of [
      ['GET', `/v1/events/${idsA[0]}`],
      ['POST', `/v1/events/${idsA[0]}/resend`, {}],
      ['POST', `/v1/events/${idsB[0]}/resend`, { endpointId: endpointA.id }],
      ['GET', `/v1/webhook-endpoints/${endpointA.id}`],
      ['PATCH', `/v1/webhook-endpoints/${endpointA.id}`, { enabled: false }],
      ['PUT', `/v1/webhook-endpoints/${endpointA.id}`, { url: hostB.url }],
      ['POST', `/v1/webhook-endpoints/${endpointA.id}/rotate-secret`, {}],
      ['GET', `/v1/webhook-endpoints/${endpointA.id}/attempts`],
      ['DELETE', `/v1/webhook-endpoints/${endpointA.id}`],
    ] as const) {
      const response = await asB(method, path, body);
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 });
    }
    const list = (await (await asB('GET', '/v1/webhook-endpoints')).json()) as {
      data: { id: string }[];
    };
    expect(list.data.map((endpoint) => endpoint.id)).toEqual([endpointB.id]);
    expect(hostB.eventIds()).toEqual(new Set(idsB));
    // A's endpoint is untouched and still receives.
    const after = emitEvents(world.db, world.agencyA, 1);
    await vi.waitFor(
      () => expect(hostA.eventIds()).toEqual(new Set([...idsA, ...after])),
      waitLong,
    );
  });
});

describe('disabling', () => {
  it('an endpoint failing for 3 days is disabled and the integration’s contact gets the e-mail', async () => {
    world = await startWebhookWorld();
    world.db
      .update(integrations)
      .set({ contactEmail: 'drift@smartabyran.se' })
      .where(eq(integrations.id, world.integrationA.id))
      .run();
    const failing = await receiver({ respond: () => 503 });
    const young = await receiver({ respond: () => 503 });
    const endpoint = await world.createEndpoint(failing.url);
    const other = await world.createEndpoint(young.url);
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000 - 60_000);
    world.db
      .update(webhookEndpoints)
      .set({ failingSince: threeDaysAgo })
      .where(eq(webhookEndpoints.id, endpoint.id))
      .run();
    emitEvents(world.db, world.agencyA, 2);
    await vi.waitFor(async () => {
      const read = (await (
        await world?.v1('GET', `/v1/webhook-endpoints/${endpoint.id}`)
      )?.json()) as { enabled: boolean; disabledReason: string | null };
      expect(read).toMatchObject({ enabled: false, disabledReason: 'failing' });
    }, waitLong);
    const emails = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'webhook_endpoint_disabled'))
      .all();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ recipient: 'drift@smartabyran.se', relatedId: endpoint.id });
    expect(emails[0]?.payload).toMatchObject({ url: failing.url, lastError: 'HTTP 503' });
    // Failing for seconds only: still enabled.
    const young503 = (await (
      await world.v1('GET', `/v1/webhook-endpoints/${other.id}`)
    ).json()) as {
      enabled: boolean;
      failingSince: string | null;
    };
    expect(young503.enabled).toBe(true);
    expect(young503.failingSince).not.toBeNull();
    // Enabling again starts a fresh run.
    const enabled = await world.v1('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, {
      body: { enabled: true },
    });
    expect(await enabled.json()).toMatchObject({ enabled: true, failingSince: null });
  });
});

describe('secrets', () => {
  it('are never in the logs or the database in clear (sealed)', async () => {
    let logs = '';
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => {
      logs += chunk.toString();
    });
    world = await startWebhookWorld(
      { logStream },
      { WEBHOOK_ALLOW_PRIVATE_URLS: '1', LOG_LEVEL: 'debug' },
    );
    const host = await receiver({ respond: (_entry, count) => (count === 1 ? 500 : 200) });
    const endpoint = await world.createEndpoint(host.url);
    const rotated = (await (
      await world.v1('POST', `/v1/webhook-endpoints/${endpoint.id}/rotate-secret`, { body: {} })
    ).json()) as { secret: string };
    emitEvents(world.db, world.agencyA, 3);
    await vi.waitFor(
      () => expect(host.received.filter((entry) => entry.status === 200)).toHaveLength(3),
      waitLong,
    );
    const read = (await (
      await world.v1('GET', `/v1/webhook-endpoints/${endpoint.id}`)
    ).json()) as Record<string, unknown>;
    expect(read.secret).toBeUndefined();
    world.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const files = readdirSync(world.dataDirectory).filter((name) =>
      name.startsWith('collab.sqlite'),
    );
    const stored = files
      .map((name) => readFileSync(join(world?.dataDirectory ?? '', name)).toString('latin1'))
      .join('');
    for (const secret of [endpoint.secret, rotated.secret]) {
      const key = secret.slice('whsec_'.length);
      expect(logs).not.toContain(key);
      expect(stored).not.toContain(key);
      expect(stored).not.toContain(Buffer.from(key, 'base64').toString('latin1'));
    }
    const row = world.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, endpoint.id))
      .get();
    expect(row?.sealedSecret).not.toContain('whsec_');
    expect(logs).toContain('webhook attempt failed');
  });
});

describe('attempts, resend and the feed', () => {
  it('lists attempts newest first with status, duration, trimmed answer and ids; resend keeps the webhook-id', async () => {
    world = await startWebhookWorld();
    const host = await receiver({ respond: (_entry, count) => (count === 1 ? 500 : 200) });
    const other = await receiver();
    const endpoint = await world.createEndpoint(host.url);
    const second = await world.createEndpoint(other.url);
    const [eventId] = emitEvents(world.db, world.agencyA, 1);
    await vi.waitFor(
      () => expect(host.received.map((entry) => entry.status)).toEqual([500, 200]),
      waitLong,
    );
    await vi.waitFor(() => expect(other.received).toHaveLength(1), waitLong);
    // The receiver has its answer before the worker has written the attempt down: wait for
    // the record (and with it the delivery's outcome), not for the receiver.
    const started = world;
    const page = await vi.waitFor(async () => {
      const listed = (await (
        await started.v1('GET', `/v1/webhook-endpoints/${endpoint.id}/attempts?limit=1`)
      ).json()) as { data: Record<string, unknown>[]; nextCursor: string };
      expect(listed.data[0]?.statusCode).toBe(200);
      return listed;
    }, waitLong);
    expect(page.data[0]).toMatchObject({
      object: 'webhook_attempt',
      statusCode: 200,
      succeeded: true,
      eventId,
      eventType: 'access.granted',
      webhookId: host.received[0]?.webhookId,
    });
    const next = (await (
      await world.v1(
        'GET',
        `/v1/webhook-endpoints/${endpoint.id}/attempts?cursor=${page.nextCursor}`,
      )
    ).json()) as { data: Record<string, unknown>[]; nextCursor: string | null };
    expect(next.data).toHaveLength(1);
    expect(next.data[0]).toMatchObject({ statusCode: 500, succeeded: false, responseBody: 'nope' });
    expect(next.nextCursor).toBeNull();

    const resent = await world.v1('POST', `/v1/events/${eventId}/resend`, {
      body: { endpointId: endpoint.id },
    });
    expect(resent.status).toBe(202);
    await vi.waitFor(() => expect(host.received).toHaveLength(3), waitLong);
    expect(new Set(host.received.map((entry) => entry.webhookId)).size).toBe(1);
    expect(other.received).toHaveLength(1);
    await world.v1('POST', `/v1/events/${eventId}/resend`, { body: {} });
    await vi.waitFor(() => expect(other.received).toHaveLength(2), waitLong);
    expect(second.id).toBeTruthy();

    const feed = (await (
      await world.v1('GET', '/v1/events?types=access.granted,access.revoked')
    ).json()) as {
      data: { id: string }[];
    };
    expect(feed.data.map((event) => event.id)).toEqual([eventId]);
    expect((await world.v1('GET', `/v1/events/${eventId}`)).status).toBe(200);
  });
});
