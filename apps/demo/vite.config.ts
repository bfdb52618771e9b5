import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * A multi-page app: every `.html` file in this folder (and `settings/…`) is a page. The server
 * serves `dist/` at `/` and answers `/customers` with `customers.html`, so the links have no
 * extension. `@collab/widget` resolves to its ES build (`dist/collab-widget.js`), as it would
 * for any host that installs the package; the other pages load the standalone script from the
 * Collab server, like a host without a build step.
 */
const root = import.meta.dirname;

function htmlPages(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (['node_modules', 'dist', 'public', 'src', 'e2e'].includes(name)) return [];
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = Object.fromEntries(
  htmlPages(root).map((path) => [relative(root, path).replace(/\.html$/, ''), path]),
);

// `pnpm dev` on :5173 talks to a server started with `pnpm start` (:3000).
const collabServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: pages },
  },
  server: {
    proxy: Object.fromEntries(
      ['/trpc', '/dev', '/widget', '/byradesk'].map((path) => [path, collabServer]),
    ),
  },
});
