import { syncMaximumRecords } from '@collab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from './test-support/bad-input-cases.js';
import {
  accountBody,
  accountUserBody,
  agencyBody,
  customerBody,
  employeeBody,
  problemOf,
  startV1Server,
  taskBody,
  type V1Server,
} from './test-support/v1-server.js';

/*
 * The bad-input table of /v1 (in the spirit of http-errors.test.ts): every endpoint gets
 * generated junk in its path ids, its query and its body. Each answer must be a 4xx
 * problem+json that names what is wrong, never a 500, and the database must be exactly as
 * before (every table's row count, audit rows included: a write always audits).
 */

let server: V1Server;

beforeAll(async () => {
  server = await startV1Server();
  const { v1 } = server;
  const setup: [string, unknown][] = [
    ['/v1/agencies/ag-1', agencyBody(1)],
    ['/v1/agencies/ag-1/employees/emp-1', employeeBody(1)],
    ['/v1/agencies/ag-1/customers/cus-1', customerBody(1)],
    ['/v1/agencies/ag-1/tasks/tas-1', taskBody('cus-1', 'emp-1')],
    ['/v1/accounts/acc-1', accountBody(1)],
    ['/v1/accounts/acc-1/users/u-1', accountUserBody(1)],
  ];
  for (const [path, body] of setup) expect((await v1('PUT', path, { body })).status).toBe(201);
});
afterAll(async () => {
  await server.close();
});

describe('junk to every /v1 endpoint', () => {
  const table = cases();

  it('the table covers every operation and is large', () => {
    expect(
      new Set(table.map((entry) => `${entry.endpoint.method} ${entry.endpoint.template}`)).size,
    ).toBe(24);
    expect(table.length).toBeGreaterThan(300);
  });

  it.each(table.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const before = server.rowCounts();
    const response = await server.request(entry.path, {
      method: entry.endpoint.method,
      headers: {
        authorization: `Bearer ${server.keyA.key}`,
        'accept-language': 'en',
        ...entry.headers,
      },
      ...(entry.body !== undefined
        ? { body: entry.bytes ? new TextEncoder().encode(entry.body) : entry.body }
        : {}),
    });
    const problem = await problemOf(response);
    expect({
      status: response.status,
      appCode: problem.appCode,
      errors: problem.errors,
    }).toMatchObject({
      status: entry.status,
      ...(entry.appCode ? { appCode: entry.appCode } : {}),
    });
    expect(problem.status).toBe(entry.status);
    const named = Object.keys(problem.errors ?? {}).some(
      (path) => path === entry.field || path.startsWith(`${entry.field}.`),
    );
    if (entry.field) expect(named, JSON.stringify(problem.errors)).toBe(true);
    expect(server.rowCounts()).toEqual(before);
  });
});

describe('sync bodies', () => {
  it(`refuses ${syncMaximumRecords + 1} records before writing any`, async () => {
    const before = server.rowCounts();
    const employees = Array.from({ length: syncMaximumRecords + 1 }, (_, index) => ({
      id: `e-${index}`,
      ...employeeBody(index),
    }));
    const response = await server.v1('POST', '/v1/agencies/ag-1/sync', { body: { employees } });
    const problem = await problemOf(response);
    expect(response.status).toBe(400);
    expect(problem.appCode).toBe('SYNC_TOO_LARGE');
    expect(server.rowCounts()).toEqual(before);
  });

  it('refuses a body over 16 MB with 413', async () => {
    const response = await server.v1('POST', '/v1/agencies/ag-1/sync', {
      body: `{"employees":[${'"x",'.repeat(5 * 1024 * 1024)}"x"]}`,
    });
    expect(response.status).toBe(413);
    expect((await problemOf(response)).appCode).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses lists that are not lists, naming them', async () => {
    for (const field of ['employees', 'customers', 'tasks']) {
      const response = await server.v1('POST', '/v1/agencies/ag-1/sync', { body: { [field]: {} } });
      expect(response.status).toBe(400);
      expect(Object.keys((await problemOf(response)).errors ?? {})).toContain(field);
    }
  });
});
