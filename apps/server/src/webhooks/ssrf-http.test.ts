import { webhookEndpoints } from '@collab/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemOf } from '../v1/test-support/v1-server.js';
import { type Receiver, startReceiver } from './test-support/receiver.js';
import { startWebhookWorld, type WebhookWorld } from './test-support/world.js';

/* The SSRF rule over HTTP (docs/webhooks.md, "Addresses"); at delivery: guard.test.ts. */

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
const _waitLong = { timeout: 10_000, interval: 20 };

describe('the SSRF rule', () => {
  const refused = [
    'http://127.0.0.1:9/hooks',
    'https://127.0.0.1/hooks',
    'https://localhost/hooks',
    'https://10.1.2.3/hooks',
    'https://172.16.0.9/hooks',
    'https://192.168.1.1/hooks',
    'https://169.254.169.254/latest/meta-data',
    'https://100.64.0.1/hooks',
    'https://0.0.0.0/hooks',
    'https://[::1]/hooks',
    'https://[fc00::1]/hooks',
    'https://[fe80::1]/hooks',
    'https://[::ffff:10.0.0.1]/hooks',
    'https://user:pw@host.example/hooks',
  ];

  it('without WEBHOOK_ALLOW_PRIVATE_URLS (as production must run) refuses http and private addresses, naming url', async () => {
    world = await startWebhookWorld({}, {});
    for (const url of refused) {
      const response = await world.v1('POST', '/v1/webhook-endpoints', { body: { url } });
      const problem = await problemOf(response);
      expect({ url, status: response.status, appCode: problem.appCode }).toEqual({
        url,
        status: 400,
        appCode: 'WEBHOOK_URL_REFUSED',
      });
      expect(Object.keys(problem.errors ?? {})).toEqual(['url']);
    }
    expect(world.db.select().from(webhookEndpoints).all()).toEqual([]);
  });

  it('refuses a change of url to a private address too', async () => {
    world = await startWebhookWorld({}, {});
    const endpointId = `whe_${crypto.randomUUID()}`;
    const now = new Date();
    world.db
      .insert(webhookEndpoints)
      .values({
        id: endpointId,
        integrationId: world.integrationA.id,
        url: 'https://receiver.example/hooks',
        eventTypes: [],
        status: 'enabled',
        sealedSecret: 'sealed',
        createdAt: now,
        updatedAt: now,
      })
      .run();
    const sealed = world.db.select().from(webhookEndpoints).all();
    expect(sealed).toHaveLength(1);
    const response = await world.v1('PATCH', `/v1/webhook-endpoints/${endpointId}`, {
      body: { url: 'https://10.0.0.1/x' },
    });
    expect(response.status).toBe(400);
    expect(Object.keys((await problemOf(response)).errors ?? {})).toEqual(['url']);
    expect(world.db.select().from(webhookEndpoints).all()).toEqual(sealed);
  });

  it('with WEBHOOK_ALLOW_PRIVATE_URLS (development, tests) takes http and loopback', async () => {
    world = await startWebhookWorld();
    const host = await receiver();
    const response = await world.v1('POST', '/v1/webhook-endpoints', {
      body: { url: host.url, eventTypes: ['access.granted'], description: 'Lokalt' },
    });
    expect(response.status).toBe(201);
    const patched = await world.v1(
      'PATCH',
      `/v1/webhook-endpoints/${((await response.json()) as { id: string }).id}`,
      { body: { url: 'http://10.0.0.1/hooks' } },
    );
    expect(patched.status).toBe(200);
  });
});
