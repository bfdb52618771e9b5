import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunch } from './chromium.js';

/**
 * Visual regression (issue #16, "Must hold"): the main states of the widget, drawn from their
 * stories, in light and dark, at 1400×900 and 390×844, compared with the PNGs kept in
 * `visual-baselines/` (src/visual/main-states.visual.test.tsx). A change to them is
 * deliberate: `pnpm --filter @collab/widget test:visual:update` writes new baselines, to commit
 * with the change; a plain run never writes one (in CI a missing baseline fails).
 *
 * Deterministic pictures: one Chromium, one page after the other, Debian's system font (the
 * test waits for `document.fonts.ready`), animations off, the clock's date fixed
 * (src/visual/fixed-date.ts), and each picture taken once it is stable (Vitest takes shots
 * until two in a row match). Tolerance: a pixel differs when its colour differs at all
 * (`threshold: 0`, the smallest step of a token's colour counts); up to 0.1 % of a picture's
 * pixels may differ (a caret, a rounding), far less than any token change touches.
 */

const baselines = join(import.meta.dirname, 'visual-baselines');

export default defineConfig({
  plugins: [react()],
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
      'axe-core',
      '@storybook/react-vite',
      'storybook/test',
    ],
  },
  test: {
    name: 'visual',
    include: ['src/**/*.visual.test.tsx'],
    setupFiles: ['src/visual/fixed-date.ts'],
    reporters: [
      'default',
      ['json', { outputFile: join(import.meta.dirname, '../../test-results/widget-visual.json') }],
    ],
    testTimeout: 30_000,
    // After the run something of the screenshot comparison keeps Node's event loop alive, and
    // Vitest exits anyway once this has passed ("something prevents the main process from
    // exiting"): 1 s, not the default 10 s.
    teardownTimeout: 1_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        // A window larger than the largest frame: Vitest scales a test's frame down to fit the
        // window, which would draw the desktop pictures at 80 %. Tall, for a whole view on a
        // phone (the test makes the frame as tall as the view).
        contextOptions: { viewport: { width: 1600, height: 4000 } },
        launchOptions: {
          executablePath: chromiumLaunch.executablePath,
          args: [
            ...chromiumLaunch.args,
            // The same pixels on every run: no LCD subpixel text, one colour profile.
            '--disable-lcd-text',
            '--force-color-profile=srgb',
            '--font-render-hinting=none',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      expect: {
        toMatchScreenshot: {
          comparatorName: 'pixelmatch',
          comparatorOptions: { threshold: 0, allowedMismatchedPixelRatio: 0.001 },
          screenshotOptions: { animations: 'disabled', caret: 'hide', scale: 'css' },
          // Two shots in a row that match, within 15 s: two cores shared with other runs.
          timeout: 15_000,
          resolveScreenshotPath: ({ arg, ext }) => join(baselines, `${arg}${ext}`),
          resolveDiffPath: ({ arg, ext }) =>
            join(import.meta.dirname, '../../test-results/visual-diffs', `${arg}${ext}`),
        },
      },
    },
  },
});
