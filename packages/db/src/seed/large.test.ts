import { idSchema, isValidOrgNumber } from '@collab/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, type Database } from '../client.js';
import {
  agencies,
  collaborations,
  customerAccounts,
  customers,
  employees,
  invitations,
  taskParticipants,
  tasks,
} from '../schema.js';
import { storedAndDerivedGrants } from '../test-support/grant-invariant.js';
import { type LargeSeedSummary, seedLarge } from './large.js';

const now = new Date('2026-11-27T12:00:00.000Z');

function countRows(database: Database, table: string): number {
  const row = database.$client.prepare(`select count(*) as count from "${table}"`).get() as
    | { count: number }
    | undefined;
  return row?.count ?? 0;
}

describe('given 2 agencies with 50 customers each and 2,000 collaborations', () => {
  let database: Database;
  let summary: LargeSeedSummary;
  const progress: { done: number; total: number }[] = [];

  beforeAll(() => {
    database = createDatabase({ filename: ':memory:' });
    summary = seedLarge(database, {
      agencies: 2,
      customersPerAgency: 50,
      collaborations: 2_000,
      batchSize: 500,
      now,
      onProgress: (done, total) => progress.push({ done, total }),
    });
  });

  afterAll(() => {
    closeDatabase(database);
  });

  it('writes exactly the collaborations asked for', () => {
    expect(countRows(database, 'collaboration')).toBe(2_000);
    expect(summary.tables.collaborations).toBe(2_000);
    const byStatus = Object.values(summary.collaborationsByStatus).reduce((a, b) => a + b, 0);
    expect(byStatus).toBe(2_000);
  });

  it('reports the same counts as the tables hold', () => {
    expect(summary.tables.agencies).toBe(countRows(database, 'agency'));
    expect(summary.tables.employees).toBe(countRows(database, 'employee'));
    expect(summary.tables.customers).toBe(countRows(database, 'customer'));
    expect(summary.tables.tasks).toBe(countRows(database, 'task'));
    expect(summary.tables.taskParticipants).toBe(countRows(database, 'task_participant'));
    expect(summary.tables.customerAccounts).toBe(countRows(database, 'customer_account'));
    expect(summary.tables.accountUsers).toBe(countRows(database, 'account_user'));
    expect(summary.tables.invitations).toBe(countRows(database, 'invitation'));
    expect(summary.tables.accessGrants).toBe(countRows(database, 'access_grant'));
    expect(summary.tables.agencies).toBe(2);
    expect(summary.tables.customers).toBe(100);
  });

  it('stores each status the table knows, and some unlinked ones', () => {
    const rows = database.$client
      .prepare('select status, count(*) as count from collaboration group by status')
      .all() as { status: string; count: number }[];
    const counts = Object.fromEntries(rows.map((row) => [row.status, row.count]));
    expect(counts).toEqual(
      Object.fromEntries(
        Object.entries(summary.collaborationsByStatus).filter(([, count]) => count > 0),
      ),
    );
    for (const status of ['pending', 'active', 'declined', 'expired', 'cancelled', 'ended']) {
      expect(counts[status], status).toBeGreaterThan(0);
    }
    expect(summary.unlinkedCollaborations).toBeGreaterThan(0);
    expect(summary.expiredPendingCollaborations).toBeGreaterThan(0);
  });

  it('uses unique, time-ordered ids that the API accepts', () => {
    const ids = database
      .select({ id: collaborations.id })
      .from(collaborations)
      .all()
      .map((row) => row.id);
    for (const id of ids) expect(idSchema.safeParse(id).success, id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const rowOrder = database.$client
      .prepare('select id from collaboration order by rowid')
      .pluck()
      .all() as string[];
    expect([...rowOrder].sort()).toEqual(rowOrder);
  });

  it('passes the foreign key check', () => {
    expect(database.$client.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('keeps at most one pending or active collaboration per customer and service', () => {
    const duplicates = database.$client
      .prepare(
        `select customer_id, service, count(*) as count from collaboration
         where status in ('pending', 'active') and service is not null
         group by customer_id, service having count(*) > 1`,
      )
      .all();
    expect(duplicates).toEqual([]);
  });

  it('activates Scanner and Ekonomiöversikt only beside an active eEkonomi', () => {
    const orphans = database.$client
      .prepare(
        `select dependent.id from collaboration dependent
         where dependent.status = 'active' and dependent.service in ('scanner', 'ekonomioversikt')
           and not exists (select 1 from collaboration eekonomi
             where eekonomi.customer_id = dependent.customer_id
               and eekonomi.service = 'eekonomi' and eekonomi.status = 'active')`,
      )
      .all();
    expect(orphans).toEqual([]);
  });

  it('stores only valid, unique organisation numbers', () => {
    const numbers = database
      .select({ orgNumber: customers.orgNumber })
      .from(customers)
      .all()
      .map((row) => row.orgNumber);
    for (const orgNumber of numbers) expect(isValidOrgNumber(orgNumber), orgNumber).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    const types = new Set(
      database
        .select()
        .from(customers)
        .all()
        .map((row) => row.companyType),
    );
    expect(types.size).toBe(5);
  });

  it('links every collaboration to its own customer task and account', () => {
    const mismatches = database.$client
      .prepare(
        `select collaboration.id from collaboration
         join customer on customer.id = collaboration.customer_id
         join customer_account on customer_account.id = collaboration.account_id
         left join task on task.id = collaboration.task_id
         where customer_account.org_number <> customer.org_number
            or collaboration.agency_id <> customer.agency_id
            or (collaboration.task_id is not null and task.customer_id <> collaboration.customer_id)`,
      )
      .all();
    expect(mismatches).toEqual([]);
  });

  it('gives pending, declined, cancelled and expired collaborations an invitation', () => {
    const withoutInvitation = database.$client
      .prepare(
        `select id from collaboration
         where status in ('pending', 'declined', 'cancelled', 'expired') and invitation_id is null`,
      )
      .all();
    expect(withoutInvitation).toEqual([]);
  });

  it('stores exactly the grants deriveGrants gives', () => {
    expect(
      database
        .select()
        .from(collaborations)
        .all()
        .some((row) => row.status === 'active' && row.service !== null),
    ).toBe(true);
    const { stored, derived } = storedAndDerivedGrants(database);
    expect(stored).toEqual(derived);
  });

  it('gives every agency employees with both rights', () => {
    for (const agency of database.select().from(agencies).all()) {
      const rights = new Set(
        database
          .select({ rights: employees.rights })
          .from(employees)
          .where(eq(employees.agencyId, agency.id))
          .all()
          .map((row) => row.rights),
      );
      expect(rights).toEqual(new Set(['full', 'standard']));
    }
  });

  it('gives tasks one to three participants, the owner among them', () => {
    for (const task of database.select().from(tasks).all()) {
      const participantIds = database
        .select({ employeeId: taskParticipants.employeeId })
        .from(taskParticipants)
        .where(eq(taskParticipants.taskId, task.id))
        .all()
        .map((row) => row.employeeId);
      expect(participantIds.length).toBeGreaterThanOrEqual(1);
      expect(participantIds.length).toBeLessThanOrEqual(3);
      expect(participantIds).toContain(task.ownerId);
    }
  });

  it('keeps pending invitations open and the rest in keeping with their status', () => {
    const rows = database
      .select({ collaboration: collaborations, invitation: invitations })
      .from(collaborations)
      .innerJoin(invitations, eq(collaborations.invitationId, invitations.id))
      .all();
    for (const { collaboration, invitation } of rows) {
      if (collaboration.status === 'pending' || collaboration.status === 'expired') {
        expect(invitation.status).toBe('pending');
      } else {
        expect(invitation.status).toBe(collaboration.status);
      }
      if (collaboration.status === 'expired') {
        expect(invitation.expiresAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
    }
    expect(countRows(database, 'customer_account')).toBe(
      database.select().from(customerAccounts).all().length,
    );
  });

  it('reports progress up to the total', () => {
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ done: 2_000, total: 2_000 });
    const dones = progress.map((step) => step.done);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
  });
});

describe('given more collaborations than customers could hold open', () => {
  let database: Database;

  beforeAll(() => {
    database = createDatabase({ filename: ':memory:' });
  });

  afterAll(() => {
    closeDatabase(database);
  });

  it('puts the rest in history and still honours the open index', () => {
    const summary = seedLarge(database, {
      agencies: 1,
      customersPerAgency: 3,
      collaborations: 301,
      now,
    });

    expect(summary.tables.collaborations).toBe(301);
    expect(countRows(database, 'collaboration')).toBe(301);
    expect(database.$client.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });
});

describe('given collaborations but no customers', () => {
  it('refuses, since collaborations need an account', () => {
    const database = createDatabase({ filename: ':memory:' });
    expect(() =>
      seedLarge(database, { agencies: 1, customersPerAgency: 0, collaborations: 10 }),
    ).toThrow(/account/);
    closeDatabase(database);
  });
});
