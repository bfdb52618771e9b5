import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/running-server.js';
import { devWebhookEndpointFile } from './byradesk-webhook-endpoint.js';
import type { ReceivedDelivery } from './byradesk-webhooks.js';

/**
 * Byrådesk's stand-in backend registers its receiver at start (WEBHOOK_ALLOW_PRIVATE_URLS for
 * the loopback URL, as `pnpm start` sets it), verifies Collab's webhooks on the raw body and
 * lists them for the demo's Webhooks page (docs/webhooks.md "Verifying").
 */
vi.setConfig({ testTimeout: 30_000 });
const waitLong = { timeout: 15_000, interval: 50 };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(
    { WEBHOOK_ALLOW_PRIVATE_URLS: '1' },
    { webhooks: { pollIntervalMs: 50 } },
  );
});
afterAll(async () => {
  await server?.close();
});

async function deliveries(): Promise<ReceivedDelivery[]> {
  const response = await server.request('/byradesk/webhooks');
  return ((await response.json()) as { deliveries: ReceivedDelivery[] }).deliveries;
}

function post(body: string, headers: Record<string, string>): Promise<Response> {
  return server.request('/byradesk/webhooks', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

function storedSecret(): string {
  const path = join(server.dataDirectory, devWebhookEndpointFile);
  expect(statSync(path).mode & 0o777).toBe(0o600);
  return (JSON.parse(readFileSync(path, 'utf8')) as { secret: string }).secret;
}

describe('given the demo served in development', () => {
  it('an activation in the widget reaches Byrådesk’s receiver, verified', async () => {
    const users = await server.users();
    const employee = users.find((user) => user.role === 'employee_full');
    const client = server.client(await server.tokenFor(employee?.id ?? ''));
    const customer = (await client.customers.list.query({ limit: 100 })).items.find(
      (candidate) => candidate.tasks.length > 0 && !candidate.hasAccount && candidate.contact.email,
    );
    await client.collaborations.activate.mutate({
      customerId: customer?.id ?? '',
      taskId: customer?.tasks[0]?.id ?? '',
      services: [{ service: 'utlagg' }],
    });
    await vi.waitFor(async () => {
      const activated = (await deliveries()).find(
        (delivery) => delivery.type === 'collaboration.activated',
      );
      expect(activated).toMatchObject({ verified: true, reason: null, sequence: 1, repeats: 0 });
      expect(activated?.summary).toContain(customer?.name ?? '?');
    }, waitLong);
  });

  it('a wrong signature is answered 400 and listed as not verified', async () => {
    const body = JSON.stringify({ id: 'evt_forged', type: 'access.granted' });
    const forger = new Webhook(`whsec_${Buffer.from('not the secret').toString('base64')}`);
    const timestamp = new Date();
    const response = await post(body, {
      'webhook-id': 'msg_forged',
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': forger.sign('msg_forged', timestamp, body),
    });
    expect(response.status).toBe(400);
    const forged = (await deliveries()).find((delivery) => delivery.webhookId === 'msg_forged');
    expect(forged).toMatchObject({ verified: false, repeats: 0 });
    expect(forged?.reason).toBeTruthy();
  });

  it('a repeat under the same webhook-id is counted, not listed twice', async () => {
    const body = JSON.stringify({ id: 'evt_again', type: 'test.again' });
    const signer = new Webhook(storedSecret());
    const send = () => {
      const timestamp = new Date();
      return post(body, {
        'webhook-id': 'msg_again',
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signer.sign('msg_again', timestamp, body),
      });
    };
    expect((await send()).status).toBe(204);
    expect((await send()).status).toBe(204);
    const again = (await deliveries()).filter((delivery) => delivery.webhookId === 'msg_again');
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ verified: true, repeats: 1 });
  });
});
