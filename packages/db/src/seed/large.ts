import { randomBytes } from 'node:crypto';
import { type CollaborationStatus, collaborationStatuses } from '@collab/contracts';
import { type Database, refreshPlannerStatistics } from '../client.js';
import { writeCollaborations } from './large-collaborations.js';
import {
  employeesPerAgency,
  fullRightsEmployeesPerAgency,
  maximumCustomers,
  writeCustomer,
} from './large-customers.js';
import { agencyName, personName } from './large-words.js';
import { BatchWriter, prepareStatements } from './large-writer.js';
import { emailLocalPart } from './names.js';
import { createSeededRandom, randomInteger, withCheckDigit } from './random.js';
import { day } from './units.js';

export interface LargeSeedOptions {
  agencies: number;
  customersPerAgency: number;
  /** Collaboration rows in total, spread over the customers that have an account. */
  collaborations: number;
  /** Called after each committed batch with the collaborations written so far. */
  onProgress?: (done: number, total: number) => void;
  /** Collaborations per transaction, with the rows that go with them; 10,000 by default. */
  batchSize?: number;
  /** The moment the generated history leads up to; defaults to the current time. */
  now?: Date;
  /** Seed for the choices (statuses, options, people); ids are new UUIDs on every run. */
  seed?: number;
}

export interface LargeSeedTableCounts {
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
}

export interface LargeSeedSummary {
  /** Rows this call wrote, per table. */
  tables: LargeSeedTableCounts;
  /** Collaborations written, by stored status. */
  collaborationsByStatus: Record<CollaborationStatus, number>;
  /** Of those, stored as pending but past their invitation's expiry. */
  expiredPendingCollaborations: number;
  unlinkedCollaborations: number;
}

/** Every tenth customer has no account (and so no collaborations). */
const customersWithoutAccountEvery = 10;

/**
 * Writes a large synthetic data set for load tests: `agencies` agencies with employees,
 * customers with valid, unique organisation numbers, tasks with participants, accounts with
 * users, and `collaborations` collaborations over the customers that have an account. Each
 * customer holds at most one pending or active collaboration per service (the database
 * enforces it); the rest of its rows are history: ended, declined, cancelled, expired.
 * Active, linked collaborations get exactly the grants `deriveGrants` gives.
 *
 * Fast on purpose: prepared statements with raw column names, many thousand rows per
 * transaction, no query building per row, and time-ordered ids. Meant for an empty database.
 */
export function seedLarge(database: Database, options: LargeSeedOptions): LargeSeedSummary {
  const nextId = createSequentialIds(Date.now());
  const agencyCount = wholeNumber(options.agencies, 'agencies');
  const customersPerAgency = wholeNumber(options.customersPerAgency, 'customersPerAgency');
  const collaborationTotal = wholeNumber(options.collaborations, 'collaborations');
  const batchSize = Math.max(1, options.batchSize ?? 10_000);
  const now = (options.now ?? new Date()).getTime();
  const random = createSeededRandom(options.seed ?? 1);

  const customersWithAccountPerAgency = Array.from({ length: customersPerAgency }, (_, index) =>
    hasAccount(index),
  ).filter(Boolean).length;
  const customersWithAccount = customersWithAccountPerAgency * agencyCount;
  if (collaborationTotal > 0 && customersWithAccount === 0) {
    throw new Error('seedLarge: collaborations need at least one customer with an account');
  }
  if (agencyCount * customersPerAgency > maximumCustomers) {
    throw new Error(`seedLarge: at most ${maximumCustomers} customers in total`);
  }
  const collaborationsPerCustomer =
    customersWithAccount === 0 ? 0 : Math.floor(collaborationTotal / customersWithAccount);
  const customersWithOneMore =
    customersWithAccount === 0 ? 0 : collaborationTotal % customersWithAccount;

  const statements = prepareStatements(database.$client);
  const summary: LargeSeedSummary = {
    tables: {
      agencies: 0,
      employees: 0,
      customers: 0,
      tasks: 0,
      taskParticipants: 0,
      customerAccounts: 0,
      accountUsers: 0,
      invitations: 0,
      collaborations: 0,
      accessGrants: 0,
    },
    collaborationsByStatus: Object.fromEntries(
      collaborationStatuses.map((status) => [status, 0]),
    ) as Record<CollaborationStatus, number>,
    expiredPendingCollaborations: 0,
    unlinkedCollaborations: 0,
  };
  const writer = new BatchWriter(database.$client, batchSize, (collaborationsWritten) => {
    options.onProgress?.(collaborationsWritten, collaborationTotal);
  });

  let customerNumber = 0;
  let accountCustomerNumber = 0;
  for (let agencyIndex = 0; agencyIndex < agencyCount; agencyIndex++) {
    const agencyId = nextId();
    const agencyDomain = `byra${agencyIndex + 1}.example`;
    writer.add(statements.agency, [
      agencyId,
      agencyName(random, agencyIndex),
      withCheckDigit(`96${String(9_000_000 + agencyIndex)}`),
      now - randomInteger(random, 1500, 3000) * day,
    ]);
    summary.tables.agencies += 1;
    const employeeIds: string[] = [];
    for (let index = 0; index < employeesPerAgency; index++) {
      const employeeId = nextId();
      employeeIds.push(employeeId);
      const name = personName(random);
      writer.add(statements.employee, [
        employeeId,
        agencyId,
        name,
        `${emailLocalPart(name)}.${index + 1}@${agencyDomain}`,
        index < fullRightsEmployeesPerAgency ? 'full' : 'standard',
        index === employeesPerAgency - 1 ? 'en' : 'sv',
        now - randomInteger(random, 400, 1500) * day,
      ]);
    }
    summary.tables.employees += employeesPerAgency;
    const employeeAt = (index: number): string => employeeIds[index % employeeIds.length] ?? '';
    const fullRightsEmployee = (): string =>
      employeeAt(randomInteger(random, 0, fullRightsEmployeesPerAgency - 1));

    for (let localIndex = 0; localIndex < customersPerAgency; localIndex++) {
      const customer = writeCustomer({
        nextId,
        writer,
        statements,
        random,
        now,
        agencyId,
        customerNumber,
        accountManagerId: employeeAt(localIndex),
        employeeAt,
        withAccount: hasAccount(localIndex),
      });
      customerNumber += 1;
      summary.tables.customers += 1;
      summary.tables.tasks += customer.tasks.length;
      summary.tables.taskParticipants += customer.tasks.reduce(
        (sum, task) => sum + task.participantIds.length,
        0,
      );
      if (customer.account === null) continue;
      summary.tables.customerAccounts += 1;
      summary.tables.accountUsers += customer.account.users.length;
      const count =
        collaborationsPerCustomer + (accountCustomerNumber < customersWithOneMore ? 1 : 0);
      accountCustomerNumber += 1;
      writeCollaborations({
        nextId,
        writer,
        statements,
        random,
        now,
        agencyId,
        customer,
        account: customer.account,
        count,
        fullRightsEmployee,
        summary,
      });
    }
  }
  writer.flush();
  refreshPlannerStatistics(database);
  return summary;
}

/**
 * UUID version 7 ids, as the API makes them (`sequentialId`): a millisecond time, a 12-bit
 * counter, then random bits. They rise in the order rows are written, so every index keyed
 * by an id grows at its end instead of at random places, which keeps a bulk load fast.
 */
function createSequentialIds(startMilliseconds: number): () => string {
  let counter = 0;
  let pool = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset + 8 > pool.length) {
      pool = randomBytes(8 * 4096);
      offset = 0;
    }
    const time = (startMilliseconds + Math.floor(counter / 4096)).toString(16).padStart(12, '0');
    const sequence = (counter % 4096).toString(16).padStart(3, '0');
    counter += 1;
    const tail = pool.toString('hex', offset, offset + 8);
    offset += 8;
    const variant = (8 + (Number.parseInt(tail.charAt(0), 16) & 3)).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence}-${variant}${tail.slice(1, 4)}-${tail.slice(4)}`;
  };
}

function wholeNumber(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`seedLarge: ${name} must be a whole number, not ${value}`);
  }
  return value;
}

function hasAccount(localCustomerIndex: number): boolean {
  return localCustomerIndex % customersWithoutAccountEvery !== customersWithoutAccountEvery - 1;
}
