/**
 * Seeds a temporary file database with N collaborations (default 100,000) and times it, then
 * times the queries the overview pages make. Usage:
 *   pnpm --filter @collab/db bench:large -- 1000000
 *
 * The package script runs it with `--conditions=@collab/source`, so that workspace packages
 * resolve to their TypeScript sources.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const collaborationCount = parseCount(process.argv.slice(2));
const agencyCount = 10;
// About eight collaborations per customer with an account; one customer in ten has none.
const customersPerAgency = Math.max(10, Math.ceil(collaborationCount / agencyCount / 8 / 0.9));
const keepFile = process.argv.includes('--keep');
// Larger transactions than the default: with random keys, every commit rewrites most leaf
// pages of every index, so fewer commits write far less.
const batchSize = 20_000;

const { createDatabase, closeDatabase } = await import('@collab/db');
const { seedLarge } = await import('@collab/db/seed');

const directory = mkdtempSync(join(tmpdir(), 'collab-bench-'));
const filename = join(directory, 'bench.sqlite');
const database = createDatabase({ filename });
// A large page cache, since random UUID keys touch pages all over every index, and fewer
// checkpoints, since each one copies the pages that many batches dirtied again and again.
// Durability is as the server has it (WAL, synchronous NORMAL).
database.$client.pragma('cache_size = -262144');
database.$client.pragma('wal_autocheckpoint = 20000');

console.log(
  `Seeding ${format(collaborationCount)} collaborations: ${agencyCount} agencies × ` +
    `${format(customersPerAgency)} customers, ${format(batchSize)} collaborations per transaction, ` +
    `into ${filename}`,
);
console.log(
  '  pragmas: cache_size 256 MiB, wal_autocheckpoint 20000 pages, WAL, synchronous NORMAL',
);
const started = performance.now();
let nextReport = 0.1;
const summary = seedLarge(database, {
  agencies: agencyCount,
  customersPerAgency,
  collaborations: collaborationCount,
  batchSize,
  onProgress: (done, total) => {
    if (total === 0 || done / total < nextReport) return;
    nextReport += 0.1;
    const seconds = (performance.now() - started) / 1000;
    console.log(`  ${format(done)} / ${format(total)} after ${seconds.toFixed(1)} s`);
  },
});
const seedSeconds = (performance.now() - started) / 1000;
database.$client.pragma('wal_checkpoint(TRUNCATE)');
const totalSeconds = (performance.now() - started) / 1000;

const totalRows = Object.values(summary.tables).reduce((sum, count) => sum + count, 0);
console.log('\nSeed');
console.log(
  `  elapsed:                  ${seedSeconds.toFixed(1)} s (${totalSeconds.toFixed(1)} s with checkpoint)`,
);
console.log(
  `  collaborations/second:    ${format(Math.round(summary.tables.collaborations / seedSeconds))}`,
);
console.log(`  rows/second (all tables): ${format(Math.round(totalRows / seedSeconds))}`);
console.log(`  file size:                ${(fileSize(filename) / 1024 / 1024).toFixed(0)} MiB`);
console.log('  rows:');
for (const [table, count] of Object.entries(summary.tables)) {
  console.log(`    ${table.padEnd(18)} ${format(count).padStart(12)}`);
}
console.log('  collaborations by stored status:');
for (const [status, count] of Object.entries(summary.collaborationsByStatus)) {
  console.log(`    ${status.padEnd(18)} ${format(count).padStart(12)}`);
}
console.log(
  `    ${'(expired pending)'.padEnd(18)} ${format(summary.expiredPendingCollaborations).padStart(12)}`,
);
console.log(
  `    ${'(unlinked)'.padEnd(18)} ${format(summary.unlinkedCollaborations).padStart(12)}`,
);

const client = database.$client;
const agency = client
  .prepare(
    `select agency_id as id, count(*) as count from collaboration
     group by agency_id order by count desc limit 1`,
  )
  .get() as { id: string; count: number } | undefined;
if (agency === undefined) {
  console.log('\nNo collaborations, so no queries to time.');
} else {
  const now = Date.now();
  const firstPage = client
    .prepare(
      `select id, created_at as createdAt from collaboration where agency_id = ?
       order by created_at desc, id desc limit 50`,
    )
    .all(agency.id) as { id: string; createdAt: number }[];
  const cursor = firstPage.at(-1) ?? { id: '', createdAt: now };
  const someAccount = client
    .prepare('select account_id as id from collaboration where agency_id = ? limit 1')
    .get(agency.id) as { id: string };
  const someEmployee = client
    .prepare(`select id from employee where agency_id = ? limit 1`)
    .get(agency.id) as { id: string };

  const queries: { name: string; sql: string; parameters: unknown[] }[] = [
    {
      name: 'count per stored status (one agency)',
      sql: `select status, count(*) as count from collaboration where agency_id = ? group by status`,
      parameters: [agency.id],
    },
    {
      name: 'count per status, pending past expiry as expired',
      sql: `select case when c.status = 'pending' and i.expires_at <= ? then 'expired' else c.status end
              as status, count(*) as count
            from collaboration c left join invitation i on i.id = c.invitation_id
            where c.agency_id = ? group by 1`,
      parameters: [now, agency.id],
    },
    {
      name: 'pending past expiry (to move from pending to expired)',
      sql: `select count(*) as count from collaboration c join invitation i on i.id = c.invitation_id
            where c.agency_id = ? and c.status = 'pending' and i.expires_at <= ?`,
      parameters: [agency.id, now],
    },
    {
      name: 'first page, newest first, with customer',
      sql: `select c.*, cu.name as customer_name, cu.org_number
            from collaboration c join customer cu on cu.id = c.customer_id
            where c.agency_id = ? order by c.created_at desc, c.id desc limit 50`,
      parameters: [agency.id],
    },
    {
      name: 'second page by cursor (created_at, id)',
      sql: `select c.*, cu.name as customer_name
            from collaboration c join customer cu on cu.id = c.customer_id
            where c.agency_id = ? and (c.created_at < ? or (c.created_at = ? and c.id < ?))
            order by c.created_at desc, c.id desc limit 50`,
      parameters: [agency.id, cursor.createdAt, cursor.createdAt, cursor.id],
    },
    {
      name: 'first page of pending, newest first',
      sql: `select c.*, i.expires_at from collaboration c
            left join invitation i on i.id = c.invitation_id
            where c.agency_id = ? and c.status = 'pending'
            order by c.created_at desc, c.id desc limit 50`,
      parameters: [agency.id],
    },
    {
      name: 'first page of Scanner, newest first',
      sql: `select c.* from collaboration c
            where c.agency_id = ? and c.service = 'scanner'
            order by c.created_at desc, c.id desc limit 50`,
      parameters: [agency.id],
    },
    {
      name: 'search customers by name prefix "norr"',
      sql: `select cu.id, cu.name, count(c.id) as collaborations
            from customer cu left join collaboration c on c.customer_id = cu.id
            where cu.agency_id = ? and cu.search_name >= 'norr' and cu.search_name < 'nors'
            group by cu.id order by cu.search_name limit 50`,
      parameters: [agency.id],
    },
    {
      name: "one account's collaborations (customer view)",
      sql: `select * from collaboration where account_id = ? order by created_at desc`,
      parameters: [someAccount.id],
    },
    {
      name: "an employee's grants",
      sql: `select count(*) as count from access_grant where subject_type = 'employee' and subject_id = ?`,
      parameters: [someEmployee.id],
    },
  ];

  console.log(
    `\nQueries on the largest agency (${format(agency.count)} collaborations), 5 runs each`,
  );
  for (const query of queries) {
    const statement = client.prepare(query.sql);
    const timings: number[] = [];
    let rows = 0;
    for (let run = 0; run < 5; run++) {
      const queryStarted = performance.now();
      rows = statement.all(...query.parameters).length;
      timings.push(performance.now() - queryStarted);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const first = timings[0] ?? 0;
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `  ${query.name.padEnd(50)} first ${first.toFixed(2).padStart(8)} ms  median ${median
        .toFixed(2)
        .padStart(8)} ms  (${rows} rows)`,
    );
    const plan = client.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as {
      detail: string;
    }[];
    console.log(`    plan: ${plan.map((step) => step.detail).join(' | ')}`);
  }
}

closeDatabase(database);
if (keepFile) {
  console.log(`\nKept ${filename}`);
} else {
  rmSync(directory, { recursive: true, force: true });
}

function parseCount(args: string[]): number {
  const given = args.find((arg) => /^\d[\d_,]*$/.test(arg));
  if (given === undefined) return 100_000;
  return Number(given.replace(/[_,]/g, ''));
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}

function fileSize(path: string): number {
  let size = statSync(path).size;
  for (const suffix of ['-wal', '-shm']) {
    try {
      size += statSync(`${path}${suffix}`).size;
    } catch {
      // No such file: nothing to add.
    }
  }
  return size;
}
