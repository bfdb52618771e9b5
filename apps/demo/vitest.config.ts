import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The end-to-end tests: Node drives Debian's Chromium (playwright-core) against a real Collab
 * server started in this process, which serves the built widget and the built demo. The files
 * run one after the other: each starts its own server and browser, and two Chromiums on two
 * cores would only slow each other down. The JSON report is summed by scripts/test-all.mjs.
 */
const conditions = ['@collab/source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // One worker for every file, without re-importing the server's sources for each.
    isolate: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '../../test-results/demo-e2e.json' }]],
  },
});
