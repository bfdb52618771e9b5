import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The CSP the widget documents: no inline script or style, no eval, API on the same origin. */
export const hostPageCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'";

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * Serves the plain host page of the browser tests at /host-page/, byte for byte (no Vite
 * transform, no injected client script) and with a real CSP header, together with the
 * standalone bundle from dist/. The page has no React and no module of the test.
 */
export function hostPages(packageDirectory: string): Plugin {
  const files: Record<string, string> = {
    'plain-host.html': join(packageDirectory, 'test-pages/plain-host.html'),
    'host.css': join(packageDirectory, 'test-pages/host.css'),
    'record-csp-violations.js': join(packageDirectory, 'test-pages/record-csp-violations.js'),
    'collab-widget.standalone.js': join(packageDirectory, 'dist/collab-widget.standalone.js'),
  };
  return {
    name: 'collab-host-pages',
    configureServer(server) {
      server.middlewares.use('/host-page/', async (request, response, next) => {
        const name = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        const path = files[name];
        if (!path) return next();
        try {
          const body = await readFile(path);
          const extension = name.slice(name.lastIndexOf('.'));
          response.setHeader('content-type', contentTypes[extension] ?? 'application/octet-stream');
          response.setHeader('content-security-policy', hostPageCsp);
          response.setHeader('cache-control', 'no-store');
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end(`${name} is missing: run the widget's build first.`);
        }
      });
    },
  };
}
