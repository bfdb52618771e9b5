import { request as httpRequest } from 'node:http';
import { maxBatchSize } from '@collab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/running-server.js';

/*
 * The errors the HTTP server answers before a procedure runs, and the batches it lets through.
 * Every error from `/trpc` has tRPC's shape with `data.appCode`, in the caller's language, so
 * a client in any language reads it as it reads the API's own errors.
 */

let server: TestServer;
let employeeToken: string;

beforeAll(async () => {
  server = await startTestServer();
  const employee = (await server.users()).find((user) => user.role === 'employee_full');
  employeeToken = await server.tokenFor(employee?.id ?? '');
});
afterAll(async () => {
  await server.close();
});

interface TrpcErrorBody {
  error: {
    message: string;
    code: number;
    data: {
      code: string;
      httpStatus: number;
      appCode: string;
      params: Record<string, unknown>;
      fieldErrors: unknown;
      details: unknown;
      path?: string;
    };
  };
}

async function trpcError(response: Response): Promise<TrpcErrorBody['error']> {
  const body = (await response.json()) as TrpcErrorBody;
  return body.error;
}

describe('given a body over the limit', () => {
  it('answers 413 in tRPC’s shape with PAYLOAD_TOO_LARGE, in English when asked', async () => {
    const response = await server.request('/trpc/collaborations.importLegacy', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en',
        authorization: `Bearer ${employeeToken}`,
      },
      body: JSON.stringify({ csv: 'x'.repeat(7 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await trpcError(response)).toEqual({
      message: 'The request is too large.',
      code: -32013,
      data: {
        code: 'PAYLOAD_TOO_LARGE',
        httpStatus: 413,
        path: 'collaborations.importLegacy',
        appCode: 'PAYLOAD_TOO_LARGE',
        params: {},
        fieldErrors: null,
        details: null,
      },
    });
  });
});

describe('given a mutation sent as something other than JSON', () => {
  const cancel = (init: RequestInit) =>
    server.request('/trpc/invitations.cancel', {
      method: 'POST',
      ...init,
      headers: { authorization: `Bearer ${employeeToken}`, ...init.headers },
    });

  it('answers 415 UNSUPPORTED_MEDIA_TYPE for text/plain, in the caller’s language, not as our fault', async () => {
    const response = await cancel({
      headers: { 'content-type': 'text/plain', 'accept-language': 'en' },
      body: JSON.stringify({ invitationId: crypto.randomUUID() }),
    });
    expect(response.status).toBe(415);
    const error = await trpcError(response);
    expect(error.data).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      httpStatus: 415,
      appCode: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(error.message).toBe(
      'The request has the wrong content type. Send JSON with Content-Type: application/json.',
    );
  });

  it('answers 415 for a body with no content type, in Swedish by default', async () => {
    const response = await cancel({
      body: new TextEncoder().encode(JSON.stringify({ invitationId: crypto.randomUUID() })),
    });
    expect(response.status).toBe(415);
    const error = await trpcError(response);
    expect(error.data.appCode).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toBe(
      'Begäran har fel innehållstyp. Skicka JSON med Content-Type: application/json.',
    );
  });

  it('answers an unknown content type the same way', async () => {
    const response = await cancel({
      headers: { 'content-type': 'application/xml', 'x-collab-locale': 'en' },
      body: '<cancel/>',
    });
    expect(response.status).toBe(415);
    expect((await trpcError(response)).data.appCode).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('given a preflight from an origin not on the allowlist', () => {
  it('refuses it with 403 in tRPC’s shape with ORIGIN_NOT_ALLOWED, in the caller’s language', async () => {
    const response = await server.request('/trpc/customers.list', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'GET',
        'accept-language': 'en',
      },
    });
    expect(response.status).toBe(403);
    const error = await trpcError(response);
    expect(error.data).toMatchObject({
      code: 'FORBIDDEN',
      httpStatus: 403,
      appCode: 'ORIGIN_NOT_ALLOWED',
    });
    expect(error.message).toBe('This origin may not call the Collab API.');
  });
});

describe('given a token the server refuses', () => {
  it('says so in the caller’s language, though tRPC has no context yet', async () => {
    const response = await server.request('/trpc/session.me', {
      headers: { authorization: 'Bearer not-a-token', 'accept-language': 'en' },
    });
    expect(response.status).toBe(401);
    const error = await trpcError(response);
    expect(error.data.appCode).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Sign in to continue.');
  });
});

/** Sends a GET with headers over Node's 16 KB limit, which Node refuses before Fastify runs. */
function requestWithHugeHeaders(path: string): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        headers: { 'accept-language': 'en', 'x-padding': 'x'.repeat(20_000) },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('given headers too large', () => {
  it('answers 431 in tRPC’s shape with HEADERS_TOO_LARGE for /trpc', async () => {
    const response = await requestWithHugeHeaders('/trpc/session.me');
    expect(response.status).toBe(431);
    const error = (JSON.parse(response.body) as TrpcErrorBody).error;
    expect(error.data).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      httpStatus: 431,
      appCode: 'HEADERS_TOO_LARGE',
      path: 'session.me',
    });
    expect(error.message).toBe('The request’s address or headers are too long.');
  });
});

describe('given a path that is no route', () => {
  it('answers a wrong /trpc path in tRPC’s shape with UNKNOWN_PROCEDURE', async () => {
    const response = await server.request('/trpc/collaborations/list', {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(404);
    const error = await trpcError(response);
    expect(error.data).toMatchObject({ httpStatus: 404, appCode: 'UNKNOWN_PROCEDURE' });
    expect(error.message).toBe('The API has no such procedure.');
  });

  it('answers any other path as plain JSON that carries the appCode too', async () => {
    const response = await server.request('/no/such/page', {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: 'There is nothing at this address.',
      appCode: 'ROUTE_NOT_FOUND',
      params: {},
    });
  });
});

/** The queries the widget's overview reads again, in one batch, after an edit is saved. */
async function widgetBatchAfterEdit(): Promise<{ paths: string; inputs: unknown[] }> {
  const client = server.client(employeeToken);
  const page = await client.collaborations.list.query({ limit: 1 });
  const collaboration = page.items[0];
  if (!collaboration) throw new Error('the demo data has no collaboration');
  const all = { limit: 50, direction: 'forward' };
  const sent = { status: ['pending', 'expired'], limit: 100, direction: 'forward' };
  return {
    paths: [
      'collaborations.list',
      'collaborations.list',
      'collaborations.list',
      'collaborations.filterOptions',
      'collaborations.list',
      'collaborations.get',
      'customers.get',
    ].join(','),
    inputs: [
      all,
      sent,
      all,
      {},
      sent,
      { collaborationId: collaboration.id },
      { customerId: collaboration.customer.id },
    ],
  };
}

const batchInput = (inputs: unknown[]) =>
  encodeURIComponent(JSON.stringify(Object.fromEntries(inputs.map((input, i) => [i, input]))));

describe('given the widget’s batch after an edit (7 procedures, 141 characters)', () => {
  it('answers it over GET with every result', async () => {
    const { paths, inputs } = await widgetBatchAfterEdit();
    expect(paths).toHaveLength(141);
    const response = await server.request(`/trpc/${paths}?batch=1&input=${batchInput(inputs)}`, {
      headers: { authorization: `Bearer ${employeeToken}` },
    });
    expect(response.status).toBe(200);
    const results = (await response.json()) as { result?: unknown }[];
    expect(results).toHaveLength(7);
    expect(results.every((result) => result.result !== undefined)).toBe(true);
  });

  it('routes the same list over POST to tRPC, which answers each call (queries want GET)', async () => {
    const { paths, inputs } = await widgetBatchAfterEdit();
    const response = await server.request(`/trpc/${paths}?batch=1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${employeeToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(inputs.map((input, i) => [i, input]))),
    });
    const results = (await response.json()) as TrpcErrorBody[];
    expect(results.map((result) => result.error.data.code)).toEqual(
      Array(7).fill('METHOD_NOT_SUPPORTED'),
    );
  });
});

describe('given batches as long as the API takes', () => {
  it('answers a GET batch of the longest procedure names up to the limit', async () => {
    const paths = Array(maxBatchSize).fill('collaborations.filterOptions').join(',');
    const inputs = Array(maxBatchSize).fill({});
    const response = await server.request(`/trpc/${paths}?batch=1&input=${batchInput(inputs)}`, {
      headers: { authorization: `Bearer ${employeeToken}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(maxBatchSize);
  });

  it('answers a POST batch of mutations up to the limit', async () => {
    const paths = Array(maxBatchSize).fill('collaborations.importLegacy').join(',');
    const inputs = Array(maxBatchSize).fill({ csv: '' });
    const response = await server.request(`/trpc/${paths}?batch=1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${employeeToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(inputs.map((input, i) => [i, input]))),
    });
    const results = (await response.json()) as ({ result: unknown } | TrpcErrorBody)[];
    expect(results).toHaveLength(maxBatchSize);
    expect(response.status).not.toBe(404);
  });

  it('refuses a longer batch with BATCH_TOO_LARGE, not a 404', async () => {
    const paths = Array(maxBatchSize + 1)
      .fill('catalog.services')
      .join(',');
    const response = await server.request(`/trpc/${paths}?batch=1&input=%7B%7D`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(400);
    const error = await trpcError(response);
    expect(error.data).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'BATCH_TOO_LARGE',
      params: { maximum: maxBatchSize },
    });
    expect(error.message).toBe(`Too many calls in one request (at most ${maxBatchSize}).`);
  });

  it('refuses a procedure list longer than any batch the API takes, without echoing the URL', async () => {
    const response = await server.request(`/trpc/${'a,'.repeat(5000)}b?batch=1&input=secret`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(414);
    const text = await response.text();
    expect(text).not.toContain('secret');
    expect((JSON.parse(text) as TrpcErrorBody).error.data).toMatchObject({
      httpStatus: 414,
      appCode: 'BATCH_TOO_LARGE',
    });
  });
});

describe('given a path with a broken percent-encoding', () => {
  it('answers 400 in tRPC’s shape for /trpc', async () => {
    const response = await server.request('/trpc/%E0%A4%A', {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(400);
    expect((await trpcError(response)).data).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'REQUEST_INVALID',
    });
  });
});
