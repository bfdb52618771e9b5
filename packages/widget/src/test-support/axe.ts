import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * axe-core, run in the test page against a widget: it walks into the open shadow root. Fails
 * with each violation's rule and what it found, so the failure says what to fix.
 */
export async function expectNoAxeViolations(root: HTMLElement) {
  const results = await axe.run(root);
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.failureSummary).join(' | ')}`,
    ),
  ).toEqual([]);
}
