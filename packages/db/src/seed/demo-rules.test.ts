import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, type Database } from '../client.js';
import {
  accessGrants,
  accountUsers,
  auditEvents,
  collaborations,
  customerAccounts,
  customers,
  employees,
  invitations,
  outboxMessages,
  tasks,
} from '../schema.js';
import { storedAndDerivedGrants } from '../test-support/grant-invariant.js';
import { seedDemo } from './demo.js';

const now = new Date('2026-11-27T12:00:00.000Z');

/*
 * The demo world keeps the rules the API keeps: the grants, one open collaboration per
 * service, tasks and accounts of the right customer, who may invite and answer, and a history
 * for everything. What it holds (counts, statuses, people) is in demo.test.ts.
 */
describe('given the seeded demo world', () => {
  let database: Database;

  beforeEach(() => {
    database = createDatabase({ filename: ':memory:' });
    seedDemo(database, { now });
  });

  afterEach(() => {
    closeDatabase(database);
  });

  it('stores for every collaboration exactly the grants deriveGrants gives', () => {
    expect(database.select().from(accessGrants).all().length).toBeGreaterThan(0);
    const { stored, derived } = storedAndDerivedGrants(database);
    expect(stored).toEqual(derived);
  });

  it('keeps the rules: one open collaboration per service, Scanner and Ekonomiöversikt beside eEkonomi', () => {
    const rows = database.select().from(collaborations).all();
    const open = rows.filter((row) => row.status === 'active' || row.status === 'pending');
    const openKeys = open
      .filter((row) => row.service !== null)
      .map((row) => `${row.customerId}:${row.service}`);
    expect(new Set(openKeys).size).toBe(openKeys.length);
    for (const row of rows) {
      if (row.status !== 'active') continue;
      if (row.service !== 'scanner' && row.service !== 'ekonomioversikt') continue;
      const eekonomi = rows.find(
        (other) =>
          other.customerId === row.customerId &&
          other.service === 'eekonomi' &&
          other.status === 'active',
      );
      expect(eekonomi, row.id).toBeDefined();
    }
  });

  it('hangs every collaboration on a task of its own customer, and its account on the customer', () => {
    const rows = database
      .select({
        collaboration: collaborations,
        customerOrgNumber: customers.orgNumber,
        accountOrgNumber: customerAccounts.orgNumber,
      })
      .from(collaborations)
      .innerJoin(customers, eq(collaborations.customerId, customers.id))
      .innerJoin(customerAccounts, eq(collaborations.accountId, customerAccounts.id))
      .all();
    for (const row of rows) {
      expect(row.accountOrgNumber).toBe(row.customerOrgNumber);
      if (row.collaboration.taskId === null) continue;
      const task = database
        .select()
        .from(tasks)
        .where(eq(tasks.id, row.collaboration.taskId))
        .get();
      expect(task?.customerId).toBe(row.collaboration.customerId);
    }
  });

  it('has invitations sent by employees with full rights, declines answered by admins', () => {
    const rows = database
      .select({ invitation: invitations, senderRights: employees.rights })
      .from(invitations)
      .innerJoin(employees, eq(invitations.sentById, employees.id))
      .all();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.senderRights).toBe('full');
      if (row.invitation.respondedById === null) continue;
      const responder = database
        .select()
        .from(accountUsers)
        .where(eq(accountUsers.id, row.invitation.respondedById))
        .get();
      expect(responder?.isAdmin).toBe(true);
      expect(responder?.accountId).toBe(row.invitation.accountId);
    }
    expect(rows.some((row) => row.invitation.declineReason !== null)).toBe(true);
  });

  it('covers several collaborations with one pending invitation', () => {
    const pending = database
      .select()
      .from(collaborations)
      .where(eq(collaborations.status, 'pending'))
      .all();
    const perInvitation = new Map<string, number>();
    for (const row of pending) {
      if (row.invitationId === null) continue;
      perInvitation.set(row.invitationId, (perInvitation.get(row.invitationId) ?? 0) + 1);
    }
    expect([...perInvitation.values()].some((count) => count > 1)).toBe(true);
  });

  it('makes the contact person an admin of most accounts', () => {
    const rows = database
      .select({ customer: customers, accountId: customerAccounts.id })
      .from(customers)
      .innerJoin(customerAccounts, eq(customers.orgNumber, customerAccounts.orgNumber))
      .all();
    const contactIsAdmin = rows.filter((row) =>
      database
        .select()
        .from(accountUsers)
        .where(eq(accountUsers.accountId, row.accountId))
        .all()
        .some((user) => user.isAdmin && user.email === row.customer.contactEmail),
    );
    expect(contactIsAdmin.length).toBeGreaterThan(rows.length / 2);
  });

  it('writes a history for every collaboration, starting when it was created', () => {
    const rows = database.select().from(collaborations).all();
    for (const row of rows) {
      const events = database
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.collaborationId, row.id))
        .orderBy(asc(auditEvents.createdAt))
        .all();
      expect(events.length, row.id).toBeGreaterThan(0);
      expect(events[0]?.before).toBeNull();
      expect(events.at(-1)?.after).toEqual({ status: row.status });
    }
    const actions = new Set(
      database
        .select()
        .from(auditEvents)
        .all()
        .map((event) => event.action),
    );
    for (const action of [
      'collaboration.activated',
      'collaboration.invited',
      'invitation.accepted',
      'invitation.declined',
      'invitation.cancelled',
      'collaboration.ended',
      'collaboration.imported',
      'collaboration.expired',
      'invitation.resent',
    ]) {
      expect(actions.has(action), action).toBe(true);
    }
  });

  it('writes no outbox messages and passes the foreign key check', () => {
    expect(database.select().from(outboxMessages).all()).toEqual([]);
    expect(database.$client.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('dates nothing after now', () => {
    const times = [
      ...database
        .select()
        .from(collaborations)
        .all()
        .flatMap((row) => [row.createdAt, row.updatedAt, row.activatedAt, row.endedAt]),
      ...database
        .select()
        .from(auditEvents)
        .all()
        .map((row) => row.createdAt),
      ...database
        .select()
        .from(invitations)
        .all()
        .flatMap((row) => [row.sentAt, row.respondedAt]),
    ];
    for (const time of times) {
      if (time !== null) expect(time.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });
});
