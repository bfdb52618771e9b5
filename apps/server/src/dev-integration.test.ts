import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  agencies,
  closeDatabase,
  createDatabase,
  customerAccounts,
  integrations,
} from '@collab/db';
import { isNull } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** `pnpm start` as a developer runs it: DEV_LOGIN=1 and SEED_DEMO=1, twice on one data folder. */
const serverFolder = fileURLToPath(new URL('..', import.meta.url));
const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-dev-integration-'));

afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

async function startAndStop(): Promise<string> {
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@collab/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: serverFolder,
      env: {
        PATH: process.env.PATH,
        DATA_DIR: dataDirectory,
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: '0',
        DEV_LOGIN: '1',
        SEED_DEMO: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await vi.waitFor(
    () => {
      if (!output.includes('Dev integration key')) throw new Error(`Not started:\n${output}`);
    },
    { timeout: 30_000, interval: 50 },
  );
  child.kill('SIGTERM');
  await exited;
  return output;
}

describe('given pnpm start on a new data folder', () => {
  it('makes the Byrådesk dev integration, prints its key and keeps it in the data folder', async () => {
    const first = await startAndStop();
    const key = /Dev integration key: (collab_sk_[\w-]{43}), also in \S*dev-integration\.key/.exec(
      first,
    )?.[1];
    expect(key).toBeDefined();
    const keyPath = join(dataDirectory, 'dev-integration.key');
    expect(readFileSync(keyPath, 'utf8').trim()).toBe(key);
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);

    const db = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
    expect(
      db
        .select()
        .from(integrations)
        .all()
        .map((row) => row.name),
    ).toEqual(['Byrådesk (demo)']);
    // It owns every demo agency and company account.
    expect(db.select().from(agencies).where(isNull(agencies.integrationId)).all()).toEqual([]);
    expect(
      db.select().from(customerAccounts).where(isNull(customerAccounts.integrationId)).all(),
    ).toEqual([]);
    closeDatabase(db);

    const second = await startAndStop();
    expect(second).toContain(`Dev integration key: ${key},`);
    const again = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
    expect(again.select().from(integrations).all()).toHaveLength(1);
    closeDatabase(again);
  }, 90_000);
});
