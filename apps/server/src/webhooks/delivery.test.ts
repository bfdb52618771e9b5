import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emitEvents } from './test-support/events.js';
import { type Receiver, startReceiver } from './test-support/receiver.js';
import { startWebhookWorld, type WebhookWorld } from './test-support/world.js';

/* Delivery as a receiver sees it (docs/webhooks.md): signed, retried, never held up. */

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
vi.setConfig({ testTimeout: 30_000 });

describe('signatures', () => {
  it('every delivery verifies with standardwebhooks; a tampered body, a wrong secret and an old timestamp do not', async () => {
    world = await startWebhookWorld();
    let secret = '';
    const host = await receiver({ secrets: () => [secret] });
    secret = (await world.createEndpoint(host.url)).secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const ids = emitEvents(world.db, world.agencyA, 20);
    await vi.waitFor(() => expect(host.eventIds()).toEqual(new Set(ids)), waitLong);
    expect(host.received.every((entry) => entry.verified)).toBe(true);

    const sample = host.received[0];
    if (!sample) throw new Error('nothing received');
    const headers = {
      'webhook-id': sample.webhookId,
      'webhook-timestamp': sample.timestamp,
      'webhook-signature': sample.signature,
    };
    expect(() => new Webhook(secret).verify(sample.body, headers)).not.toThrow();
    expect(() => new Webhook(secret).verify(`${sample.body} `, headers)).toThrow();
    const other = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    expect(() => new Webhook(other).verify(sample.body, headers)).toThrow();
    vi.useFakeTimers({ now: (Number(sample.timestamp) + 10 * 60) * 1000, toFake: ['Date'] });
    try {
      expect(() => new Webhook(secret).verify(sample.body, headers)).toThrow(/timestamp/i);
    } finally {
      vi.useRealTimers();
    }
  });

  it('during a rotation overlap both the old and the new secret verify; after it only the new', async () => {
    world = await startWebhookWorld();
    const host = await receiver();
    const endpoint = await world.createEndpoint(host.url);
    const rotated = await world.v1('POST', `/v1/webhook-endpoints/${endpoint.id}/rotate-secret`, {
      body: {},
    });
    expect(rotated.status).toBe(200);
    const { secret: newSecret, previousSecretExpiresAt } = (await rotated.json()) as {
      secret: string;
      previousSecretExpiresAt: string;
    };
    expect(newSecret).not.toBe(endpoint.secret);
    expect(Date.parse(previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
    emitEvents(world.db, world.agencyA, 3);
    await vi.waitFor(() => expect(host.received).toHaveLength(3), waitLong);
    for (const entry of host.received) {
      expect(entry.signature.split(' ')).toHaveLength(2);
      const headers = {
        'webhook-id': entry.webhookId,
        'webhook-timestamp': entry.timestamp,
        'webhook-signature': entry.signature,
      };
      expect(() => new Webhook(endpoint.secret).verify(entry.body, headers)).not.toThrow();
      expect(() => new Webhook(newSecret).verify(entry.body, headers)).not.toThrow();
    }

    // A rotation without overlap: the old secret stops at once.
    const again = await world.v1('POST', `/v1/webhook-endpoints/${endpoint.id}/rotate-secret`, {
      body: { overlapSeconds: 0 },
    });
    const { secret: third } = (await again.json()) as { secret: string };
    emitEvents(world.db, world.agencyA, 1);
    await vi.waitFor(() => expect(host.received).toHaveLength(4), waitLong);
    const last = host.received[3];
    if (!last) throw new Error('nothing received');
    const headers = {
      'webhook-id': last.webhookId,
      'webhook-timestamp': last.timestamp,
      'webhook-signature': last.signature,
    };
    expect(() => new Webhook(third).verify(last.body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(last.body, headers)).toThrow();
  });
});

describe('retries', () => {
  it('a receiver down for three attempts (503, then refused) gets every event once it is up, repeats with the same webhook-id', async () => {
    world = await startWebhookWorld({ webhooks: { retryDelaysMs: Array(40).fill(100) } });
    let secret = '';
    let down = true;
    const host = await receiver({ secrets: () => [secret], respond: () => (down ? 503 : 200) });
    const endpoint = await world.createEndpoint(host.url);
    secret = endpoint.secret;
    const ids = emitEvents(world.db, world.agencyA, 10);
    const perId = () => {
      const counts = new Map<string, number>();
      for (const entry of host.received)
        counts.set(entry.webhookId, (counts.get(entry.webhookId) ?? 0) + 1);
      return counts;
    };
    // Attempt 1 answered 503.
    await vi.waitFor(() => expect(perId().size).toBe(10), waitLong);
    // Attempts 2 and 3 find nobody listening: connection refused. The URL moves to a dead
    // port and back, as a receiver restarting would look.
    const dead = await receiver();
    const deadUrl = dead.url;
    await dead.close();
    await world.v1('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { body: { url: deadUrl } });
    await vi.waitFor(async () => {
      const attempts = (await (
        await world?.v1('GET', `/v1/webhook-endpoints/${endpoint.id}/attempts?limit=500`)
      )?.json()) as { data: { statusCode: number | null; webhookId: string }[] };
      const refused = attempts.data.filter((attempt) => attempt.statusCode === null);
      for (const id of perId().keys()) {
        expect(refused.filter((attempt) => attempt.webhookId === id).length).toBeGreaterThanOrEqual(
          2,
        );
      }
    }, waitLong);
    down = false;
    await world.v1('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { body: { url: host.url } });
    await vi.waitFor(() => expect(host.eventIds()).toEqual(new Set(ids)), waitLong);
    await vi.waitFor(() => {
      const succeeded = host.received.filter((entry) => entry.status === 200);
      expect(new Set(succeeded.map((entry) => entry.webhookId)).size).toBe(10);
    }, waitLong);
    // Every event came under one webhook-id, at least twice (503, then 200), verified.
    expect(perId().size).toBe(10);
    for (const count of perId().values()) expect(count).toBeGreaterThanOrEqual(2);
    expect(host.received.every((entry) => entry.verified)).toBe(true);
    const bodies = new Map<string, Set<string>>();
    for (const entry of host.received) {
      bodies.set(entry.webhookId, (bodies.get(entry.webhookId) ?? new Set()).add(entry.body));
    }
    for (const set of bodies.values()) expect(set.size).toBe(1);
  });

  it('an endpoint that never answers does not delay another endpoint', async () => {
    world = await startWebhookWorld({ webhooks: { timeoutMs: 30_000, stopGraceMs: 100 } });
    const hung = await receiver({ respond: () => 'hang' });
    const fine = await receiver();
    await world.createEndpoint(hung.url);
    await world.createEndpoint(fine.url);
    const ids = emitEvents(world.db, world.agencyA, 50);
    await vi.waitFor(() => expect(hung.received.length).toBeGreaterThan(0), waitLong);
    await vi.waitFor(() => expect(fine.eventIds()).toEqual(new Set(ids)), {
      timeout: 3_000,
      interval: 20,
    });
    // The hung lane holds at most its own few requests.
    expect(hung.received.length).toBeLessThanOrEqual(4);
    const more = emitEvents(world.db, world.agencyA, 20);
    await vi.waitFor(() => expect(fine.eventIds()).toEqual(new Set([...ids, ...more])), {
      timeout: 3_000,
      interval: 20,
    });
  });
});
