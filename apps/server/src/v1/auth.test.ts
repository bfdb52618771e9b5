import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createIntegrationKey, revokeIntegrationKey } from '@collab/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agencyBody,
  employeeBody,
  problemOf,
  startV1Server,
  type V1Server,
} from './test-support/v1-server.js';

/*
 * /v1 takes a live secret key and nothing else; the key never shows in a log line, a response
 * or the database. The server logs at `info` into a captured stream here, so every request
 * line is seen.
 */

let server: V1Server;
let logText = '';
const responseTexts: string[] = [];

async function send(method: string, path: string, key: string | null, body?: unknown) {
  const response = await server.v1(method, path, { key, ...(body === undefined ? {} : { body }) });
  const headers = [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`);
  const text = await response.clone().text();
  responseTexts.push([...headers, text].join('\n'));
  return response;
}

beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => {
    logText += chunk.toString('utf8');
  });
  server = await startV1Server({ logStream }, { LOG_LEVEL: 'info' });
});
afterAll(async () => {
  await server.close();
});

describe('without a usable key', () => {
  it('no Authorization header: 401 INTEGRATION_KEY_REQUIRED with WWW-Authenticate: Bearer, before the body is read', async () => {
    const response = await send('PUT', '/v1/agencies/ag-1', null, '{not json');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect((await problemOf(response)).appCode).toBe('INTEGRATION_KEY_REQUIRED');
  });

  it.each([
    ['an unknown key', `collab_sk_${'A'.repeat(43)}`],
    ['a key of the wrong shape', 'collab_sk_short'],
    ['not a key at all', 'hello'],
  ])('%s: 401 INTEGRATION_KEY_INVALID', async (_name, key) => {
    const response = await send('GET', '/v1/agencies', key);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect((await problemOf(response)).appCode).toBe('INTEGRATION_KEY_INVALID');
  });

  it('Basic credentials are refused as an invalid key', async () => {
    const response = await server.request('/v1/agencies', {
      headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    });
    expect((await problemOf(response)).appCode).toBe('INTEGRATION_KEY_INVALID');
  });

  it('a widget session token is refused on /v1', async () => {
    expect((await send('PUT', '/v1/agencies/ag-s', server.keyA.key, agencyBody(5))).status).toBe(
      201,
    );
    expect(
      (await send('PUT', '/v1/agencies/ag-s/employees/e-1', server.keyA.key, employeeBody(5)))
        .status,
    ).toBe(201);
    const session = (await (
      await send('POST', '/v1/sessions', server.keyA.key, {
        user: { type: 'employee', agencyId: 'ag-s', employeeId: 'e-1' },
      })
    ).json()) as { token: string };
    const response = await send('GET', '/v1/agencies', session.token);
    expect(response.status).toBe(401);
    expect((await problemOf(response)).appCode).toBe('INTEGRATION_KEY_INVALID');
  });
});

describe('a revoked key', () => {
  it('is refused on the very next request, while the integration’s other key still works', async () => {
    const now = new Date();
    const first = createIntegrationKey(server.db, server.integrationA.id, now);
    const second = createIntegrationKey(server.db, server.integrationA.id, now);
    expect((await send('GET', '/v1/agencies', first.key)).status).toBe(200);
    revokeIntegrationKey(server.db, first.id, now);
    const refused = await send('GET', '/v1/agencies', first.key);
    expect(refused.status).toBe(401);
    expect((await problemOf(refused)).appCode).toBe('INTEGRATION_KEY_INVALID');
    expect((await send('GET', '/v1/agencies', second.key)).status).toBe(200);
    // Used, refused and revoked: none of these keys may show anywhere below.
    usedKeys.push(first.key, second.key);
  });
});

const usedKeys: string[] = [];

describe('the key text', () => {
  it('is in no log line, across created, used and refused keys', async () => {
    usedKeys.push(server.keyA.key, server.keyB.key);
    await send('GET', '/v1/agencies', server.keyB.key);
    // Requests were logged (so the check below looks at something) …
    await expect.poll(() => logText.includes('"url":"/v1/agencies"')).toBe(true);
    // (The request serializer logs method, path and id only; the pino redaction of
    // req.headers.authorization in app.ts is the second guard.)
    // … and no key, nor its secret part, is in them.
    for (const key of usedKeys) {
      expect(logText).not.toContain(key);
      expect(logText).not.toContain(key.slice('collab_sk_'.length));
    }
  });

  it('is in no response (status, headers or body)', () => {
    expect(responseTexts.length).toBeGreaterThan(8);
    for (const key of usedKeys) {
      for (const text of responseTexts) expect(text).not.toContain(key.slice('collab_sk_'.length));
    }
  });

  it('is not in the database in clear (only its hash), nor in any of its files', async () => {
    const files = readdirSync(server.dataDirectory).filter((name) =>
      name.startsWith('collab.sqlite'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(join(server.dataDirectory, file)).toString('latin1');
      for (const key of usedKeys) expect(bytes).not.toContain(key.slice('collab_sk_'.length));
    }
  });
});
