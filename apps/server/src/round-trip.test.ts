import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});

afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function waitFor<Value>(find: () => Value | undefined, what: string): Promise<Value> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

/** The accept link's token, from a raw MIME message (quoted-printable soft breaks undone). */
function tokenIn(raw: string): string | undefined {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return /\/accept\?token=([A-Za-z0-9_-]{43})/.exec(unfolded)?.[1];
}

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

    const mail = await waitFor(
      () => caught.find((message) => tokenIn(message.raw)),
      'the invitation e-mail',
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
  });
});
