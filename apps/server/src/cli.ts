#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AppError,
  createInnerContext,
  createSecretBox,
  decodeLegacyCsvBytes,
  importLegacyCollaborations,
} from '@collab/api';
import { formatErrorMessage } from '@collab/contracts';
import { closeDatabase, createDatabase, type Database, employees } from '@collab/db';
import { seedDemo, seedLarge } from '@collab/db/seed';
import { TRPCError } from '@trpc/server';
import { SingleBar } from 'cli-progress';
import { eq, or } from 'drizzle-orm';
import {
  integrationUsage,
  runIntegrationCommand,
  runKeyCommand,
  UsageError,
} from './cli-integrations.js';
import { ConfigError, loadConfig } from './config.js';
import { loadOrCreateSecret } from './data-secrets.js';

const usage = `Usage: collab <command>

  migrate                               apply the committed migrations to DATA_DIR's database
  seed                                  write the demo data (skipped when data exists)
  seed --large N [--agencies A]         write N generated collaborations, for benchmarks
  import-legacy FILE --employee WHO     import the old system's CSV as WHO (an id or e-mail of
                                        an employee with full rights), into WHO's agency
${integrationUsage}`;

function option(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

function progressBar(label: string): SingleBar {
  return new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total}`,
    hideCursor: true,
    clearOnComplete: false,
  });
}

function openDatabase(): { db: Database; dataDirectory: string } {
  const config = loadConfig();
  return {
    db: createDatabase({ filename: join(config.dataDirectory, 'collab.sqlite') }),
    dataDirectory: config.dataDirectory,
  };
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'migrate': {
      const { db } = openDatabase();
      closeDatabase(db);
      console.log('The database is up to date.');
      return 0;
    }
    case 'seed': {
      const { db } = openDatabase();
      try {
        const large = option(rest, '--large');
        if (large === undefined) {
          const summary = seedDemo(db);
          console.log(
            summary.skipped
              ? 'The database already has data; the demo seed was skipped.'
              : 'Demo data written.',
          );
          return 0;
        }
        const collaborations = Number(large);
        const agencies = Number(option(rest, '--agencies') ?? 10);
        if (
          !Number.isInteger(collaborations) ||
          collaborations < 1 ||
          !Number.isInteger(agencies) ||
          agencies < 1
        ) {
          console.error('seed --large needs a whole number of collaborations (and of agencies).');
          return 2;
        }
        const bar = progressBar('Collaborations');
        bar.start(collaborations, 0);
        seedLarge(db, {
          agencies,
          customersPerAgency: Math.max(10, Math.ceil(collaborations / agencies / 7)),
          collaborations,
          onProgress: (done) => bar.update(done),
        });
        bar.stop();
        return 0;
      } finally {
        closeDatabase(db);
      }
    }
    case 'import-legacy': {
      const file = rest[0];
      const who = option(rest, '--employee');
      if (!file || !who) {
        console.error(usage);
        return 2;
      }
      const { db, dataDirectory } = openDatabase();
      try {
        const employee = db
          .select({ id: employees.id })
          .from(employees)
          .where(or(eq(employees.id, who), eq(employees.email, who.toLowerCase())))
          .get();
        if (!employee) {
          console.error(`No employee is "${who}".`);
          return 2;
        }
        const csv = decodeLegacyCsvBytes(readFileSync(file));
        const context = createInnerContext({
          db,
          secrets: createSecretBox(loadOrCreateSecret(dataDirectory, 'outbox')),
          identity: { userId: employee.id },
          locale: 'en',
        });
        const bar = progressBar('Rows');
        let started = false;
        const result = await importLegacyCollaborations(context, { csv }, (done, total) => {
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        });
        bar.stop();
        for (const row of result.rows.filter((entry) => entry.outcome === 'error')) {
          console.log(`  row ${row.row}: ${row.error?.message ?? ''}`);
        }
        console.log(
          `${result.created} created, ${result.skipped} skipped as duplicates, ${result.failed} with errors.`,
        );
        return result.failed > 0 ? 1 : 0;
      } finally {
        closeDatabase(db);
      }
    }
    case 'integration':
    case 'key': {
      const { db } = openDatabase();
      try {
        const runCommand = command === 'key' ? runKeyCommand : runIntegrationCommand;
        return runCommand(db, rest, { log: (line) => console.log(line) }, new Date());
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        console.error(error.message);
        return 2;
      } finally {
        closeDatabase(db);
      }
    }
    default:
      console.log(usage);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof TRPCError && error.cause instanceof AppError) {
      console.error(formatErrorMessage(error.cause.appCode, 'en', error.cause.params));
    } else console.error(error);
    process.exit(1);
  },
);
