import type { Transaction } from '../client.js';
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
  taskParticipants,
  tasks,
} from '../schema.js';
import { type Random, randomInteger } from './random.js';
import { day, hour, minute } from './units.js';

/** The demo world as rows, built in memory and then inserted in one transaction. */
export interface DemoRows {
  agencies: (typeof agencies.$inferInsert)[];
  employees: (typeof employees.$inferInsert)[];
  customers: (typeof customers.$inferInsert)[];
  tasks: (typeof tasks.$inferInsert)[];
  taskParticipants: (typeof taskParticipants.$inferInsert)[];
  customerAccounts: (typeof customerAccounts.$inferInsert)[];
  accountUsers: (typeof accountUsers.$inferInsert)[];
  invitations: (typeof invitations.$inferInsert)[];
  collaborations: (typeof collaborations.$inferInsert)[];
  accessGrants: (typeof accessGrants.$inferInsert)[];
  auditEvents: (typeof auditEvents.$inferInsert)[];
}

/** Parents before children, so that the foreign keys hold at every insert. */
export function insertDemoRows(transaction: Transaction, rows: DemoRows): void {
  transaction.insert(agencies).values(rows.agencies).run();
  transaction.insert(employees).values(rows.employees).run();
  transaction.insert(customers).values(rows.customers).run();
  transaction.insert(tasks).values(rows.tasks).run();
  transaction.insert(taskParticipants).values(rows.taskParticipants).run();
  transaction.insert(customerAccounts).values(rows.customerAccounts).run();
  transaction.insert(accountUsers).values(rows.accountUsers).run();
  transaction.insert(invitations).values(rows.invitations).run();
  transaction.insert(collaborations).values(rows.collaborations).run();
  transaction.insert(accessGrants).values(rows.accessGrants).run();
  transaction.insert(auditEvents).values(rows.auditEvents).run();
}

/** Times relative to `now`, at a plausible time of day. */
export class DemoClock {
  readonly now: number;
  constructor(
    now: Date,
    private readonly random: Random,
  ) {
    this.now = now.getTime();
  }

  /** `days` days ago, up to six hours earlier still. */
  daysAgo(days: number): Date {
    const jitter = randomInteger(this.random, 0, 6 * 60) * minute;
    return new Date(this.now - days * day - jitter);
  }

  /** `days` days after `start`, one to five hours into that day. */
  daysAfter(start: Date, days: number): Date {
    const jitter = randomInteger(this.random, 1, 5) * hour;
    return new Date(start.getTime() + days * day + jitter);
  }
}

export interface BuildContext {
  rows: DemoRows;
  random: Random;
  clock: DemoClock;
  orgNumber: (prefix: string) => string;
}

export type EmployeeRow = typeof employees.$inferInsert;
