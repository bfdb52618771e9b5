import {
  type CollaborationStatus,
  collaborationStatuses,
  effectiveStatus,
} from '@collab/contracts';
import { eq, getTableName } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type DemoUser, listDemoUsers } from '../demo-users.js';
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
  outboxMessages,
  taskParticipants,
  tasks,
} from '../schema.js';
import { buildAgency } from './demo-customer.js';
import { demoAgencies } from './demo-data.js';
import { assignDemoExternalIds } from './demo-external-ids.js';
import { DemoClock, type DemoRows, insertDemoRows } from './demo-rows.js';
import { createSeededRandom, randomDigits, withCheckDigit } from './random.js';

export interface DemoTableCounts {
  agencies: number;
  employees: number;
  customers: number;
  tasks: number;
  taskParticipants: number;
  customerAccounts: number;
  accountUsers: number;
  invitations: number;
  collaborations: number;
  accessGrants: number;
  auditEvents: number;
  outboxMessages: number;
}

export interface DemoSeedSummary {
  /** True when the database already had an agency, so nothing was written. */
  skipped: boolean;
  /** Rows in each table after the call (seeded or not). */
  tables: DemoTableCounts;
  /** Collaborations by the status stored in the table. */
  collaborationsByStoredStatus: Record<CollaborationStatus, number>;
  /** Collaborations by the status the API reports: a pending one past its expiry is expired. */
  collaborationsByStatus: Record<CollaborationStatus, number>;
  /** Collaborations without a service and task, imported from the old agency system. */
  unlinkedCollaborations: number;
  users: DemoUser[];
}

export interface DemoSeedOptions {
  /** The moment the demo history leads up to; defaults to the current time. */
  now?: Date;
}

/** Fixed, so that every fresh database gets the same ids. */
const demoSeed = 20_251_127;

/**
 * Fills an empty database with a small, realistic Swedish demo world (see `demo-data.ts`).
 * The server calls it on every start, so a database that already has an agency is left as
 * it is. The same ids come out every time; times are relative to `now`.
 */
export function seedDemo(database: Database, options: DemoSeedOptions = {}): DemoSeedSummary {
  const now = options.now ?? new Date();
  const seeded = database.transaction(
    (transaction) => {
      const existing = transaction.select({ id: agencies.id }).from(agencies).limit(1).get();
      if (existing !== undefined) return false;
      insertDemoRows(transaction, buildDemoRows(now));
      // Byrådesk's own ids, so that the demo can open widget sessions by them (see README).
      assignDemoExternalIds(transaction);
      return true;
    },
    { behavior: 'immediate' },
  );
  return summariseDemo(database, now, !seeded);
}

function buildDemoRows(now: Date): DemoRows {
  const rows: DemoRows = {
    agencies: [],
    employees: [],
    customers: [],
    tasks: [],
    taskParticipants: [],
    customerAccounts: [],
    accountUsers: [],
    invitations: [],
    collaborations: [],
    accessGrants: [],
    auditEvents: [],
  };
  const random = createSeededRandom(demoSeed);
  const clock = new DemoClock(now, random);
  const usedOrgNumbers = new Set<string>();
  const orgNumber = (prefix: string): string => {
    for (;;) {
      const digits = withCheckDigit(`${prefix}${randomDigits(random, 9 - prefix.length)}`);
      if (!usedOrgNumbers.has(digits)) {
        usedOrgNumbers.add(digits);
        return digits;
      }
    }
  };
  for (const agency of demoAgencies) {
    buildAgency(agency, { rows, random, clock, orgNumber });
  }
  return rows;
}

function summariseDemo(database: Database, now: Date, skipped: boolean): DemoSeedSummary {
  const countRows = (table: Parameters<typeof getTableName>[0]): number => {
    const row = database.$client
      .prepare(`select count(*) as count from "${getTableName(table)}"`)
      .get() as { count: number } | undefined;
    return row?.count ?? 0;
  };
  const tables: DemoTableCounts = {
    agencies: countRows(agencies),
    employees: countRows(employees),
    customers: countRows(customers),
    tasks: countRows(tasks),
    taskParticipants: countRows(taskParticipants),
    customerAccounts: countRows(customerAccounts),
    accountUsers: countRows(accountUsers),
    invitations: countRows(invitations),
    collaborations: countRows(collaborations),
    accessGrants: countRows(accessGrants),
    auditEvents: countRows(auditEvents),
    outboxMessages: countRows(outboxMessages),
  };
  const collaborationRows = database
    .select({
      status: collaborations.status,
      service: collaborations.service,
      expiresAt: invitations.expiresAt,
    })
    .from(collaborations)
    .leftJoin(invitations, eq(collaborations.invitationId, invitations.id))
    .all();
  const collaborationsByStoredStatus = zeroPerStatus();
  const collaborationsByStatus = zeroPerStatus();
  let unlinkedCollaborations = 0;
  for (const row of collaborationRows) {
    collaborationsByStoredStatus[row.status] += 1;
    collaborationsByStatus[effectiveStatus(row.status, row.expiresAt, now)] += 1;
    if (row.service === null) unlinkedCollaborations += 1;
  }
  return {
    skipped,
    tables,
    collaborationsByStoredStatus,
    collaborationsByStatus,
    unlinkedCollaborations,
    users: listDemoUsers(database),
  };
}

function zeroPerStatus(): Record<CollaborationStatus, number> {
  return Object.fromEntries(collaborationStatuses.map((status) => [status, 0])) as Record<
    CollaborationStatus,
    number
  >;
}
