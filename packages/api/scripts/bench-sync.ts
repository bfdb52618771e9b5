/**
 * Syncs 10,000 records (5,000 employees and 5,000 customers) into an empty agency and prints
 * how long it took, then the same sync again (every record unchanged), and, as a floor, plain
 * better-sqlite3 inserting the same rows in one transaction with prepared statements. Usage:
 *   pnpm --filter @collab/api bench:sync [-- 10000]
 *
 * The databases are files in a temporary folder, with the server's settings (WAL), because
 * that is what a sync writes to. The package script runs it with `--conditions=@collab/source`,
 * so that workspace packages resolve to their TypeScript sources.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const total = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 10_000);
const half = Math.floor(total / 2);

const { luhnCheckDigit } = await import('@collab/contracts');
const { createDatabase, closeDatabase, agencies } = await import('@collab/db');
const { createIntegration } = await import('../src/domain/integration/keys.js');
const { putAgency } = await import('../src/domain/integration/provision-agencies.js');
const { syncAgency } = await import('../src/domain/integration/provision-sync.js');

const folder = mkdtempSync(join(tmpdir(), 'collab-bench-sync-'));
const orgNumber = (index: number) => {
  const body = `556${String(index).padStart(6, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
};
const employees = Array.from({ length: half }, (_, index) => ({
  id: `emp_${index}`,
  name: `Anställd ${index}`,
  email: `anstalld.${index}@byra.se`,
  rights: index % 10 === 0 ? 'full' : 'standard',
}));
const customers = Array.from({ length: total - half }, (_, index) => ({
  id: `cus_${index}`,
  name: `Kund ${index} AB`,
  orgNumber: orgNumber(index),
  companyType: 'aktiebolag',
  contact: { name: `Kontakt ${index}`, email: `kontakt@kund${index}.se` },
  accountManagerId: `emp_${index % half}`,
}));
const request = { employees, customers, tasks: [] };

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

const db = createDatabase({ filename: join(folder, 'sync.db') });
const now = new Date('2026-12-03T09:00:00Z');
const integration = createIntegration(db, { name: 'Bench' }, now);
const context = {
  db,
  clock: { now: () => new Date() },
  integration: { kind: 'integration' as const, id: integration.id, name: 'Bench', keyId: 'bench' },
  locale: 'en' as const,
};
await putAgency(context, 'ag-1', { name: 'Byrå AB', orgNumber: '556036-0793' });

console.log(
  `Syncing ${format(total)} records (${format(employees.length)} employees, ${format(customers.length)} customers) into an empty agency, on a WAL file`,
);
const first = await measure(() => syncAgency(context, 'ag-1', request));
const second = await measure(() => syncAgency(context, 'ag-1', request));
closeDatabase(db);

// The floor: the same rows, inserted by better-sqlite3 alone, with no checks, lookups or audit.
const floorDb = createDatabase({ filename: join(folder, 'floor.db') });
const agencyId = crypto.randomUUID();
floorDb
  .insert(agencies)
  .values({ id: agencyId, name: 'Byrå AB', orgNumber: '5560360793', createdAt: now })
  .run();
const floor = await measure(() => {
  const client = floorDb.$client;
  const insertEmployee = client.prepare(
    'insert into employee (id, agency_id, name, email, rights, locale, external_id, version, created_at) values (?, ?, ?, ?, ?, ?, ?, 1, ?)',
  );
  const insertCustomer = client.prepare(
    'insert into customer (id, agency_id, name, search_name, org_number, company_type, contact_name, contact_email, account_manager_id, external_id, version, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)',
  );
  client
    .transaction(() => {
      const idsByExternal = new Map<string, string>();
      const at = now.getTime();
      for (const row of employees) {
        const id = crypto.randomUUID();
        idsByExternal.set(row.id, id);
        insertEmployee.run(id, agencyId, row.name, row.email, row.rights, 'sv', row.id, at);
      }
      for (const row of customers) {
        insertCustomer.run(
          crypto.randomUUID(),
          agencyId,
          row.name,
          row.name.toLocaleLowerCase('sv'),
          row.orgNumber,
          row.companyType,
          row.contact.name,
          row.contact.email,
          idsByExternal.get(row.accountManagerId) ?? null,
          row.id,
          at,
        );
      }
    })
    .immediate();
});
closeDatabase(floorDb);
rmSync(folder, { recursive: true, force: true });

report(`first sync (${describe(first.result.counts)})`, first);
report(`same sync again (${describe(second.result.counts)})`, second);
report('floor: plain better-sqlite3, same rows, one transaction', floor);
console.log(
  `ratio: first sync ${(first.milliseconds / floor.milliseconds).toFixed(1)}× the floor, same sync again ${(second.milliseconds / floor.milliseconds).toFixed(1)}× the floor`,
);

function report(label: string, run: { milliseconds: number; cpuMilliseconds: number }) {
  console.log(
    `${label}: ${format(Math.round(run.milliseconds))} ms (CPU ${format(Math.round(run.cpuMilliseconds))} ms)`,
  );
}
function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([outcome, count]) => `${format(count)} ${outcome}`)
    .join(', ');
}
function format(value: number): string {
  return value.toLocaleString('en-US');
}
