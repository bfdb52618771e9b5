import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The budget for a file: by its exact name, or by a `dir/*` pattern for hashed chunks. */
function budgetOf(budgets: Record<string, number>, fileName: string): number | undefined {
  const exact = budgets[fileName];
  if (exact !== undefined) return exact;
  const pattern = Object.keys(budgets).find(
    (key) => key.endsWith('*') && fileName.startsWith(key.slice(0, -1)),
  );
  return pattern === undefined ? undefined : budgets[pattern];
}

/**
 * Prints the gzip size of each JavaScript file the build writes and fails the build when a
 * file is over its budget. It also fails on `eval(` and `new Function(`: hosts run the widget
 * under `script-src 'self'`, where both are blocked.
 */
export function sizeBudget(budgets: Record<string, number>): Plugin {
  return {
    name: 'collab-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const bytes = Buffer.byteLength(file.code);
        const gzipped = gzipSync(file.code, { level: 9 }).length;
        const budget = budgetOf(budgets, file.fileName);
        const kilobytes = (value: number) => `${(value / 1024).toFixed(1)} KB`;
        this.info(
          `${file.fileName}: ${kilobytes(bytes)} minified, ${kilobytes(gzipped)} gzip` +
            (budget === undefined ? '' : ` (budget ${kilobytes(budget)} gzip)`),
        );
        if (budget !== undefined && gzipped > budget) {
          this.error(
            `${file.fileName} is ${kilobytes(gzipped)} gzip, over its budget of ${kilobytes(budget)}.`,
          );
        }
        if (/\beval\s*\(|\bnew Function\s*\(/.test(file.code)) {
          this.error(
            `${file.fileName} evaluates strings as code, which a strict Content-Security-Policy blocks.`,
          );
        }
      }
    },
  };
}
