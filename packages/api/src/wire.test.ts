import { beforeEach, describe, expect, it } from 'vitest';
import { callOverHttp } from './test-support/http.js';
import { createTestWorld, rowCounts, type TestWorld } from './test-support/world.js';

let world: TestWorld;
beforeEach(() => {
  world = createTestWorld();
});

interface ErrorBody {
  error: {
    message: string;
    code: number;
    data: {
      code: string;
      httpStatus: number;
      appCode: string;
      params: Record<string, unknown>;
      fieldErrors: Record<string, { code: string; message: string }[]> | null;
    } & Record<string, unknown>;
  };
}

describe('given a plain HTTP client', () => {
  it('gets plain JSON with ISO 8601 dates, no transformer envelope', async () => {
    const activation = await callOverHttp(world, {
      userId: world.ids.fullEmployee,
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: {
        customerId: world.ids.existingCustomer,
        taskId: world.ids.existingCustomerTask,
        services: [{ service: 'eekonomi' }],
      },
    });
    expect(activation.status).toBe(200);
    const body = activation.body as { result: { data: { invitation: { expiresAt: string } } } };
    expect(body.result.data.invitation.expiresAt).toBe('2026-12-27T09:00:00.000Z');
    expect(body.result.data).not.toHaveProperty('json');
  });

  it('gets errors in Swedish unless it asks for English, with no stack trace', async () => {
    const swedish = await callOverHttp(world, {
      userId: world.ids.standardEmployee,
      procedure: 'collaborations.activate',
      type: 'mutation',
      locale: 'sv',
      input: {
        customerId: world.ids.newCustomer,
        taskId: world.ids.newCustomerTask,
        services: [{ service: 'eekonomi' }],
      },
    });
    expect(swedish.status).toBe(403);
    const error = (swedish.body as ErrorBody).error;
    expect(error.message).toBe(
      'Du behöver full behörighet på byrån för att göra detta. Be en kollega med full behörighet.',
    );
    expect(error.data).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'FULL_RIGHTS_REQUIRED',
      httpStatus: 403,
    });
    expect(error.data).not.toHaveProperty('stack');
  });

  it('gets field errors in the chosen language for invalid input', async () => {
    const response = await callOverHttp(world, {
      userId: world.ids.fullEmployee,
      procedure: 'collaborations.activate',
      type: 'mutation',
      locale: 'sv',
      input: {
        customerId: world.ids.newCustomer,
        taskId: world.ids.newCustomerTask,
        services: [{ service: 'eekonomi', options: { variant: 'guld' } }],
      },
    });
    expect(response.status).toBe(400);
    const error = (response.body as ErrorBody).error;
    expect(error.data.appCode).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Några uppgifter behöver rättas.');
    expect(error.data.fieldErrors).toEqual({
      'services.0.options.variant': [
        { code: 'UNKNOWN_OPTION_VALUE', message: 'Tjänsten erbjuder inte det värdet.' },
      ],
    });
  });
});

describe('given bad input of every kind', () => {
  const huge = 'x'.repeat(1_000_000);
  const cases: {
    name: string;
    procedure: string;
    type: 'query' | 'mutation';
    input: (world: TestWorld) => unknown;
    status: number;
    appCode: string;
    field?: string;
  }[] = [
    {
      name: 'an empty customer id',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: '',
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'eekonomi' }],
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'customerId',
    },
    {
      name: 'a huge customer id',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: huge,
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'eekonomi' }],
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'customerId',
    },
    {
      name: 'no services',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: w.ids.newCustomer,
        taskId: w.ids.newCustomerTask,
        services: [],
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'services',
    },
    {
      name: 'an unknown service',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: w.ids.newCustomer,
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'fortnox' }],
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'services.0.service',
    },
    {
      name: 'an option the service does not have',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: w.ids.newCustomer,
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'eekonomi' }, { service: 'scanner', options: { variant: 'pro' } }],
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'services.1.options',
    },
    {
      name: 'a huge option value',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: w.ids.newCustomer,
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'utlagg', options: { plan: huge } }],
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'services.0.options.plan',
    },
    {
      name: 'the same service twice',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: w.ids.newCustomer,
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'utlagg' }, { service: 'utlagg' }],
      }),
      status: 400,
      appCode: 'SERVICE_LISTED_TWICE',
      field: 'services.1.service',
    },
    {
      name: 'a task of another customer',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: w.ids.newCustomer,
        taskId: w.ids.existingCustomerTask,
        services: [{ service: 'utlagg' }],
      }),
      status: 400,
      appCode: 'TASK_NOT_FOR_CUSTOMER',
      field: 'taskId',
    },
    {
      name: 'a customer that does not exist',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: crypto.randomUUID(),
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'utlagg' }],
      }),
      status: 404,
      appCode: 'CUSTOMER_NOT_FOUND',
    },
    {
      name: 'a customer of another agency',
      procedure: 'customers.get',
      type: 'query',
      input: (w) => ({ customerId: w.ids.otherAgencyCustomer }),
      status: 404,
      appCode: 'CUSTOMER_NOT_FOUND',
    },
    {
      name: 'an empty idempotency key',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: (w) => ({
        customerId: w.ids.newCustomer,
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'utlagg' }],
        idempotencyKey: '',
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'idempotencyKey',
    },
    {
      name: 'no input at all',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: () => null,
      status: 400,
      appCode: 'VALIDATION_FAILED',
    },
    {
      name: 'input of the wrong type',
      procedure: 'collaborations.activate',
      type: 'mutation',
      input: () => 'activate everything',
      status: 400,
      appCode: 'VALIDATION_FAILED',
    },
    {
      name: 'an unknown status filter',
      procedure: 'collaborations.list',
      type: 'query',
      input: () => ({ status: ['paused'] }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'status.0',
    },
    {
      name: 'a page size out of range',
      procedure: 'collaborations.list',
      type: 'query',
      input: () => ({ limit: 100_000 }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'limit',
    },
    {
      name: 'a huge search',
      procedure: 'customers.list',
      type: 'query',
      input: () => ({ search: 'x'.repeat(5_000) }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'search',
    },
    {
      name: 'a forged cursor',
      procedure: 'collaborations.list',
      type: 'query',
      input: () => ({ cursor: Buffer.from('["x",1]').toString('base64url') }),
      status: 400,
      appCode: 'INVALID_CURSOR',
    },
    {
      name: 'an empty token',
      procedure: 'invitations.byToken',
      type: 'query',
      input: () => ({ token: '' }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'token',
    },
    {
      name: 'a huge token',
      procedure: 'invitations.accept',
      type: 'mutation',
      input: () => ({ token: huge }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'token',
    },
    {
      name: 'a huge decline reason',
      procedure: 'invitations.decline',
      type: 'mutation',
      input: () => ({ token: 'A'.repeat(43), reason: 'nej '.repeat(1_000) }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'reason',
    },
    {
      name: 'an invitation id that is not an id',
      procedure: 'invitations.resend',
      type: 'mutation',
      input: () => ({ invitationId: "1' or '1'='1" }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'invitationId',
    },
    {
      name: 'an unknown procedure',
      procedure: 'collaborations.delete',
      type: 'mutation',
      input: () => ({}),
      status: 404,
      appCode: 'UNKNOWN_PROCEDURE',
    },
    {
      name: 'an update without a version',
      procedure: 'collaborations.update',
      type: 'mutation',
      input: () => ({ collaborationId: crypto.randomUUID(), options: { variant: 'pro' } }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'version',
    },
    {
      name: 'an update with a negative version',
      procedure: 'collaborations.update',
      type: 'mutation',
      input: () => ({ collaborationId: crypto.randomUUID(), version: -1 }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'version',
    },
    {
      name: 'an update of a collaboration that does not exist',
      procedure: 'collaborations.update',
      type: 'mutation',
      input: () => ({ collaborationId: crypto.randomUUID(), version: 1 }),
      status: 404,
      appCode: 'COLLABORATION_NOT_FOUND',
    },
    {
      name: 'an update with a huge option value',
      procedure: 'collaborations.update',
      type: 'mutation',
      input: () => ({
        collaborationId: crypto.randomUUID(),
        version: 1,
        options: { variant: huge },
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'options.variant',
    },
    {
      name: 'an end with a huge reason',
      procedure: 'collaborations.end',
      type: 'mutation',
      input: () => ({ collaborationId: crypto.randomUUID(), reason: huge }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'reason',
    },
    {
      name: 'an end confirmed with a string',
      procedure: 'collaborations.end',
      type: 'mutation',
      input: () => ({ collaborationId: crypto.randomUUID(), confirmDataDeletion: 'yes' }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'confirmDataDeletion',
    },
    {
      name: 'a link to an unknown service',
      procedure: 'collaborations.link',
      type: 'mutation',
      input: (w) => ({
        collaborationId: crypto.randomUUID(),
        taskId: w.ids.newCustomerTask,
        selection: { service: 'bokio' },
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'selection.service',
    },
    {
      name: 'participants that are not ids',
      procedure: 'tasks.setParticipants',
      type: 'mutation',
      input: (w) => ({ taskId: w.ids.newCustomerTask, participantIds: ['anna'] }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'participantIds.0',
    },
    {
      name: 'too many participants',
      procedure: 'tasks.setParticipants',
      type: 'mutation',
      input: (w) => ({
        taskId: w.ids.newCustomerTask,
        participantIds: Array.from({ length: 51 }, () => crypto.randomUUID()),
      }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'participantIds',
    },
    {
      name: 'history of a collaboration that does not exist',
      procedure: 'audit.list',
      type: 'query',
      input: () => ({ collaborationId: crypto.randomUUID() }),
      status: 404,
      appCode: 'COLLABORATION_NOT_FOUND',
    },
    {
      name: 'access without saying whose',
      procedure: 'access.list',
      type: 'query',
      input: () => ({}),
      status: 400,
      appCode: 'REQUIRED',
      field: 'customerId',
    },
    {
      name: 'an import that is not text',
      procedure: 'collaborations.importLegacy',
      type: 'mutation',
      input: () => ({ csv: 42 }),
      status: 400,
      appCode: 'VALIDATION_FAILED',
      field: 'csv',
    },
  ];

  it.each(cases)('answers $name with a typed $status and writes nothing', async (testCase) => {
    const before = rowCounts(world.db);
    const response = await callOverHttp(world, {
      userId: world.ids.fullEmployee,
      procedure: testCase.procedure,
      type: testCase.type,
      input: testCase.input(world),
    });
    expect(response.status).toBe(testCase.status);
    const error = (response.body as ErrorBody).error;
    expect(error.data.appCode).toBe(testCase.appCode);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toMatch(/zod|sqlite|stack|TypeError/i);
    if (testCase.field) expect(Object.keys(error.data.fieldErrors ?? {})).toContain(testCase.field);
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('answers an unknown invitation link with 200 and `invalid`: an answer, not an error', async () => {
    // An old or mistyped link is an expected state of the accept page; a 404 would be logged
    // as an error in the console of the host page that shows it.
    const response = await callOverHttp(world, {
      userId: null,
      procedure: 'invitations.byToken',
      type: 'query',
      input: { token: 'A'.repeat(43) },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ result: { data: { state: 'invalid' } } });
  });
});

/**
 * Option names come from the caller's JSON, so names that JavaScript objects inherit must be
 * refused like any unknown option (issue 12, defect 1). `__proto__` is sent as an own key of
 * the raw JSON: an object literal `{ __proto__: 'x' }` would set the prototype instead.
 */
describe('given option names that are JavaScript built-ins', () => {
  const builtInNames = [
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__defineGetter__',
    '__proto__',
  ];
  const optionsNamed = (name: string): Record<string, string> =>
    JSON.parse(`{${JSON.stringify(name)}: "x"}`) as Record<string, string>;

  const procedures: {
    procedure: string;
    field: string;
    input: (world: TestWorld, options: Record<string, string>) => Promise<unknown>;
  }[] = [
    {
      procedure: 'collaborations.activate',
      field: 'services.0.options',
      input: async (w, options) => ({
        customerId: w.ids.newCustomer,
        taskId: w.ids.newCustomerTask,
        services: [{ service: 'eekonomi', options }],
      }),
    },
    {
      procedure: 'collaborations.update',
      field: 'options',
      input: async (w, options) => {
        const activation = await w.callerFor(w.ids.fullEmployee).collaborations.activate({
          customerId: w.ids.newCustomer,
          taskId: w.ids.newCustomerTask,
          services: [{ service: 'eekonomi' }],
        });
        const [first] = activation.services;
        return { collaborationId: first?.collaborationId, version: 1, options };
      },
    },
    {
      procedure: 'collaborations.link',
      field: 'selection.options',
      input: async (w, options) => {
        const imported = await w.callerFor(w.ids.fullEmployee).collaborations.importLegacy({
          csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n556677-8899;Nykund AB;Byråstöd;2024-01-01\n',
        });
        return {
          collaborationId: imported.rows[0]?.collaborationId,
          taskId: w.ids.newCustomerTask,
          selection: { service: 'eekonomi', options },
        };
      },
    },
  ];
  const cases = procedures.flatMap((procedure) =>
    builtInNames.map((name) => ({ ...procedure, name })),
  );

  it.each(cases)(
    '$procedure answers an option named $name with a typed 400 and a field error',
    async (testCase) => {
      const input = await testCase.input(world, optionsNamed(testCase.name));
      const before = rowCounts(world.db);
      const response = await callOverHttp(world, {
        userId: world.ids.fullEmployee,
        procedure: testCase.procedure,
        type: 'mutation',
        input,
      });
      expect(response.status).toBe(400);
      const error = (response.body as ErrorBody).error;
      expect(error.data.code).toBe('BAD_REQUEST');
      expect(error.data.appCode).toBe('VALIDATION_FAILED');
      const fields = Object.keys(error.data.fieldErrors ?? {});
      expect(fields.some((field) => field.startsWith(testCase.field))).toBe(true);
      expect(rowCounts(world.db)).toEqual(before);
    },
  );
});
