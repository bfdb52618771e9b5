import { createTestWorld, type TestWorld } from '@collab/api/testing';
import { outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from './outbox-worker.js';
import {
  activateNewCustomer,
  emailRows,
  flakyTransport,
  inviteExistingCustomer,
  publicUrl,
  recordingLogger,
} from './test-support/outbox-fixtures.js';
import { createDevMailbox, type MailTransport } from './transport.js';

/*
 * The outbox worker at its edges: messages it cannot render, a stop in the middle of a send,
 * and runs or workers that overlap. The ordinary delivery and retries: outbox-worker.test.ts.
 */

describe('given a message that cannot be rendered', () => {
  let world: TestWorld;
  beforeEach(() => {
    world = createTestWorld();
  });

  it('marks an unknown topic failed at once without sending anything', async () => {
    world.db
      .insert(outboxMessages)
      .values({
        id: 'newsletter-1',
        kind: 'email',
        topic: 'newsletter',
        recipient: 'kim@agarbolaget.se',
        locale: 'sv',
        payload: {},
        status: 'pending',
        nextAttemptAt: world.clock.now(),
        createdAt: world.clock.now(),
      })
      .run();
    const { transport, state } = flakyTransport();
    state.failing = false;
    const { logger, calls } = recordingLogger();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport,
      publicUrl,
      clock: world.clock,
      logger,
    });

    expect(await worker.runOnce()).toBe(0);

    const row = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.id, 'newsletter-1'))
      .get();
    expect(row).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'Unknown e-mail topic: newsletter',
    });
    expect(state.calls).toBe(0);
    expect(calls).toEqual([
      expect.objectContaining({
        level: 'error',
        details: expect.objectContaining({ messageId: 'newsletter-1', topic: 'newsletter' }),
      }),
    ]);
  });

  it('marks an invitation whose token cannot be opened failed at once', async () => {
    await inviteExistingCustomer(world);
    world.db
      .update(outboxMessages)
      .set({ sealedSecret: 'not.a.sealed-value' })
      .where(eq(outboxMessages.recipient, 'kim@agarbolaget.se'))
      .run();
    const mailbox = createDevMailbox();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: mailbox,
      publicUrl,
      clock: world.clock,
      logger: recordingLogger().logger,
    });

    expect(await worker.runOnce()).toBe(1);

    const statuses = Object.fromEntries(emailRows(world).map((row) => [row.recipient, row.status]));
    expect(statuses).toEqual({ 'kim@agarbolaget.se': 'failed', 'lo@agarbolaget.se': 'sent' });
    expect(mailbox.list().map((mail) => mail.to)).toEqual(['lo@agarbolaget.se']);
  });
});

describe('given a worker that is stopped while a message is being sent', () => {
  it('waits for that send to finish, records it, and sends nothing more', async () => {
    const world = createTestWorld();
    await inviteExistingCustomer(world);
    let releaseSend = () => {};
    let announceSend = () => {};
    const sendStarted = new Promise<void>((resolve) => {
      announceSend = resolve;
    });
    const sent: string[] = [];
    const transport: MailTransport = {
      send: (message) =>
        new Promise<void>((resolve) => {
          announceSend();
          releaseSend = () => {
            sent.push(message.to);
            resolve();
          };
        }),
      async close() {},
    };
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport,
      publicUrl,
      clock: world.clock,
      logger: recordingLogger().logger,
    });

    worker.start();
    await sendStarted;
    let stopFinished = false;
    const stopping = worker.stop().then(() => {
      stopFinished = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopFinished).toBe(false);

    releaseSend();
    await stopping;

    expect(sent).toHaveLength(1);
    const rows = emailRows(world);
    expect(rows.filter((row) => row.status === 'sent').map((row) => row.recipient)).toEqual(sent);
    expect(rows.filter((row) => row.status === 'pending').map((row) => row.attempts)).toEqual([0]);
    expect(await worker.runOnce()).toBe(0);
  });
});

describe('given runs that overlap', () => {
  /** A transport that lets other work run in the middle of every send. */
  function yieldingMailbox() {
    const mailbox = createDevMailbox();
    const transport: MailTransport = {
      async send(message) {
        await new Promise((resolve) => setImmediate(resolve));
        await mailbox.send(message);
      },
      close: () => mailbox.close(),
    };
    return { transport, mailbox };
  }

  it('sends each message once when runOnce is called twice at the same time', async () => {
    const world = createTestWorld();
    await inviteExistingCustomer(world);
    await activateNewCustomer(world);
    const { transport, mailbox } = yieldingMailbox();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport,
      publicUrl,
      clock: world.clock,
      logger: recordingLogger().logger,
    });

    const counts = await Promise.all([worker.runOnce(), worker.runOnce()]);

    expect(counts[0] + counts[1]).toBe(3);
    expect(
      mailbox
        .list()
        .map((mail) => mail.to)
        .sort(),
    ).toEqual(['kim@agarbolaget.se', 'kontakt@nykund.se', 'lo@agarbolaget.se']);
  });

  // Each worker reads a batch, then claims its rows one by one while the other is sending, so
  // each meets rows the other has claimed since it read them.
  it('sends each message once when two workers share the database', async () => {
    const world = createTestWorld();
    await inviteExistingCustomer(world);
    await activateNewCustomer(world);
    const first = yieldingMailbox();
    const second = yieldingMailbox();
    const options = {
      db: world.db,
      secrets: world.secrets,
      publicUrl,
      clock: world.clock,
      logger: recordingLogger().logger,
    };
    const firstWorker = createOutboxWorker({ ...options, transport: first.transport });
    const secondWorker = createOutboxWorker({ ...options, transport: second.transport });

    await Promise.all([firstWorker.runOnce(), secondWorker.runOnce()]);

    const recipients = [...first.mailbox.list(), ...second.mailbox.list()].map((mail) => mail.to);
    expect(recipients.sort()).toEqual([
      'kim@agarbolaget.se',
      'kontakt@nykund.se',
      'lo@agarbolaget.se',
    ]);
    expect(emailRows(world).every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });

  it('does not send a message another worker has claimed and is still sending', async () => {
    const world = createTestWorld();
    await activateNewCustomer(world);
    // What a claim by another process looks like: one more attempt, hidden for a while.
    world.db
      .update(outboxMessages)
      .set({ attempts: 1, nextAttemptAt: new Date(world.clock.now().getTime() + 60_000) })
      .where(eq(outboxMessages.kind, 'email'))
      .run();
    const mailbox = createDevMailbox();
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport: mailbox,
      publicUrl,
      clock: world.clock,
      logger: recordingLogger().logger,
    });

    expect(await worker.runOnce()).toBe(0);
    expect(mailbox.list()).toEqual([]);
  });
});
