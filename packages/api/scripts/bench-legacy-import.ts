/**
 * Imports N legacy collaborations (default 10,000) into an in-memory test world and prints
 * how long it took, then imports the same file again (every row a duplicate). Usage:
 *   pnpm --filter @collab/api bench:import -- 10000
 *
 * The package script runs it with `--conditions=@collab/source`, so that workspace packages
 * resolve to their TypeScript sources.
 */

const rowCount = parseCount(process.argv.slice(2));

const { luhnCheckDigit } = await import('@collab/contracts');
const { createInnerContext } = await import('../src/context.js');
const { importLegacyCollaborations } = await import('../src/domain/legacy-import.js');
const { parseLegacyCsv } = await import('../src/domain/legacy-csv.js');
const { createTestWorld } = await import('../src/test-support/world.js');

// Every row a new customer with a new account: the most writes a row can take.
const lines = ['organisationsnummer;kundnamn;tjänst;startdatum'];
for (let index = 0; index < rowCount; index++) {
  const body = `556${String(index).padStart(6, '0')}`;
  lines.push(`${body}${luhnCheckDigit(body)};Kund ${index} AB;Löpande bokföring;2024-01-01`);
}
const csv = lines.join('\r\n');

const world = createTestWorld();
const context = createInnerContext({
  db: world.db,
  secrets: world.secrets,
  clock: world.clock,
  locale: 'sv',
  identity: { userId: world.ids.fullEmployee },
});

console.log(
  `Importing ${format(rowCount)} rows (${(csv.length / 1024 / 1024).toFixed(2)} MB of CSV), every one a new customer, in memory`,
);

// CPU time next to the elapsed time: on a shared machine the elapsed time also counts the
// time other processes had the CPU.
async function measure<Result>(work: () => Result | Promise<Result>) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const milliseconds = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { result, milliseconds, cpuMilliseconds: (cpu.user + cpu.system) / 1000 };
}

const parsing = await measure(() => parseLegacyCsv(csv));
const first = await measure(() => importLegacyCollaborations(context, { csv }));
const second = await measure(() => importLegacyCollaborations(context, { csv }));

report('parse and check only', parsing);
report(
  `first import (${format(first.result.created)} created, ${format(first.result.failed)} failed)`,
  first,
);
report(`same file again (${format(second.result.skipped)} skipped as duplicates)`, second);

function report(name: string, timing: { milliseconds: number; cpuMilliseconds: number }): void {
  const rowsPerSecond = Math.round((rowCount / timing.milliseconds) * 1000);
  console.log(
    `  ${name.padEnd(48)} ${format(Math.round(timing.milliseconds)).padStart(7)} ms elapsed ` +
      `${format(rowsPerSecond).padStart(8)} rows/s ` +
      `(${format(Math.round(timing.cpuMilliseconds))} ms CPU)`,
  );
}

function parseCount(args: string[]): number {
  const given = args.find((arg) => /^\d+$/.test(arg));
  return given ? Number(given) : 10_000;
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
