import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunch } from './chromium.js';
import { hostPages } from './test-pages/host-pages-plugin.js';

/**
 * Two projects: plain unit tests on Node (i18n, token refresh, the shared query client) and
 * browser tests in Debian's Chromium (elements, shadow DOM, CSS isolation, CSP, axe). Both
 * report into one JSON file that scripts/test-all.mjs sums into the CI total.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '../../test-results/widget.json' }]],
    projects: [
      {
        resolve: { conditions: ['@collab/source', ...defaultServerConditions] },
        ssr: { resolve: { conditions: ['@collab/source', ...defaultServerConditions] } },
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts', 'src/**/*.browser.test.tsx'],
          environment: 'node',
        },
      },
      {
        plugins: [react(), hostPages(import.meta.dirname)],
        resolve: { conditions: ['@collab/source', ...defaultClientConditions] },
        // Every dependency the tests reach, optimised before the first test: one discovered in
        // the middle of a run makes Vite reload the page, which fails that run on a fresh machine.
        optimizeDeps: {
          include: [
            '@tanstack/react-query',
            '@trpc/client',
            '@trpc/tanstack-react-query',
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-dev-runtime',
            'axe-core',
            'vitest-browser-react',
            '@storybook/react-vite',
            'storybook/test',
          ],
        },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts', 'src/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumLaunch.executablePath,
                args: [...chromiumLaunch.args],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
