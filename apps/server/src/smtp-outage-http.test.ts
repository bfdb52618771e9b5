import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
afterAll(async () => {
  await server.close();
  await sink.close();
});

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

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
    // Let the worker try and fail a few times.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(received).toHaveLength(0);

    sink = await startSmtpSink({ port: sink.port, received });
    offsetMilliseconds += 60 * 60 * 1000;
    await until(() => received.length >= expected, `${expected} messages`);
    // Give a duplicate, if there were one, time to arrive too.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const keys = received.map((mail) => `${mail.recipients.join(',')}|${mail.subject}`);
    expect(keys).toHaveLength(expected);
    expect(new Set(keys).size).toBe(expected);
  }, 60_000);
});
