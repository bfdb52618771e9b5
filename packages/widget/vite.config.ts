import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress.js';
import { sizeBudget } from './scripts/size-budget.js';

/**
 * Two library builds into dist/, chosen by mode:
 * - `module`: collab-widget.js and collab-widget.pure.js, ES modules; React stays external
 *   (the host's copy), and so does nothing else: every other library is inside.
 * - `standalone`: collab-widget.standalone.js, an IIFE for a plain <script>, React inside,
 *   exposing `window.Collab`.
 * Workspace packages resolve to their sources (`@collab/source`), so no other build is needed.
 */
/**
 * The ES build removes the bundles of the last build (entries, chunks, maps) before it writes
 * its own, and leaves the declarations (`pnpm build:types`) alone: `pnpm test` builds the
 * bundles again, and the integrator tests pack dist/ after it, types and all.
 */
function removeOldBundles(): Plugin {
  return {
    name: 'collab-remove-old-bundles',
    buildStart() {
      const dist = join(import.meta.dirname, 'dist');
      if (!existsSync(dist)) return;
      rmSync(join(dist, 'chunks'), { recursive: true, force: true });
      for (const file of readdirSync(dist)) {
        if (/^collab-widget.*\.js(\.map|\.br|\.gz)?$/.test(file)) rmSync(join(dist, file));
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    plugins: [
      react(),
      ...(standalone ? [] : [removeOldBundles()]),
      // What a page downloads for one view is the entry (a few hundred bytes: either entry
      // re-exports `chunks/pure-*`), `chunks/pure-*` with the elements and the texts of every
      // view in sv and en (a view's texts must be there before its chunk, for its loading line
      // and errors), the error texts, the tRPC/query chunk and the view's chunk.
      // The standalone script carries React and every view in one file.
      // The budgets grew with issue 16 (per-service answers, toasts, the access matrix, bulk
      // linking and the import each brought texts in two languages): the shared chunk from 25 to
      // 28 KB and the standalone script from 160 to 172 KB gzip. Most of the shared chunk is the
      // texts of every view in both languages; issue 17 (texts per locale, the standalone as a
      // small loader) brings both down, and these budgets with them.
      sizeBudget({
        'collab-widget.js': 25 * 1024,
        'collab-widget.pure.js': 25 * 1024,
        'chunks/*': 28 * 1024,
        'collab-widget.standalone.js': 172 * 1024,
      }),
      precompress(),
    ],
    resolve: { conditions: ['@collab/source', 'module', 'browser', 'production', 'default'] },
    define: standalone ? { 'process.env.NODE_ENV': '"production"' } : {},
    build: {
      outDir: 'dist',
      // Neither build empties dist/: the ES build removes the old bundles itself (see
      // removeOldBundles), and the standalone build adds its file next to the ES build's.
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      reportCompressedSize: false,
      lib: standalone
        ? {
            entry: 'src/standalone.ts',
            formats: ['iife'],
            name: 'Collab',
            fileName: () => 'collab-widget.standalone.js',
          }
        : {
            // Two entries over the same chunks: the main one defines the elements in a
            // browser, the pure one never does (README "Install").
            entry: { 'collab-widget': 'src/index.ts', 'collab-widget.pure': 'src/pure.ts' },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rolldownOptions: {
        external: standalone ? [] : [/^react($|\/)/, /^react-dom($|\/)/],
        // Vite leaves an ES library's whitespace in; the file is also loaded as it is (an
        // import map, a CDN), so it is minified fully, like the standalone bundle.
        // Views are lazy (`views/lazy-views.ts`): the ES build puts each in its own chunk; the
        // standalone script must stay one file, so there they are inlined.
        output: standalone
          ? { minify: true, codeSplitting: false }
          : {
              minify: true,
              chunkFileNames: 'chunks/[name]-[hash].js',
              // With two entries everything they share would be one chunk; the tRPC client and
              // React Query, and the error texts, stay chunks of their own, as with one entry (see "Sizes" in the
              // README), so the budgets below still hold per file.
              codeSplitting: {
                groups: [
                  {
                    name: 'query-client',
                    test: /[\\/]node_modules[\\/].*@(tanstack|trpc)[\\/]/,
                  },
                  // The error catalog's texts and the option words, as with one entry.
                  { name: 'error-texts', test: /[\\/]contracts[\\/]src[\\/](errors|labels)\.ts$/ },
                ],
              },
            },
        treeshake: {
          // The contracts package is data and pure functions, but it does not say so in its
          // package.json, and building a zod schema looks like a side effect: without these
          // two, every schema it builds at load time (and all of classic zod) would be kept
          // although the widget uses only `activateInputSchema`, which is `zod/mini`. `serviceIds.map(…)` builds the catalog's
          // per-service schemas at load time; the invite dialog imports the catalog (names,
          // defaults, `invoiceRecipientOf`), and without marking it pure those schemas, and
          // zod with them, would come along (54.3 KB gzip, over budget).
          moduleSideEffects: (id) => !id.includes('/packages/contracts/src/'),
          manualPureFunctions: ['z', 'serviceIds'],
        },
      },
    },
  };
});
