import type { Locale, ServiceId } from '@collab/contracts';
import {
  accessGrants,
  accountUsers,
  agencies,
  auditEvents,
  collaborations,
  createDatabase,
  customerAccounts,
  customers,
  type Database,
  employees,
  tasks,
} from '@collab/db';
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { rederiveGrants } from '../domain/grants.js';
import type { IntegrationContext } from '../domain/integration/integration-context.js';
import { createIntegration } from '../domain/integration/keys.js';
import { putAccountUser } from '../domain/integration/provision-account-users.js';
import { putAccount } from '../domain/integration/provision-accounts.js';
import { putAgency } from '../domain/integration/provision-agencies.js';
import { putCustomer } from '../domain/integration/provision-customers.js';
import { putEmployee } from '../domain/integration/provision-employees.js';
import { putTask } from '../domain/integration/provision-tasks.js';
import { AppError } from '../errors.js';

/**
 * Two integrations (A and B) on an in-memory database with a fixed clock, for the tests of
 * the integration API's domain functions.
 */
export function createIntegrationWorld() {
  const db = createDatabase({ filename: ':memory:' });
  let currentTime = new Date('2026-12-03T09:00:00.000Z').getTime();
  const clock = {
    now: () => new Date(currentTime),
    advanceMinutes: (minutes: number) => {
      currentTime += minutes * 60 * 1000;
    },
  };
  const contextFor = (name: string, locale: Locale = 'en'): IntegrationContext => {
    const integration = createIntegration(db, { name }, clock.now());
    return {
      db,
      clock,
      integration: { kind: 'integration', id: integration.id, name, keyId: `${name}-key` },
      locale,
    };
  };
  return { db, clock, a: contextFor('Värd A'), b: contextFor('Värd B') };
}

export type IntegrationWorld = ReturnType<typeof createIntegrationWorld>;

/**
 * A provisioned agency `ag-1` with employees emp-1..3, customer cus-1 (contact
 * kontakt@kund.se), task task-1 (owner emp-1, participants emp-2 and emp-3), the customer's
 * account acc-1 with an admin, the contact person and a plain user, and one active
 * collaboration on task-1.
 */
export async function provisionBasics(context: IntegrationContext) {
  await putAgency(context, 'ag-1', { name: 'Byrå Ett AB', orgNumber: '556036-0793' });
  for (const [id, name] of [
    ['emp-1', 'Ella Ett'],
    ['emp-2', 'Tor Två'],
    ['emp-3', 'Tea Tre'],
  ] as const) {
    await putEmployee(context, 'ag-1', id, {
      name,
      email: `${id}@byra.se`,
      rights: 'full',
      active: true,
      locale: 'sv',
    });
  }
  await putCustomer(context, 'ag-1', 'cus-1', customerInput());
  await putTask(context, 'ag-1', 'task-1', {
    customerId: 'cus-1',
    name: 'Bokföring',
    ownerId: 'emp-1',
    participantIds: ['emp-2', 'emp-3'],
  });
  await putAccount(context, 'acc-1', { name: 'Kund AB', orgNumber: '556677-8899' });
  for (const [id, email, isAdmin] of [
    ['usr-admin', 'admin@kund.se', true],
    ['usr-contact', 'kontakt@kund.se', false],
    ['usr-plain', 'plain@kund.se', false],
  ] as const) {
    await putAccountUser(context, 'acc-1', id, {
      name: id,
      email,
      isAdmin,
      active: true,
      locale: 'sv',
    });
  }
  const collaborationId = activeCollaboration(
    context.db,
    context,
    'ag-1',
    'cus-1',
    'task-1',
    'acc-1',
  );
  return { collaborationId };
}

export function customerInput(
  overrides: Partial<Parameters<typeof putCustomer>[3]> = {},
): Parameters<typeof putCustomer>[3] {
  return {
    name: 'Kund AB',
    orgNumber: '556677-8899',
    companyType: 'aktiebolag',
    contact: { name: 'Karin Kontakt', email: 'kontakt@kund.se', phone: undefined },
    accountManagerId: null,
    ...overrides,
  };
}

/** Collab's own id of a provisioned row, found by the host's ids. */
export function collabIdOf(
  db: Database,
  context: IntegrationContext,
  kind: 'agency' | 'employee' | 'customer' | 'task' | 'account' | 'account_user',
  agencyOrAccount: string,
  externalId?: string,
): string {
  if (kind === 'account' || kind === 'account_user') {
    const account = db
      .select({ id: customerAccounts.id })
      .from(customerAccounts)
      .where(
        and(
          eq(customerAccounts.integrationId, context.integration.id),
          eq(customerAccounts.externalId, agencyOrAccount),
        ),
      )
      .get();
    if (!account) throw new Error(`no account ${agencyOrAccount}`);
    if (kind === 'account') return account.id;
    const user = db
      .select({ id: accountUsers.id })
      .from(accountUsers)
      .where(
        and(eq(accountUsers.accountId, account.id), eq(accountUsers.externalId, externalId ?? '')),
      )
      .get();
    if (!user) throw new Error(`no account user ${externalId}`);
    return user.id;
  }
  const agency = db
    .select({ id: agencies.id })
    .from(agencies)
    .where(
      and(
        eq(agencies.integrationId, context.integration.id),
        eq(agencies.externalId, agencyOrAccount),
      ),
    )
    .get();
  if (!agency) throw new Error(`no agency ${agencyOrAccount}`);
  if (kind === 'agency') return agency.id;
  const table = { employee: employees, customer: customers, task: tasks }[kind];
  const row = db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.agencyId, agency.id), eq(table.externalId, externalId ?? '')))
    .get();
  if (!row) throw new Error(`no ${kind} ${externalId}`);
  return row.id;
}

/** An active collaboration, written directly, with its grants derived as an activation does. */
export function activeCollaboration(
  db: Database,
  context: IntegrationContext,
  agencyId: string,
  customerId: string,
  taskId: string,
  accountId: string,
  service: ServiceId = 'eekonomi',
): string {
  const id = crypto.randomUUID();
  const now = context.clock.now();
  db.transaction((transaction) => {
    transaction
      .insert(collaborations)
      .values({
        id,
        agencyId: collabIdOf(db, context, 'agency', agencyId),
        customerId: collabIdOf(db, context, 'customer', agencyId, customerId),
        taskId: collabIdOf(db, context, 'task', agencyId, taskId),
        accountId: collabIdOf(db, context, 'account', accountId),
        service,
        options: {},
        status: 'active',
        activatedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    rederiveGrants(transaction, id, now);
  });
  return id;
}

/** Every stored grant as "collaborationId subjectType subjectId reason", sorted. */
export function grantsOf(db: Database): string[] {
  return db
    .select()
    .from(accessGrants)
    .all()
    .map(
      (grant) => `${grant.collaborationId} ${grant.subjectType} ${grant.subjectId} ${grant.reason}`,
    )
    .sort();
}

export function auditEventsOf(db: Database) {
  return db.select().from(auditEvents).all();
}

/** The parts of a refusal a test looks at, including the fields of field errors. */
export async function refusalOf(
  call: Promise<unknown>,
): Promise<{ appCode: string; params: Record<string, unknown>; fields: string[] }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof AppError) {
      return {
        appCode: error.cause.appCode,
        params: error.cause.params,
        fields: Object.keys(error.cause.fieldErrors ?? {}),
      };
    }
    throw error;
  }
  throw new Error('Expected the call to be refused, but it succeeded.');
}
