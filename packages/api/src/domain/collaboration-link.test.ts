import { accessGrants, collaborations } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
let unlinkedId: string;

/** An active collaboration from the old system, for Ägarbolaget, with no service or task. */
beforeEach(() => {
  world = createTestWorld();
  unlinkedId = crypto.randomUUID();
  const at = world.clock.now();
  world.db
    .insert(collaborations)
    .values({
      id: unlinkedId,
      agencyId: world.ids.agencyA,
      customerId: world.ids.existingCustomer,
      accountId: world.ids.existingAccount,
      service: null,
      taskId: null,
      legacyServiceName: 'Byråstöd Bokföring',
      options: {},
      status: 'active',
      activatedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .run();
});

describe('given an unlinked collaboration', () => {
  it('grants nothing until it is linked, then grants as any active collaboration', async () => {
    expect(world.db.select().from(accessGrants).all()).toEqual([]);
    const linked = await world.callerFor(world.ids.fullEmployee).collaborations.link({
      collaborationId: unlinkedId,
      taskId: world.ids.existingCustomerTask,
      selection: { service: 'eekonomi', options: { variant: 'bokforing' } },
    });
    expect(linked).toMatchObject({
      linked: true,
      service: 'eekonomi',
      status: 'active',
      legacyServiceName: 'Byråstöd Bokföring',
      options: { variant: 'bokforing', invoiceRecipient: 'customer' },
      task: { id: world.ids.existingCustomerTask },
    });
    const grants = world.db
      .select()
      .from(accessGrants)
      .where(eq(accessGrants.collaborationId, unlinkedId))
      .all();
    expect(grants.map((grant) => grant.subjectId).sort()).toEqual(
      [world.ids.participantOne, world.ids.adminKim, world.ids.adminLo].sort(),
    );
    expect(
      (await world.callerFor(world.ids.fullEmployee).collaborations.list({ linked: false })).items,
    ).toEqual([]);
  });

  it('cannot be linked twice', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = {
      collaborationId: unlinkedId,
      taskId: world.ids.existingCustomerTask,
      selection: { service: 'utlagg' as const },
    };
    await caller.collaborations.link(input);
    expect(await rejectionOf(caller.collaborations.link(input))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'COLLABORATION_ALREADY_LINKED',
    });
  });

  it('cannot take a service that is already active for the customer', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const activation = await caller.collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'utlagg' }],
    });
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      caller.collaborations.link({
        collaborationId: unlinkedId,
        taskId: world.ids.existingCustomerTask,
        selection: { service: 'utlagg' },
      }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      appCode: 'COLLABORATION_EXISTS',
      params: { collaborationId: activation.services[0]?.collaborationId },
    });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('cannot become Scanner without an active eEkonomi', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.link({
        collaborationId: unlinkedId,
        taskId: world.ids.existingCustomerTask,
        selection: { service: 'scanner' },
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'SERVICE_REQUIRES' });
  });

  it('needs a task of the same customer and full rights', async () => {
    expect(
      await rejectionOf(
        world.callerFor(world.ids.fullEmployee).collaborations.link({
          collaborationId: unlinkedId,
          taskId: world.ids.newCustomerTask,
          selection: { service: 'utlagg' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', appCode: 'TASK_NOT_FOR_CUSTOMER' });
    expect(
      await rejectionOf(
        world.callerFor(world.ids.standardEmployee).collaborations.link({
          collaborationId: unlinkedId,
          taskId: world.ids.existingCustomerTask,
          selection: { service: 'utlagg' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'FULL_RIGHTS_REQUIRED' });
  });
});
