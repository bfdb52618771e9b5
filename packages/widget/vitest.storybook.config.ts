import { join } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumLaunch } from './chromium.js';

/**
 * Every story in the root `.storybook` as a test in Debian's Chromium: the story renders,
 * its play function runs, and axe (`a11y: { test: 'error' }`) fails it on any violation.
 *
 * Two projects run every story: `storybook` with the toolbar's defaults (sv, light), and
 * `storybook en-dark` with English and the dark theme as the initial globals (the stories
 * read `context.globals`, as the toolbar sets them). The e-mails pin the locale per story
 * (one story per language) and have no theme, so the second project would only run them again
 * unchanged, and leaves them out. After each story, the preview's afterEach switches the
 * story's widgets to the other theme in place and runs axe again (src/test-support/
 * other-theme.tsx): sv light and dark, en dark and light, for one axe run more a story, not a
 * project more. A third project, `storybook static`, opens every story of
 * the production build (`storybook build`) the way designers see it at `/storybook/`. All
 * three report into one JSON file, which scripts/test-all.mjs sums into the CI total.
 */

const configDir = join(import.meta.dirname, '../../.storybook');

/** Each project needs a browser object of its own: Vitest's browser provider keeps state in it. */
function chromium() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath: chromiumLaunch.executablePath,
        args: [...chromiumLaunch.args],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

function storybookProject(
  name: string,
  options: { order: number; initialGlobals?: Record<string, string>; exclude?: string[] },
): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({
        configDir,
        storybookScript: 'pnpm --dir ../.. storybook --no-open',
        initialGlobals: options.initialGlobals ?? {},
      }),
    ],
    test: {
      name,
      // The docs pages (`.mdx`) hold no stories to test.
      exclude: [...configDefaults.exclude, '.storybook/*.mdx', ...(options.exclude ?? [])],
      browser: chromium(),
      // One run after the other: side by side, two Chromiums and two Vite servers on two
      // cores slow every story towards its timeout.
      sequence: { groupOrder: options.order },
    },
  };
}

export default defineConfig({
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
    reporters: [
      'default',
      // One report per run: the stories and the static build run as two tasks side by side
      // (turbo.json), each naming its own file (package.json scripts).
      [
        'json',
        {
          outputFile: join(
            import.meta.dirname,
            `../../test-results/${process.env.COLLAB_STORYBOOK_REPORT ?? 'storybook'}.json`,
          ),
        },
      ],
    ],
    projects: [
      storybookProject('storybook', { order: 0 }),
      storybookProject('storybook en-dark', {
        order: 1,
        initialGlobals: { locale: 'en', theme: 'dark' },
        exclude: ['.storybook/emails/**'],
      }),
      {
        // The static build as designers open it: `scripts/storybook-static.test.ts` builds it
        // and opens every story in one Chromium of its own, one page after the other.
        extends: true,
        test: {
          name: 'storybook static',
          include: ['scripts/storybook-static.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
