import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './test-support/running-server.js';

interface CaughtMail {
  to: string;
  raw: string;
}

let smtp: SMTPServer;
const caught: CaughtMail[] = [];
let server: TestServer;

beforeAll(async () => {
  smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString();
      });
      stream.on('end', () => {
        for (const recipient of session.envelope.rcptTo)
          caught.push({ to: recipient.address, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  server = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true` });
  // Migrating and seeding the demo takes a second idle; more on a machine busy with other runs.
}, 30_000);

afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The accept link's token, from a raw MIME message (quoted-printable soft breaks undone). */
function tokenIn(raw: string): string | undefined {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return /\/accept\?token=([A-Za-z0-9_-]{43})/.exec(unfolded)?.[1];
}

/** Sending, polling and a dozen API calls: about a second idle, with room for a busy machine. */
describe('given an invitation sent over real SMTP', () => {
  it('arrives with a link whose token opens the invitation, and an admin accepts with it', async () => {
    const users = await server.users();
    const employee = users.find((user) => user.role === 'employee_full');
    const agencyClient = server.client(await server.tokenFor(employee?.id ?? ''));
    // A customer of this agency with an account, and a service it does not have yet.
    const customers = await agencyClient.customers.list.query({ limit: 100 });
    let invited: { customerName: string; invitationId: string } | undefined;
    for (const customer of customers.items.filter(
      (candidate) => candidate.hasAccount && candidate.tasks.length > 0,
    )) {
      const details = await agencyClient.customers.get.query({ customerId: customer.id });
      if (details.openCollaborations.some((open) => open.service === 'utlagg')) continue;
      if (!details.account?.adminCount) continue;
      const result = await agencyClient.collaborations.activate.mutate({
        customerId: customer.id,
        taskId: customer.tasks[0]?.id ?? '',
        services: [{ service: 'utlagg' }],
      });
      invited = { customerName: customer.name, invitationId: result.invitation?.id ?? '' };
      break;
    }
    expect(invited).toBeDefined();

    // The worker polls the outbox every 50 ms; wait for the delivery, not for a fixed time.
    const mail = await vi.waitFor(
      () => {
        const found = caught.find((message) => tokenIn(message.raw));
        if (!found) throw new Error('The invitation e-mail has not arrived yet.');
        return found;
      },
      { timeout: 10_000, interval: 50 },
    );
    const token = tokenIn(mail.raw) ?? '';
    const view = await server.client(null).invitations.byToken.query({ token });
    expect(view).toMatchObject({ customerName: invited?.customerName, state: 'pending' });

    const admin = users.find((user) => user.email === mail.to);
    expect(admin?.role).toBe('customer_admin');
    const accepted = await server
      .client(await server.tokenFor(admin?.id ?? ''))
      .invitations.accept.mutate({ token });
    expect(accepted.collaborations.map((collaboration) => collaboration.status)).toEqual([
      'active',
    ]);
  }, 30_000);
});
