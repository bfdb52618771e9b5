import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The build (`pnpm test` builds first) writes a brotli and a gzip copy beside every
 * JavaScript file, which the server sends as they are (scripts/precompress.ts). A copy that
 * went stale or missing would be served to every browser, so each is checked against its file.
 */
const dist = join(import.meta.dirname, '../dist');
const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) =>
  name.endsWith('.js'),
);

describe('the built files', () => {
  it('include the entry, the standalone script and the view chunks', () => {
    expect(scripts).toContain('collab-widget.js');
    expect(scripts).toContain('collab-widget.standalone.js');
    expect(scripts.filter((name) => name.startsWith('chunks/')).length).toBeGreaterThan(3);
  });

  // A file of a few hundred bytes gets no copies: compressed, it would be larger.
  const worthCompressing = scripts.filter((name) => statSync(join(dist, name)).size >= 1024);

  it.each(worthCompressing)(
    '%s has a .br and a .gz copy with the same contents, and smaller',
    (name) => {
      const original = readFileSync(join(dist, name));
      const brotli = readFileSync(join(dist, `${name}.br`));
      const gzip = readFileSync(join(dist, `${name}.gz`));
      expect(brotliDecompressSync(brotli).equals(original)).toBe(true);
      expect(gunzipSync(gzip).equals(original)).toBe(true);
      expect(brotli.length).toBeLessThan(original.length);
      expect(gzip.length).toBeLessThan(original.length);
    },
  );
});
