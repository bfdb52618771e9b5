import { accessGrants, auditEvents, collaborations, transact } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../test-support/world.js';
import { changeCollaboration } from './collaboration-change.js';

let world: TestWorld;
let collaborationId: string;

/** An active eEkonomi for Nykund AB on the task with two participants. */
beforeEach(async () => {
  world = createTestWorld();
  const activation = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.newCustomer,
    taskId: world.ids.newCustomerTask,
    services: [{ service: 'eekonomi' }],
  });
  collaborationId = activation.services[0]?.collaborationId ?? '';
});

function current() {
  const row = world.db
    .select()
    .from(collaborations)
    .where(eq(collaborations.id, collaborationId))
    .get();
  if (!row) throw new Error('no collaboration');
  return row;
}

function grantIds(): string[] {
  return world.db
    .select()
    .from(accessGrants)
    .where(eq(accessGrants.collaborationId, collaborationId))
    .all()
    .map((grant) => grant.id)
    .sort();
}

function change(set: Parameters<typeof changeCollaboration>[1]['set']) {
  return transact(world.db, (transaction) =>
    changeCollaboration(
      transaction,
      {
        collaboration: current(),
        set,
        actor: null,
        action: 'collaboration.updated',
        before: { before: true },
        after: { after: true },
      },
      world.clock.now(),
    ),
  );
}

describe('given a change to a collaboration', () => {
  it('writes the values with the next version and records the audit event', async () => {
    const auditsBefore = world.db.select().from(auditEvents).all().length;
    const { version } = await change({ options: { variant: 'pro' } });
    expect(version).toBe(2);
    expect(current()).toMatchObject({ version: 2, options: { variant: 'pro' } });
    const audits = world.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.collaborationId, collaborationId))
      .all();
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)).toMatchObject({
      action: 'collaboration.updated',
      actorType: 'system',
      before: { before: true },
      after: { after: true },
    });
  });

  it('leaves the grants alone when nothing they depend on moved', async () => {
    const before = grantIds();
    await change({ options: { variant: 'pro' } });
    expect(grantIds()).toEqual(before);
  });

  it('derives the grants again when the status moves', async () => {
    expect(grantIds()).not.toEqual([]);
    await change({ status: 'ended', endedAt: world.clock.now() });
    expect(grantIds()).toEqual([]);
  });
});
