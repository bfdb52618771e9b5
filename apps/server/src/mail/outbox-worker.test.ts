import { createTestWorld, type TestWorld } from '@collab/api/testing';
import { outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { backoffDelay, createOutboxWorker } from './outbox-worker.js';
import {
  activateNewCustomer,
  emailRows,
  flakyTransport,
  inviteExistingCustomer,
  manualClock,
  publicUrl,
  recordingLogger,
} from './test-support/outbox-fixtures.js';
import { createDevMailbox } from './transport.js';

describe('given the number of failed attempts', () => {
  it('doubles from the base and stops at one hour', () => {
    expect(backoffDelay(1, 2000)).toBe(2000);
    expect(backoffDelay(2, 2000)).toBe(4000);
    expect(backoffDelay(3, 2000)).toBe(8000);
    expect(backoffDelay(11, 2000)).toBe(2_048_000);
    expect(backoffDelay(12, 2000)).toBe(3_600_000);
    expect(backoffDelay(40, 2000)).toBe(3_600_000);
  });
});

describe('given e-mails waiting in the outbox and a dev mailbox', () => {
  let world: TestWorld;
  beforeEach(() => {
    world = createTestWorld();
  });

  it('delivers each of them once and marks them sent', async () => {
    await inviteExistingCustomer(world);
    await activateNewCustomer(world);
    const mailbox = createDevMailbox({ clock: world.clock });
    const { logger } = recordingLogger();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: mailbox,
      publicUrl,
      clock: world.clock,
      logger,
    });

    expect(await worker.runOnce()).toBe(3);
    expect(await worker.runOnce()).toBe(0);

    expect(
      mailbox
        .list()
        .map((mail) => mail.to)
        .sort(),
    ).toEqual(['kim@agarbolaget.se', 'kontakt@nykund.se', 'lo@agarbolaget.se']);
    for (const row of emailRows(world)) {
      expect(row.status).toBe('sent');
      expect(row.sentAt).toEqual(world.clock.now());
      expect(row.attempts).toBe(1);
      expect(row.lastError).toBeNull();
    }
  });

  it("writes each e-mail in the recipient's language", async () => {
    await inviteExistingCustomer(world);
    const mailbox = createDevMailbox();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: mailbox,
      publicUrl,
      clock: world.clock,
      logger: recordingLogger().logger,
    });
    await worker.runOnce();

    const subjects = Object.fromEntries(mailbox.list().map((mail) => [mail.to, mail.subject]));
    expect(subjects['kim@agarbolaget.se']).toBe(
      'Byrå Alfa AB bjuder in Ägarbolaget AB till ett samarbete',
    );
    expect(subjects['lo@agarbolaget.se']).toBe(
      'Byrå Alfa AB invites Ägarbolaget AB to collaborate',
    );
  });

  it('puts a link in the invitation that opens the invitation, and an admin can accept with it', async () => {
    await inviteExistingCustomer(world);
    const mailbox = createDevMailbox();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: mailbox,
      publicUrl: `${publicUrl}/`,
      clock: world.clock,
      logger: recordingLogger().logger,
    });
    await worker.runOnce();

    const mail = mailbox.list().find((delivered) => delivered.to === 'kim@agarbolaget.se');
    const link = /https:\/\/collab\.example\.se\/accept\?token=(\S+)/.exec(mail?.text ?? '');
    const token = decodeURIComponent(link?.[1] ?? '');
    expect(world.invitationTokens()).toContain(token);

    const invitation = await world.callerFor(null).invitations.byToken({ token });
    expect(invitation).toMatchObject({ state: 'pending', customerName: 'Ägarbolaget AB' });
    const accepted = await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    expect(accepted.collaborations.map((collaboration) => collaboration.status)).toEqual([
      'active',
    ]);
  });

  it('keeps the sealed invitation token after delivery, for the reminder', async () => {
    await inviteExistingCustomer(world);
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: createDevMailbox(),
      publicUrl,
      clock: world.clock,
      logger: recordingLogger().logger,
    });
    await worker.runOnce();

    const invitationEmails = emailRows(world).filter((row) => row.topic === 'invitation');
    expect(invitationEmails).toHaveLength(2);
    for (const row of invitationEmails) expect(row.sealedSecret).not.toBeNull();
  });

  it('leaves the integrator event rows of old versions pending and untouched', async () => {
    // Events are `event` rows with webhook deliveries now (@collab/api, docs/events.md); the
    // domain writes no outbox `event` messages, but rows from before stay as they were.
    await inviteExistingCustomer(world);
    expect(
      world.db.select().from(outboxMessages).where(eq(outboxMessages.kind, 'event')).all(),
    ).toHaveLength(0);
    world.db
      .insert(outboxMessages)
      .values({
        id: crypto.randomUUID(),
        kind: 'event',
        topic: 'collaboration.invited',
        recipient: 'agency-id',
        locale: 'en',
        payload: {},
        relatedId: 'invitation-id',
        status: 'pending',
        nextAttemptAt: world.clock.now(),
        createdAt: world.clock.now(),
      })
      .run();
    const eventsBefore = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.kind, 'event'))
      .all();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: createDevMailbox(),
      publicUrl,
      clock: world.clock,
      logger: recordingLogger().logger,
    });
    await worker.runOnce();

    const eventsAfter = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.kind, 'event'))
      .all();
    expect(eventsBefore).toHaveLength(1);
    expect(eventsAfter).toEqual(eventsBefore);
  });

  it('logs message ids and topics, never addresses or tokens', async () => {
    await inviteExistingCustomer(world);
    const { logger, calls } = recordingLogger();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: createDevMailbox(),
      publicUrl,
      clock: world.clock,
      logger,
    });
    const tokens = world.invitationTokens();
    await worker.runOnce();

    expect(calls.map((call) => call.details)).toEqual([
      expect.objectContaining({ topic: 'invitation', messageId: expect.any(String) }),
      expect.objectContaining({ topic: 'invitation', messageId: expect.any(String) }),
    ]);
    const logged = JSON.stringify(calls);
    expect(logged).not.toContain('@');
    for (const token of tokens) expect(logged).not.toContain(token);
  });
});

describe('given a mail server that fails for a while', () => {
  let world: TestWorld;
  beforeEach(() => {
    world = createTestWorld();
  });

  it('backs off longer after each failure, then delivers exactly once when it recovers', async () => {
    await activateNewCustomer(world);
    const clock = manualClock(world);
    const { transport, delivered, state } = flakyTransport();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport,
      publicUrl,
      clock,
      logger: recordingLogger().logger,
    });

    expect(await worker.runOnce()).toBe(0);
    let [row] = emailRows(world);
    expect(row?.status).toBe('pending');
    expect(row?.attempts).toBe(1);
    expect(row?.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 2000);

    // Not due yet: the mail server is not even asked.
    expect(await worker.runOnce()).toBe(0);
    expect(state.calls).toBe(1);

    clock.advance(2000);
    await worker.runOnce();
    [row] = emailRows(world);
    expect(row?.attempts).toBe(2);
    expect(row?.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 4000);

    clock.advance(4000);
    await worker.runOnce();
    [row] = emailRows(world);
    expect(row?.attempts).toBe(3);
    expect(row?.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 8000);
    expect(state.calls).toBe(3);

    state.failing = false;
    clock.advance(8000);
    const recoveredAt = clock.now();
    expect(await worker.runOnce()).toBe(1);
    clock.advance(60 * 60 * 1000);
    expect(await worker.runOnce()).toBe(0);

    expect(delivered.map((mail) => mail.to)).toEqual(['kontakt@nykund.se']);
    [row] = emailRows(world);
    expect(row?.status).toBe('sent');
    expect(row?.attempts).toBe(4);
    expect(row?.sentAt).toEqual(recoveredAt);
    expect(row?.lastError).toBeNull();
  });

  it('stores a short reason without the address', async () => {
    await activateNewCustomer(world);
    const clock = manualClock(world);
    const { transport } = flakyTransport();
    const { logger, calls } = recordingLogger();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport,
      publicUrl,
      clock,
      logger,
    });
    await worker.runOnce();

    const [row] = emailRows(world);
    expect(row?.lastError).toBe(
      'ESOCKET: connect ECONNREFUSED 127.0.0.1:2525 while sending to <[address]>',
    );
    expect(calls).toEqual([
      expect.objectContaining({
        level: 'warn',
        details: expect.objectContaining({ topic: 'signin_instructions', attempts: 1 }),
      }),
    ]);
    expect(JSON.stringify(calls)).not.toContain('@');
  });

  it('marks the message failed after maxAttempts and stops trying', async () => {
    await activateNewCustomer(world);
    const clock = manualClock(world);
    const { transport, state } = flakyTransport();
    const { logger, calls } = recordingLogger();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport,
      publicUrl,
      clock,
      logger,
      maxAttempts: 3,
    });

    await worker.runOnce();
    clock.advance(60 * 60 * 1000);
    await worker.runOnce();
    clock.advance(60 * 60 * 1000);
    await worker.runOnce();
    clock.advance(60 * 60 * 1000);
    await worker.runOnce();

    const [row] = emailRows(world);
    expect(row?.status).toBe('failed');
    expect(row?.attempts).toBe(3);
    expect(row?.lastError).toContain('ECONNREFUSED');
    expect(state.calls).toBe(3);
    expect(calls.at(-1)).toMatchObject({
      level: 'error',
      details: { messageId: row?.id, topic: 'signin_instructions', attempts: 3 },
    });
  });
});
