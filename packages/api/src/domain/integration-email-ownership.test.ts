import { agencies, customerAccounts, outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../test-support/world.js';
import { createIntegration } from './integration/keys.js';

/**
 * E-mails carry the agency they are about, so that the worker sends their links to that
 * agency's integration's pages; an account an activation opens belongs to the agency's
 * integration (docs/integration-api.md).
 */
let world: TestWorld;
let integrationId: string;
beforeEach(() => {
  world = createTestWorld();
  integrationId = createIntegration(world.db, { name: 'Smarta Byrån' }, new Date()).id;
  world.db.update(agencies).set({ integrationId }).where(eq(agencies.id, world.ids.agencyA)).run();
});

describe('given an agency that an integration owns', () => {
  it('gives the account an activation opens to that integration, and the sign-in e-mail the agency', async () => {
    const { ids, db } = world;
    await world.callerFor(ids.fullEmployee).collaborations.activate({
      customerId: ids.newCustomer,
      taskId: ids.newCustomerTask,
      services: [{ service: 'eekonomi', options: { variant: 'pro' } }],
    });
    const account = db
      .select()
      .from(customerAccounts)
      .where(eq(customerAccounts.orgNumber, '5566778899'))
      .get();
    expect(account?.integrationId).toBe(integrationId);
    const messages = db.select().from(outboxMessages).all();
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.map((message) => message.agencyId)).toEqual(messages.map(() => ids.agencyA));
  });

  it('queues the invitation e-mails with the agency', async () => {
    const { ids, db } = world;
    await world.callerFor(ids.fullEmployee).collaborations.activate({
      customerId: ids.existingCustomer,
      taskId: ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    const invitationsQueued = db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'invitation'))
      .all();
    expect(invitationsQueued.length).toBeGreaterThan(0);
    for (const message of invitationsQueued) expect(message.agencyId).toBe(ids.agencyA);
  });
});
