import { auditEvents, collaborations, invitations, outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { storedEvents } from '../test-support/events.js';
import { provisionTestWorld } from '../test-support/provisioning-steps.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';

/*
 * Flow 3, undoing a cancel (`invitations.restore`): within 10 minutes, by the same agency with
 * the same rights as cancelling; the invitation waits again with a new link.
 */

let world: TestWorld;
let invitationId: string;
/** The token in the first invitation e-mail, which the cancel retires. */
let firstToken: string;

const minutes = (count: number) => count / (24 * 60);

beforeEach(async () => {
  world = createTestWorld();
  const result = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: [{ service: 'eekonomi' }, { service: 'scanner' }],
  });
  invitationId = result.invitation?.id ?? '';
  firstToken = world.invitationTokens()[0] ?? '';
  await world.callerFor(world.ids.fullEmployee).invitations.cancel({ invitationId });
});

function statuses(): string[] {
  return world.db
    .select()
    .from(collaborations)
    .where(eq(collaborations.invitationId, invitationId))
    .all()
    .map((row) => row.status);
}

describe('given an invitation cancelled a moment ago', () => {
  it('puts it and its collaborations back to pending, with the expiry it had and a new link', async () => {
    world.clock.advanceDays(minutes(9));
    const restored = await world
      .callerFor(world.ids.fullEmployee)
      .invitations.restore({ invitationId });
    expect(restored).toMatchObject({
      invitationId,
      expiresAt: '2026-12-27T09:00:00.000Z',
      emailsQueued: [
        { name: 'Kim Ägare', maskedEmail: expect.stringContaining('@agarbolaget.se') },
        { name: 'Lo Ekonomi', maskedEmail: expect.stringContaining('@agarbolaget.se') },
      ],
    });
    expect(restored.collaborations.map((row) => row.status)).toEqual(['pending', 'pending']);
    expect(statuses()).toEqual(['pending', 'pending']);
    const row = world.db.select().from(invitations).where(eq(invitations.id, invitationId)).get();
    expect(row).toMatchObject({ status: 'pending', respondedAt: null, sendCount: 2 });

    // The link the cancel retired stays dead, named "replaced" to the company's admin; the
    // new e-mail's link opens the invitation, and the admin can accept it.
    expect(
      await rejectionOf(
        world.callerFor(world.ids.adminKim).invitations.accept({ token: firstToken }),
      ),
    ).toMatchObject({ code: 'CONFLICT', appCode: 'INVITATION_REPLACED' });
    const newToken = world.invitationTokens()[0] ?? '';
    expect(newToken).not.toBe(firstToken);
    expect((await world.callerFor(null).invitations.byToken({ token: newToken })).state).toBe(
      'pending',
    );
    const accepted = await world
      .callerFor(world.ids.adminKim)
      .invitations.accept({ token: newToken });
    expect(accepted.collaborations.map((row) => row.status)).toEqual(['active', 'active']);
  });

  it('writes the history and the invitation.restored event', async () => {
    // Events are recorded for an agency that an integration provisions.
    provisionTestWorld(world);
    await world.callerFor(world.ids.fullEmployee).invitations.restore({ invitationId });
    const history = world.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'invitation.restored'))
      .all();
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      actorType: 'employee',
      actorId: world.ids.fullEmployee,
      invitationId,
      before: { status: 'cancelled' },
      after: { status: 'pending' },
    });
    const last = storedEvents(world.db).at(-1);
    expect(last).toMatchObject({
      type: 'invitation.restored',
      data: { invitation: { status: 'pending', sendCount: 2 } },
    });
  });

  it('queues one e-mail per admin with the new link', async () => {
    await world.callerFor(world.ids.fullEmployee).invitations.restore({ invitationId });
    const pending = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'invitation'))
      .all()
      .filter((mail) => mail.status === 'pending');
    expect(pending.map((mail) => mail.recipient).sort()).toEqual([
      'kim@agarbolaget.se',
      'lo@agarbolaget.se',
    ]);
  });

  it('e-mails nobody for an invitation that expired meanwhile, which is restored as expired', async () => {
    const late = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'utlagg' }],
    });
    const lateId = late.invitation?.id ?? '';
    world.clock.advanceDays(30 - minutes(5));
    await world.callerFor(world.ids.fullEmployee).invitations.cancel({ invitationId: lateId });
    world.clock.advanceDays(minutes(6));
    const mailsBefore = world.db.select().from(outboxMessages).all().length;
    const restored = await world
      .callerFor(world.ids.fullEmployee)
      .invitations.restore({ invitationId: lateId });
    expect(restored.emailsQueued).toEqual([]);
    expect(world.db.select().from(outboxMessages).all()).toHaveLength(mailsBefore);
    const list = await world
      .callerFor(world.ids.fullEmployee)
      .collaborations.list({ status: ['expired'], customerId: world.ids.existingCustomer });
    expect(list.items.map((item) => item.service)).toEqual(['utlagg']);
  });

  it('cannot be restored twice', async () => {
    await world.callerFor(world.ids.fullEmployee).invitations.restore({ invitationId });
    expect(
      await rejectionOf(
        world.callerFor(world.ids.fullEmployee).invitations.restore({ invitationId }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      appCode: 'INVITATION_NOT_CANCELLED',
      params: { status: 'pending' },
    });
  });
});

describe('given the undo window', () => {
  it('refuses after 10 minutes, with a typed error, and changes nothing', async () => {
    world.clock.advanceDays(minutes(11));
    const before = rowCounts(world.db);
    expect(
      await rejectionOf(
        world.callerFor(world.ids.fullEmployee).invitations.restore({ invitationId }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      appCode: 'INVITATION_UNDO_TOO_LATE',
      params: { minutes: 10 },
    });
    expect(rowCounts(world.db)).toEqual(before);
    expect(statuses()).toEqual(['cancelled', 'cancelled']);
  });

  it('refuses an invitation that was never cancelled', async () => {
    const other = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'utlagg' }],
    });
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.fullEmployee)
          .invitations.restore({ invitationId: other.invitation?.id ?? '' }),
      ),
    ).toMatchObject({ code: 'CONFLICT', appCode: 'INVITATION_NOT_CANCELLED' });
  });
});

describe('given a collaboration that moved on since the cancel', () => {
  it('refuses when the service was invited anew meanwhile, naming it, and changes nothing', async () => {
    await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    const before = rowCounts(world.db);
    expect(
      await rejectionOf(
        world.callerFor(world.ids.fullEmployee).invitations.restore({ invitationId }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      appCode: 'INVITATION_UNDO_OUTDATED',
      params: { service: 'eEkonomi' },
    });
    expect(rowCounts(world.db)).toEqual(before);
    expect(statuses()).toEqual(['cancelled', 'cancelled']);
  });
});

describe('given someone who may not cancel', () => {
  it('refuses a standard-rights employee, another agency and a company user, changing nothing', async () => {
    const before = rowCounts(world.db);
    expect(
      await rejectionOf(
        world.callerFor(world.ids.standardEmployee).invitations.restore({ invitationId }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'FULL_RIGHTS_REQUIRED' });
    expect(
      await rejectionOf(
        world.callerFor(world.ids.otherAgencyEmployee).invitations.restore({ invitationId }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', appCode: 'INVITATION_NOT_FOUND' });
    expect(
      await rejectionOf(world.callerFor(world.ids.adminKim).invitations.restore({ invitationId })),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'EMPLOYEE_REQUIRED' });
    expect(
      await rejectionOf(world.callerFor(null).invitations.restore({ invitationId })),
    ).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(rowCounts(world.db)).toEqual(before);
    expect(statuses()).toEqual(['cancelled', 'cancelled']);
  });
});
