import { randomBytes } from 'node:crypto';
import {
  type CollaborationStatus,
  type CompanyType,
  collaborationStatuses,
  companyTypes,
  deriveGrants,
  invitationValidityDays,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import type BetterSqlite3 from 'better-sqlite3';
import { type Database, refreshPlannerStatistics } from '../client.js';
import {
  createSeededRandom,
  type Random,
  randomInteger,
  unknownTokenHash,
  withCheckDigit,
} from './random.js';

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

const employeesPerAgency = 8;
/** The first employees of each agency have full rights, the rest standard. */
const fullRightsEmployeesPerAgency = 3;
/** Every tenth customer has no account (and so no collaborations). */
const customersWithoutAccountEvery = 10;
/** The services a customer can hold open at once; eEkonomi first, as the others need it. */
const serviceOrder: readonly ServiceId[] = [
  'eekonomi',
  'scanner',
  'ekonomioversikt',
  'skatt_bokslut_pro',
  'utlagg',
];
const dependsOnEekonomi = new Set<ServiceId>(['scanner', 'ekonomioversikt']);

const minute = 60_000;
const day = 24 * 60 * minute;

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
      `${pick(random, placeWords)} ${pick(random, agencyWords)} ${agencyIndex + 1} AB`,
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

/** Customers get sequential numbers; these shapes keep every number unique (see below). */
const maximumCustomers = 8_000_000;

function wholeNumber(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`seedLarge: ${name} must be a whole number, not ${value}`);
  }
  return value;
}

function hasAccount(localCustomerIndex: number): boolean {
  return localCustomerIndex % customersWithoutAccountEvery !== customersWithoutAccountEvery - 1;
}

/**
 * A unique, Luhn-valid number per customer. Companies get their type's prefix and a third
 * digit of 2 or more (as real organisation numbers have); sole traders and private persons
 * get a personnummer, whose third and fourth digits are a month (01–12), so the two shapes
 * never meet. `customerNumber` below 8 million keeps both within their ranges.
 */
function customerOrgNumber(customerNumber: number, companyType: CompanyType): string {
  switch (companyType) {
    case 'aktiebolag':
      return withCheckDigit(`55${String(2_000_000 + customerNumber)}`);
    case 'handelsbolag':
      return withCheckDigit(`96${String(2_000_000 + customerNumber)}`);
    case 'ekonomisk_forening':
      return withCheckDigit(`76${String(2_000_000 + customerNumber)}`);
    case 'enskild_firma':
    case 'privatperson': {
      const serial = customerNumber % 1000;
      const dayOfMonth = (Math.floor(customerNumber / 1000) % 28) + 1;
      const month = (Math.floor(customerNumber / 28_000) % 12) + 1;
      const year = Math.floor(customerNumber / 336_000) % 100;
      return withCheckDigit(
        `${twoDigits(year)}${twoDigits(month)}${twoDigits(dayOfMonth)}${String(serial).padStart(3, '0')}`,
      );
    }
    default:
      return companyType satisfies never;
  }
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

interface Statements {
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

function prepareStatements(client: BetterSqlite3.Database): Statements {
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
const rowsPerCollaborationBound = 8;

/**
 * Queues inserts and commits them many at a time: one transaction per `batchSize`
 * collaborations, with the customers, tasks, accounts, invitations and grants around them.
 * Rows go in the order they were added, so parents always precede their children.
 */
class BatchWriter {
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

interface GeneratedTask {
  id: string;
  participantIds: string[];
}

interface GeneratedAccount {
  id: string;
  users: { id: string; email: string; isAdmin: boolean }[];
  firstAdminId: string;
}

interface GeneratedCustomer {
  id: string;
  contactEmail: string | null;
  /** The first task carries the bookkeeping services; the second, if any, the annual ones. */
  tasks: GeneratedTask[];
  account: GeneratedAccount | null;
}

function writeCustomer(input: {
  nextId: () => string;
  writer: BatchWriter;
  statements: Statements;
  random: Random;
  now: number;
  agencyId: string;
  customerNumber: number;
  accountManagerId: string;
  employeeAt: (index: number) => string;
  withAccount: boolean;
}): GeneratedCustomer {
  const { writer, statements, random, now, agencyId, customerNumber, nextId } = input;
  const companyType = companyTypes[customerNumber % companyTypes.length] ?? 'aktiebolag';
  const contactName = personName(random);
  const name = customerName(random, companyType, contactName);
  const orgNumber = customerOrgNumber(customerNumber, companyType);
  const domain = `kund${customerNumber + 1}.example`;
  // One customer in fifty has no e-mail for its contact person in the register.
  const contactEmail = random() < 0.02 ? null : `${emailLocalPart(contactName)}@${domain}`;
  const customerId = nextId();
  const createdAt = now - randomInteger(random, 600, 2500) * day;
  writer.add(statements.customer, [
    customerId,
    agencyId,
    name,
    name.toLocaleLowerCase('sv'),
    orgNumber,
    companyType,
    contactName,
    contactEmail,
    `07${randomInteger(random, 0, 9)}-${randomInteger(random, 100, 999)} ${randomInteger(random, 10, 99)} ${randomInteger(random, 10, 99)}`,
    input.accountManagerId,
    createdAt,
  ]);

  const taskNames =
    random() < 0.5 ? ['Bokföring'] : ['Bokföring', random() < 0.5 ? 'Bokslut 2025' : 'Löner'];
  const tasks = taskNames.map((taskName): GeneratedTask => {
    const taskId = nextId();
    const first = randomInteger(random, 0, employeesPerAgency - 1);
    const participantCount = randomInteger(random, 1, 3);
    const participantIds = Array.from({ length: participantCount }, (_, offset) =>
      input.employeeAt(first + offset),
    );
    writer.add(statements.task, [
      taskId,
      agencyId,
      customerId,
      taskName,
      participantIds[0],
      createdAt + day,
    ]);
    for (const employeeId of participantIds) {
      writer.add(statements.taskParticipant, [taskId, employeeId]);
    }
    return { id: taskId, participantIds };
  });

  if (!input.withAccount) return { id: customerId, contactEmail, tasks, account: null };

  const accountId = nextId();
  const accountCreatedAt = now - randomInteger(random, 1000, 3000) * day;
  writer.add(statements.account, [accountId, orgNumber, name, accountCreatedAt]);
  const people: { name: string; email: string; isAdmin: boolean }[] = [];
  // The contact person is usually the first admin; otherwise someone else is.
  if (contactEmail !== null && random() < 0.9) {
    people.push({ name: contactName, email: contactEmail, isAdmin: true });
  } else {
    const adminName = personName(random);
    people.push({
      name: adminName,
      email: `${emailLocalPart(adminName)}.1@${domain}`,
      isAdmin: true,
    });
  }
  if (random() < 0.4) {
    const adminName = personName(random);
    people.push({
      name: adminName,
      email: `${emailLocalPart(adminName)}.2@${domain}`,
      isAdmin: true,
    });
  }
  const userName = personName(random);
  people.push({ name: userName, email: `${emailLocalPart(userName)}.3@${domain}`, isAdmin: false });
  const users = people.map((person) => {
    const userId = nextId();
    writer.add(statements.accountUser, [
      userId,
      accountId,
      person.name,
      person.email,
      person.isAdmin ? 1 : 0,
      random() < 0.05 ? 'en' : 'sv',
      accountCreatedAt,
    ]);
    return { id: userId, email: person.email, isAdmin: person.isAdmin };
  });
  const firstAdminId = users[0]?.id ?? '';
  return { id: customerId, contactEmail, tasks, account: { id: accountId, users, firstAdminId } };
}

type SlotState = 'active' | 'pending' | 'closed' | 'unlinked';

const closedStatuses = ['ended', 'declined', 'cancelled', 'expired'] as const;
type ClosedStatus = (typeof closedStatuses)[number];

function writeCollaborations(input: {
  nextId: () => string;
  writer: BatchWriter;
  statements: Statements;
  random: Random;
  now: number;
  agencyId: string;
  customer: GeneratedCustomer;
  account: GeneratedAccount;
  count: number;
  fullRightsEmployee: () => string;
  summary: LargeSeedSummary;
}): void {
  const { writer, statements, random, now, agencyId, customer, account, summary, nextId } = input;
  const bookkeepingTask = customer.tasks[0];
  if (bookkeepingTask === undefined) throw new Error('seedLarge: a customer without a task');
  const annualTask = customer.tasks[1] ?? bookkeepingTask;
  const taskFor = (service: ServiceId): GeneratedTask =>
    service === 'skatt_bokslut_pro' ? annualTask : bookkeepingTask;

  // One invitation carries all of the customer's pending collaborations, as when an agency
  // invites to several services at once. A quarter of them have passed their expiry.
  let openInvitation: { id: string; sentAt: number } | null = null;
  const pendingInvitation = (): { id: string; sentAt: number } => {
    if (openInvitation !== null) return openInvitation;
    const expired = random() < 0.25;
    const sentAt =
      now -
      (expired ? randomInteger(random, 31, 120) : randomInteger(random, 0, 29)) * day -
      randomInteger(random, 0, 600) * minute;
    const invitationId = nextId();
    writer.add(statements.invitation, [
      invitationId,
      agencyId,
      customer.id,
      account.id,
      unknownTokenHash(),
      'pending',
      sentAt + invitationValidityDays * day,
      input.fullRightsEmployee(),
      sentAt,
      null,
      null,
      null,
      sentAt,
    ]);
    summary.tables.invitations += 1;
    openInvitation = { id: invitationId, sentAt };
    return openInvitation;
  };

  let eekonomiState: SlotState = 'closed';
  for (let slot = 0; slot < input.count; slot++) {
    const openService = serviceOrder[slot];
    let state: SlotState;
    let service: ServiceId;
    if (random() < 0.03) {
      state = 'unlinked';
      service = openService ?? 'eekonomi';
    } else if (openService === undefined) {
      state = 'closed';
      service = serviceOrder[randomInteger(random, 0, serviceOrder.length - 1)] ?? 'eekonomi';
    } else {
      service = openService;
      state = openState(random, service, eekonomiState);
    }
    if (openService === 'eekonomi') eekonomiState = state;

    const collaborationId = nextId();
    const createdById = input.fullRightsEmployee();
    if (state === 'unlinked') {
      const importedAt = now - randomInteger(random, 30, 400) * day;
      writer.add(
        statements.collaboration,
        [
          collaborationId,
          agencyId,
          customer.id,
          account.id,
          null,
          null,
          pick(random, legacyServiceNames),
          '{}',
          'active',
          null,
          createdById,
          1,
          importedAt,
          null,
          null,
          importedAt,
          importedAt,
        ],
        true,
      );
      summary.collaborationsByStatus.active += 1;
      summary.unlinkedCollaborations += 1;
      summary.tables.collaborations += 1;
      continue;
    }

    const task = taskFor(service);
    const options = JSON.stringify(randomOptions(random, service));
    if (state === 'active') {
      const activatedAt =
        now - randomInteger(random, 1, 700) * day - randomInteger(random, 0, 600) * minute;
      writer.add(
        statements.collaboration,
        [
          collaborationId,
          agencyId,
          customer.id,
          account.id,
          service,
          task.id,
          null,
          options,
          'active',
          null,
          createdById,
          1,
          activatedAt,
          null,
          null,
          activatedAt,
          activatedAt,
        ],
        true,
      );
      const grants = deriveGrants({
        status: 'active',
        service,
        taskId: task.id,
        participantIds: task.participantIds,
        accountUsers: account.users,
        contactEmail: customer.contactEmail,
      });
      for (const grant of grants) {
        writer.add(statements.accessGrant, [
          nextId(),
          collaborationId,
          account.id,
          service,
          grant.subjectType,
          grant.subjectId,
          grant.reason,
          activatedAt,
        ]);
      }
      summary.tables.accessGrants += grants.length;
      summary.collaborationsByStatus.active += 1;
    } else if (state === 'pending') {
      const invitation = pendingInvitation();
      writer.add(
        statements.collaboration,
        [
          collaborationId,
          agencyId,
          customer.id,
          account.id,
          service,
          task.id,
          null,
          options,
          'pending',
          invitation.id,
          createdById,
          1,
          null,
          null,
          null,
          invitation.sentAt,
          invitation.sentAt,
        ],
        true,
      );
      summary.collaborationsByStatus.pending += 1;
      if (invitation.sentAt + invitationValidityDays * day <= now) {
        summary.expiredPendingCollaborations += 1;
      }
    } else {
      const status = closedStatus(random);
      writeClosedCollaboration({
        ...input,
        status,
        collaborationId,
        service,
        taskId: task.id,
        options,
        createdById,
      });
      summary.collaborationsByStatus[status] += 1;
    }
    summary.tables.collaborations += 1;
  }
}

/**
 * Whether a customer's first collaboration for a service is active, pending or history.
 * Scanner and Ekonomiöversikt are only active beside an active eEkonomi, and only pending
 * beside an active or pending one.
 */
function openState(random: Random, service: ServiceId, eekonomiState: SlotState): SlotState {
  const roll = random();
  if (!dependsOnEekonomi.has(service)) {
    if (roll < 0.6) return 'active';
    if (roll < 0.75) return 'pending';
    return 'closed';
  }
  if (eekonomiState === 'active') {
    if (roll < 0.55) return 'active';
    if (roll < 0.65) return 'pending';
    return 'closed';
  }
  if (eekonomiState === 'pending') return roll < 0.5 ? 'pending' : 'closed';
  return 'closed';
}

function closedStatus(random: Random): ClosedStatus {
  const roll = random();
  if (roll < 0.45) return 'ended';
  if (roll < 0.65) return 'declined';
  if (roll < 0.8) return 'cancelled';
  return 'expired';
}

function writeClosedCollaboration(input: {
  nextId: () => string;
  writer: BatchWriter;
  statements: Statements;
  random: Random;
  now: number;
  agencyId: string;
  customer: GeneratedCustomer;
  account: GeneratedAccount;
  fullRightsEmployee: () => string;
  summary: LargeSeedSummary;
  status: ClosedStatus;
  collaborationId: string;
  service: ServiceId;
  taskId: string;
  options: string;
  createdById: string;
}): void {
  const { writer, statements, random, now, agencyId, customer, account, status, nextId } = input;
  const startedAt =
    now - randomInteger(random, 60, 1500) * day - randomInteger(random, 0, 600) * minute;
  if (status === 'ended') {
    const endedAt = Math.min(now - day, startedAt + randomInteger(random, 30, 900) * day);
    writer.add(
      statements.collaboration,
      [
        input.collaborationId,
        agencyId,
        customer.id,
        account.id,
        input.service,
        input.taskId,
        null,
        input.options,
        'ended',
        null,
        input.createdById,
        2,
        startedAt,
        endedAt,
        pick(random, endReasons),
        startedAt,
        endedAt,
      ],
      true,
    );
    return;
  }
  // Declined, cancelled and expired collaborations each had an invitation of their own.
  const invitationId = nextId();
  const answeredAt = startedAt + randomInteger(random, 1, 20) * day;
  const expiresAt = startedAt + invitationValidityDays * day;
  writer.add(statements.invitation, [
    invitationId,
    agencyId,
    customer.id,
    account.id,
    unknownTokenHash(),
    status === 'expired' ? 'pending' : status,
    expiresAt,
    input.fullRightsEmployee(),
    startedAt,
    status === 'declined' ? account.firstAdminId : null,
    status === 'declined' ? answeredAt : null,
    status === 'declined' && random() < 0.4 ? pick(random, declineReasons) : null,
    startedAt,
  ]);
  input.summary.tables.invitations += 1;
  writer.add(
    statements.collaboration,
    [
      input.collaborationId,
      agencyId,
      customer.id,
      account.id,
      input.service,
      input.taskId,
      null,
      input.options,
      status,
      invitationId,
      input.createdById,
      2,
      null,
      null,
      null,
      startedAt,
      status === 'expired' ? expiresAt : answeredAt,
    ],
    true,
  );
}

/** A valid choice for each of the service's options, from the catalog. */
function randomOptions(random: Random, service: ServiceId): Record<string, string> {
  const options: Record<string, string> = {};
  for (const [name, option] of Object.entries(serviceCatalog[service].options)) {
    options[name] = random() < 0.5 ? option.default : pick(random, option.values);
  }
  return options;
}

function pick<Value>(random: Random, values: readonly Value[]): Value {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('seedLarge: pick from an empty list');
  return value;
}

function personName(random: Random): string {
  return `${pick(random, firstNames)} ${pick(random, lastNames)}`;
}

function customerName(random: Random, companyType: CompanyType, contactName: string): string {
  switch (companyType) {
    case 'aktiebolag':
      return `${pick(random, placeWords)} ${pick(random, tradeWords)} AB`;
    case 'handelsbolag':
      return `${pick(random, placeWords)} ${pick(random, tradeWords)} HB`;
    case 'ekonomisk_forening':
      return `${pick(random, placeWords)} ${pick(random, associationWords)} ek. för.`;
    case 'enskild_firma':
      return `${contactName} ${pick(random, tradeWords)}`;
    case 'privatperson':
      return contactName;
    default:
      return companyType satisfies never;
  }
}

function emailLocalPart(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '.');
}

function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/);
}

const firstNames = wordsOf(`
  Anna Erik Maria Lars Karin Johan Eva Anders Sara Per Elin Mikael Emma Nils Ida Oskar
  Linnea Ahmed Fatima Jonas Åsa Björn Maja Göran Ingrid Ali Hanna Olof Sofia Mats
`);
const lastNames = wordsOf(`
  Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
  Lindberg Lindqvist Berg Sjöberg Holm Åberg Ek Hassan Öberg Lundgren Forsberg Wikström
  Mohammed Dahl
`);
const placeWords = wordsOf(`
  Norr Söder Väst Öster Fjäll Sjö Skog Älv Berg Dal Ängs Strand Kust Mälar Vätter Lapp
  Gotlands Skåne Norrlands Bohus
`);
const tradeWords = wordsOf(`
  Bygg Konsult Handel Data Bageri Måleri Transport Städ El Rör Design Café Fastigheter
  Redovisning Snickeri Fiske Tryck
`);
const associationWords = wordsOf('Bygdeförening Konsumentförening Odlarförening Bostadsförening');
const agencyWords = ['Redovisning', 'Ekonomi', 'Bokföring', 'Revision & Redovisning'];
const legacyServiceNames = [
  'Byråstöd Bokföring',
  'Byråstöd Bokslut',
  'Byråstöd Lön',
  'Byråstöd Årsredovisning',
];
const endReasons = [
  'Kunden har bytt redovisningsbyrå.',
  'Kunden har bytt till ett annat affärssystem.',
  'Verksamheten har upphört.',
  'Bolaget har bytt bolagsform.',
];
const declineReasons = [
  'Vi vill vänta till nästa räkenskapsår.',
  'Vi sköter det själva.',
  'Fel tjänst, vi pratar med er.',
];
