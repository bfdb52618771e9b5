import { createTestWorld } from '@collab/api/testing';
import { outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { MailLogger } from './mail-logger.js';
import { createOutboxWorker } from './outbox-worker.js';
import { type ReceivedMail, startSmtpSink } from './test-support/smtp-sink.js';
import { createSmtpTransport } from './transport.js';

const publicUrl = 'http://127.0.0.1:3000';
const silentLogger: MailLogger = { info() {}, warn() {}, error() {} };

function tokenIn(mail: ReceivedMail | undefined): string {
  const link = /http:\/\/127\.0\.0\.1:3000\/accept\?token=(\S+)/.exec(mail?.text ?? '');
  if (!link?.[1]) throw new Error('The e-mail has no accept link.');
  return decodeURIComponent(link[1]);
}

function countPerRecipientAndSubject(received: ReceivedMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of received) {
    const key = `${mail.recipients.join(',')} | ${mail.subject}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('given an SMTP server that goes away while changes keep coming', () => {
  it('loses nothing: every message arrives exactly once after the server is back', async () => {
    const world = createTestWorld();
    let time = world.clock.now().getTime();
    const clock = { now: () => new Date(time) };
    const received: ReceivedMail[] = [];
    const sink = await startSmtpSink({ received });
    const transport = createSmtpTransport({ url: sink.url, from: 'Collab <no-reply@collab.test>' });
    const worker = createOutboxWorker({
      db: world.db,
      secrets: world.secrets,
      transport,
      publicUrl,
      clock,
      logger: silentLogger,
    });
    const agencyEmployee = world.callerFor(world.ids.fullEmployee);

    // Before the outage: an invitation goes out by SMTP, and its link works.
    await agencyEmployee.collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'eekonomi', options: { variant: 'smart' } }],
    });
    expect(await worker.runOnce()).toBe(2);
    const kimsInvitation = received.find((mail) => mail.recipients[0] === 'kim@agarbolaget.se');
    const kimsToken = tokenIn(kimsInvitation);

    // The outage.
    await sink.close();

    // Three changes that send mail.
    await agencyEmployee.collaborations.activate({
      customerId: world.ids.newCustomer,
      taskId: world.ids.newCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    await world.callerFor(world.ids.adminKim).invitations.accept({ token: kimsToken });
    await agencyEmployee.collaborations.activate({
      customerId: world.ids.otherCompany,
      taskId: world.ids.otherCompanyTask,
      services: [{ service: 'utlagg', options: { plan: 'fastpris' } }],
    });
    const waiting = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.status, 'pending'))
      .all()
      .filter((message) => message.kind === 'email');
    expect(waiting.map((message) => message.topic).sort()).toEqual([
      'company_has_access',
      'company_has_access',
      'invitation',
      'invitation_accepted',
      'signin_instructions',
    ]);

    // Every attempt fails, and each message waits longer before the next.
    expect(await worker.runOnce()).toBe(0);
    time += 2000;
    expect(await worker.runOnce()).toBe(0);
    for (const message of world.db.select().from(outboxMessages).all()) {
      if (message.kind !== 'email' || message.status !== 'pending') continue;
      expect(message.attempts).toBe(2);
      expect(message.lastError).toContain('ECONNREFUSED');
      expect(message.nextAttemptAt.getTime()).toBe(time + 4000);
    }
    expect(received).toHaveLength(2);

    // The server comes back on the same port; nothing is sent before the backoff has passed.
    const restarted = await startSmtpSink({ port: sink.port, received });
    expect(await worker.runOnce()).toBe(0);
    time += 4000;
    expect(await worker.runOnce()).toBe(5);
    time += 60 * 60 * 1000;
    expect(await worker.runOnce()).toBe(0);
    await transport.close();
    await restarted.close();

    expect(countPerRecipientAndSubject(received)).toEqual(
      new Map([
        ['kim@agarbolaget.se | Byrå Alfa AB bjuder in Ägarbolaget AB till ett samarbete', 1],
        ['lo@agarbolaget.se | Byrå Alfa AB invites Ägarbolaget AB to collaborate', 1],
        ['kontakt@nykund.se | Byrå Alfa AB har startat ett samarbete med Nykund AB', 1],
        ['kim@agarbolaget.se | Samarbetet med Byrå Alfa AB har börjat', 1],
        ['lo@agarbolaget.se | The collaboration with Byrå Alfa AB has started', 1],
        ['frida.full@byra.se | Ägarbolaget AB har accepterat inbjudan', 1],
        ['olle@annat.se | Byrå Alfa AB bjuder in Annat Företag AB till ett samarbete', 1],
      ]),
    );
    const emails = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.kind, 'email'))
      .all();
    expect(emails.map((message) => message.status)).toEqual(emails.map(() => 'sent'));

    // The invitation sent during the outage still opens its invitation.
    const ollesInvitation = received.find((mail) => mail.recipients[0] === 'olle@annat.se');
    const invitation = await world
      .callerFor(null)
      .invitations.byToken({ token: tokenIn(ollesInvitation) });
    expect(invitation).toMatchObject({ state: 'pending', customerName: 'Annat Företag AB' });
  });
});
