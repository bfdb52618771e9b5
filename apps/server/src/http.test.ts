import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/running-server.js';

let server: TestServer;
let fullEmployeeId: string;

beforeAll(async () => {
  server = await startTestServer(
    { CORS_ORIGINS: 'https://smarta-byran.example.se' },
    { tokenRouteLimit: 20 },
  );
  fullEmployeeId = (await server.users()).find((user) => user.role === 'employee_full')?.id ?? '';
});
afterAll(async () => {
  await server.close();
});

describe('given the operator’s probes', () => {
  it('answers /healthz and /readyz, with a request id', async () => {
    const health = await server.request('/healthz');
    expect(health.status).toBe(200);
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const ready = await server.request('/readyz');
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('keeps a request id the caller sends', async () => {
    const response = await server.request('/healthz', { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });

  it('sends security headers', async () => {
    const response = await server.request('/healthz');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends an API’s JSON answers the headers that apply to them, and no page-only ones', async () => {
    for (const path of ['/trpc/catalog.services', '/v1/agencies']) {
      const response = await server.request(path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('strict-transport-security'), path).toContain('max-age=');
      expect(response.headers.get('content-security-policy'), path).toBeNull();
      expect(response.headers.get('x-frame-options'), path).toBeNull();
      expect(response.headers.get('cross-origin-opener-policy'), path).toBeNull();
    }
    const reference = await server.request('/v1/reference/');
    expect(reference.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('given a signed-in employee', () => {
  it('calls the API with a real tRPC client over HTTP', async () => {
    const client = server.client(await server.tokenFor(fullEmployeeId));
    const customers = await client.customers.list.query({ limit: 5 });
    expect(customers.items).toHaveLength(5);
  });
});

describe('given a bad token', () => {
  async function statusWith(token: string): Promise<number> {
    const response = await server.request('/trpc/customers.list?input=%7B%7D', {
      headers: { authorization: `Bearer ${token}` },
    });
    return response.status;
  }
  const sign = (claims: { issuer?: string; audience?: string; expires?: string | number }) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(fullEmployeeId)
      .setIssuer(claims.issuer ?? 'collab-development')
      .setAudience(claims.audience ?? 'collab')
      .setIssuedAt()
      .setExpirationTime(claims.expires ?? '1h')
      .sign(server.developmentSecret());

  it('accepts a good one', async () => {
    expect(await statusWith(await sign({}))).toBe(200);
  });
  it('refuses a tampered one with 401', async () => {
    const token = await sign({});
    const [header, payload, signature] = token.split('.');
    const tamperedPayload = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
        sub: crypto.randomUUID(),
      }),
    ).toString('base64url');
    expect(await statusWith(`${header}.${tamperedPayload}.${signature}`)).toBe(401);
  });
  it('refuses an expired one with 401', async () => {
    expect(await statusWith(await sign({ expires: Math.floor(Date.now() / 1000) - 60 }))).toBe(401);
  });
  it('refuses one from another issuer with 401', async () => {
    expect(await statusWith(await sign({ issuer: 'https://evil.example' }))).toBe(401);
  });
  it('refuses one for another audience with 401', async () => {
    expect(await statusWith(await sign({ audience: 'another-app' }))).toBe(401);
  });
  it('refuses one signed with another key with 401', async () => {
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(fullEmployeeId)
      .setIssuer('collab-development')
      .setAudience('collab')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    expect(await statusWith(forged)).toBe(401);
  });
  it('refuses a missing token for a procedure that needs one with 401', async () => {
    const response = await server.request('/trpc/customers.list?input=%7B%7D');
    expect(response.status).toBe(401);
  });
});

describe('given a browser on another site', () => {
  it('allows a preflight from an allowed host app', async () => {
    const response = await server.request('/trpc/customers.list', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://smarta-byran.example.se',
        'access-control-request-method': 'GET',
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe(
      'https://smarta-byran.example.se',
    );
  });
  it('refuses a preflight from any other origin', async () => {
    const response = await server.request('/trpc/customers.list', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('given someone guessing invitation tokens', () => {
  it('slows them down with 429 after the limit, while other routes still answer', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      const token = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
      const response = await server.request(
        `/trpc/invitations.byToken?input=${encodeURIComponent(JSON.stringify({ token }))}`,
      );
      statuses.push(response.status);
    }
    // An unknown link is an answer (`{ state: 'invalid' }`), not a 404, until the limit.
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200));
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    expect((await server.request('/healthz')).status).toBe(200);
  });
});

describe('given a request that is too large or unknown', () => {
  it('refuses a body over the limit with 413', async () => {
    const response = await server.request('/trpc/collaborations.importLegacy', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await server.tokenFor(fullEmployeeId)}`,
      },
      body: JSON.stringify({ csv: 'x'.repeat(7 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
  });
  it('never sends a stack trace', async () => {
    const response = await server.request('/trpc/no.such.procedure');
    const text = await response.text();
    expect(response.status).toBe(404);
    expect(text).not.toMatch(/stack|at .*\.ts:\d+/);
  });
});
