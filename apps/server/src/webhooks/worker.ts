import {
  type AttemptResult,
  type ClaimedDelivery,
  type Clock,
  claimDeliveries,
  type DeliveryTarget,
  defaultDisableAfterMs,
  disableFailingEndpoint,
  recordAttempts,
  releaseDeliveries,
  retryDelaysMs,
  type SecretBox,
  type WebhookUrlPolicy,
} from '@collab/api';
import type { Database } from '@collab/db';
import type { MailLogger } from '../mail/index.js';
import { abortedByShutdown, createSender } from './sender.js';
import { createSigner } from './signing.js';

/*
 * The webhook delivery worker (docs/webhooks.md, "Delivery"). Each endpoint is its own lane
 * with at most `perEndpointConcurrency` POSTs in flight, under a global cap: a slow or dead
 * endpoint fills only its own lane, never the others'. Deliveries are leased in the database
 * before they are sent (delivery-queue.ts), so two workers never send one attempt at once,
 * and one that dies mid-send is retried by whoever finds the lease expired. Results are
 * written in batches, one transaction for many attempts.
 */

export interface WebhookWorkerOptions {
  db: Database;
  secrets: SecretBox;
  clock: Clock;
  logger: MailLogger;
  urlPolicy: WebhookUrlPolicy;
  pollIntervalMs?: number;
  leaseMs?: number;
  perEndpointConcurrency?: number;
  globalConcurrency?: number;
  timeoutMs?: number;
  /** The waits between attempts; tests pass short ones. */
  retryDelaysMs?: readonly number[];
  disableAfterMs?: number;
  /** On stop, how long POSTs in flight may finish before they are cut off and given back. */
  stopGraceMs?: number;
}

export interface WebhookWorker {
  start(): void;
  /** Stops claiming, gives back leases not yet sent, waits for the POSTs in flight. */
  stop(): Promise<void>;
  /** Claims what is due now (tests and the benchmark drive it). */
  poke(): void;
}

interface Lane {
  target: DeliveryTarget;
  queue: ClaimedDelivery[];
  inFlight: number;
}

export function createWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { db, clock, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const leaseMs = options.leaseMs ?? 60_000;
  const perEndpoint = options.perEndpointConcurrency ?? 4;
  const globalCap = options.globalConcurrency ?? 256;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const schedule = options.retryDelaysMs ?? retryDelaysMs;
  const disableAfterMs = options.disableAfterMs ?? defaultDisableAfterMs;
  // Claimed ahead per lane, so a fast endpoint never waits for the next poll.
  const prefetch = perEndpoint * 16;
  const stopGraceMs = options.stopGraceMs ?? 5_000;
  /** Cut off by stop: their leases are given back instead of an attempt being recorded. */
  const cutOff: ClaimedDelivery[] = [];
  const sender = createSender({ policy: options.urlPolicy, timeoutMs });
  const headersFor = createSigner(options.secrets);

  const lanes = new Map<string, Lane>();
  const inFlight = new Set<Promise<void>>();
  let results: AttemptResult[] = [];
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let tickQueued = false;
  let flushQueued = false;

  const held = () => [...lanes.values()].reduce((sum, lane) => sum + lane.queue.length, 0);

  function tick(): void {
    tickQueued = false;
    if (!running) return;
    let budget = globalCap * 4 - held() - inFlight.size;
    if (budget <= 0) return;
    let claimed: ReturnType<typeof claimDeliveries>;
    try {
      claimed = claimDeliveries(db, {
        now: clock.now().getTime(),
        leaseMs,
        capacity: (endpointId) => {
          const lane = lanes.get(endpointId);
          const room = Math.min(prefetch - (lane ? lane.queue.length + lane.inFlight : 0), budget);
          budget -= Math.max(room, 0);
          return room;
        },
      });
    } catch (error) {
      logger.error({ err: error }, 'webhook claim failed');
      return;
    }
    for (const target of claimed.endpoints) {
      const lane = lanes.get(target.id);
      if (lane) lane.target = target;
      else lanes.set(target.id, { target, queue: [], inFlight: 0 });
    }
    for (const delivery of claimed.deliveries) lanes.get(delivery.endpointId)?.queue.push(delivery);
    pumpAll();
  }

  function requestTick(): void {
    if (tickQueued || !running) return;
    tickQueued = true;
    setImmediate(tick);
  }

  function pumpAll(): void {
    for (const lane of lanes.values()) pump(lane);
  }

  function pump(lane: Lane): void {
    while (running && lane.inFlight < perEndpoint && inFlight.size < globalCap) {
      const delivery = lane.queue.shift();
      if (!delivery) break;
      // Queued past half its lease: leave it to whoever claims it next, never send it twice.
      if (delivery.leasedUntil - clock.now().getTime() < leaseMs / 2) continue;
      lane.inFlight += 1;
      const job = attempt(lane, delivery).finally(() => {
        lane.inFlight -= 1;
        inFlight.delete(job);
        if (lane.queue.length < prefetch / 2) requestTick();
        pump(lane);
        if (inFlight.size < globalCap) pumpAll();
      });
      inFlight.add(job);
    }
  }

  async function attempt(lane: Lane, delivery: ClaimedDelivery): Promise<void> {
    const attemptedAt = clock.now();
    const { target } = lane;
    let outcome: Awaited<ReturnType<typeof sender.send>>;
    try {
      outcome = await sender.send(
        target.url,
        headersFor(target, delivery.id, delivery.body, attemptedAt),
        delivery.body,
      );
    } catch (error) {
      outcome = { statusCode: null, error: String(error), responseBody: null, durationMs: 0 };
    }
    if (outcome.error === abortedByShutdown) {
      cutOff.push(delivery);
      return;
    }
    results.push({
      deliveryId: delivery.id,
      endpointId: delivery.endpointId,
      attemptedAt: attemptedAt.getTime(),
      ...outcome,
    });
    if (outcome.statusCode === null || outcome.statusCode < 200 || outcome.statusCode >= 300) {
      // The endpoint's id and the webhook-id only: URLs may carry a host's own tokens.
      logger.info(
        { endpointId: delivery.endpointId, webhookId: delivery.id, status: outcome.statusCode },
        'webhook attempt failed',
      );
    }
    if (!flushQueued) {
      flushQueued = true;
      setImmediate(flush);
    }
  }

  function flush(): void {
    flushQueued = false;
    if (results.length === 0) return;
    const batch = results;
    results = [];
    const now = clock.now();
    try {
      const failing = recordAttempts(db, batch, {
        schedule,
        disableBefore: now.getTime() - disableAfterMs,
      });
      for (const endpointId of failing) {
        if (!disableFailingEndpoint(db, endpointId, now)) continue;
        logger.warn({ endpointId }, 'webhook endpoint disabled after days of failures');
        const lane = lanes.get(endpointId);
        if (lane) {
          releaseDeliveries(db, lane.queue);
          lanes.delete(endpointId);
        }
      }
    } catch (error) {
      // Unrecorded attempts are sent again once their leases expire: late, never lost.
      logger.error({ err: error, attempts: batch.length }, 'webhook results not recorded');
    }
  }

  function loop(): void {
    tick();
    timer = setTimeout(loop, pollIntervalMs);
    timer.unref();
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop();
    },
    poke: requestTick,
    async stop() {
      if (!running) return;
      running = false;
      if (timer) clearTimeout(timer);
      const unsent = [...lanes.values()].flatMap((lane) => lane.queue.splice(0));
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => {
          grace = setTimeout(resolve, stopGraceMs);
        }),
      ]);
      clearTimeout(grace);
      sender.close();
      await Promise.allSettled([...inFlight]);
      flush();
      try {
        releaseDeliveries(db, [...unsent, ...cutOff]);
      } catch (error) {
        logger.error({ err: error }, 'webhook leases not released');
      }
    },
  };
}
