import { accessGrants, auditEvents, collaborations, outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
/** eEkonomi, Scanner and Ekonomiöversikt, accepted by Ägarbolaget's admin. */
let active: Record<'eekonomi' | 'scanner' | 'ekonomioversikt', string>;

beforeEach(async () => {
  world = createTestWorld();
  const activation = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: [{ service: 'eekonomi' }, { service: 'scanner' }, { service: 'ekonomioversikt' }],
  });
  await world
    .callerFor(world.ids.adminKim)
    .invitations.accept({ token: world.invitationTokens()[0] ?? '' });
  const idOf = (service: string) =>
    activation.services.find((entry) => entry.service === service)?.collaborationId ?? '';
  active = {
    eekonomi: idOf('eekonomi'),
    scanner: idOf('scanner'),
    ekonomioversikt: idOf('ekonomioversikt'),
  };
});

describe('given a full-rights employee', () => {
  it('ends a collaboration: the staff lose access, the history stays, the company’s admins are told', async () => {
    const grantsBefore = world.db
      .select()
      .from(accessGrants)
      .where(eq(accessGrants.collaborationId, active.scanner))
      .all();
    expect(grantsBefore.length).toBeGreaterThan(0);
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.end({
      collaborationId: active.scanner,
      reason: 'Kunden skannar inte längre.',
    });
    expect(result).toMatchObject({ status: 'ended', endedAt: '2026-11-27T09:00:00.000Z' });
    expect(
      world.db
        .select()
        .from(accessGrants)
        .where(eq(accessGrants.collaborationId, active.scanner))
        .all(),
    ).toEqual([]);
    const row = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, active.scanner))
      .get();
    expect(row).toMatchObject({ status: 'ended', endReason: 'Kunden skannar inte längre.' });
    const history = world.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.collaborationId, active.scanner))
      .all();
    expect(history.map((event) => event.action)).toEqual([
      'collaboration.invited',
      'invitation.accepted',
      'collaboration.ended',
    ]);
    const notices = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'collaboration_ended'))
      .all();
    expect(notices.map((notice) => notice.recipient).sort()).toEqual([
      'kim@agarbolaget.se',
      'lo@agarbolaget.se',
    ]);
  });

  it('refuses to end eEkonomi while Scanner and Ekonomiöversikt are in use, naming them', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      caller.collaborations.end({ collaborationId: active.eekonomi }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      appCode: 'ENDING_BLOCKED_BY_DEPENDENTS',
      params: { service: 'eEkonomi' },
    });
    expect(String(refusal.params.dependents).split(', ').sort()).toEqual([
      'Ekonomiöversikt',
      'Scanner',
    ]);
    expect(rowCounts(world.db)).toEqual(before);
    await caller.collaborations.end({ collaborationId: active.scanner });
    await caller.collaborations.end({ collaborationId: active.ekonomioversikt });
    const ended = await caller.collaborations.end({ collaborationId: active.eekonomi });
    expect(ended.status).toBe('ended');
  });

  it('cannot end the same collaboration twice', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    await caller.collaborations.end({ collaborationId: active.scanner });
    expect(
      await rejectionOf(caller.collaborations.end({ collaborationId: active.scanner })),
    ).toMatchObject({
      code: 'CONFLICT',
      appCode: 'COLLABORATION_NOT_ACTIVE',
      params: { status: 'ended' },
    });
  });
});

describe('given Utlägg, whose data is deleted when it ends', () => {
  it('needs an explicit confirmation', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const activation = await caller.collaborations.activate({
      customerId: world.ids.newCustomer,
      taskId: world.ids.newCustomerTask,
      services: [{ service: 'utlagg' }],
    });
    const collaborationId = activation.services[0]?.collaborationId ?? '';
    expect(await rejectionOf(caller.collaborations.end({ collaborationId }))).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'DATA_DELETION_NOT_CONFIRMED',
      params: { service: 'Utlägg' },
    });
    expect(
      await rejectionOf(caller.collaborations.end({ collaborationId, confirmDataDeletion: false })),
    ).toMatchObject({
      appCode: 'DATA_DELETION_NOT_CONFIRMED',
    });
    expect(
      (await caller.collaborations.end({ collaborationId, confirmDataDeletion: true })).status,
    ).toBe('ended');
  });
});

describe('given the company’s admin', () => {
  it('ends a collaboration, and the task owner and the inviting employee are told', async () => {
    await world
      .callerFor(world.ids.adminLo)
      .collaborations.end({ collaborationId: active.scanner });
    const notices = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'collaboration_ended'))
      .all();
    expect(notices.map((notice) => notice.recipient).sort()).toEqual([
      'frida.full@byra.se',
      'sven.standard@byra.se',
    ]);
  });
});

describe('given someone who may not end it', () => {
  it('refuses a standard employee', async () => {
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.standardEmployee)
          .collaborations.end({ collaborationId: active.scanner }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'FULL_RIGHTS_REQUIRED' });
  });

  it('refuses a user of the company who is not an admin', async () => {
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.plainUser)
          .collaborations.end({ collaborationId: active.scanner }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'ACCOUNT_ADMIN_REQUIRED' });
  });

  it('refuses an admin of another company as if it did not exist', async () => {
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.otherCompanyAdmin)
          .collaborations.end({ collaborationId: active.scanner }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', appCode: 'COLLABORATION_NOT_FOUND' });
  });

  it('refuses another agency as if it did not exist', async () => {
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.otherAgencyEmployee)
          .collaborations.end({ collaborationId: active.scanner }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', appCode: 'COLLABORATION_NOT_FOUND' });
  });
});

describe('given an ended collaboration', () => {
  it('stays ended with its history when the service is activated again, as a new collaboration', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    await caller.collaborations.end({ collaborationId: active.scanner });
    const again = await caller.collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'scanner' }],
    });
    const newId = again.services[0]?.collaborationId;
    expect(newId).not.toBe(active.scanner);
    const old = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, active.scanner))
      .get();
    expect(old?.status).toBe('ended');
    const history = await caller.audit.list({ collaborationId: active.scanner });
    expect(history.items.map((entry) => entry.action)).toEqual([
      'collaboration.ended',
      'invitation.accepted',
      'collaboration.invited',
    ]);
  });
});
