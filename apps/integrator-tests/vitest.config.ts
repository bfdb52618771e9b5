import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The widget as a stranger gets it (README "Integrator tests"): packed with `pnpm pack`,
 * installed from the tarball into small host apps outside the workspace, built with Vite and
 * driven in Debian's Chromium against a real Collab server started in this process (from its
 * sources, as the demo's end-to-end tests do). The files run one after the other: each installs
 * and starts what it needs, and two at once on two cores only slow each other down. The JSON
 * report is summed by scripts/test-all.mjs.
 */
const conditions = ['@collab/source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    // An install from the registry (React 18 is not in the repo's store) and a Vite build.
    hookTimeout: 240_000,
    reporters: ['default', ['json', { outputFile: '../../test-results/integrator.json' }]],
  },
});
