/**
 * `@collab/db/seed`: what fills a database, the demo world and the large generator. Kept out
 * of the package's root so that code that only reads and writes the database does not load
 * them; the server's start-up and CLI, the tests and the benchmarks import them from here.
 */
export {
  type DemoSeedOptions,
  type DemoSeedSummary,
  type DemoTableCounts,
  seedDemo,
} from './demo.js';
export { assignDemoExternalIds, demoExternalIdPrefix, slugify } from './demo-external-ids.js';
export {
  type LargeSeedOptions,
  type LargeSeedSummary,
  type LargeSeedTableCounts,
  seedLarge,
} from './large.js';
