import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';
import { cacheStatements } from './statement-cache.js';

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };
/** What a transaction callback receives: the same query API, inside the transaction. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The committed migrations, next to `src/` and `dist/` alike. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export interface CreateDatabaseOptions {
  /** A file path, or ':memory:' for tests. */
  filename: string;
  /** Apply the committed migrations before returning (default true). */
  migrate?: boolean;
}

/**
 * Opens SQLite with the settings a server needs: WAL so readers never wait for the writer,
 * foreign keys on (SQLite has them off by default), and a busy timeout so a second process
 * waits for a lock instead of failing at once.
 */
export function createDatabase(options: CreateDatabaseOptions): Database {
  if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
  const client = new BetterSqlite3(options.filename);
  client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  client.pragma('synchronous = NORMAL');
  cacheStatements(client);
  const database = drizzle({ client, schema, casing: 'snake_case' });
  if (options.migrate !== false) migrate(database, { migrationsFolder });
  refreshPlannerStatistics(database);
  return database;
}

export function closeDatabase(database: Database): void {
  refreshPlannerStatistics(database);
  database.$client.close();
}

/**
 * Lets SQLite gather the statistics its query planner uses to pick an index. Without them it
 * picks the agency index for a one-customer filter and reads a whole agency (measured: 83 ms
 * instead of 0.2 ms on 100,000 collaborations). `analysis_limit` keeps it to milliseconds;
 * `optimize` only analyses tables whose size changed a lot since the last time.
 */
export function refreshPlannerStatistics(database: Database): void {
  database.$client.pragma('analysis_limit = 1000');
  database.$client.pragma('optimize = 0x10002');
}

/**
 * Runs `work` in one write transaction. better-sqlite3 transactions are synchronous, so
 * `work` must not await; the function is async at its boundary so that callers stay the same
 * if an asynchronous dialect such as PostgreSQL is added. `immediate` takes the write lock at
 * the start, so two writers never deadlock upgrading a read lock.
 */
export async function transact<Result>(
  database: Database,
  work: (transaction: Transaction) => Result,
): Promise<Result> {
  const runner = transactionRunnerOf(database);
  return runner.run.immediate(work, runner.transaction) as Result;
}

/*
 * What `database.transaction(work, { behavior: 'immediate' })` does, without its per-call
 * setup: Drizzle builds a new transaction object (a relational query builder for every table
 * of the schema) and better-sqlite3 a new transaction wrapper on every call, which together
 * cost about as much as a small write (the profile of apps/server/scripts/bench-v1.ts). Both
 * are stateless, so one of each per database serves every transaction: Drizzle's object only
 * holds the session, and its nested `transaction()` makes its own object with a savepoint.
 * Transactions are synchronous, so two never share the object at the same time.
 */
interface TransactionRunner {
  transaction: Transaction;
  run: BetterSqlite3.Transaction<
    (work: (transaction: Transaction) => unknown, transaction: Transaction) => unknown
  >;
}

const transactionRunners = new WeakMap<Database, TransactionRunner>();

function transactionRunnerOf(database: Database): TransactionRunner {
  let found = transactionRunners.get(database);
  if (!found) {
    found = {
      // Drizzle's own object, taken from an empty (deferred, so lock-free) transaction.
      transaction: database.transaction((transaction) => transaction),
      run: database.$client.transaction(
        (work: (transaction: Transaction) => unknown, transaction: Transaction) =>
          work(transaction),
      ),
    };
    transactionRunners.set(database, found);
  }
  return found;
}

/**
 * The better-sqlite3 connection a transaction runs on, for statements prepared once per
 * connection on a hot path (`recordEvent` in @collab/api: preparing the SQL anew for every
 * event cost more than running it). Drizzle keeps the connection internal, as its session's
 * `client`; every transaction of a `Database` has one, and this fails loudly if a Drizzle
 * upgrade moves it.
 */
export function connectionOf(transaction: Transaction): BetterSqlite3.Database {
  const client = (transaction as unknown as { session?: { client?: unknown } }).session?.client;
  if (!(client instanceof BetterSqlite3)) {
    throw new Error('No better-sqlite3 connection behind this transaction');
  }
  return client;
}

/** How many committed migrations are not applied yet (readiness checks want zero). */
export function pendingMigrationCount(database: Database): number {
  const journal = readJournal();
  const applied = database.$client
    .prepare('select count(*) as count from __drizzle_migrations')
    .get() as { count: number } | undefined;
  return journal - (applied?.count ?? 0);
}

function readJournal(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}
