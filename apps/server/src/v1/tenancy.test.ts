import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * Integration B's key over HTTP against integration A's data: every resource and operation of
 * A answers B exactly as an id that exists nowhere (same status, same problem), and nothing B
 * sends lands in or changes A's agencies and accounts.
 */

let server: V1Server;

const aResources: [string, unknown][] = [
  ['/v1/agencies/ag-1', agencyBody(1)],
  ['/v1/agencies/ag-1/employees/emp-1', employeeBody(1)],
  ['/v1/agencies/ag-1/customers/cus-1', customerBody(1, 'emp-1')],
  ['/v1/agencies/ag-1/tasks/task-1', taskBody('cus-1', 'emp-1')],
  ['/v1/accounts/acc-1', accountBody(1)],
  ['/v1/accounts/acc-1/users/u-1', accountUserBody(1)],
];

/** Every operation on A's resources, and the same one on ids that exist nowhere. */
const operations: { name: string; method: string; path: string; absent: string; body?: unknown }[] =
  [
    // A's agency and account themselves are left out of the PUTs: B's PUT there creates B's own.
    ...aResources.slice(1).flatMap(([path, body]) => {
      const absent = path.replace('ag-1', 'ag-none').replace('acc-1', 'acc-none');
      return [
        ...(path === '/v1/accounts/acc-1'
          ? []
          : [{ name: `PUT ${path}`, method: 'PUT', path, absent, body }]),
        { name: `GET ${path}`, method: 'GET', path, absent },
      ];
    }),
    {
      name: 'GET agency',
      method: 'GET',
      path: '/v1/agencies/ag-1',
      absent: '/v1/agencies/ag-none',
    },
    {
      name: 'GET account',
      method: 'GET',
      path: '/v1/accounts/acc-1',
      absent: '/v1/accounts/acc-none',
    },
    ...['employees/emp-1', 'customers/cus-1', 'tasks/task-1'].map((rest) => ({
      name: `DELETE ${rest}`,
      method: 'DELETE',
      path: `/v1/agencies/ag-1/${rest}`,
      absent: `/v1/agencies/ag-none/${rest}`,
    })),
    {
      name: 'DELETE account user',
      method: 'DELETE',
      path: '/v1/accounts/acc-1/users/u-1',
      absent: '/v1/accounts/acc-none/users/u-1',
    },
    ...['employees', 'customers', 'tasks'].map((kind) => ({
      name: `list ${kind}`,
      method: 'GET',
      path: `/v1/agencies/ag-1/${kind}`,
      absent: `/v1/agencies/ag-none/${kind}`,
    })),
    {
      name: 'list account users',
      method: 'GET',
      path: '/v1/accounts/acc-1/users',
      absent: '/v1/accounts/acc-none/users',
    },
    {
      name: 'sync',
      method: 'POST',
      path: '/v1/agencies/ag-1/sync',
      absent: '/v1/agencies/ag-none/sync',
      body: { employees: [{ id: 'emp-b', ...employeeBody(7) }] },
    },
  ];

function comparable(problem: Awaited<ReturnType<typeof problemOf>>) {
  const { requestId: _requestId, instance: _instance, ...rest } = problem;
  return rest;
}

beforeAll(async () => {
  server = await startV1Server();
  for (const [path, body] of aResources)
    expect((await server.v1('PUT', path, { body })).status).toBe(201);
});
afterAll(async () => {
  await server.close();
});

describe('integration B against integration A’s data', () => {
  it.each(operations.map((operation) => [operation.name, operation] as const))(
    '%s answers B 404, exactly as an id that exists nowhere',
    async (_name, operation) => {
      const before = server.rowCounts();
      const send = (path: string) =>
        server.v1(operation.method, path, {
          key: server.keyB.key,
          ...(operation.body === undefined ? {} : { body: operation.body }),
        });
      const onA = await send(operation.path);
      const nowhere = await send(operation.absent);
      expect(onA.status).toBe(404);
      expect(nowhere.status).toBe(404);
      expect(comparable(await problemOf(onA))).toEqual(comparable(await problemOf(nowhere)));
      expect(server.rowCounts()).toEqual(before);
    },
  );

  it('B cannot open a session for A’s employee or account user', async () => {
    for (const user of [
      { type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' },
      { type: 'account_user', accountId: 'acc-1', userId: 'u-1' },
    ]) {
      const response = await server.v1('POST', '/v1/sessions', {
        key: server.keyB.key,
        body: { user },
      });
      expect(response.status).toBe(404);
    }
  });

  it('B’s lists do not show A’s agencies or accounts', async () => {
    for (const path of ['/v1/agencies', '/v1/accounts']) {
      const page = (await (await server.v1('GET', path, { key: server.keyB.key })).json()) as {
        data: unknown[];
      };
      expect(page.data).toEqual([]);
    }
  });

  it('B’s own ids are its own: B’s ag-1 is a new agency, and nothing of A’s moves into it', async () => {
    const aBefore = await (await server.v1('GET', '/v1/agencies/ag-1')).json();
    const created = await server.v1('PUT', '/v1/agencies/ag-1', {
      key: server.keyB.key,
      body: agencyBody(2),
    });
    expect(created.status).toBe(201);
    // A task in B's agency naming A's customer and employee ids finds nothing to point at.
    const task = await server.v1('PUT', '/v1/agencies/ag-1/tasks/task-b', {
      key: server.keyB.key,
      body: taskBody('cus-1', 'emp-1'),
    });
    expect(task.status).toBeGreaterThanOrEqual(400);
    expect(task.status).toBeLessThan(500);
    expect(await (await server.v1('GET', '/v1/agencies/ag-1')).json()).toEqual(aBefore);
    const aEmployees = (await (await server.v1('GET', '/v1/agencies/ag-1/employees')).json()) as {
      data: { id: string }[];
    };
    expect(aEmployees.data.map((employee) => employee.id)).toEqual(['emp-1']);
    const bEmployees = (await (
      await server.v1('GET', '/v1/agencies/ag-1/employees', { key: server.keyB.key })
    ).json()) as { data: unknown[] };
    expect(bEmployees.data).toEqual([]);
  });
});
