import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  closeDatabase,
  collaborations,
  createDatabase,
  employees,
  integrationKeys,
} from '@collab/db';
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

  it('creates, lists and updates an integration, and creates, lists and revokes its keys', () => {
    const created = collab(
      'integration',
      'create',
      '--name',
      'Smarta Byrån',
      '--accept-url',
      'https://app.example.se/collab/accept?from=mail',
    );
    expect(created.status).toBe(0);
    const integrationId = /^([0-9a-f-]{36}) {2}Smarta Byrån$/m.exec(created.output)?.[1] ?? '';
    expect(integrationId).not.toBe('');
    expect(created.output).toContain('https://app.example.se/collab/accept?from=mail');

    expect(collab('integration', 'list').output).toContain(`${integrationId}  Smarta Byrån`);
    const updated = collab(
      'integration',
      'update',
      integrationId,
      '--sign-in-url',
      'https://app.example.se/login',
      '--accept-url',
      '',
    );
    expect(updated.status).toBe(0);
    expect(updated.output).toContain('https://app.example.se/login');
    expect(updated.output).toContain('Collab’s own /accept page');

    const key = collab('key', 'create', '--integration', integrationId);
    expect(key.status).toBe(0);
    expect(key.output).toContain('it is not shown again');
    const secret = /collab_sk_[\w-]{43}/.exec(key.output)?.[0] ?? '';
    const keyId = /^Key ([0-9a-f-]{36}) for/m.exec(key.output)?.[1] ?? '';
    expect(secret).not.toBe('');

    const listed = collab('key', 'list', '--integration', integrationId);
    expect(listed.status).toBe(0);
    expect(listed.output).toContain(`${keyId}  collab_sk_…${secret.slice(-4)}`);
    expect(listed.output).toContain('last used never');
    expect(listed.output).toContain('live');
    expect(listed.output).not.toContain(secret);

    expect(collab('key', 'revoke', keyId)).toMatchObject({
      status: 0,
      output: expect.stringContaining('revoked'),
    });
    expect(collab('key', 'list', '--integration', integrationId).output).toContain('REVOKED');
    const db = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
    expect(
      db.select().from(integrationKeys).where(eq(integrationKeys.id, keyId)).get()?.revokedAt,
    ).toBeInstanceOf(Date);
    closeDatabase(db);
  }, 120_000);

  it('refuses bad integration settings and unknown ids with exit code 2', () => {
    expect(
      collab('integration', 'create', '--name', 'X', '--accept-url', 'not a url'),
    ).toMatchObject({
      status: 2,
      output: expect.stringContaining('--accept-url must be an absolute URL'),
    });
    expect(
      collab('integration', 'create', '--name', 'X', '--sign-in-url', 'ftp://example.se'),
    ).toMatchObject({ status: 2, output: expect.stringContaining('http or https') });
    expect(collab('integration', 'create')).toMatchObject({
      status: 2,
      output: expect.stringContaining('needs --name'),
    });
    expect(collab('key', 'create', '--integration', 'nope')).toMatchObject({
      status: 2,
      output: expect.stringContaining('There is no integration nope'),
    });
    expect(collab('key', 'revoke', 'nope')).toMatchObject({
      status: 2,
      output: expect.stringContaining('There is no key nope'),
    });
  }, 120_000);
});
