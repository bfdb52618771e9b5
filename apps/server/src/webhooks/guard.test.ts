import { checkWebhookUrl, WebhookUrlRefused } from '@collab/api';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createSender } from './sender.js';
import { type Receiver, startReceiver } from './test-support/receiver.js';

/* The SSRF rule at save and at delivery (docs/webhooks.md, "Addresses"). */

const receivers: Receiver[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

/** A DNS that answers what the test says: a name that resolves into the private network. */
const dnsSaying = (addresses: string[]) => ({
  allowPrivate: false,
  lookup: async () => addresses,
});

describe('at create and update', () => {
  it('refuses names that resolve to loopback, 10/8, 169.254/16, CGNAT, ULA or mapped forms', async () => {
    for (const address of [
      '127.0.0.1',
      '10.4.5.6',
      '169.254.169.254',
      '100.100.1.1',
      '::ffff:192.168.0.1',
      'fd12::1',
      '0.0.0.0',
    ]) {
      await expect(
        checkWebhookUrl('https://hooks.host.example/x', dnsSaying(['93.184.216.34', address])),
      ).rejects.toBeInstanceOf(WebhookUrlRefused);
    }
    await expect(
      checkWebhookUrl('https://hooks.host.example/x', dnsSaying(['93.184.216.34', '2606:4700::1'])),
    ).resolves.toEqual(['93.184.216.34', '2606:4700::1']);
    await expect(
      checkWebhookUrl('http://hooks.host.example/x', dnsSaying(['93.184.216.34'])),
    ).rejects.toThrow(/https/);
  });
});

describe('at delivery', () => {
  it('a name that resolved to a public address when saved but to loopback now is not connected to (rebinding)', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const sender = createSender({ policy: dnsSaying(['127.0.0.1']), timeoutMs: 2_000 });
    const outcome = await sender.send(
      `https://rebind.host.example:${receiver.port}/hooks`,
      { 'content-type': 'application/json' },
      '{}',
    );
    sender.close();
    expect(outcome.statusCode).toBeNull();
    expect(outcome.error).toMatch(/private address/);
    expect(receiver.received).toHaveLength(0);
  });

  it('a literal private address or http is not POSTed to, and redirects are not followed', async () => {
    const receiver = await startReceiver({ respond: () => 302 });
    receivers.push(receiver);
    const strict = createSender({ policy: { allowPrivate: false }, timeoutMs: 2_000 });
    const outcome = await strict.send(receiver.url, {}, '{}');
    strict.close();
    expect(outcome.error).toMatch(/refused/);
    expect(receiver.received).toHaveLength(0);
    const relaxed = createSender({ policy: { allowPrivate: true }, timeoutMs: 2_000 });
    const redirected = await relaxed.send(receiver.url, {}, '{}');
    relaxed.close();
    expect(redirected.statusCode).toBe(302);
    expect(receiver.received).toHaveLength(1);
  });
});

describe('configuration', () => {
  it('refuses WEBHOOK_ALLOW_PRIVATE_URLS together with NODE_ENV=production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_URLS: '1' })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_URLS must not be on when NODE_ENV=production/,
    );
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_URLS: '1' }).webhookAllowPrivateUrls).toBe(true);
    expect(loadConfig({}).webhookAllowPrivateUrls).toBe(false);
  });
});
