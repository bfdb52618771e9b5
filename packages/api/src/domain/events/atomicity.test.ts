import { agencies } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../../test-support/errors.js';
import { addWebhookEndpoint, storedDeliveries, storedEvents } from '../../test-support/events.js';
import { provisionTestWorld } from '../../test-support/provisioning-steps.js';
import { createTestWorld, rowCounts, type TestWorld } from '../../test-support/world.js';

/*
 * An event can never exist without its change, and a change never lacks its event: both are
 * written in one transaction (docs/events.md), so a failure anywhere in the change, before
 * or after the event's insert, leaves neither the event nor its deliveries.
 */

let world: TestWorld;
let endpointId: string;

beforeEach(() => {
  world = createTestWorld();
  const integration = provisionTestWorld(world);
  endpointId = addWebhookEndpoint(world.db, integration.integration.id);
});

function activateNewCustomer(idempotencyKey?: string) {
  return world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.newCustomer,
    taskId: world.ids.newCustomerTask,
    services: [{ service: 'eekonomi' }],
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
}

/** Makes every insert into `table` fail, as a crash late in a change would. */
function failInsertsInto(table: string): void {
  world.db.$client.exec(
    `create trigger fail_${table} before insert on ${table} begin select raise(abort, 'injected failure'); end;`,
  );
}

describe('a change and its events', () => {
  it('a successful change has its events, each with a delivery for the endpoint', async () => {
    await activateNewCustomer();
    const events = storedEvents(world.db);
    expect(events.map((event) => event.type)).toContain('collaboration.activated');
    expect(
      storedDeliveries(world.db).map((delivery) => [delivery.eventId, delivery.endpointId]),
    ).toEqual(events.map((event) => [event.id, endpointId]));
  });

  it('a refused activation leaves no event and no delivery', async () => {
    await activateNewCustomer();
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(activateNewCustomer());
    expect(refusal.appCode).toBe('COLLABORATION_EXISTS');
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('a failure after the events were written takes them back with the change', async () => {
    const before = rowCounts(world.db);
    // The idempotency record is the activation's last write, after its events.
    failInsertsInto('idempotency_record');
    await expect(activateNewCustomer('key-1')).rejects.toThrow();
    expect(rowCounts(world.db)).toEqual(before);
    expect(before.event).toBe(0);
  });

  it('an accept whose e-mails cannot be queued leaves no activation and no event', async () => {
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    const before = rowCounts(world.db);
    // The accept notices are queued after the collaborations' and the invitation's events.
    failInsertsInto('outbox_message');
    await expect(
      world
        .callerFor(world.ids.adminKim)
        .invitations.accept({ invitationId: result.invitation?.id ?? '' }),
    ).rejects.toThrow();
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('an agency no integration provisions gets no events, and its changes still happen', async () => {
    world.db
      .update(agencies)
      .set({ integrationId: null })
      .where(eq(agencies.id, world.ids.agencyA))
      .run();
    const result = await activateNewCustomer();
    expect(result.flow).toBe('activated');
    expect(storedEvents(world.db)).toEqual([]);
    expect(storedDeliveries(world.db)).toEqual([]);
  });
});
