import type BetterSqlite3 from 'better-sqlite3';
import type { Random } from './random.js';

/*
 * How the large seed writes: prepared statements with raw column names, and a writer that
 * commits many thousand rows per transaction.
 */

export interface Statements {
  agency: BetterSqlite3.Statement;
  employee: BetterSqlite3.Statement;
  customer: BetterSqlite3.Statement;
  task: BetterSqlite3.Statement;
  taskParticipant: BetterSqlite3.Statement;
  account: BetterSqlite3.Statement;
  accountUser: BetterSqlite3.Statement;
  invitation: BetterSqlite3.Statement;
  collaboration: BetterSqlite3.Statement;
  accessGrant: BetterSqlite3.Statement;
}

export function prepareStatements(client: BetterSqlite3.Database): Statements {
  return {
    agency: client.prepare(
      'insert into agency (id, name, org_number, created_at) values (?, ?, ?, ?)',
    ),
    employee: client.prepare(
      'insert into employee (id, agency_id, name, email, rights, locale, created_at) values (?, ?, ?, ?, ?, ?, ?)',
    ),
    customer: client.prepare(
      `insert into customer (id, agency_id, name, search_name, org_number, company_type,
        contact_name, contact_email, contact_phone, account_manager_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    task: client.prepare(
      'insert into task (id, agency_id, customer_id, name, owner_id, created_at) values (?, ?, ?, ?, ?, ?)',
    ),
    taskParticipant: client.prepare(
      'insert into task_participant (task_id, employee_id) values (?, ?)',
    ),
    account: client.prepare(
      'insert into customer_account (id, org_number, name, created_at) values (?, ?, ?, ?)',
    ),
    accountUser: client.prepare(
      `insert into account_user (id, account_id, name, email, is_admin, locale, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    ),
    invitation: client.prepare(
      `insert into invitation (id, agency_id, customer_id, account_id, token_hash, status,
        expires_at, sent_by_id, sent_at, send_count, responded_by_id, responded_at,
        decline_reason, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    ),
    collaboration: client.prepare(
      `insert into collaboration (id, agency_id, customer_id, account_id, service, task_id,
        legacy_service_name, options, status, invitation_id, created_by_id, version,
        activated_at, ended_at, end_reason, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    accessGrant: client.prepare(
      `insert into access_grant (id, collaboration_id, account_id, service, subject_type,
        subject_id, reason, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

/** About four rows of other tables go with each collaboration; this bounds a batch anyway. */
export const rowsPerCollaborationBound = 8;

/**
 * Queues inserts and commits them many at a time: one transaction per `batchSize`
 * collaborations, with the customers, tasks, accounts, invitations and grants around them.
 * Rows go in the order they were added, so parents always precede their children.
 */
export class BatchWriter {
  private queue: { statement: BetterSqlite3.Statement; values: unknown[] }[] = [];
  private queuedCollaborations = 0;
  private writtenCollaborations = 0;
  private readonly insertAll: (
    rows: { statement: BetterSqlite3.Statement; values: unknown[] }[],
  ) => void;

  constructor(
    client: BetterSqlite3.Database,
    private readonly batchSize: number,
    private readonly onCommit: (collaborationsWritten: number) => void,
  ) {
    this.insertAll = client.transaction((rows) => {
      for (const row of rows) row.statement.run(row.values);
    });
  }

  add(statement: BetterSqlite3.Statement, values: unknown[], isCollaboration = false): void {
    this.queue.push({ statement, values });
    if (isCollaboration) this.queuedCollaborations += 1;
    // Customers without collaborations still need a bound, hence the second condition.
    if (
      this.queuedCollaborations >= this.batchSize ||
      this.queue.length >= this.batchSize * rowsPerCollaborationBound
    ) {
      this.flush();
    }
  }

  flush(): void {
    if (this.queue.length === 0) return;
    const rows = this.queue;
    this.queue = [];
    this.insertAll(rows);
    this.writtenCollaborations += this.queuedCollaborations;
    this.queuedCollaborations = 0;
    this.onCommit(this.writtenCollaborations);
  }
}

/** What writing one agency's customers takes: ids, the writer, the choices and the time. */
export interface CustomerWriting {
  nextId: () => string;
  writer: BatchWriter;
  statements: Statements;
  random: Random;
  /** The moment the history leads up to, in milliseconds. */
  now: number;
  agencyId: string;
}
