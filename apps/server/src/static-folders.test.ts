import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecretBox, systemClock } from '@collab/api';
import { createDatabase, type Database } from '@collab/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app.js';
import { loadConfig } from './config.js';
import { createTokenVerifier } from './identity.js';
import { createSessionTokens } from './session-tokens.js';
import { productStaticFolders } from './static-folders.js';

const folder = mkdtempSync(join(tmpdir(), 'collab-static-'));
const toolFolder = mkdtempSync(join(tmpdir(), 'collab-tool-'));
let app: Awaited<ReturnType<typeof buildServer>>;

function verifierOf(
  config: ReturnType<typeof loadConfig>,
  developmentSecret: Uint8Array,
  db: Database,
) {
  const sessionTokens = createSessionTokens({
    secret: randomBytes(32),
    issuer: config.publicUrl,
    clock: systemClock,
  });
  return {
    sessionTokens,
    verifier: createTokenVerifier(config, {
      developmentSecret,
      sessionTokens,
      db,
      clock: systemClock,
    }),
  };
}

beforeAll(async () => {
  writeFileSync(join(folder, 'page.html'), '<p>product</p>');
  writeFileSync(join(toolFolder, 'index.html'), '<p>tool</p>');
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const developmentSecret = randomBytes(32);
  const db = createDatabase({ filename: ':memory:' });
  app = await buildServer({
    config,
    db,
    secrets: createSecretBox(randomBytes(32)),
    clock: systemClock,
    developmentSecret,
    ...verifierOf(config, developmentSecret, db),
    mailbox: null,
    staticFolders: [
      {
        prefix: '/tool/',
        root: toolFolder,
        contentSecurityPolicy: "script-src 'self' 'unsafe-inline'",
      },
      { prefix: '/', root: folder },
    ],
  });
});
afterAll(async () => {
  await app.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(toolFolder, { recursive: true, force: true });
});

describe('given static folders', () => {
  it('serves the product’s pages under the strict policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/page.html' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self';");
  });

  it('gives a tool’s folder its own policy, and only that folder', async () => {
    const response = await app.inject({ method: 'GET', url: '/tool/index.html' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toBe("script-src 'self' 'unsafe-inline'");
  });
});

describe('given the product’s folders, with the demo host app built', () => {
  const repositoryRoot = mkdtempSync(join(tmpdir(), 'collab-repository-'));
  let product: Awaited<ReturnType<typeof buildServer>>;

  beforeAll(async () => {
    const demo = join(repositoryRoot, 'apps/demo/dist');
    mkdirSync(join(demo, 'settings/customer'), { recursive: true });
    mkdirSync(join(repositoryRoot, 'packages/widget/dist'), { recursive: true });
    writeFileSync(join(demo, 'index.html'), '<p>start</p>');
    writeFileSync(join(demo, 'accept.html'), '<p>accept page</p>');
    writeFileSync(join(demo, 'customers.html'), '<p>customers</p>');
    writeFileSync(join(demo, 'settings/customer/collaborations.html'), '<p>overview</p>');
    writeFileSync(
      join(repositoryRoot, 'packages/widget/dist/collab-widget.standalone.js'),
      'window.Collab = {};',
    );
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const developmentSecret = randomBytes(32);
    const db = createDatabase({ filename: ':memory:' });
    product = await buildServer({
      config,
      db,
      secrets: createSecretBox(randomBytes(32)),
      clock: systemClock,
      developmentSecret,
      ...verifierOf(config, developmentSecret, db),
      mailbox: null,
      staticFolders: productStaticFolders(repositoryRoot),
    });
  });
  afterAll(async () => {
    await product.close();
    rmSync(repositoryRoot, { recursive: true, force: true });
  });

  it('answers the e-mails’ accept link, /accept?token=…, with the demo’s accept page', async () => {
    const response = await product.inject({ method: 'GET', url: '/accept?token=abc-123_x' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toBe('<p>accept page</p>');
    expect(response.headers['content-security-policy']).toContain("script-src 'self';");
  });

  it('serves every page without .html, nested ones too, and the start page at /', async () => {
    expect((await product.inject({ method: 'GET', url: '/customers' })).body).toBe(
      '<p>customers</p>',
    );
    expect(
      (await product.inject({ method: 'GET', url: '/settings/customer/collaborations' })).body,
    ).toBe('<p>overview</p>');
    expect((await product.inject({ method: 'GET', url: '/' })).body).toBe('<p>start</p>');
    expect((await product.inject({ method: 'GET', url: '/accept.html' })).statusCode).toBe(200);
  });

  it('still serves the widget and the API beside the demo, and 404s an unknown page', async () => {
    const widget = await product.inject({
      method: 'GET',
      url: '/widget/collab-widget.standalone.js',
    });
    expect(widget.statusCode).toBe(200);
    expect(widget.body).toBe('window.Collab = {};');
    expect((await product.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({
      status: 'ok',
    });
    expect((await product.inject({ method: 'GET', url: '/no-such-page' })).statusCode).toBe(404);
  });
});
