import { accountUsers, agencies, customerAccounts, customers, employees, tasks } from '@collab/db';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import type { IntegrationContext } from '../domain/integration/integration-context.js';
import { createIntegration } from '../domain/integration/keys.js';
import { putAccountUser } from '../domain/integration/provision-account-users.js';
import { putCustomer } from '../domain/integration/provision-customers.js';
import { putEmployee } from '../domain/integration/provision-employees.js';
import { putTask } from '../domain/integration/provision-tasks.js';
import type { TestWorld } from './world.js';

/**
 * The integration API's steps for the grant property test (grants.property.test.ts): a host's
 * backend changing tasks, employees, account users and contact e-mails of the test world's
 * agency A and its customers' accounts, which it is made to own.
 */
export type ProvisioningStep =
  | { kind: 'putTask'; task: number; owner: number; participants: number[] }
  | { kind: 'employeeActive'; employee: number; active: boolean }
  | { kind: 'accountUser'; user: number; mode: 'admin' | 'plain' | 'deactivated' }
  | { kind: 'contactEmail'; customer: number; email: string | null };

export const provisioningStep: fc.Arbitrary<ProvisioningStep> = fc.oneof(
  fc.record({
    kind: fc.constant('putTask' as const),
    task: fc.nat(20),
    owner: fc.nat(3),
    participants: fc.subarray([0, 1, 2, 3], { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('employeeActive' as const),
    // Not the full-rights employee: the other steps act as them, and would only be refused.
    employee: fc.integer({ min: 1, max: 3 }),
    active: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('accountUser' as const),
    user: fc.nat(3),
    mode: fc.constantFrom('admin' as const, 'plain' as const, 'deactivated' as const),
  }),
  fc.record({
    kind: fc.constant('contactEmail' as const),
    customer: fc.nat(3),
    email: fc.constantFrom(
      null,
      'kim@agarbolaget.se',
      'lo@agarbolaget.se',
      'uno@agarbolaget.se',
      'olle@annat.se',
    ),
  }),
);

/** Makes a new integration own agency A and both accounts, with host ids on every row. */
export function provisionTestWorld(world: TestWorld): IntegrationContext {
  const { db, ids } = world;
  const integration = createIntegration(db, { name: 'Egenskapstest' }, world.clock.now());
  db.update(agencies)
    .set({ integrationId: integration.id, externalId: 'ag-a' })
    .where(eq(agencies.id, ids.agencyA))
    .run();
  for (const [index, accountId] of [ids.existingAccount, ids.otherAccount].entries()) {
    db.update(customerAccounts)
      .set({ integrationId: integration.id, externalId: `acc-${index}` })
      .where(eq(customerAccounts.id, accountId))
      .run();
  }
  // Collab's own ids are UUIDs, unique enough to serve as host ids here too.
  for (const table of [employees, customers, tasks, accountUsers]) {
    for (const row of db.select({ id: table.id }).from(table).all()) {
      db.update(table).set({ externalId: row.id }).where(eq(table.id, row.id)).run();
    }
  }
  return {
    db,
    clock: world.clock,
    integration: { kind: 'integration', id: integration.id, name: 'Egenskapstest', keyId: 'k' },
    locale: 'en',
  };
}

export async function runProvisioningStep(
  world: TestWorld,
  context: IntegrationContext,
  step: ProvisioningStep,
): Promise<void> {
  const { db, ids } = world;
  const agencyEmployees = [
    ids.fullEmployee,
    ids.standardEmployee,
    ids.participantOne,
    ids.participantTwo,
  ];
  const employeeAt = (index: number) => agencyEmployees[index] ?? ids.fullEmployee;
  switch (step.kind) {
    case 'putTask': {
      const all = db.select().from(tasks).where(eq(tasks.agencyId, ids.agencyA)).all();
      const task = all[step.task % all.length];
      if (!task) return;
      await putTask(context, 'ag-a', task.id, {
        customerId: task.customerId,
        name: task.name,
        ownerId: employeeAt(step.owner),
        participantIds: step.participants.map(employeeAt),
      });
      return;
    }
    case 'employeeActive': {
      const employee = db
        .select()
        .from(employees)
        .where(eq(employees.id, employeeAt(step.employee)))
        .get();
      if (!employee) return;
      await putEmployee(context, 'ag-a', employee.id, {
        name: employee.name,
        email: employee.email,
        rights: employee.rights,
        locale: employee.locale,
        active: step.active,
      });
      return;
    }
    case 'accountUser': {
      const userId = [ids.adminKim, ids.adminLo, ids.plainUser, ids.otherCompanyAdmin][step.user];
      const user = db
        .select()
        .from(accountUsers)
        .where(eq(accountUsers.id, userId ?? ids.adminKim))
        .get();
      if (!user) return;
      const accountIndex = user.accountId === ids.existingAccount ? 0 : 1;
      await putAccountUser(context, `acc-${accountIndex}`, user.id, {
        name: user.name,
        email: user.email,
        locale: user.locale,
        isAdmin: step.mode === 'admin',
        active: step.mode !== 'deactivated',
      });
      return;
    }
    case 'contactEmail': {
      const customerId = [
        ids.newCustomer,
        ids.existingCustomer,
        ids.otherCompany,
        ids.noContactCustomer,
      ][step.customer];
      const customer = db
        .select()
        .from(customers)
        .where(eq(customers.id, customerId ?? ids.newCustomer))
        .get();
      if (!customer) return;
      await putCustomer(context, 'ag-a', customer.id, {
        name: customer.name,
        orgNumber: customer.orgNumber,
        companyType: customer.companyType,
        contact: {
          name: customer.contactName,
          email: step.email ?? undefined,
          phone: customer.contactPhone ?? undefined,
        },
        accountManagerId: customer.accountManagerId,
      });
      return;
    }
    default:
      throw new Error(`Unhandled step ${step satisfies never}`);
  }
}

const provisioningKinds: readonly string[] = [
  'putTask',
  'employeeActive',
  'accountUser',
  'contactEmail',
] satisfies ProvisioningStep['kind'][];

export function isProvisioningStep(step: { kind: string }): step is ProvisioningStep {
  return provisioningKinds.includes(step.kind);
}
