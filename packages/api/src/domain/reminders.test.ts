import { accountUsers, outboxMessages } from '@collab/db';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { inviteExistingCustomer, queuedReminders } from '../test-support/invitations.js';
import { createTestWorld, type TestWorld } from '../test-support/world.js';
import { queueExpiryReminders } from './reminders.js';

describe('given a pending invitation', () => {
  let world: TestWorld;
  let invitationId: string;
  beforeEach(async () => {
    world = createTestWorld();
    invitationId = await inviteExistingCustomer(world);
  });

  it('queues nothing while more than 3 days remain', async () => {
    world.clock.advanceDays(26);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
    expect(queuedReminders(world)).toEqual([]);
  });

  it('queues one reminder per admin, in their language, once it expires within 3 days', async () => {
    world.clock.advanceDays(27.5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(2);

    const queued = queuedReminders(world);
    expect(queued.map((message) => [message.recipient, message.locale]).sort()).toEqual([
      ['kim@agarbolaget.se', 'sv'],
      ['lo@agarbolaget.se', 'en'],
    ]);
    for (const message of queued) {
      expect(message).toMatchObject({
        kind: 'email',
        status: 'pending',
        relatedId: invitationId,
        createdAt: world.clock.now(),
        nextAttemptAt: world.clock.now(),
      });
      expect(message.payload).toMatchObject({
        invitationId,
        agencyName: 'Byrå Alfa AB',
        customerName: 'Ägarbolaget AB',
        expiresAt: '2026-12-27T09:00:00.000Z',
        expiresWithinDays: 3,
      });
    }
    expect(queued.find((message) => message.locale === 'en')?.payload.recipientName).toBe(
      'Lo Ekonomi',
    );
  });

  it('does not queue it again on a second run', async () => {
    world.clock.advanceDays(27.5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(2);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
    world.clock.advanceDays(1);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
    expect(queuedReminders(world)).toHaveLength(2);
  });

  it('queues it again after a resend, once the new expiry is near', async () => {
    world.clock.advanceDays(27.5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(2);

    await world.callerFor(world.ids.fullEmployee).invitations.resend({ invitationId });
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
    world.clock.advanceDays(27.5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(2);

    // The pending reminders of the old link were superseded by the resend.
    expect(
      queuedReminders(world)
        .map((message) => message.status)
        .sort(),
    ).toEqual(['pending', 'pending', 'superseded', 'superseded']);
  });

  it('gives the reminder a link that opens the same invitation, even after a resend', async () => {
    await world.callerFor(world.ids.fullEmployee).invitations.resend({ invitationId });
    world.clock.advanceDays(27.5);
    await queueExpiryReminders({ db: world.db, clock: world.clock });
    const kimsReminder = queuedReminders(world).find(
      (message) => message.recipient === 'kim@agarbolaget.se',
    );
    const token = world.secrets.open(kimsReminder?.sealedSecret ?? '');

    const invitation = await world.callerFor(null).invitations.byToken({ token });
    expect(invitation).toMatchObject({ state: 'pending', customerName: 'Ägarbolaget AB' });
    const accepted = await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    expect(accepted.invitationId).toBe(invitationId);
  });

  it('skips an admin who never received the invitation', async () => {
    world.db
      .insert(accountUsers)
      .values({
        id: crypto.randomUUID(),
        accountId: world.ids.existingAccount,
        name: 'Ny Admin',
        email: 'ny@agarbolaget.se',
        isAdmin: true,
        locale: 'sv',
        createdAt: world.clock.now(),
      })
      .run();
    world.clock.advanceDays(27.5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(2);
    expect(queuedReminders(world).map((message) => message.recipient)).not.toContain(
      'ny@agarbolaget.se',
    );
  });
});

describe('given an invitation that is no longer open', () => {
  let world: TestWorld;
  let invitationId: string;
  beforeEach(async () => {
    world = createTestWorld();
    invitationId = await inviteExistingCustomer(world);
  });

  it('queues nothing once it has been accepted', async () => {
    const [token = ''] = world.invitationTokens();
    await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    world.clock.advanceDays(27.5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
  });

  it('queues nothing once it has been declined', async () => {
    const [token = ''] = world.invitationTokens();
    await world.callerFor(world.ids.adminLo).invitations.decline({ token, reason: 'Inte nu' });
    world.clock.advanceDays(27.5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
  });

  it('queues nothing once it has been cancelled', async () => {
    await world.callerFor(world.ids.fullEmployee).invitations.cancel({ invitationId });
    world.clock.advanceDays(27.5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
  });

  it('queues nothing once it has expired', async () => {
    world.clock.advanceDays(30);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
    world.clock.advanceDays(5);
    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(0);
    expect(queuedReminders(world)).toEqual([]);
  });
});

describe('given reminders for several invitations', () => {
  it('queues them for each invitation that expires within 3 days, in one run', async () => {
    const world = createTestWorld();
    await inviteExistingCustomer(world);
    await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.otherCompany,
      taskId: world.ids.otherCompanyTask,
      services: [{ service: 'utlagg' }],
    });
    world.clock.advanceDays(28);

    expect(await queueExpiryReminders({ db: world.db, clock: world.clock })).toBe(3);
    const olles = world.db
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.topic, 'invitation_reminder'),
          eq(outboxMessages.recipient, 'olle@annat.se'),
        ),
      )
      .all();
    expect(olles).toHaveLength(1);
  });
});
