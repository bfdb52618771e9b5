import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createSecretBox, systemClock } from '@collab/api';
import { createDatabase } from '@collab/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app.js';
import { loadConfig } from './config.js';
import { createTokenVerifier } from './identity.js';
import { createSessionTokens } from './session-tokens.js';
import { productStaticFolders } from './static-folders.js';

/**
 * What the server sends over the wire: the widget's files pre-compressed and cached by kind
 * (hashed chunks for a year, entry files briefly and revalidated), and API answers over 1 KB
 * compressed for clients that accept it.
 */

const repositoryRoot = mkdtempSync(join(tmpdir(), 'collab-delivery-'));
const widget = join(repositoryRoot, 'packages/widget/dist');
const entry = `window.Collab = {};${' '.repeat(4000)}`;
const chunk = `export const view = 1;${' '.repeat(4000)}`;
let app: Awaited<ReturnType<typeof buildServer>>;

beforeAll(async () => {
  mkdirSync(join(widget, 'chunks'), { recursive: true });
  // Each file with the .br and .gz siblings the widget's build writes. Their contents say
  // which one was sent, so the tests can tell the pre-compressed file from one compressed now.
  for (const [name, text] of [
    ['collab-widget.standalone.js', entry],
    ['chunks/overview-1a2b3c4d.js', chunk],
  ] as const) {
    writeFileSync(join(widget, name), text);
    writeFileSync(join(widget, `${name}.br`), brotliCompressSync(`${text}/*br*/`));
    writeFileSync(join(widget, `${name}.gz`), gzipSync(`${text}/*gz*/`));
  }
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const developmentSecret = randomBytes(32);
  const db = createDatabase({ filename: ':memory:' });
  const sessionTokens = createSessionTokens({
    secret: randomBytes(32),
    issuer: config.publicUrl,
    clock: systemClock,
  });
  app = await buildServer({
    config,
    db,
    secrets: createSecretBox(randomBytes(32)),
    clock: systemClock,
    developmentSecret,
    sessionTokens,
    verifier: createTokenVerifier(config, {
      developmentSecret,
      sessionTokens,
      db,
      clock: systemClock,
    }),
    mailbox: null,
    staticFolders: productStaticFolders(repositoryRoot),
  });
});
afterAll(async () => {
  await app.close();
  rmSync(repositoryRoot, { recursive: true, force: true });
});

describe('the widget’s files', () => {
  it('are sent as the brotli file the build wrote, to a browser that accepts br', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/widget/collab-widget.standalone.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.headers['content-type']).toContain('javascript');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(`${entry}/*br*/`);
  });

  it('are sent as the gzip file to a client that takes only gzip, and plain to one that takes neither', async () => {
    const gzip = await app.inject({
      method: 'GET',
      url: '/widget/chunks/overview-1a2b3c4d.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(`${chunk}/*gz*/`);
    const plain = await app.inject({
      method: 'GET',
      url: '/widget/chunks/overview-1a2b3c4d.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(chunk);
  });

  it('cache a hashed chunk for a year, as immutable', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/widget/chunks/overview-1a2b3c4d.js',
    });
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('cache an entry file briefly, and answer its ETag with 304 when it has not changed', async () => {
    const first = await app.inject({ method: 'GET', url: '/widget/collab-widget.standalone.js' });
    expect(first.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await app.inject({
      method: 'GET',
      url: '/widget/collab-widget.standalone.js',
      headers: { 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});

describe('API answers', () => {
  it('over 1 KB are compressed for a client that accepts it, and plain for one that does not', async () => {
    const url = '/trpc/catalog.services';
    const plain = await app.inject({ method: 'GET', url });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const brotli = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(plain.json());

    const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
  });

  it('of 1 KB or less are sent as they are', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
