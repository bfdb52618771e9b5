import { join } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Every story in the root `.storybook` as a test in Debian's Chromium: the story renders,
 * its play function runs, and axe (`a11y: { test: 'error' }`) fails it on any violation.
 * Reports into its own JSON file, which scripts/test-all.mjs sums into the CI total.
 */
export default defineConfig({
  plugins: [
    storybookTest({
      configDir: join(import.meta.dirname, '../../.storybook'),
      storybookScript: 'pnpm --dir ../.. storybook --no-open',
    }),
  ],
  resolve: { conditions: ['@collab/source', ...defaultClientConditions] },
  optimizeDeps: {
    include: [
      '@tanstack/react-query',
      '@trpc/client',
      '@trpc/tanstack-react-query',
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-dev-runtime',
    ],
  },
  test: {
    name: 'storybook',
    reporters: [
      'default',
      ['json', { outputFile: join(import.meta.dirname, '../../test-results/storybook.json') }],
    ],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
