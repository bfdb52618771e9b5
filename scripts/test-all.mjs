#!/usr/bin/env node
// Runs every check the way CI does: Biome, the typecheck and every package's tests (through
// Turborepo), then prints one line with the totals of every test that ran, read from the JSON
// reports each Vitest run writes to test-results/. A failed lint or typecheck counts as one
// failure, so the closing line is printed whatever happens. The widget's browser tests need
// Debian's Chromium, so the first step installs it on a machine that lacks it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsFolder = 'test-results';
rmSync(resultsFolder, { recursive: true, force: true });

function step(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

const checks = [
  step('Chromium for the browser tests', 'bash', ['scripts/ensure-chromium.sh']),
  step('lint and format (Biome)', 'pnpm', ['exec', 'biome', 'check', '.']),
  step('typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']),
];
// Two packages' tests at a time: one package's run leaves a core idle much of the time (the
// end-to-end files run one after the other, the integrator tests wait on the registry), and
// one at a time took the whole run past 15 minutes. Each test listens on port 0 and writes in
// folders of its own, and the widget's bundles are built once, before any test that needs
// them (turbo.json), so no two runs touch the same files.
const testsPassed = step('tests', 'pnpm', [
  'exec',
  'turbo',
  'run',
  'test',
  // The widget's stories and its static Storybook as tasks of their own, so that they run
  // beside the other packages' tests rather than after the widget's.
  'test:stories',
  'test:storybook-static',
  '--force',
  '--concurrency=2',
  // Every package's tests run to the end even when one fails, so the closing line counts all.
  '--continue',
]);

let passed = 0;
let failed = checks.filter((ok) => !ok).length;
if (existsSync(resultsFolder)) {
  for (const file of readdirSync(resultsFolder).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(resultsFolder, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A suite that failed to load has no failed tests but must still count as a failure.
    failed += (report.testResults ?? []).filter(
      (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
    ).length;
  }
}
if (!testsPassed && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
