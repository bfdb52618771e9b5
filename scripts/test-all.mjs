#!/usr/bin/env node
// Runs every package's tests through Turborepo, then prints one line with the totals of
// every test that ran, read from the JSON reports each Vitest run writes to test-results/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsFolder = 'test-results';
rmSync(resultsFolder, { recursive: true, force: true });

const run = spawnSync('pnpm', ['exec', 'turbo', 'run', 'test', '--force', '--concurrency=1'], {
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
if (existsSync(resultsFolder)) {
  for (const file of readdirSync(resultsFolder).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(resultsFolder, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A suite that failed to load has no failed tests but must still count as a failure.
    const failedSuites = (report.testResults ?? []).filter(
      (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
    ).length;
    failed += failedSuites;
  }
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
