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
 * A walk through the whole integration API over HTTP, as a host's backend calls it. Every
 * request is recorded, and the last test checks that every operation of the OpenAPI document
 * was called and answered by its route (not by the 404/405 handler): a route added without a
 * test fails here.
 */

let server: V1Server;
type Page = { object: 'list'; data: { id: string }[]; nextCursor: string };
const called: { method: string; path: string; appCode: string | null }[] = [];

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await server.v1(method, path, body === undefined ? {} : { body });
  const problem = response.headers.get('content-type')?.startsWith('application/problem+json');
  const appCode = problem ? ((await response.clone().json()) as { appCode: string }).appCode : null;
  called.push({ method, path: path.split('?')[0] ?? path, appCode });
  return response;
}

beforeAll(async () => {
  server = await startV1Server();
});
afterAll(async () => {
  await server.close();
});

describe('an agency and its directory', () => {
  it('PUT creates (201) and the same PUT again answers 200 with the same version and body', async () => {
    const first = await call('PUT', '/v1/agencies/ag-1', agencyBody(1));
    expect(first.status).toBe(201);
    expect(first.headers.get('collab-outcome')).toBe('created');
    const created = await first.json();
    expect(created).toMatchObject({ object: 'agency', id: 'ag-1', version: 1 });
    const again = await call('PUT', '/v1/agencies/ag-1', agencyBody(1));
    expect(again.status).toBe(200);
    expect(again.headers.get('collab-outcome')).toBe('unchanged');
    expect(again.headers.get('etag')).toBe('"1"');
    expect(await again.json()).toEqual(created);
  });

  it('PUT with a change answers 200 with the next version; GET and the list show it', async () => {
    const changed = await call('PUT', '/v1/agencies/ag-1', {
      ...agencyBody(1),
      name: 'Ny Byrå AB',
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ name: 'Ny Byrå AB', version: 2 });
    const got = await call('GET', '/v1/agencies/ag-1');
    expect(got.headers.get('etag')).toBe('"2"');
    expect(await got.json()).toMatchObject({ id: 'ag-1', version: 2 });
    const list = (await (await call('GET', '/v1/agencies?limit=10')).json()) as Page;
    expect(list).toMatchObject({ object: 'list', nextCursor: null });
    expect(list.data.map((agency: { id: string }) => agency.id)).toEqual(['ag-1']);
  });

  it('employees: PUT, GET, list with a cursor, DELETE deactivates', async () => {
    for (const id of ['emp-1', 'emp-2', 'emp-3']) {
      const seed = Number(id.slice(-1));
      expect(
        (await call('PUT', `/v1/agencies/ag-1/employees/${id}`, employeeBody(seed))).status,
      ).toBe(201);
    }
    const got = await (await call('GET', '/v1/agencies/ag-1/employees/emp-1')).json();
    expect(got).toMatchObject({ object: 'employee', id: 'emp-1', agencyId: 'ag-1', active: true });
    const page = (await (await call('GET', '/v1/agencies/ag-1/employees?limit=2')).json()) as Page;
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    const rest = (await (
      await call(
        'GET',
        `/v1/agencies/ag-1/employees?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`,
      )
    ).json()) as Page;
    expect(rest.data.map((employee: { id: string }) => employee.id)).toEqual(['emp-3']);
    expect(rest.nextCursor).toBeNull();
    const deleted = await call('DELETE', '/v1/agencies/ag-1/employees/emp-3');
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ id: 'emp-3', active: false });
  });

  it('customers and tasks: PUT, GET, list, DELETE', async () => {
    expect(
      (await call('PUT', '/v1/agencies/ag-1/customers/cus-1', customerBody(1, 'emp-1'))).status,
    ).toBe(201);
    expect((await call('PUT', '/v1/agencies/ag-1/customers/cus-2', customerBody(2))).status).toBe(
      201,
    );
    expect(await (await call('GET', '/v1/agencies/ag-1/customers/cus-1')).json()).toMatchObject({
      object: 'customer',
      accountManagerId: 'emp-1',
    });
    const customers = (await (await call('GET', '/v1/agencies/ag-1/customers')).json()) as Page;
    expect(customers.data).toHaveLength(2);

    const task = taskBody('cus-1', 'emp-1', ['emp-2']);
    expect((await call('PUT', '/v1/agencies/ag-1/tasks/task-1', task)).status).toBe(201);
    expect((await call('PUT', '/v1/agencies/ag-1/tasks/task-2', task)).status).toBe(201);
    expect(await (await call('GET', '/v1/agencies/ag-1/tasks/task-1')).json()).toMatchObject({
      object: 'task',
      customerId: 'cus-1',
      participantIds: ['emp-2'],
    });
    expect(
      ((await (await call('GET', '/v1/agencies/ag-1/tasks')).json()) as Page).data,
    ).toHaveLength(2);
    expect((await call('DELETE', '/v1/agencies/ag-1/tasks/task-2')).status).toBe(204);
    expect((await call('GET', '/v1/agencies/ag-1/tasks/task-2')).status).toBe(404);
    expect((await call('DELETE', '/v1/agencies/ag-1/customers/cus-2')).status).toBe(204);
    expect((await call('GET', '/v1/agencies/ag-1/customers/cus-2')).status).toBe(404);
  });

  it('sync applies a directory in bulk and says what happened to each record', async () => {
    const response = await call('POST', '/v1/agencies/ag-1/sync', {
      employees: [
        { id: 'emp-1', ...employeeBody(1) },
        { id: 'emp-9', ...employeeBody(9) },
      ],
      customers: [
        { id: 'cus-9', ...customerBody(9) },
        { id: 'bad id', name: '' },
      ],
      tasks: [{ id: 'task-9', ...taskBody('cus-9', 'emp-9') }],
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { object: string; counts: Record<string, number> };
    expect(result.object).toBe('sync_result');
    expect(result.counts).toMatchObject({ created: 3, unchanged: 1, failed: 1 });
  });
});

describe('company accounts and their users', () => {
  it('PUT, GET, list; users PUT, GET, list, DELETE deactivates', async () => {
    expect((await call('PUT', '/v1/accounts/acc-1', accountBody(1))).status).toBe(201);
    expect(await (await call('GET', '/v1/accounts/acc-1')).json()).toMatchObject({
      object: 'account',
      id: 'acc-1',
    });
    expect(((await (await call('GET', '/v1/accounts')).json()) as Page).data).toHaveLength(1);
    expect((await call('PUT', '/v1/accounts/acc-1/users/u-1', accountUserBody(1))).status).toBe(
      201,
    );
    expect(
      (await call('PUT', '/v1/accounts/acc-1/users/u-2', accountUserBody(2, false))).status,
    ).toBe(201);
    expect(await (await call('GET', '/v1/accounts/acc-1/users/u-1')).json()).toMatchObject({
      object: 'account_user',
      isAdmin: true,
    });
    expect(
      ((await (await call('GET', '/v1/accounts/acc-1/users')).json()) as Page).data,
    ).toHaveLength(2);
    const deleted = await call('DELETE', '/v1/accounts/acc-1/users/u-2');
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ id: 'u-2', active: false });
  });
});

describe('sessions', () => {
  it('POST /v1/sessions answers 201 with a token for an active employee and account user', async () => {
    const employee = await call('POST', '/v1/sessions', {
      user: { type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' },
    });
    expect(employee.status).toBe(201);
    expect(await employee.json()).toMatchObject({ object: 'session', token: expect.any(String) });
    const user = await call('POST', '/v1/sessions', {
      user: { type: 'account_user', accountId: 'acc-1', userId: 'u-1' },
      expiresInSeconds: 60,
    });
    expect(user.status).toBe(201);
  });
});

describe('the OpenAPI document', () => {
  it('every documented operation was called by this walk and answered by its route', async () => {
    const document = (await (await server.request('/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.entries(document.paths).flatMap(([template, methods]) =>
      Object.keys(methods).map((method) => ({ template, method: method.toUpperCase() })),
    );
    expect(operations).toHaveLength(24);
    const uncalled = operations.filter(({ template, method }) => {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      return !called.some(
        (request) =>
          request.method === method &&
          pattern.test(request.path) &&
          request.appCode !== 'ROUTE_NOT_FOUND' &&
          request.appCode !== 'METHOD_NOT_ALLOWED',
      );
    });
    expect(uncalled).toEqual([]);
  });

  it('an unknown /v1 address is a ROUTE_NOT_FOUND problem', async () => {
    const problem = await problemOf(await server.v1('GET', '/v1/nothing-here'));
    expect(problem).toMatchObject({ status: 404, appCode: 'ROUTE_NOT_FOUND' });
  });
});
