import { webhookEndpoints } from '@collab/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { problemOf, startV1Server, type V1Server } from '../v1/test-support/v1-server.js';

/*
 * The SSRF rule on a server started exactly as production runs (NODE_ENV=production, with
 * what production requires; no dev login, no demo seed): docs/webhooks.md, "Addresses".
 */

vi.setConfig({ testTimeout: 30_000 });
let server: V1Server;
beforeAll(async () => {
  server = await startV1Server(
    {},
    {
      NODE_ENV: 'production',
      DEV_LOGIN: '0',
      SEED_DEMO: '0',
      PUBLIC_URL: 'https://collab.example.se',
      SMTP_URL: 'smtp://127.0.0.1:9',
      AUTH_SECRET: 'a-production-secret-of-at-least-32-characters',
      AUTH_ISSUER: 'https://idp.example.se',
      AUTH_AUDIENCE: 'collab',
    },
  );
});
afterAll(async () => {
  await server.close();
});

describe('in production mode', () => {
  it.each([
    'https://127.0.0.1/hooks',
    'https://10.0.0.7/hooks',
    'https://169.254.169.254/latest/meta-data',
    'https://localhost/hooks',
    'http://receiver.example/hooks',
  ])('refuses a webhook endpoint at %s, naming url, and stores nothing', async (url) => {
    const response = await server.v1('POST', '/v1/webhook-endpoints', { body: { url } });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.appCode).toMatch(/^(WEBHOOK_URL_REFUSED|INVALID_URL)$/);
    expect(Object.keys(problem.errors ?? {})).toEqual(['url']);
    expect(server.db.select().from(webhookEndpoints).all()).toEqual([]);
  });
});
