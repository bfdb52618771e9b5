import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountBody,
  accountUserBody,
  agencyBody,
  employeeBody,
  problemOf,
  startV1Server,
  type V1Server,
} from './test-support/v1-server.js';

/*
 * Widget sessions minted over HTTP and used on /trpc, with a clock the test moves (so expiry
 * is checked without waiting).
 */

let server: V1Server;
let currentTime = Date.now();
const clock = { now: () => new Date(currentTime) };

async function mint(user: Record<string, string>, expiresInSeconds?: number) {
  return server.v1('POST', '/v1/sessions', {
    body: { user, ...(expiresInSeconds ? { expiresInSeconds } : {}) },
  });
}

async function tokenFor(user: Record<string, string>, expiresInSeconds?: number): Promise<string> {
  const response = await mint(user, expiresInSeconds);
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

async function trpcStatus(token: string): Promise<number> {
  try {
    await server.client(token).session.me.query();
    return 200;
  } catch (error) {
    if (error instanceof TRPCClientError) return (error.data as { httpStatus: number }).httpStatus;
    throw error;
  }
}

beforeAll(async () => {
  server = await startV1Server({ clock });
  const puts: [string, unknown][] = [
    ['/v1/agencies/ag-1', agencyBody(1)],
    ['/v1/agencies/ag-1/employees/emp-1', employeeBody(1)],
    ['/v1/agencies/ag-1/employees/emp-2', employeeBody(2, 'standard')],
    ['/v1/accounts/acc-1', accountBody(1)],
    ['/v1/accounts/acc-1/users/u-1', accountUserBody(1)],
  ];
  for (const [path, body] of puts)
    expect((await server.v1('PUT', path, { body })).status).toBe(201);
});
afterAll(async () => {
  await server.close();
});

describe('a session token on /trpc', () => {
  it('names exactly the user it was minted for (X sees X, never Y)', async () => {
    const x = await server
      .client(await tokenFor({ type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' }))
      .session.me.query();
    const y = await server
      .client(await tokenFor({ type: 'employee', agencyId: 'ag-1', employeeId: 'emp-2' }))
      .session.me.query();
    expect(x).toMatchObject({ kind: 'employee', name: 'Anställd 1', rights: 'full' });
    expect(y).toMatchObject({ kind: 'employee', name: 'Anställd 2', rights: 'standard' });
    expect(x.id).not.toBe(y.id);
    const user = await server
      .client(await tokenFor({ type: 'account_user', accountId: 'acc-1', userId: 'u-1' }))
      .session.me.query();
    expect(user).toMatchObject({ kind: 'account_user', name: 'Användare 1', isAdmin: true });
  });

  it('answers the documented shape, expiring when asked', async () => {
    const response = await mint({ type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' }, 120);
    const session = (await response.json()) as { expiresAt: string; user: unknown; object: string };
    expect(session.object).toBe('session');
    expect(new Date(session.expiresAt).getTime()).toBe(
      Math.floor(currentTime / 1000) * 1000 + 120_000,
    );
    expect(session.user).toEqual({ type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('stops working once expired: 401', async () => {
    const token = await tokenFor({ type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' }, 60);
    expect(await trpcStatus(token)).toBe(200);
    currentTime += 61_000;
    expect(await trpcStatus(token)).toBe(401);
  });

  it('refuses a token of the wrong signature', async () => {
    const token = await tokenFor({ type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' });
    const [header, payload] = token.split('.');
    expect(await trpcStatus(`${header}.${payload}.${'A'.repeat(43)}`)).toBe(401);
  });
});

describe('a deactivated employee', () => {
  it('gets no session (403 EMPLOYEE_DEACTIVATED), and a token minted before stops working', async () => {
    const before = await tokenFor({ type: 'employee', agencyId: 'ag-1', employeeId: 'emp-2' });
    expect(await trpcStatus(before)).toBe(200);
    expect((await server.v1('DELETE', '/v1/agencies/ag-1/employees/emp-2')).status).toBe(200);
    const refused = await mint({ type: 'employee', agencyId: 'ag-1', employeeId: 'emp-2' });
    expect(refused.status).toBe(403);
    expect(await problemOf(refused)).toMatchObject({
      appCode: 'EMPLOYEE_DEACTIVATED',
      detail: 'The employee is deactivated.',
    });
    const status = await trpcStatus(before);
    expect([401, 403]).toContain(status);
  });

  it('a deactivated account user gets 403 ACCOUNT_USER_DEACTIVATED', async () => {
    expect((await server.v1('DELETE', '/v1/accounts/acc-1/users/u-1')).status).toBe(200);
    const refused = await mint({ type: 'account_user', accountId: 'acc-1', userId: 'u-1' });
    expect(refused.status).toBe(403);
    expect((await problemOf(refused)).appCode).toBe('ACCOUNT_USER_DEACTIVATED');
  });
});
