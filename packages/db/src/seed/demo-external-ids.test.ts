import { isNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, type Database } from '../client.js';
import {
  accountUsers,
  agencies,
  customerAccounts,
  customers,
  employees,
  tasks,
} from '../schema.js';
import { seedDemo } from './demo.js';
import { assignDemoExternalIds, slugify } from './demo-external-ids.js';

const now = new Date('2026-11-27T12:00:00.000Z');

describe('the demo world in Byrådesk’s own ids', () => {
  let database: Database;

  beforeEach(() => {
    database = createDatabase({ filename: ':memory:' });
    seedDemo(database, { now });
  });
  afterEach(() => closeDatabase(database));

  it('gives every agency, employee, customer, task, account and account user a readable id', () => {
    for (const table of [agencies, employees, customers, tasks, customerAccounts, accountUsers]) {
      expect(database.select().from(table).where(isNull(table.externalId)).all()).toEqual([]);
    }
    const employee = database.select().from(employees).get();
    expect(employee?.externalId).toBe(`byradesk-employee-${slugify(employee?.name ?? '')}`);
    expect(database.select().from(tasks).get()?.externalId).toMatch(/^byradesk-task-[a-z0-9-]+$/);
  });

  it('is the same on every fresh seed, and a second call changes nothing', () => {
    const ids = (db: Database) =>
      db
        .select({ id: employees.id, externalId: employees.externalId })
        .from(employees)
        .all()
        .sort((left, right) => left.id.localeCompare(right.id));
    const before = ids(database);
    assignDemoExternalIds(database);
    expect(ids(database)).toEqual(before);
    const other = createDatabase({ filename: ':memory:' });
    seedDemo(other, { now });
    expect(ids(other)).toEqual(before);
    closeDatabase(other);
  });

  it('fills in only what is missing, for a data folder seeded before external ids', () => {
    const employee = database.select().from(employees).get();
    database.update(employees).set({ externalId: null }).run();
    database.update(tasks).set({ externalId: null }).run();
    assignDemoExternalIds(database);
    expect(database.select().from(employees).where(isNull(employees.externalId)).all()).toEqual([]);
    expect(database.select().from(tasks).where(isNull(tasks.externalId)).all()).toEqual([]);
    expect(
      database
        .select()
        .from(employees)
        .all()
        .find((row) => row.id === employee?.id)?.externalId,
    ).toBe(employee?.externalId);
  });
});
