import { basename } from 'node:path';
import { defaultServerConditions } from 'vite';
import type { ViteUserConfig } from 'vitest/config';

/**
 * One test setup for every Node package. The `@collab/source` condition makes workspace
 * packages resolve to their TypeScript sources, so tests never depend on a stale `dist/`.
 * Each run also writes a JSON report that `scripts/test-all.mjs` sums into the CI total.
 */
export function sharedTestConfig(packageDirectory: string): ViteUserConfig {
  const conditions = ['@collab/source', ...defaultServerConditions];
  return {
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      reporters: [
        'default',
        ['json', { outputFile: `../../test-results/${basename(packageDirectory)}.json` }],
      ],
    },
  };
}
