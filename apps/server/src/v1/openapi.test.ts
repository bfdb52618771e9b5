import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedTypesPath, renderOpenApiTypes } from '../../scripts/openapi-types.js';
import { startTestServer, type TestServer } from '../test-support/running-server.js';

/*
 * The OpenAPI document is generated from the routes' zod schemas; here it is checked as a
 * document (a well-kept OpenAPI 3.1 validator), against the committed generated types, and
 * the reference page is checked to load only its own files under its own policy.
 */

let server: TestServer;
let document: {
  openapi: string;
  paths: Record<
    string,
    Record<string, { operationId?: string; summary?: string; tags?: string[]; security?: unknown }>
  >;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
  security: unknown;
};

beforeAll(async () => {
  server = await startTestServer();
  const response = await server.request('/v1/openapi.json');
  expect(response.status).toBe(200);
  document = (await response.json()) as typeof document;
});
afterAll(async () => {
  await server.close();
});

describe('GET /v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is served without a key, and names every operation with a summary, a tag and bearerAuth', () => {
    expect(document.components.securitySchemes).toEqual({
      bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(24);
    for (const operation of operations) {
      expect(operation.operationId).toEqual(expect.any(String));
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation.tags?.length).toBe(1);
    }
    expect(Object.keys(document.paths).some((path) => path.includes('reference'))).toBe(false);
    expect(document.components.schemas).toHaveProperty('Problem');
  });

  it('generates exactly the committed types (run `pnpm --filter @collab/server generate:openapi`)', async () => {
    const committed = readFileSync(generatedTypesPath, 'utf8');
    expect(await renderOpenApiTypes(document)).toBe(committed);
  });
});

describe('GET /v1/reference', () => {
  it('is the API reference page, with its own policy and only its own files', async () => {
    const response = await server.request('/v1/reference');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https:|http:/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      expect(asset.startsWith('/v1/reference/static/')).toBe(true);
      const file = await server.request(asset);
      expect(file.status, asset).toBe(200);
      // Read to the end, so no response is left streaming when the server closes.
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    const initializer = await (
      await server.request('/v1/reference/static/swagger-initializer.js')
    ).text();
    expect(initializer).toContain("resolveUrl('./json')");
    const spec = await server.request('/v1/reference/json');
    expect(((await spec.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  // Debian's Chromium, as the widget's browser tests use (scripts/ensure-chromium.sh).
  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'renders every operation in a real browser under that policy',
    async () => {
      const { stdout, stderr } = await promisify(execFile)(
        '/usr/bin/chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--enable-logging=stderr',
          '--virtual-time-budget=8000',
          '--dump-dom',
          `${server.url}/v1/reference`,
        ],
        { encoding: 'utf8', timeout: 60_000, maxBuffer: 50_000_000 },
      );
      // Swagger UI builds the page in script: with its script or styles refused there would be
      // no operations in the DOM, and Chromium would log the refusal.
      expect(stdout.match(/opblock-summary-path"/g) ?? []).toHaveLength(24);
      expect(stdout).toContain('Collab integration API');
      expect(stderr).not.toMatch(/Content Security Policy/i);
    },
    90_000,
  );

  it('the rest of the server keeps the product’s policy', async () => {
    const response = await server.request('/healthz');
    await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).not.toContain("frame-ancestors 'none'");
  });
});
