import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from './generated/openapi.js';
import { orgNumber, startV1Server, type V1Server } from './test-support/v1-server.js';

/*
 * A host's first day, through a client typed by the committed generated types (openapi-fetch):
 * agency → employee → customer → task → widget session. A route or schema change that the
 * types do not know fails typecheck here, and the generation test keeps the types current.
 */

let server: V1Server;

beforeAll(async () => {
  server = await startV1Server();
});
afterAll(async () => {
  await server.close();
});

describe('the generated client', () => {
  it('walks agency → employee → customer → task → session', async () => {
    const client = createClient<paths>({
      baseUrl: server.url,
      headers: { authorization: `Bearer ${server.keyA.key}`, 'accept-language': 'en' },
    });
    const agencyId = 'sb/4711'.replace('/', '-');
    const agency = await client.PUT('/v1/agencies/{agencyId}', {
      params: { path: { agencyId } },
      body: { name: 'Smarta Byrån AB', orgNumber: orgNumber(42) },
    });
    expect(agency.response.status).toBe(201);
    expect(agency.data?.id).toBe(agencyId);

    const employee = await client.PUT('/v1/agencies/{agencyId}/employees/{employeeId}', {
      params: { path: { agencyId, employeeId: 'emp 1'.replace(' ', '_') } },
      body: { name: 'Eva Ek', email: 'eva@smartabyran.se', rights: 'full' },
    });
    expect(employee.data).toMatchObject({ id: 'emp_1', active: true, locale: 'sv' });

    const customer = await client.PUT('/v1/agencies/{agencyId}/customers/{customerId}', {
      params: { path: { agencyId, customerId: 'c-1' } },
      body: {
        name: 'Kund AB',
        orgNumber: orgNumber(43),
        companyType: 'aktiebolag',
        contact: { name: 'Karl Kund', email: 'karl@kund.se' },
        accountManagerId: 'emp_1',
      },
    });
    expect(customer.data?.accountManagerId).toBe('emp_1');

    const task = await client.PUT('/v1/agencies/{agencyId}/tasks/{taskId}', {
      params: { path: { agencyId, taskId: 't-1' } },
      body: { customerId: 'c-1', name: 'Löpande bokföring', ownerId: 'emp_1' },
    });
    expect(task.response.status).toBe(201);
    expect(task.data?.participantIds).toEqual([]);

    const session = await client.POST('/v1/sessions', {
      body: { user: { type: 'employee', agencyId, employeeId: 'emp_1' }, expiresInSeconds: 600 },
    });
    expect(session.response.status).toBe(201);
    const token = session.data?.token ?? '';
    expect(await server.client(token).session.me.query()).toMatchObject({ name: 'Eva Ek' });

    const missing = await client.GET('/v1/agencies/{agencyId}', {
      params: { path: { agencyId: 'nope' } },
    });
    expect(missing.error).toMatchObject({ status: 404, appCode: 'AGENCY_NOT_FOUND' });

    const page = await client.GET('/v1/agencies/{agencyId}/employees', {
      params: { path: { agencyId }, query: { limit: 1 } },
    });
    expect(page.data?.data.map((item) => item.id)).toEqual(['emp_1']);
  });
});
