import { outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from './mail/test-support/smtp-sink.js';
import { startTestServer, type TestServer } from './test-support/running-server.js';

/**
 * The outage over real HTTP: a running server, a real tRPC client on loopback and a real SMTP
 * server that goes away while three changes that send mail are made.
 */
let sink: SmtpSink;
let server: TestServer;
const received: ReceivedMail[] = [];
let offsetMilliseconds = 0;
const clock = { now: () => new Date(Date.now() + offsetMilliseconds) };

beforeAll(async () => {
  sink = await startSmtpSink({ received });
  server = await startTestServer({ SMTP_URL: sink.url }, { clock });
  // Migrating and seeding the demo takes a second idle; more on a machine busy with other runs.
}, 30_000);
afterAll(async () => {
  await server.close();
  await sink.close();
});

/** The server's e-mails in the outbox, as the worker left them. */
function emailsInOutbox() {
  return server.db.select().from(outboxMessages).where(eq(outboxMessages.kind, 'email')).all();
}

/** Waits on what the worker does (it polls every 50 ms), never for a fixed time. */
const waitOptions = { timeout: 20_000, interval: 50 };

describe('given an SMTP outage', () => {
  it('loses nothing: after the server comes back, every message arrives exactly once', async () => {
    const users = await server.users();
    const employee = users.find((user) => user.role === 'employee_full');
    const client = server.client(await server.tokenFor(employee?.id ?? ''));
    const customers = (await client.customers.list.query({ limit: 100 })).items.filter(
      (customer) => customer.tasks.length > 0,
    );
    const withoutAccount = customers.filter(
      (customer) => !customer.hasAccount && customer.contact.email,
    );
    const withAccount = customers.filter((customer) => customer.hasAccount);

    await sink.close();
    // Three changes that send mail, while nothing can receive it.
    await client.collaborations.activate.mutate({
      customerId: withoutAccount[0]?.id ?? '',
      taskId: withoutAccount[0]?.tasks[0]?.id ?? '',
      services: [{ service: 'utlagg' }],
    });
    await client.collaborations.activate.mutate({
      customerId: withoutAccount[1]?.id ?? '',
      taskId: withoutAccount[1]?.tasks[0]?.id ?? '',
      services: [{ service: 'utlagg' }],
    });
    let invitedAdmins = 0;
    for (const customer of withAccount) {
      const details = await client.customers.get.query({ customerId: customer.id });
      if (details.openCollaborations.some((open) => open.service === 'skatt_bokslut_pro')) continue;
      await client.collaborations.activate.mutate({
        customerId: customer.id,
        taskId: customer.tasks[0]?.id ?? '',
        services: [{ service: 'skatt_bokslut_pro' }],
      });
      invitedAdmins = details.account?.adminCount ?? 0;
      break;
    }
    expect(invitedAdmins).toBeGreaterThan(0);
    const expected = 2 + invitedAdmins;
    // Wait until the worker has tried every message and failed: nothing can have arrived.
    await vi.waitFor(() => {
      const tried = emailsInOutbox().filter(
        (message) => message.status === 'pending' && message.attempts > 0 && message.lastError,
      );
      expect(tried).toHaveLength(expected);
    }, waitOptions);
    expect(received).toHaveLength(0);

    sink = await startSmtpSink({ port: sink.port, received });
    // An hour later every backoff has passed.
    offsetMilliseconds += 60 * 60 * 1000;
    // Every message is marked sent once delivered, and the worker only sends pending ones, so
    // once none is pending no duplicate can still come: no fixed wait for one is needed.
    await vi.waitFor(() => {
      expect(emailsInOutbox().map((message) => message.status)).toEqual(
        Array.from({ length: expected }, () => 'sent'),
      );
    }, waitOptions);
    const keys = received.map((mail) => `${mail.recipients.join(',')}|${mail.subject}`);
    expect(keys).toHaveLength(expected);
    expect(new Set(keys).size).toBe(expected);
  }, 60_000);
});
