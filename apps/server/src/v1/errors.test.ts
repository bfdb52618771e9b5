import { request as httpRequest } from 'node:http';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyBody, problemOf, startV1Server, type V1Server } from './test-support/v1-server.js';

/*
 * The errors /v1 answers itself, all as RFC 9457 problems (application/problem+json) in the
 * caller's language: unknown address, wrong method, body too large, too many requests, and
 * an unexpected failure (500 with no internal text).
 */

let server: V1Server;
let logText = '';

beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => {
    logText += chunk.toString('utf8');
  });
  server = await startV1Server(
    { integrationRequestsPerMinute: 40, logStream },
    { LOG_LEVEL: 'error' },
  );
});
afterAll(async () => {
  await server.close();
});

describe('problem details', () => {
  it('have the RFC 9457 members, with a type link, the path as instance and the request id', async () => {
    const response = await server.v1('GET', '/v1/agencies/ag-none');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const problem = await problemOf(response);
    expect(problem).toEqual({
      type: expect.stringMatching(/\/v1\/reference#error-AGENCY_NOT_FOUND$/),
      title: 'Not Found',
      status: 404,
      detail: 'The agency does not exist.',
      instance: '/v1/agencies/ag-none',
      appCode: 'AGENCY_NOT_FOUND',
      params: {},
      errors: null,
      requestId: response.headers.get('x-request-id'),
    });
  });

  it('are in Swedish by default and in English when asked', async () => {
    const swedish = await server.v1('GET', '/v1/agencies/ag-none', {
      headers: { 'accept-language': 'sv-SE,sv;q=0.9' },
    });
    expect((await problemOf(swedish)).detail).toBe('Byrån finns inte.');
    const field = await server.v1('PUT', '/v1/agencies/ag-1', {
      body: { ...agencyBody(1), name: '' },
      headers: { 'accept-language': 'sv' },
    });
    const problem = await problemOf(field);
    expect(problem.detail).toBe('Några uppgifter behöver rättas.');
    expect(problem.errors?.name?.[0]?.message).toBe('Fältet måste fyllas i.');
  });

  it('an unknown /v1 address: 404 ROUTE_NOT_FOUND', async () => {
    for (const path of [
      '/v1',
      '/v1/',
      '/v1/agencies/ag-1/nothing',
      '/v1/agencies/ag-1/employees/e/x',
    ]) {
      const response = await server.v1('GET', path);
      expect(response.status, path).toBe(404);
      expect((await problemOf(response)).appCode).toBe('ROUTE_NOT_FOUND');
    }
  });

  it('a known address with another method: 405 METHOD_NOT_ALLOWED with Allow', async () => {
    const response = await server.v1('POST', '/v1/agencies/ag-1');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, PUT');
    expect(await problemOf(response)).toMatchObject({
      appCode: 'METHOD_NOT_ALLOWED',
      params: { method: 'POST', allowed: 'GET, HEAD, PUT' },
    });
    expect((await server.v1('DELETE', '/v1/agencies')).status).toBe(405);
  });

  it('a body over the server’s limit on a normal route: 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await server.v1('PUT', '/v1/agencies/ag-1', {
      body: JSON.stringify({ name: 'x'.repeat(7 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect((await problemOf(response)).appCode).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a bad percent-encoding in the path: 400 problem', async () => {
    const response = await server.v1('GET', '/v1/agencies/%E0%A4%A');
    expect(response.status).toBe(400);
    expect((await problemOf(response)).appCode).toBe('REQUEST_INVALID');
  });
});

describe('headers over Node’s limit', () => {
  it('are refused before Fastify with a 431 HEADERS_TOO_LARGE problem', async () => {
    const url = new URL(server.url);
    const answer = await new Promise<{ status: number; type: string; body: string }>(
      (resolve, reject) => {
        const outgoing = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: '/v1/agencies',
            headers: { 'accept-language': 'en', 'x-padding': 'x'.repeat(20_000) },
          },
          (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => {
              body += chunk;
            });
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                type: response.headers['content-type'] ?? '',
                body,
              }),
            );
          },
        );
        outgoing.on('error', reject);
        outgoing.end();
      },
    );
    expect(answer.status).toBe(431);
    expect(answer.type).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(answer.body)).toMatchObject({
      status: 431,
      appCode: 'HEADERS_TOO_LARGE',
      detail: 'The request’s address or headers are too long.',
      instance: '/v1/agencies',
    });
  });
});

describe('too many requests', () => {
  it('counts per integration: 429 RATE_LIMITED with Retry-After, while another integration goes on', async () => {
    let refused: Response | null = null;
    for (let attempt = 0; attempt < 60 && !refused; attempt++) {
      const response = await server.v1('GET', '/v1/agencies', { key: server.keyB.key });
      if (response.status === 429) refused = response;
    }
    expect(refused).not.toBeNull();
    if (!refused) return;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = await problemOf(refused);
    expect(problem).toMatchObject({ status: 429, appCode: 'RATE_LIMITED' });
    expect(problem.params.retryAfterSeconds).toEqual(expect.any(Number));
    expect((await server.v1('GET', '/v1/agencies', { key: server.keyA.key })).status).toBe(200);
  });
});

describe('an unexpected failure', () => {
  it('is a 500 INTERNAL problem with no internal text, and is logged', async () => {
    // The agency table gone from under the server: an error no route expects.
    server.db.run(sql`alter table agency rename to agency_gone`);
    try {
      const response = await server.v1('GET', '/v1/agencies', { key: server.keyA.key });
      expect(response.status).toBe(500);
      const text = await response.clone().text();
      expect(text).not.toMatch(/sqlite|agency_gone|no such table|at /i);
      const problem = await problemOf(response);
      expect(problem).toMatchObject({ appCode: 'INTERNAL', errors: null });
      await expect.poll(() => logText.includes(`"reqId":"${problem.requestId}"`)).toBe(true);
      expect(logText).toContain('v1 request failed');
    } finally {
      server.db.run(sql`alter table agency_gone rename to agency`);
    }
  });
});
