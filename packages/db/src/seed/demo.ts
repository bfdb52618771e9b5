import {
  type CollaborationStatus,
  collaborationStatuses,
  defaultOptions,
  deriveGrants,
  effectiveStatus,
  invitationValidityDays,
} from '@collab/contracts';
import { eq, getTableName } from 'drizzle-orm';
import type { Database, Transaction } from '../client.js';
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
import {
  type DemoAgency,
  type DemoCustomer,
  type DemoEnding,
  type DemoInvitationOutcome,
  type DemoServiceChoice,
  demoAgencies,
} from './demo-data.js';
import {
  createSeededRandom,
  type Random,
  randomDigits,
  randomInteger,
  seededUuid,
  unknownTokenHash,
  withCheckDigit,
} from './random.js';

export type DemoUserRole =
  | 'employee_full'
  | 'employee_standard'
  | 'customer_admin'
  | 'customer_user';

/** A seeded person, as a development login lists them. */
export interface DemoUser {
  id: string;
  name: string;
  email: string;
  role: DemoUserRole;
  /** The agency's name for an employee, the customer account's name for a customer user. */
  organisationName: string;
}

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

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

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
      return true;
    },
    { behavior: 'immediate' },
  );
  return summariseDemo(database, now, !seeded);
}

/**
 * Every employee and customer account user in the database, with their organisation, for a
 * development login. Employees come first, then account users; each group by organisation.
 */
export function listDemoUsers(database: Database): DemoUser[] {
  const employeeRows = database
    .select({
      id: employees.id,
      name: employees.name,
      email: employees.email,
      rights: employees.rights,
      organisationName: agencies.name,
    })
    .from(employees)
    .innerJoin(agencies, eq(employees.agencyId, agencies.id))
    .all();
  const accountUserRows = database
    .select({
      id: accountUsers.id,
      name: accountUsers.name,
      email: accountUsers.email,
      isAdmin: accountUsers.isAdmin,
      organisationName: customerAccounts.name,
    })
    .from(accountUsers)
    .innerJoin(customerAccounts, eq(accountUsers.accountId, customerAccounts.id))
    .all();
  const collator = new Intl.Collator('sv');
  const byOrganisationRoleName = (left: DemoUser, right: DemoUser) =>
    collator.compare(left.organisationName, right.organisationName) ||
    roleOrder.indexOf(left.role) - roleOrder.indexOf(right.role) ||
    collator.compare(left.name, right.name) ||
    left.id.localeCompare(right.id);
  const employeeUsers = employeeRows.map(
    (row): DemoUser => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.rights === 'full' ? 'employee_full' : 'employee_standard',
      organisationName: row.organisationName,
    }),
  );
  const customerUsers = accountUserRows.map(
    (row): DemoUser => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.isAdmin ? 'customer_admin' : 'customer_user',
      organisationName: row.organisationName,
    }),
  );
  return [
    ...employeeUsers.sort(byOrganisationRoleName),
    ...customerUsers.sort(byOrganisationRoleName),
  ];
}

const roleOrder: readonly DemoUserRole[] = [
  'employee_full',
  'employee_standard',
  'customer_admin',
  'customer_user',
];

interface DemoRows {
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
function insertDemoRows(transaction: Transaction, rows: DemoRows): void {
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

/** Times relative to `now`, at a plausible time of day. */
class DemoClock {
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

interface BuildContext {
  rows: DemoRows;
  random: Random;
  clock: DemoClock;
  orgNumber: (prefix: string) => string;
}

type EmployeeRow = typeof employees.$inferInsert;

function buildAgency(agency: DemoAgency, context: BuildContext): void {
  const { rows, random, clock } = context;
  const agencyId = seededUuid(random);
  rows.agencies.push({
    id: agencyId,
    name: agency.name,
    orgNumber: context.orgNumber(agency.orgPrefix),
    createdAt: clock.daysAgo(randomInteger(random, 1500, 2500)),
  });
  const agencyEmployees = agency.employees.map(
    (employee): EmployeeRow => ({
      id: seededUuid(random),
      agencyId,
      name: employee.name,
      email: `${emailLocalPart(employee.name)}@${agency.domain}`,
      rights: employee.rights,
      locale: employee.locale ?? 'sv',
      createdAt: clock.daysAgo(randomInteger(random, 900, 1400)),
    }),
  );
  rows.employees.push(...agencyEmployees);
  for (const customer of agency.customers) {
    buildCustomer(customer, agencyId, agencyEmployees, context);
  }
}

function buildCustomer(
  customer: DemoCustomer,
  agencyId: string,
  agencyEmployees: EmployeeRow[],
  context: BuildContext,
): void {
  const { rows, random, clock } = context;
  const employee = (index: number): EmployeeRow => {
    const found = agencyEmployees[index];
    if (found === undefined) throw new Error(`Demo data: ${customer.name} names employee ${index}`);
    return found;
  };
  const fullRightsEmployee = (index: number): EmployeeRow => {
    const found = employee(index);
    if (found.rights !== 'full') {
      throw new Error(`Demo data: ${customer.name} has ${found.name} act with standard rights`);
    }
    return found;
  };

  const customerId = seededUuid(random);
  const customerCreatedAt = clock.daysAgo(randomInteger(random, 700, 1100));
  const orgNumber = context.orgNumber(customer.orgPrefix);
  const contactEmail =
    customer.contactHasEmail === false
      ? null
      : `${emailLocalPart(customer.contactName)}@${customer.domain}`;
  rows.customers.push({
    id: customerId,
    agencyId,
    name: customer.name,
    searchName: customer.name.toLocaleLowerCase('sv'),
    orgNumber,
    companyType: customer.companyType,
    contactName: customer.contactName,
    contactEmail,
    contactPhone: mobilePhoneNumber(random),
    accountManagerId: employee(customer.accountManager).id,
    createdAt: customerCreatedAt,
  });

  const taskParticipantIds = new Map<string, string[]>();
  const taskIdsByName = new Map<string, string>();
  for (const task of customer.tasks) {
    const taskId = seededUuid(random);
    taskIdsByName.set(task.name, taskId);
    rows.tasks.push({
      id: taskId,
      agencyId,
      customerId,
      name: task.name,
      ownerId: employee(task.owner).id,
      createdAt: new Date(customerCreatedAt.getTime() + randomInteger(random, 1, 30) * day),
    });
    const participantIds = [...new Set([task.owner, ...task.with])].map(
      (index) => employee(index).id,
    );
    taskParticipantIds.set(taskId, participantIds);
    for (const employeeId of participantIds) rows.taskParticipants.push({ taskId, employeeId });
  }
  const taskIdNamed = (name: string): string => {
    const taskId = taskIdsByName.get(name);
    if (taskId === undefined) throw new Error(`Demo data: ${customer.name} has no task ${name}`);
    return taskId;
  };

  const accountSpec = customer.account;
  if (accountSpec === undefined) {
    if (customer.plans.length > 0) {
      throw new Error(`Demo data: ${customer.name} has collaborations but no account`);
    }
    return;
  }

  // An account made by a direct activation starts that day, with the contact person as its
  // first admin; any other account was there before the agency's first invitation.
  const firstPlan = customer.plans[0];
  const createdByActivation = firstPlan?.flow === 'direct';
  const accountCreatedAt = createdByActivation
    ? clock.daysAgo(firstPlan.daysAgo)
    : clock.daysAgo(randomInteger(random, 550, 900));
  const accountId = seededUuid(random);
  rows.customerAccounts.push({
    id: accountId,
    orgNumber,
    name: customer.name,
    createdAt: accountCreatedAt,
  });
  const contactIsAdmin = accountSpec.contactIsAdmin ?? contactEmail !== null;
  if (createdByActivation && (!contactIsAdmin || contactEmail === null)) {
    throw new Error(`Demo data: ${customer.name} was activated directly without a contact admin`);
  }
  const people = [
    ...(contactIsAdmin && contactEmail !== null
      ? [
          {
            name: customer.contactName,
            email: contactEmail,
            locale: customer.contactLocale,
            isAdmin: true,
          },
        ]
      : []),
    ...accountSpec.admins.map((admin) => ({
      name: admin.name,
      email: `${emailLocalPart(admin.name)}@${customer.domain}`,
      locale: admin.locale,
      isAdmin: true,
    })),
    {
      name: accountSpec.user.name,
      email: `${emailLocalPart(accountSpec.user.name)}@${customer.domain}`,
      locale: accountSpec.user.locale,
      isAdmin: false,
    },
  ];
  const accountUserRows = people.map((person, index) => ({
    id: seededUuid(random),
    accountId,
    name: person.name,
    email: person.email,
    isAdmin: person.isAdmin,
    locale: person.locale ?? 'sv',
    createdAt:
      index === 0
        ? accountCreatedAt
        : new Date(accountCreatedAt.getTime() + randomInteger(random, 2, 14) * day),
  }));
  rows.accountUsers.push(...accountUserRows);
  const firstAdmin = accountUserRows.find((user) => user.isAdmin);
  if (firstAdmin === undefined) throw new Error(`Demo data: ${customer.name} has no admin`);

  const addAudit = (event: {
    collaborationId: string;
    invitationId?: string;
    actorType: 'employee' | 'account_user' | 'system';
    actorId: string | null;
    action: string;
    before: CollaborationStatus | null;
    after: CollaborationStatus | null;
    at: Date;
  }) => {
    rows.auditEvents.push({
      id: seededUuid(random),
      agencyId,
      accountId,
      collaborationId: event.collaborationId,
      invitationId: event.invitationId ?? null,
      actorType: event.actorType,
      actorId: event.actorId,
      action: event.action,
      before: event.before === null ? null : { status: event.before },
      after: event.after === null ? null : { status: event.after },
      createdAt: event.at,
    });
  };

  // Grants are what deriveGrants says for the collaboration as it ends up, never more.
  const addCollaboration = (collaboration: typeof collaborations.$inferInsert) => {
    rows.collaborations.push(collaboration);
    const grants = deriveGrants({
      status: collaboration.status,
      service: collaboration.service ?? null,
      taskId: collaboration.taskId ?? null,
      participantIds:
        collaboration.taskId == null ? [] : (taskParticipantIds.get(collaboration.taskId) ?? []),
      accountUsers: accountUserRows,
      contactEmail,
    });
    const activatedAt = collaboration.activatedAt ?? collaboration.createdAt;
    for (const grant of grants) {
      const accountUser = accountUserRows.find((user) => user.id === grant.subjectId);
      const createdAt =
        accountUser !== undefined && accountUser.createdAt.getTime() > activatedAt.getTime()
          ? accountUser.createdAt
          : activatedAt;
      rows.accessGrants.push({
        id: seededUuid(random),
        collaborationId: collaboration.id,
        accountId,
        service: collaboration.service ?? '',
        subjectType: grant.subjectType,
        subjectId: grant.subjectId,
        reason: grant.reason,
        createdAt,
      });
    }
  };

  const addEnding = (
    collaborationId: string,
    ending: DemoEnding,
    endedAt: Date,
    by: EmployeeRow,
  ) => {
    addAudit({
      collaborationId,
      actorType: ending.by === 'agency' ? 'employee' : 'account_user',
      actorId: ending.by === 'agency' ? by.id : firstAdmin.id,
      action: 'collaboration.ended',
      before: 'active',
      after: 'ended',
      at: endedAt,
    });
  };

  for (const [planIndex, plan] of customer.plans.entries()) {
    switch (plan.flow) {
      case 'direct': {
        if (planIndex !== 0) {
          throw new Error(`Demo data: ${customer.name} activates directly after having an account`);
        }
        const sender = fullRightsEmployee(plan.by);
        const taskId = taskIdNamed(plan.task);
        const activatedAt = accountCreatedAt;
        const endedAt = plan.ended === undefined ? null : clock.daysAgo(plan.ended.daysAgo);
        for (const choice of plan.services) {
          const collaborationId = seededUuid(random);
          addCollaboration({
            id: collaborationId,
            agencyId,
            customerId,
            accountId,
            service: choice.service,
            taskId,
            legacyServiceName: null,
            options: optionsOf(choice),
            status: endedAt === null ? 'active' : 'ended',
            invitationId: null,
            createdById: sender.id,
            version: endedAt === null ? 1 : 2,
            activatedAt,
            endedAt,
            endReason: plan.ended?.reason ?? null,
            createdAt: activatedAt,
            updatedAt: endedAt ?? activatedAt,
          });
          addAudit({
            collaborationId,
            actorType: 'employee',
            actorId: sender.id,
            action: 'collaboration.activated',
            before: null,
            after: 'active',
            at: activatedAt,
          });
          if (plan.ended !== undefined && endedAt !== null) {
            addEnding(collaborationId, plan.ended, endedAt, sender);
          }
        }
        break;
      }
      case 'invitation': {
        const sender = fullRightsEmployee(plan.by);
        const taskId = taskIdNamed(plan.task);
        const firstSentAt = clock.daysAgo(plan.daysAgo);
        const resentAt =
          plan.resentDaysAgo === undefined ? null : clock.daysAgo(plan.resentDaysAgo);
        const sentAt = resentAt ?? firstSentAt;
        const expiresAt = new Date(sentAt.getTime() + invitationValidityDays * day);
        const outcome = plan.outcome;
        const answeredAt =
          'afterDays' in outcome ? clock.daysAfter(firstSentAt, outcome.afterDays) : null;
        if (
          answeredAt !== null &&
          answeredAt.getTime() >= Math.min(expiresAt.getTime(), clock.now)
        ) {
          throw new Error(`Demo data: ${customer.name} answers an invitation after it expired`);
        }
        const stillOpen = expiresAt.getTime() > clock.now;
        const expectedOpen = outcome.status === 'pending';
        if (
          (outcome.status === 'pending' ||
            outcome.status === 'expired_pending' ||
            outcome.status === 'expired') &&
          stillOpen !== expectedOpen
        ) {
          throw new Error(
            `Demo data: ${customer.name} has an invitation whose expiry does not fit`,
          );
        }
        const endedAt =
          outcome.status === 'active' && outcome.ended !== undefined
            ? clock.daysAgo(outcome.ended.daysAgo)
            : null;
        const invitationId = seededUuid(random);
        rows.invitations.push({
          id: invitationId,
          agencyId,
          customerId,
          accountId,
          tokenHash: unknownTokenHash(),
          status: invitationStatusAfter(outcome),
          expiresAt,
          sentById: sender.id,
          sentAt,
          sendCount: resentAt === null ? 1 : 2,
          respondedById:
            outcome.status === 'active' || outcome.status === 'declined' ? firstAdmin.id : null,
          respondedAt:
            outcome.status === 'active' || outcome.status === 'declined' ? answeredAt : null,
          declineReason: outcome.status === 'declined' ? (outcome.reason ?? null) : null,
          createdAt: firstSentAt,
        });
        for (const choice of plan.services) {
          const collaborationId = seededUuid(random);
          const base = {
            id: collaborationId,
            agencyId,
            customerId,
            accountId,
            service: choice.service,
            taskId,
            legacyServiceName: null,
            options: optionsOf(choice),
            invitationId,
            createdById: sender.id,
            createdAt: firstSentAt,
          };
          const resends = resentAt === null ? 0 : 1;
          switch (outcome.status) {
            case 'pending':
            case 'expired_pending':
              addCollaboration({
                ...base,
                status: 'pending',
                version: 1 + resends,
                updatedAt: sentAt,
              });
              break;
            case 'expired':
              addCollaboration({
                ...base,
                status: 'expired',
                version: 2 + resends,
                updatedAt: expiresAt,
              });
              break;
            case 'active':
              addCollaboration({
                ...base,
                status: endedAt === null ? 'active' : 'ended',
                version: (endedAt === null ? 2 : 3) + resends,
                activatedAt: answeredAt,
                endedAt,
                endReason: outcome.ended?.reason ?? null,
                updatedAt: endedAt ?? answeredAt ?? sentAt,
              });
              break;
            case 'declined':
            case 'cancelled':
              addCollaboration({
                ...base,
                status: outcome.status,
                version: 2 + resends,
                updatedAt: answeredAt ?? sentAt,
              });
              break;
            default:
              outcome satisfies never;
          }
          addAudit({
            collaborationId,
            invitationId,
            actorType: 'employee',
            actorId: sender.id,
            action: 'collaboration.invited',
            before: null,
            after: 'pending',
            at: firstSentAt,
          });
          if (resentAt !== null) {
            addAudit({
              collaborationId,
              invitationId,
              actorType: 'employee',
              actorId: sender.id,
              action: 'invitation.resent',
              before: 'pending',
              after: 'pending',
              at: resentAt,
            });
          }
          switch (outcome.status) {
            case 'pending':
            case 'expired_pending':
              break;
            case 'expired':
              addAudit({
                collaborationId,
                invitationId,
                actorType: 'system',
                actorId: null,
                action: 'collaboration.expired',
                before: 'pending',
                after: 'expired',
                at: expiresAt,
              });
              break;
            case 'active':
              addAudit({
                collaborationId,
                invitationId,
                actorType: 'account_user',
                actorId: firstAdmin.id,
                action: 'invitation.accepted',
                before: 'pending',
                after: 'active',
                at: answeredAt ?? sentAt,
              });
              if (outcome.ended !== undefined && endedAt !== null) {
                addEnding(collaborationId, outcome.ended, endedAt, sender);
              }
              break;
            case 'declined':
              addAudit({
                collaborationId,
                invitationId,
                actorType: 'account_user',
                actorId: firstAdmin.id,
                action: 'invitation.declined',
                before: 'pending',
                after: 'declined',
                at: answeredAt ?? sentAt,
              });
              break;
            case 'cancelled':
              addAudit({
                collaborationId,
                invitationId,
                actorType: 'employee',
                actorId: sender.id,
                action: 'invitation.cancelled',
                before: 'pending',
                after: 'cancelled',
                at: answeredAt ?? sentAt,
              });
              break;
            default:
              outcome satisfies never;
          }
        }
        break;
      }
      case 'import': {
        const importer = fullRightsEmployee(plan.by);
        const importedAt = clock.daysAgo(plan.daysAgo);
        const collaborationId = seededUuid(random);
        addCollaboration({
          id: collaborationId,
          agencyId,
          customerId,
          accountId,
          service: null,
          taskId: null,
          legacyServiceName: plan.legacyServiceName,
          options: {},
          status: 'active',
          invitationId: null,
          createdById: importer.id,
          version: 1,
          activatedAt: importedAt,
          createdAt: importedAt,
          updatedAt: importedAt,
        });
        addAudit({
          collaborationId,
          actorType: 'employee',
          actorId: importer.id,
          action: 'collaboration.imported',
          before: null,
          after: 'active',
          at: importedAt,
        });
        break;
      }
      default:
        plan satisfies never;
    }
  }
}

/** The invitation keeps what the customer answered; its expiry follows from `expiresAt`. */
function invitationStatusAfter(
  outcome: DemoInvitationOutcome,
): (typeof invitations.$inferInsert)['status'] {
  switch (outcome.status) {
    case 'pending':
    case 'expired_pending':
    case 'expired':
      return 'pending';
    case 'active':
      return 'accepted';
    case 'declined':
    case 'cancelled':
      return outcome.status;
    default:
      return outcome satisfies never;
  }
}

function optionsOf(choice: DemoServiceChoice): Record<string, string> {
  return choice.options ?? defaultOptions(choice.service);
}

/** "Åsa Strand" → "asa.strand": lower case, accents dropped, spaces to dots. */
function emailLocalPart(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '.');
}

/** A Swedish mobile number as people write it: 070-123 45 67. */
function mobilePhoneNumber(random: Random): string {
  const operator = ['0', '2', '3', '6'][randomInteger(random, 0, 3)] ?? '0';
  const digits = randomDigits(random, 7);
  return `07${operator}-${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
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
