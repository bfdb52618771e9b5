import { agencies, collaborations, events, webhookDeliveries } from '@collab/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addWebhookEndpoint, storedDeliveries, storedEvents } from '../../test-support/events.js';
import { createIntegrationWorld, provisionBasics } from '../../test-support/integration.js';
import { putAgency } from '../integration/provision-agencies.js';
import { recordEvent } from './record-event.js';
import { collaborationSnapshot } from './snapshots.js';

async function world() {
  const created = createIntegrationWorld();
  const { collaborationId } = await provisionBasics(created.a);
  await putAgency(created.b, 'ag-b', { name: 'Byrå B AB', orgNumber: '556036-0793' });
  const agencyOf = (integrationId: string) => {
    const agency = created.db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.integrationId, integrationId))
      .get();
    if (!agency) throw new Error('no agency');
    return agency.id;
  };
  return { ...created, collaborationId, agencyA: agencyOf(created.a.integration.id) };
}

type World = Awaited<ReturnType<typeof world>>;

function activated(w: World) {
  return w.db.transaction((transaction) =>
    recordEvent(
      transaction,
      {
        type: 'collaboration.activated',
        agencyId: w.agencyA,
        collaborationId: w.collaborationId,
        data: {
          collaboration: collaborationSnapshot(transaction, w.collaborationId, w.clock.now()),
          actor: { type: 'integration' },
        },
      },
      w.clock.now(),
    ),
  );
}

describe('recordEvent', () => {
  it('writes the envelope with the external agency id and the next sequence of the collaboration', async () => {
    const w = await world();
    const before = storedEvents(w.db, w.a.integration.id);
    const event = activated(w);
    expect(event).toMatchObject({
      type: 'collaboration.activated',
      integrationId: w.a.integration.id,
      agencyId: 'ag-1',
      timestamp: '2026-12-03T09:00:00.000Z',
      sequence: before.length + 1,
    });
    expect(event?.id).toMatch(/^evt_[0-9a-f-]{36}$/);
    expect(storedEvents(w.db, w.a.integration.id).at(-1)).toEqual(event);
  });

  it('fans out to the enabled endpoints of the integration that want the type, and no others', async () => {
    const w = await world();
    const all = addWebhookEndpoint(w.db, w.a.integration.id);
    const wanting = addWebhookEndpoint(w.db, w.a.integration.id, {
      eventTypes: ['access.revoked', 'collaboration.activated'],
    });
    addWebhookEndpoint(w.db, w.a.integration.id, { eventTypes: ['access.granted'] });
    addWebhookEndpoint(w.db, w.a.integration.id, { status: 'disabled' });
    addWebhookEndpoint(w.db, w.b.integration.id);
    const event = activated(w);
    const deliveries = storedDeliveries(w.db);
    expect(deliveries.map((delivery) => delivery.endpointId).sort()).toEqual([all, wanting].sort());
    for (const delivery of deliveries) {
      expect(delivery).toMatchObject({
        eventId: event?.id,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: w.clock.now(),
        leasedUntil: null,
      });
      expect(delivery.id).toMatch(/^msg_/);
    }
  });

  it('refuses data that does not fit the schema, and the change rolls back with it', async () => {
    const w = await world();
    addWebhookEndpoint(w.db, w.a.integration.id);
    const eventsBefore = w.db.select().from(events).all().length;
    expect(() =>
      w.db.transaction((transaction) => {
        transaction
          .update(collaborations)
          .set({ version: 99 })
          .where(eq(collaborations.id, w.collaborationId))
          .run();
        recordEvent(
          transaction,
          {
            type: 'collaboration.ended',
            agencyId: w.agencyA,
            collaborationId: w.collaborationId,
            // @ts-expect-error: what a receiver could not parse never gets written
            data: { collaboration: { collabId: w.collaborationId }, actor: { type: 'system' } },
          },
          w.clock.now(),
        );
      }),
    ).toThrow(/does not fit its schema/);
    expect(w.db.select().from(events).all()).toHaveLength(eventsBefore);
    expect(w.db.select().from(webhookDeliveries).all()).toHaveLength(0);
    const row = w.db
      .select({ version: collaborations.version })
      .from(collaborations)
      .where(eq(collaborations.id, w.collaborationId))
      .get();
    expect(row?.version).toBe(1);
  });

  it('writes nothing for an agency that no integration provisions', async () => {
    const w = await world();
    w.db.update(agencies).set({ integrationId: null }).where(eq(agencies.id, w.agencyA)).run();
    const eventsBefore = w.db.select().from(events).all().length;
    expect(activated(w)).toBeNull();
    expect(w.db.select().from(events).all()).toHaveLength(eventsBefore);
  });

  it('numbers events without a collaboration null', async () => {
    const w = await world();
    const event = w.db.transaction((transaction) =>
      recordEvent(
        transaction,
        {
          type: 'collaboration.activated',
          agencyId: w.agencyA,
          data: {
            collaboration: collaborationSnapshot(transaction, w.collaborationId, w.clock.now()),
            actor: { type: 'system' },
          },
        },
        w.clock.now(),
      ),
    );
    expect(event?.sequence).toBeNull();
  });
});
