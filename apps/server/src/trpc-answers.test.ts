import { randomUUID } from 'node:crypto';
import type { AppRouter } from '@collab/api';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/running-server.js';
import { errorsInBodyPreference } from './trpc-answers.js';

/**
 * `Prefer: collab-errors-in-body` (trpc-answers.ts): an expected refusal comes as 200 with
 * tRPC's error in the body, so a browser logs no "Failed to load resource" for it; a 401 and
 * anything without the preference keep their status.
 */

const hostOrigin = 'https://app.byradesk.example';
let server: TestServer;
let bearer: string;

beforeAll(async () => {
  server = await startTestServer({ CORS_ORIGINS: hostOrigin });
  const employee = (await server.users()).find((user) => user.role === 'employee_full');
  bearer = await server.tokenFor(employee?.id ?? '');
});
afterAll(async () => {
  await server.close();
});

function get(procedure: string, input: unknown, headers: Record<string, string>) {
  return server.request(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, {
    headers,
  });
}

describe('given a client that prefers errors in the body', () => {
  const prefer = { prefer: errorsInBodyPreference };

  it('answers an unknown collaboration (404) with 200 and the error, its status inside', async () => {
    const response = await get(
      'collaborations.get',
      { collaborationId: randomUUID() },
      { authorization: `Bearer ${bearer}`, ...prefer },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('preference-applied')).toBe(errorsInBodyPreference);
    expect(response.headers.get('vary')).toContain('prefer');
    const body = (await response.json()) as {
      error: { data: { appCode: string; httpStatus: number } };
    };
    expect(body.error.data).toMatchObject({ appCode: 'COLLABORATION_NOT_FOUND', httpStatus: 404 });
  });

  it('answers bad input (400) the same way, and a batch with it', async () => {
    const single = await get(
      'collaborations.get',
      { collaborationId: 'not-an-id' },
      { authorization: `Bearer ${bearer}`, ...prefer },
    );
    expect(single.status).toBe(200);
    expect(
      ((await single.json()) as { error: { data: { httpStatus: number } } }).error.data.httpStatus,
    ).toBe(400);
  });

  it('keeps a 401, which the widget renews its token on', async () => {
    const response = await get('session.me', {}, { authorization: 'Bearer nonsense', ...prefer });
    expect(response.status).toBe(401);
    expect(response.headers.get('preference-applied')).toBeNull();
  });

  it('is still a refusal to tRPC’s client, which reads the body', async () => {
    const client = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: `${server.url}/trpc`,
          headers: () => ({ authorization: `Bearer ${bearer}`, ...prefer }),
        }),
      ],
    });
    const failure = await client.collaborations.get
      .query({ collaborationId: randomUUID() })
      .catch((error) => error);
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect((failure as TRPCClientError<AppRouter>).data).toMatchObject({
      appCode: 'COLLABORATION_NOT_FOUND',
      httpStatus: 404,
    });
  });

  it('is allowed by CORS for the host apps’ origins', async () => {
    const response = await server.request('/trpc/session.me', {
      method: 'OPTIONS',
      headers: {
        origin: hostOrigin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, prefer',
      },
    });
    expect(response.headers.get('access-control-allow-headers')).toContain('prefer');
  });
});

describe('given a client without the preference', () => {
  it('answers an unknown collaboration with 404, as before', async () => {
    const response = await get(
      'collaborations.get',
      { collaborationId: randomUUID() },
      { authorization: `Bearer ${bearer}` },
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('preference-applied')).toBeNull();
  });
});
