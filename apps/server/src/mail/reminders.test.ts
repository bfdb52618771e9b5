import { queueExpiryReminders } from '@collab/api';
import {
  createTestWorld,
  inviteExistingCustomer,
  queuedReminders,
  type TestWorld,
} from '@collab/api/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MailLogger } from './mail-logger.js';
import { createOutboxWorker } from './outbox-worker.js';
import { startReminderSchedule } from './reminders.js';
import { createDevMailbox } from './transport.js';

/*
 * Which invitations get a reminder is the domain's rule, tested beside it
 * (packages/api/src/domain/reminders.test.ts). Here: the schedule that runs it, and the
 * reminder going out through the worker with its link.
 */

const silentLogger: MailLogger = { info() {}, warn() {}, error() {} };

describe('given a reminder due', () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = createTestWorld();
    await inviteExistingCustomer(world);
  });

  it('delivers the reminder with the accept link through the worker', async () => {
    world.clock.advanceDays(27.5);
    await queueExpiryReminders({ db: world.db, clock: world.clock });
    const mailbox = createDevMailbox();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: mailbox,
      publicUrl: 'https://collab.example.se',
      clock: world.clock,
      logger: silentLogger,
    });
    await worker.runOnce();

    const reminder = mailbox
      .list()
      .find((mail) => mail.to === 'lo@agarbolaget.se' && mail.subject.startsWith('Reminder'));
    expect(reminder?.subject).toBe(
      'Reminder: the invitation from Byrå Alfa AB expires within 3 days',
    );
    const link = /https:\/\/collab\.example\.se\/accept\?token=(\S+)/.exec(reminder?.text ?? '');
    const token = decodeURIComponent(link?.[1] ?? '');
    const invitation = await world.callerFor(null).invitations.byToken({ token });
    expect(invitation.state).toBe('pending');
  });
});

describe('given the reminder schedule', () => {
  it('runs at once when started and queues the reminders', async () => {
    const world = createTestWorld();
    await inviteExistingCustomer(world);
    world.clock.advanceDays(27.5);
    const logged: object[] = [];
    const schedule = startReminderSchedule({
      db: world.db,
      clock: world.clock,
      intervalMs: 60 * 60 * 1000,
      logger: { ...silentLogger, info: (details) => logged.push(details) },
    });
    await schedule.stop();

    expect(queuedReminders(world)).toHaveLength(2);
    expect(logged).toEqual([{ queued: 2 }]);
  });

  it('logs a failed run instead of throwing', async () => {
    const world = createTestWorld();
    const errors: object[] = [];
    world.db.$client.close();
    const schedule = startReminderSchedule({
      db: world.db,
      clock: world.clock,
      intervalMs: 60 * 60 * 1000,
      logger: { ...silentLogger, error: (details) => errors.push(details) },
    });
    await schedule.stop();

    expect(errors).toEqual([{ error: expect.stringContaining('not open') }]);
  });
});
