import {
  type CollaborationStatus,
  effectiveStatus,
  idSchema,
  isValidOrgNumber,
} from '@collab/contracts';
import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, type Database } from '../client.js';
import { listDemoUsers } from '../demo-users.js';
import {
  accessGrants,
  accountUsers,
  agencies,
  auditEvents,
  collaborations,
  customerAccounts,
  customers,
  employees,
  invitations,
  tasks,
} from '../schema.js';
import { type DemoSeedSummary, seedDemo } from './demo.js';

const now = new Date('2026-11-27T12:00:00.000Z');
const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('given an empty database', () => {
  let database: Database;
  let summary: DemoSeedSummary;

  beforeEach(() => {
    database = createDatabase({ filename: ':memory:' });
    summary = seedDemo(database, { now });
  });

  afterEach(() => {
    closeDatabase(database);
  });

  it('seeds and says so', () => {
    expect(summary.skipped).toBe(false);
    expect(summary.tables.agencies).toBe(2);
    expect(summary.tables.customers).toBeGreaterThanOrEqual(28);
    expect(summary.tables.customers).toBeLessThanOrEqual(32);
    expect(summary.tables.outboxMessages).toBe(0);
  });

  it('reports the same counts as the tables hold', () => {
    expect(summary.tables.collaborations).toBe(database.select().from(collaborations).all().length);
    expect(summary.tables.accessGrants).toBe(database.select().from(accessGrants).all().length);
    expect(summary.tables.auditEvents).toBe(database.select().from(auditEvents).all().length);
    expect(summary.tables.invitations).toBe(database.select().from(invitations).all().length);
  });

  it('has every status the API reports, including a pending one past its expiry', () => {
    const statuses: CollaborationStatus[] = [
      'pending',
      'active',
      'declined',
      'expired',
      'cancelled',
      'ended',
    ];
    for (const status of statuses) {
      expect(summary.collaborationsByStatus[status], status).toBeGreaterThan(0);
    }
    const rows = database
      .select({ status: collaborations.status, expiresAt: invitations.expiresAt })
      .from(collaborations)
      .innerJoin(invitations, eq(collaborations.invitationId, invitations.id))
      .all();
    const expiredButStoredPending = rows.filter(
      (row) => row.status === 'pending' && row.expiresAt.getTime() <= now.getTime(),
    );
    expect(expiredButStoredPending.length).toBeGreaterThan(0);
    const stillPending = rows.filter(
      (row) => effectiveStatus(row.status, row.expiresAt, now) === 'pending',
    );
    expect(stillPending.length).toBeGreaterThan(0);
  });

  it('keeps the collaboration fields that go with each status', () => {
    const rows = database.select().from(collaborations).all();
    for (const row of rows) {
      if (row.status === 'active') expect(row.activatedAt, row.id).not.toBeNull();
      if (row.status === 'ended') {
        expect(row.endedAt, row.id).not.toBeNull();
        expect(row.endReason, row.id).not.toBeNull();
      }
      if (['pending', 'declined', 'expired', 'cancelled'].includes(row.status)) {
        expect(row.invitationId, row.id).not.toBeNull();
      }
    }
  });

  it('has unlinked collaborations: active, without service and task, with the old name', () => {
    const unlinked = database
      .select()
      .from(collaborations)
      .all()
      .filter((row) => row.service === null);
    expect(unlinked.length).toBeGreaterThan(0);
    expect(summary.unlinkedCollaborations).toBe(unlinked.length);
    for (const row of unlinked) {
      expect(row.status).toBe('active');
      expect(row.taskId).toBeNull();
      expect(row.legacyServiceName).toMatch(/^Byråstöd /);
    }
  });

  it('gives both agencies employees with full and with standard rights', () => {
    const agencyRows = database.select().from(agencies).all();
    expect(agencyRows).toHaveLength(2);
    for (const agency of agencyRows) {
      const staff = database
        .select()
        .from(employees)
        .where(eq(employees.agencyId, agency.id))
        .all();
      expect(staff.filter((employee) => employee.rights === 'full').length).toBeGreaterThanOrEqual(
        2,
      );
      expect(
        staff.filter((employee) => employee.rights === 'standard').length,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('lists users in each of the four roles, and the list matches the database', () => {
    const roles = new Set(summary.users.map((user) => user.role));
    expect(roles).toEqual(
      new Set(['employee_full', 'employee_standard', 'customer_admin', 'customer_user']),
    );
    expect(summary.users).toHaveLength(
      database.select().from(employees).all().length +
        database.select().from(accountUsers).all().length,
    );
    expect(listDemoUsers(database)).toEqual(summary.users);
  });

  it('stores only valid organisation numbers, ten digits without a dash', () => {
    const numbers = [
      ...database.select({ orgNumber: agencies.orgNumber }).from(agencies).all(),
      ...database.select({ orgNumber: customers.orgNumber }).from(customers).all(),
      ...database.select({ orgNumber: customerAccounts.orgNumber }).from(customerAccounts).all(),
    ].map((row) => row.orgNumber);
    for (const orgNumber of numbers) {
      expect(orgNumber).toMatch(/^\d{10}$/);
      expect(isValidOrgNumber(orgNumber), orgNumber).toBe(true);
    }
  });

  it('has customers of all five company types', () => {
    const types = new Set(
      database
        .select()
        .from(customers)
        .all()
        .map((row) => row.companyType),
    );
    expect(types).toEqual(
      new Set([
        'aktiebolag',
        'enskild_firma',
        'handelsbolag',
        'ekonomisk_forening',
        'privatperson',
      ]),
    );
  });

  it('gives about half of the customers an account, keyed by their organisation number', () => {
    const customerRows = database.select().from(customers).all();
    const accountNumbers = new Set(
      database
        .select()
        .from(customerAccounts)
        .all()
        .map((account) => account.orgNumber),
    );
    const withAccount = customerRows.filter((customer) => accountNumbers.has(customer.orgNumber));
    expect(withAccount.length).toBeGreaterThan(customerRows.length / 3);
    expect(withAccount.length).toBeLessThan((customerRows.length * 2) / 3);
  });

  it('uses UUID v4 ids, which the API accepts', () => {
    const ids = [
      ...database.select({ id: agencies.id }).from(agencies).all(),
      ...database.select({ id: employees.id }).from(employees).all(),
      ...database.select({ id: customers.id }).from(customers).all(),
      ...database.select({ id: tasks.id }).from(tasks).all(),
      ...database.select({ id: customerAccounts.id }).from(customerAccounts).all(),
      ...database.select({ id: accountUsers.id }).from(accountUsers).all(),
      ...database.select({ id: invitations.id }).from(invitations).all(),
      ...database.select({ id: collaborations.id }).from(collaborations).all(),
      ...database.select({ id: accessGrants.id }).from(accessGrants).all(),
      ...database.select({ id: auditEvents.id }).from(auditEvents).all(),
    ].map((row) => row.id);
    for (const id of ids) {
      expect(id).toMatch(uuidV4);
      expect(idSchema.safeParse(id).success, id).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('given a database that was seeded before', () => {
  let database: Database;

  beforeEach(() => {
    database = createDatabase({ filename: ':memory:' });
  });

  afterEach(() => {
    closeDatabase(database);
  });

  it('skips a second run and keeps the data as it was', () => {
    const first = seedDemo(database, { now });
    const idsBefore = database.select({ id: collaborations.id }).from(collaborations).all();

    const second = seedDemo(database, { now: new Date('2027-01-15T08:00:00.000Z') });

    expect(second.skipped).toBe(true);
    expect(second.tables).toEqual(first.tables);
    expect(second.users).toEqual(first.users);
    expect(database.select({ id: collaborations.id }).from(collaborations).all()).toEqual(
      idsBefore,
    );
  });

  it('skips when any agency exists, even one it did not seed', () => {
    database
      .insert(agencies)
      .values({
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        name: 'Egen Byrå AB',
        orgNumber: '5560360793',
        createdAt: now,
      })
      .run();

    const summary = seedDemo(database, { now });

    expect(summary.skipped).toBe(true);
    expect(summary.tables.agencies).toBe(1);
    expect(summary.tables.customers).toBe(0);
  });
});

describe('given two fresh databases', () => {
  let first: Database;
  let second: Database;

  beforeEach(() => {
    first = createDatabase({ filename: ':memory:' });
    second = createDatabase({ filename: ':memory:' });
  });

  afterEach(() => {
    closeDatabase(first);
    closeDatabase(second);
  });

  it('gives the same ids in both, even at another time', () => {
    seedDemo(first, { now });
    seedDemo(second, { now: new Date('2027-03-01T09:30:00.000Z') });

    const ids = (database: Database) => ({
      agencies: database.select({ id: agencies.id }).from(agencies).orderBy(asc(agencies.id)).all(),
      employees: database
        .select({ id: employees.id, email: employees.email })
        .from(employees)
        .orderBy(asc(employees.id))
        .all(),
      customers: database
        .select({ id: customers.id, orgNumber: customers.orgNumber })
        .from(customers)
        .orderBy(asc(customers.id))
        .all(),
      accountUsers: database
        .select({ id: accountUsers.id })
        .from(accountUsers)
        .orderBy(asc(accountUsers.id))
        .all(),
      collaborations: database
        .select({ id: collaborations.id, status: collaborations.status })
        .from(collaborations)
        .orderBy(asc(collaborations.id))
        .all(),
      invitations: database
        .select({ id: invitations.id })
        .from(invitations)
        .orderBy(asc(invitations.id))
        .all(),
    });
    expect(ids(second)).toEqual(ids(first));
    expect(listDemoUsers(second)).toEqual(listDemoUsers(first));
  });
});
