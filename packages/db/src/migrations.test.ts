import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, type Database, migrationsFolder } from './client.js';

interface Journal {
  entries: { idx: number; tag: string }[];
}

/**
 * The committed migrations up to (not including) `tag`, in a folder of their own: a database
 * migrated from it is one that a server of the previous release left behind.
 */
function migrationsBefore(tag: string, folder: string): void {
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(index).toBeGreaterThan(0);
  writeFileSync(
    journalPath,
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }, null, 2),
  );
}

describe('migration 0006_agency_logo on an existing database', () => {
  let directory: string;
  let database: Database;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'collab-migrations-'));
    const previous = join(directory, 'previous');
    migrationsBefore('0006_agency_logo', previous);
    const filename = join(directory, 'collab.db');
    const old = createDatabase({ filename, migrate: false });
    migrate(old, { migrationsFolder: previous });
    // Written as the previous release wrote it: its schema has no logo column.
    old.$client
      .prepare(
        "insert into agency (id, name, org_number, version, created_at) values ('a1', 'Norrsken AB', '5566778899', 3, 1)",
      )
      .run();
    closeDatabase(old);
    database = createDatabase({ filename });
  });

  afterEach(() => {
    closeDatabase(database);
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps the agencies, with no logo, and their versions', () => {
    expect(
      database.$client.prepare('select id, name, logo_url, version from agency').all(),
    ).toEqual([{ id: 'a1', name: 'Norrsken AB', logo_url: null, version: 3 }]);
  });

  it('takes an https logo', () => {
    database.$client
      .prepare("update agency set logo_url = 'https://cdn.example.se/logo.png' where id = 'a1'")
      .run();
    expect(database.$client.prepare('select logo_url from agency').get()).toEqual({
      logo_url: 'https://cdn.example.se/logo.png',
    });
  });

  it.each(['javascript:alert(1)', 'data:image/png;base64,AA', 'http://cdn.example.se/logo.png'])(
    'refuses %s whatever code writes it',
    (url) => {
      const update = database.$client.prepare("update agency set logo_url = ? where id = 'a1'");
      expect(() => update.run(url)).toThrow(/https address/);
      const insert = database.$client.prepare(
        "insert into agency (id, name, org_number, logo_url, created_at) values ('a2', 'B', '5566778899', ?, 1)",
      );
      expect(() => insert.run(url)).toThrow(/https address/);
    },
  );

  it('is recorded, so it does not run twice', () => {
    const again = drizzle({ client: database.$client });
    expect(() => migrate(again, { migrationsFolder })).not.toThrow();
  });
});
