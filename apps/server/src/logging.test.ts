import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/running-server.js';

let server: TestServer;
const lines: string[] = [];

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  server = await startTestServer({ LOG_LEVEL: 'info' }, { logStream });
});
afterAll(async () => {
  await server.close();
});

describe('given requests that carry tokens and e-mail addresses', () => {
  it('logs each request with its id, and never the token, the query or the address', async () => {
    const users = await server.users();
    const employee = users.find((user) => user.role === 'employee_full');
    const admin = users.find((user) => user.role === 'customer_admin');
    const bearer = await server.tokenFor(employee?.id ?? '');
    const invitationToken = 'A'.repeat(43);
    await server.request(
      `/trpc/invitations.byToken?input=${encodeURIComponent(JSON.stringify({ token: invitationToken }))}`,
      {
        headers: { authorization: `Bearer ${bearer}`, 'x-request-id': 'logged-request' },
      },
    );
    await server.request('/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: admin?.id, email: admin?.email }),
    });
    const log = lines.join('');
    expect(log).toContain('logged-request');
    expect(log).not.toContain(bearer);
    expect(log).not.toContain(invitationToken);
    expect(log).not.toContain(admin?.email ?? 'missing');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    // One line per request, when it is answered: the method, the path, the status, the time.
    const ofRequest = lines
      .filter((line) => line.includes('logged-request'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(ofRequest).toHaveLength(1);
    expect(ofRequest[0]).toMatchObject({
      msg: 'request completed',
      req: { method: 'GET', url: '/trpc/invitations.byToken', id: 'logged-request' },
      res: { statusCode: expect.any(Number) },
      responseTime: expect.any(Number),
    });
  });
});
