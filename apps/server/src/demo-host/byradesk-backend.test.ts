import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/running-server.js';

/**
 * Byrådesk's stand-in backend signs a demo user in by opening a widget session over Collab's
 * `POST /v1/sessions` with the dev integration's key; the token then works on `/trpc`.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function byradeskSession(userId: string): Promise<Response> {
  return server.request('/byradesk/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
}

describe('given the demo served in development', () => {
  it('opens a widget session for an employee and for a customer user, good on /trpc', async () => {
    const users = await server.users();
    for (const role of ['employee_full', 'customer_admin']) {
      const user = users.find((candidate) => candidate.role === role);
      const response = await byradeskSession(user?.id ?? '');
      expect(response.status).toBe(200);
      const session = (await response.json()) as { token: string; expiresAt: string };
      const claims = JSON.parse(
        Buffer.from(session.token.split('.')[1] ?? '', 'base64url').toString('utf8'),
      ) as { aud: string; sub: string };
      expect(claims).toMatchObject({ aud: 'collab-widget', sub: user?.id });
      expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
      const me = await server.client(session.token).session.me.query();
      expect(me.name).toBe(user?.name);
    }
  });

  it('refuses a user Byrådesk does not have', async () => {
    expect((await byradeskSession(crypto.randomUUID())).status).toBe(404);
    expect((await byradeskSession('not-an-id')).status).toBe(400);
  });
});
