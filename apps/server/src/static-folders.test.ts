import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecretBox, systemClock } from '@collab/api';
import { createDatabase } from '@collab/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app.js';
import { loadConfig } from './config.js';
import { createTokenVerifier } from './identity.js';

const folder = mkdtempSync(join(tmpdir(), 'collab-static-'));
const toolFolder = mkdtempSync(join(tmpdir(), 'collab-tool-'));
let app: Awaited<ReturnType<typeof buildServer>>;

beforeAll(async () => {
  writeFileSync(join(folder, 'page.html'), '<p>product</p>');
  writeFileSync(join(toolFolder, 'index.html'), '<p>tool</p>');
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const developmentSecret = randomBytes(32);
  app = await buildServer({
    config,
    db: createDatabase({ filename: ':memory:' }),
    secrets: createSecretBox(randomBytes(32)),
    clock: systemClock,
    developmentSecret,
    verifier: createTokenVerifier(config, developmentSecret),
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
