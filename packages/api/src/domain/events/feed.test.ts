import { eventFeedQuerySchema } from '@collab/contracts';
import { agencies, events, webhookAttempts, webhookDeliveries } from '@collab/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addWebhookEndpoint, storedDeliveries } from '../../test-support/events.js';
import {
  createIntegrationWorld,
  provisionBasics,
  refusalOf,
} from '../../test-support/integration.js';
import { putAgency } from '../integration/provision-agencies.js';
import { getEvent, listEvents } from './feed.js';
import { purgeExpiredEvents } from './purge.js';
import { recordEvent } from './record-event.js';
import { collaborationSnapshot } from './snapshots.js';

const day = 24 * 60;

/** A's basics give A four access.granted events; B gets one event of its own. */
async function world() {
  const created = createIntegrationWorld();
  const { collaborationId } = await provisionBasics(created.a);
  await putAgency(created.b, 'ag-b', { name: 'Byrå B AB', orgNumber: '556036-0793' });
  const agencyB = created.db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.integrationId, created.b.integration.id))
    .get()?.id;
  const eventOfB = created.db.transaction((transaction) =>
    recordEvent(
      transaction,
      {
        type: 'collaboration.activated',
        agencyId: agencyB ?? '',
        data: {
          collaboration: collaborationSnapshot(transaction, collaborationId, created.clock.now()),
          actor: { type: 'integration' },
        },
      },
      created.clock.now(),
    ),
  );
  return { ...created, collaborationId, eventOfB };
}

describe('the event feed', () => {
  it('lists the integration’s events oldest first, page by page after the cursor', async () => {
    const w = await world();
    const all = listEvents(w.a, {});
    expect(all.data.map((event) => `${event.type} ${event.sequence}`)).toEqual([
      'access.granted 1',
      'access.granted 2',
      'access.granted 3',
      'access.granted 4',
    ]);
    expect(all).toMatchObject({ object: 'list', hasMore: false, nextCursor: all.data[3]?.id });

    const first = listEvents(w.a, { limit: 3 });
    expect(first.data.map((event) => event.id)).toEqual(all.data.slice(0, 3).map((e) => e.id));
    expect(first.hasMore).toBe(true);
    const second = listEvents(w.a, { limit: 3, after: first.nextCursor ?? '' });
    expect(second.data.map((event) => event.id)).toEqual([all.data[3]?.id]);
    expect(second.hasMore).toBe(false);
    // An empty page keeps the place, so a poller resumes from it.
    const empty = listEvents(w.a, { after: second.nextCursor ?? '' });
    expect(empty).toMatchObject({ data: [], nextCursor: second.nextCursor, hasMore: false });
  });

  it('filters by type', async () => {
    const w = await world();
    expect(listEvents(w.a, { types: ['access.revoked'] }).data).toEqual([]);
    expect(listEvents(w.a, { types: ['access.granted', 'access.revoked'] }).data).toHaveLength(4);
  });

  it('integration B never lists or reads A’s events', async () => {
    const w = await world();
    const ofA = listEvents(w.a, {}).data;
    const ofB = listEvents(w.b, {}).data;
    expect(ofB.map((event) => event.id)).toEqual([w.eventOfB?.id]);
    expect(ofA.map((event) => event.id)).not.toContain(w.eventOfB?.id);
    const [firstOfA] = ofA;
    expect(getEvent(w.a, firstOfA?.id ?? '')).toEqual(firstOfA);
    const refusal = await refusalOf(
      Promise.resolve().then(() => getEvent(w.b, firstOfA?.id ?? '')),
    );
    expect(refusal.appCode).toBe('EVENT_NOT_FOUND');
    const unknown = await refusalOf(Promise.resolve().then(() => getEvent(w.b, 'evt_nope')));
    expect(unknown).toEqual(refusal);
  });

  it('shows only the last 30 days', async () => {
    const w = await world();
    const [first] = listEvents(w.a, {}).data;
    w.clock.advanceMinutes(30 * day);
    expect(listEvents(w.a, {}).data).toHaveLength(4);
    w.clock.advanceMinutes(1);
    expect(listEvents(w.a, {}).data).toEqual([]);
    const refusal = await refusalOf(Promise.resolve().then(() => getEvent(w.a, first?.id ?? '')));
    expect(refusal.appCode).toBe('EVENT_NOT_FOUND');
  });
});

describe('purgeExpiredEvents', () => {
  it('deletes only events older than 30 days, with their deliveries and attempts, in batches', async () => {
    const w = await world();
    const endpointId = addWebhookEndpoint(w.db, w.a.integration.id);
    w.clock.advanceMinutes(10 * day);
    // A newer event of A, with a delivery: it stays.
    const newer = w.db.transaction((transaction) =>
      recordEvent(
        transaction,
        {
          type: 'collaboration.activated',
          agencyId: agencyIdOf(w),
          data: {
            collaboration: collaborationSnapshot(transaction, w.collaborationId, w.clock.now()),
            actor: { type: 'system' },
          },
        },
        w.clock.now(),
      ),
    );
    const [delivery] = storedDeliveries(w.db);
    expect(delivery?.eventId).toBe(newer?.id);
    // The old ones get a delivery and an attempt too, as if sent before the endpoint existed.
    const old = w.db
      .select()
      .from(events)
      .all()
      .filter((event) => event.id !== newer?.id);
    for (const event of old) {
      const deliveryId = `msg_old_${event.id}`;
      w.db
        .insert(webhookDeliveries)
        .values({
          id: deliveryId,
          endpointId,
          eventId: event.id,
          status: 'delivered',
          attempts: 1,
          nextAttemptAt: event.createdAt,
          createdAt: event.createdAt,
        })
        .run();
      w.db
        .insert(webhookAttempts)
        .values({
          id: `att_${event.id}`,
          deliveryId,
          endpointId,
          attemptedAt: event.createdAt,
          durationMs: 12,
          statusCode: 200,
        })
        .run();
    }
    w.clock.advanceMinutes(20 * day);
    expect(await purgeExpiredEvents(w.db, w.clock.now())).toBe(0);
    w.clock.advanceMinutes(1);
    expect(await purgeExpiredEvents(w.db, w.clock.now(), { batchSize: 2 })).toBe(old.length);
    expect(w.db.select({ id: events.id }).from(events).all()).toEqual([{ id: newer?.id }]);
    expect(storedDeliveries(w.db).map((row) => row.id)).toEqual([delivery?.id]);
    expect(w.db.select().from(webhookAttempts).all()).toEqual([]);
  });
});

function agencyIdOf(w: Awaited<ReturnType<typeof world>>): string {
  return (
    w.db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.integrationId, w.a.integration.id))
      .get()?.id ?? ''
  );
}

describe('the feed query schema', () => {
  it('takes types as a comma-separated list, bounds the limit, and refuses a foreign cursor', () => {
    expect(eventFeedQuerySchema.parse({ types: 'access.granted, access.revoked' })).toEqual({
      types: ['access.granted', 'access.revoked'],
      limit: 100,
    });
    expect(eventFeedQuerySchema.parse({ limit: '500' }).limit).toBe(500);
    expect(eventFeedQuerySchema.safeParse({ limit: '501' }).success).toBe(false);
    expect(eventFeedQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(eventFeedQuerySchema.safeParse({ types: 'task.participants_changed' }).success).toBe(
      false,
    );
    const cursor = eventFeedQuerySchema.safeParse({ after: 'bm9wZQ' });
    expect(cursor.error?.issues[0]?.message).toBe('INVALID_CURSOR');
  });
});
