/**
 * Seeds a temporary file database with N collaborations over 2 agencies (default 200,000,
 * so about 100,000 per agency) and times `collaborations.list` as the overview calls it:
 * the first page with its counts, the next page, and each filter. Usage:
 *   pnpm --filter @collab/api bench:overview -- 200000
 * The package script runs it with `--conditions=@collab/source`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { createDatabase, closeDatabase, employees, collaborations, tasks, customers } = await import(
  '@collab/db'
);
const { seedLarge } = await import('@collab/db/seed');
const { createCaller } = await import('../src/root.js');
const { createInnerContext } = await import('../src/context.js');
const { createSecretBox } = await import('../src/secret-box.js');
const { eq, sql, desc } = await import('drizzle-orm');

const total = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 200_000);
const directory = mkdtempSync(join(tmpdir(), 'collab-overview-'));
const database = createDatabase({ filename: join(directory, 'bench.sqlite') });
const seeded = performance.now();
seedLarge(database, {
  agencies: 2,
  customersPerAgency: Math.ceil(total / 2 / 7),
  collaborations: total,
});
console.log(
  `Seeded ${total.toLocaleString('en')} collaborations in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
);

const busiest = database
  .select({ agencyId: collaborations.agencyId, count: sql<number>`count(*)` })
  .from(collaborations)
  .groupBy(collaborations.agencyId)
  .orderBy(desc(sql`count(*)`))
  .get();
const employee = database
  .select()
  .from(employees)
  .where(eq(employees.agencyId, busiest?.agencyId ?? ''))
  .get();
const task = database
  .select()
  .from(tasks)
  .where(eq(tasks.agencyId, busiest?.agencyId ?? ''))
  .get();
const customer = database
  .select()
  .from(customers)
  .where(eq(customers.agencyId, busiest?.agencyId ?? ''))
  .get();
if (!employee || !task || !customer)
  throw new Error('The seed made no employee, task or customer.');
console.log(`Agency with ${Number(busiest?.count).toLocaleString('en')} collaborations\n`);

const caller = createCaller(
  createInnerContext({
    db: database,
    secrets: createSecretBox(randomBytes(32)),
    identity: { userId: employee.id },
  }),
);

async function time(label: string, call: () => Promise<unknown>): Promise<void> {
  const runs: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    await call();
    runs.push(performance.now() - started);
  }
  runs.sort((left, right) => left - right);
  console.log(
    `  ${label.padEnd(44)} median ${runs[3]?.toFixed(1).padStart(7)} ms   worst ${runs[6]?.toFixed(1).padStart(7)} ms`,
  );
}

const first = await caller.collaborations.list({});
await time('first page with counts per status', () => caller.collaborations.list({}));
await time('next page by cursor', () =>
  caller.collaborations.list({ cursor: first.nextCursor ?? undefined }),
);
await time('status: pending', () => caller.collaborations.list({ status: ['pending'] }));
await time('status: expired', () => caller.collaborations.list({ status: ['expired'] }));
await time('service: Scanner', () => caller.collaborations.list({ service: ['scanner'] }));
await time('unlinked', () => caller.collaborations.list({ linked: false }));
await time(`task name "${task.name}"`, () => caller.collaborations.list({ taskName: task.name }));
await time('task owner', () => caller.collaborations.list({ taskOwnerId: task.ownerId }));
await time('account manager', () => caller.collaborations.list({ accountManagerId: employee.id }));
await time('one customer', () => caller.collaborations.list({ customerId: customer.id }));
await time(`search by name "${customer.name.slice(0, 5)}"`, () =>
  caller.collaborations.list({ search: customer.name.slice(0, 5) }),
);
await time(`search by org number "${customer.orgNumber.slice(0, 6)}"`, () =>
  caller.collaborations.list({ search: customer.orgNumber.slice(0, 6) }),
);
await time('filter choices of the agency', () => caller.collaborations.filterOptions({}));
await time('customers, first page', () => caller.customers.list({}));

closeDatabase(database);
rmSync(directory, { recursive: true, force: true });
