import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDatabase, collaborations, createDatabase, employees } from '@collab/db';
import { eq, isNull } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';

/** The CLI as an operator runs it, from the TypeScript sources, on its own data folder. */
const serverFolder = fileURLToPath(new URL('..', import.meta.url));
const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-cli-'));

function collab(...argv: string[]): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    ['--conditions=@collab/source', '--import', 'tsx', 'src/cli.ts', ...argv],
    {
      cwd: serverFolder,
      env: { PATH: process.env.PATH, DATA_DIR: dataDirectory },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterAll(() => {
  rmSync(dataDirectory, { recursive: true, force: true });
});

describe('given a new data folder', () => {
  it('migrates, seeds the demo once, and imports a legacy CSV as a full-rights employee', () => {
    expect(collab('migrate')).toMatchObject({
      status: 0,
      output: expect.stringContaining('up to date'),
    });
    expect(collab('seed')).toMatchObject({
      status: 0,
      output: expect.stringContaining('Demo data written'),
    });
    expect(collab('seed')).toMatchObject({ status: 0, output: expect.stringContaining('skipped') });

    const db = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
    const employee = db.select().from(employees).where(eq(employees.rights, 'full')).get();
    const unlinkedBefore = db
      .select()
      .from(collaborations)
      .where(isNull(collaborations.service))
      .all().length;
    closeDatabase(db);
    const file = join(dataDirectory, 'old-system.csv');
    writeFileSync(
      file,
      'organisationsnummer;kundnamn;tjänst;startdatum\n556036-0793;Volvo Personvagnar AB;Byråstöd Lön;2021-01-01\n556036-0794;Fel Siffra AB;Byråstöd Lön;2021-01-01\n',
    );
    const imported = collab('import-legacy', file, '--employee', employee?.email ?? '');
    expect(imported.status).toBe(1);
    expect(imported.output).toContain('1 created, 0 skipped as duplicates, 1 with errors.');
    expect(imported.output).toContain('row 3: The check digit does not match.');

    const after = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
    expect(
      after.select().from(collaborations).where(isNull(collaborations.service)).all().length,
    ).toBe(unlinkedBefore + 1);
    closeDatabase(after);
  }, 120_000);

  it('refuses a file in the wrong encoding with a clear message', () => {
    const file = join(dataDirectory, 'latin1.csv');
    writeFileSync(
      file,
      Buffer.from(
        'organisationsnummer;kundnamn;tjänst;startdatum\n556036-0793;Åkesson Ägare AB;Lön;2021-01-01\n',
        'latin1',
      ),
    );
    const db = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
    const employee = db.select().from(employees).where(eq(employees.rights, 'full')).get();
    closeDatabase(db);
    const result = collab('import-legacy', file, '--employee', employee?.email ?? '');
    expect(result.status).toBe(1);
    expect(result.output).toContain('The file is not saved as UTF-8');
  }, 60_000);

  it('writes generated data with --large', () => {
    const result = collab('seed', '--large', '2000', '--agencies', '2');
    expect(result.status).toBe(0);
    const db = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
    expect(db.select().from(collaborations).all().length).toBeGreaterThanOrEqual(2000);
    closeDatabase(db);
  }, 120_000);

  it('explains its usage for an unknown command', () => {
    expect(collab('frobnicate')).toMatchObject({
      status: 2,
      output: expect.stringContaining('Usage: collab'),
    });
  }, 60_000);
});
