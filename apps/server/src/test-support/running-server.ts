import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppRouter, Clock } from '@collab/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import { type RunningCollab, startCollab } from '../collab-server.js';
import { loadConfig } from '../config.js';

/**
 * A real server on a free loopback port with its own temporary data folder and the demo
 * data, as `pnpm start` runs it. Tests call it over HTTP like any client would.
 */
export async function startTestServer(
  environment: NodeJS.ProcessEnv = {},
  options: {
    clock?: Clock;
    tokenRouteLimit?: number;
    logStream?: NodeJS.WritableStream;
    integrationRequestsPerMinute?: number;
  } = {},
) {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-server-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDirectory,
    DEV_LOGIN: '1',
    SEED_DEMO: '1',
    LOG_LEVEL: 'silent',
    ...environment,
  });
  const running: RunningCollab = await startCollab(config, { outboxPollMs: 50, ...options });

  const request = (path: string, init?: RequestInit) => fetch(`${running.url}${path}`, init);

  async function users(): Promise<{ id: string; name: string; role: string; email: string }[]> {
    const response = await request('/dev/users');
    return (
      (await response.json()) as {
        users: { id: string; name: string; role: string; email: string }[];
      }
    ).users;
  }

  async function tokenFor(userId: string): Promise<string> {
    const response = await request('/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  function client(token: string | null, locale = 'en') {
    return createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${running.url}/trpc`,
          headers: () => ({
            'accept-language': locale,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          }),
        }),
      ],
    });
  }

  return {
    ...running,
    dataDirectory,
    request,
    users,
    tokenFor,
    client,
    developmentSecret: () =>
      Buffer.from(
        readFileSync(join(dataDirectory, 'development-identity.key'), 'utf8').trim(),
        'base64url',
      ),
    async close() {
      await running.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
