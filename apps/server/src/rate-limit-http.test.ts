import type { Clock } from '@collab/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/running-server.js';

/*
 * The limit on the invitation-token procedures and on dev login, over real HTTP: it counts
 * the procedure actually called (whatever the spelling of the URL), each call of a batch, and
 * per client IP, which behind a proxy only TRUST_PROXY makes right.
 */

const limit = 3;

function randomToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}

const tokenInput = () => encodeURIComponent(JSON.stringify({ token: randomToken() }));

interface TrpcError {
  error: {
    message: string;
    data: { code: string; httpStatus: number; appCode: string; params: Record<string, unknown> };
  };
}

/** A clock the tests move by hand, so that a window can pass without sleeping. */
function handClock(start: string) {
  let now = new Date(start);
  const clock: Clock = { now: () => now };
  return {
    clock,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe('given someone guessing invitation tokens with every spelling of the path', () => {
  let server: TestServer;
  const time = handClock('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    server = await startTestServer({}, { tokenRouteLimit: limit, clock: time.clock });
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts percent-encoded paths as the procedure they reach, and refuses them all alike', async () => {
    const spellings = [
      (input: string) => server.request(`/trpc/invitations.byToken?input=${input}`),
      (input: string) => server.request(`/trpc/invitations%2EbyToken?input=${input}`),
      (input: string) => server.request(`/trpc/%69nvitations.byToken?input=${input}`),
    ];
    const allowed = [];
    for (const spell of spellings) allowed.push((await spell(tokenInput())).status);
    // An unknown link is an answer (`{ state: 'invalid' }`), so the calls within the limit are 200s.
    expect(allowed).toEqual([200, 200, 200]);

    const accept = await server.request('/trpc/invitations%2Eaccept', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ token: randomToken() }),
    });
    expect(accept.status).toBe(429);
    for (const spell of spellings) expect((await spell(tokenInput())).status).toBe(429);

    const body = (await accept.json()) as TrpcError;
    expect(body.error.data).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      httpStatus: 429,
      appCode: 'RATE_LIMITED',
      params: { retryAfterSeconds: 60 },
    });
    expect(body.error.message).toBe('Too many attempts. Wait a moment and try again.');
    expect(accept.headers.get('retry-after')).toBe('60');
  });

  it('lets the caller in again once the minute has passed', async () => {
    time.advance(60_000);
    const response = await server.request(`/trpc/invitations%2EbyToken?input=${tokenInput()}`);
    expect(response.status).toBe(200);
  });
});

describe('given a batch of token calls', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { tokenRouteLimit: limit });
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts each call of the batch, not the request', async () => {
    const calls = 5;
    const paths = Array(calls).fill('invitations.byToken').join(',');
    const inputs = Object.fromEntries(
      Array.from({ length: calls }, (_, index) => [index, { token: randomToken() }]),
    );
    const response = await server.request(
      `/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`,
    );
    const results = (await response.json()) as (
      | TrpcError
      | { result: { data: { state: string } } }
    )[];
    expect(response.status).toBe(207);
    expect(
      results.map((result) =>
        'error' in result ? result.error.data.appCode : result.result.data.state,
      ),
    ).toEqual(['invalid', 'invalid', 'invalid', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('given someone trying dev logins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { tokenRouteLimit: limit });
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts /dev/%6Cogin as /dev/login, and refuses it with a typed, localised 429', async () => {
    const userId = (await server.users())[0]?.id;
    const login = (path: string) =>
      server.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ userId }),
      });
    const statuses = [];
    for (const path of ['/dev/login', '/dev/%6Cogin', '/dev/login'])
      statuses.push((await login(path)).status);
    // `/dev/%6Cogin` is the login route itself: it signs in.
    expect(statuses).toEqual([200, 200, 200]);

    const refused = await login('/dev/%6Cogin');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      error: 'Too many attempts. Wait a moment and try again.',
      appCode: 'RATE_LIMITED',
      params: { retryAfterSeconds: expect.any(Number) },
    });
    expect((await login('/dev/login')).status).toBe(429);
  });
});

/** A byToken call as it arrives from the proxy, which adds the client's address last. */
function throughProxy(server: TestServer, forwardedFor: string) {
  return server.request(`/trpc/invitations.byToken?input=${tokenInput()}`, {
    headers: { 'x-forwarded-for': forwardedFor },
  });
}

async function exhaust(server: TestServer, forwardedFor: string): Promise<number[]> {
  const statuses = [];
  for (let attempt = 0; attempt <= limit; attempt++)
    statuses.push((await throughProxy(server, forwardedFor)).status);
  return statuses;
}

describe('given the server behind a proxy without TRUST_PROXY', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { tokenRouteLimit: limit });
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts every client as the proxy: one bucket for all of them', async () => {
    expect(await exhaust(server, '203.0.113.1')).toEqual([200, 200, 200, 429]);
    expect((await throughProxy(server, '203.0.113.2')).status).toBe(429);
  });
});

describe('given the server behind one proxy with TRUST_PROXY=1', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRUST_PROXY: '1' }, { tokenRouteLimit: limit });
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts each client apart, by the address the proxy added', async () => {
    expect(await exhaust(server, '203.0.113.1')).toEqual([200, 200, 200, 429]);
    expect((await throughProxy(server, '203.0.113.2')).status).toBe(200);
  });

  it('does not let a client pick its own bucket by writing X-Forwarded-For itself', async () => {
    const statuses = [];
    for (let attempt = 0; attempt <= limit; attempt++)
      statuses.push((await throughProxy(server, `198.51.100.${attempt}, 203.0.113.3`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
