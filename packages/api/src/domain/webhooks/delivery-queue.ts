import type { Database } from '@collab/db';
import { sequentialId } from '../sequential-id.js';
import { nextDelay } from './schedule.js';

/*
 * The store side of the webhook worker (apps/server/src/webhooks/; docs/webhooks.md). Plain
 * prepared statements on better-sqlite3, not the query builder: this runs for every attempt
 * and the goal is over 1,000 deliveries a second on one process (bench:webhooks).
 */

export interface DeliveryTarget {
  id: string;
  integrationId: string;
  url: string;
  sealedSecret: string;
  previousSealedSecret: string | null;
  previousSecretExpiresAt: number | null;
}

export interface ClaimedDelivery {
  /** The `webhook-id`: the same on every attempt of this delivery. */
  id: string;
  endpointId: string;
  eventId: string;
  attempts: number;
  /** The event envelope as stored: the body, byte for byte on every attempt. */
  body: string;
  leasedUntil: number;
}

export interface AttemptResult {
  deliveryId: string;
  endpointId: string;
  attemptedAt: number;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseBody: string | null;
}

function statements(db: Database) {
  const client = db.$client;
  return {
    dueEndpoints: client.prepare<[number, number]>(
      `select e.id, e.integration_id as integrationId, e.url, e.sealed_secret as sealedSecret,
         e.previous_sealed_secret as previousSealedSecret,
         e.previous_secret_expires_at as previousSecretExpiresAt
       from webhook_endpoint e
       where e.status = 'enabled' and exists (
         select 1 from webhook_delivery d
         where d.endpoint_id = e.id and d.status = 'pending' and d.next_attempt_at <= ?
           and (d.leased_until is null or d.leased_until < ?))`,
    ),
    dueOf: client.prepare<[string, number, number, number]>(
      `select d.id, d.endpoint_id as endpointId, d.event_id as eventId, d.attempts,
         ev.payload as body
       from webhook_delivery d join event ev on ev.id = d.event_id
       where d.endpoint_id = ? and d.status = 'pending' and d.next_attempt_at <= ?
         and (d.leased_until is null or d.leased_until < ?)
       order by d.next_attempt_at, d.id limit ?`,
    ),
    // The lease: taken only if still free, so two workers never hold one delivery at once.
    lease: client.prepare<[number, string, number]>(
      `update webhook_delivery set leased_until = ?
       where id = ? and status = 'pending' and (leased_until is null or leased_until < ?)`,
    ),
    release: client.prepare<[string, number]>(
      `update webhook_delivery set leased_until = null where id = ? and leased_until = ?`,
    ),
    exists: client.prepare<[string]>(`select status from webhook_delivery where id = ?`),
    attempt: client.prepare<
      [string, string, string, number, number, number | null, string | null, string | null]
    >(
      `insert into webhook_attempt (id, delivery_id, endpoint_id, attempted_at, duration_ms,
         status_code, error, response_body) values (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    delivered: client.prepare<[number, string]>(
      `update webhook_delivery set status = 'delivered', attempts = attempts + 1,
         delivered_at = ?, leased_until = null where id = ?`,
    ),
    retry: client.prepare<[number, string]>(
      `update webhook_delivery set attempts = attempts + 1, next_attempt_at = ?,
         leased_until = null where id = ?`,
    ),
    failed: client.prepare<[string]>(
      `update webhook_delivery set status = 'failed', attempts = attempts + 1,
         leased_until = null where id = ?`,
    ),
    attemptsOf: client.prepare<[string]>(`select attempts from webhook_delivery where id = ?`),
    healthy: client.prepare<[string]>(
      `update webhook_endpoint set failing_since = null where id = ? and failing_since is not null`,
    ),
    failing: client.prepare<[number, string]>(
      `update webhook_endpoint set failing_since = coalesce(failing_since, ?) where id = ?
       returning status, failing_since as failingSince`,
    ),
  };
}
type Statements = ReturnType<typeof statements>;
const cache = new WeakMap<Database, Statements>();
function prepared(db: Database): Statements {
  let found = cache.get(db);
  if (!found) {
    found = statements(db);
    cache.set(db, found);
  }
  return found;
}

/**
 * Leases due deliveries, at most `capacity(endpoint)` per endpoint, each endpoint its own
 * lane: a hung endpoint's backlog never fills the batch of the others. One immediate
 * transaction, so another process claiming at the same moment waits and then sees the leases.
 */
export function claimDeliveries(
  db: Database,
  options: { now: number; leaseMs: number; capacity: (endpointId: string) => number },
): { endpoints: DeliveryTarget[]; deliveries: ClaimedDelivery[] } {
  const s = prepared(db);
  const { now } = options;
  const leasedUntil = now + options.leaseMs;
  return db.$client
    .transaction(() => {
      const endpoints = s.dueEndpoints.all(now, now) as DeliveryTarget[];
      const deliveries: ClaimedDelivery[] = [];
      for (const endpoint of endpoints) {
        const room = options.capacity(endpoint.id);
        if (room <= 0) continue;
        const due = s.dueOf.all(endpoint.id, now, now, room) as Omit<
          ClaimedDelivery,
          'leasedUntil'
        >[];
        for (const delivery of due) {
          if (s.lease.run(leasedUntil, delivery.id, now).changes === 1) {
            deliveries.push({ ...delivery, leasedUntil });
          }
        }
      }
      return { endpoints, deliveries };
    })
    .immediate();
}

/** Gives back leases not used (a stopping worker), so another worker takes them at once. */
export function releaseDeliveries(db: Database, deliveries: ClaimedDelivery[]): void {
  const s = prepared(db);
  db.$client
    .transaction(() => {
      for (const delivery of deliveries) s.release.run(delivery.id, delivery.leasedUntil);
    })
    .immediate();
}

/**
 * Writes a batch of attempts in one transaction: the attempt row, the delivery's next state
 * (delivered; pending with the next time of the schedule; failed when none is left) and the
 * endpoint's run of failures. Resolves to the endpoints whose failures began before
 * `disableBefore` and just failed again: the caller disables them (`disableFailingEndpoint`).
 */
export function recordAttempts(
  db: Database,
  results: AttemptResult[],
  options: { schedule: readonly number[]; disableBefore: number },
): string[] {
  const s = prepared(db);
  return db.$client
    .transaction(() => {
      const toDisable = new Set<string>();
      for (const result of results) {
        // Deleted with its endpoint while in flight, or already settled by a resend: skip.
        if (!s.exists.get(result.deliveryId)) continue;
        s.attempt.run(
          `wha_${sequentialId()}`,
          result.deliveryId,
          result.endpointId,
          result.attemptedAt,
          result.durationMs,
          result.statusCode,
          result.error,
          result.responseBody,
        );
        const ok =
          result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
        if (ok) {
          s.delivered.run(result.attemptedAt, result.deliveryId);
          s.healthy.run(result.endpointId);
          continue;
        }
        const made =
          ((s.attemptsOf.get(result.deliveryId) as { attempts: number }).attempts ?? 0) + 1;
        const delay = nextDelay(made, options.schedule);
        if (delay === null) s.failed.run(result.deliveryId);
        else s.retry.run(result.attemptedAt + delay, result.deliveryId);
        const endpoint = s.failing.get(result.attemptedAt, result.endpointId) as
          | { status: string; failingSince: number }
          | undefined;
        if (endpoint?.status === 'enabled' && endpoint.failingSince <= options.disableBefore) {
          toDisable.add(result.endpointId);
        }
      }
      return [...toDisable];
    })
    .immediate();
}
