import { describe, expect, it } from 'vitest';
import {
  auditEventsOf,
  createIntegrationWorld,
  customerInput,
  provisionBasics,
} from '../../test-support/integration.js';
import { rowCounts } from '../../test-support/world.js';
import { putAccountUser } from './provision-account-users.js';
import { putAccount } from './provision-accounts.js';
import { putAgency } from './provision-agencies.js';
import { putCustomer } from './provision-customers.js';
import { putEmployee } from './provision-employees.js';
import { putTask } from './provision-tasks.js';

/** The must-hold line: a repeated PUT is a no-op (docs/architecture.md, "Tests"). */
describe('the same PUT twice changes nothing: no new audit event, same version', () => {
  const puts = {
    agency: (world: ReturnType<typeof createIntegrationWorld>) =>
      putAgency(world.a, 'ag-1', { name: 'Byrå Ett AB', orgNumber: '5560360793' }),
    employee: (world: ReturnType<typeof createIntegrationWorld>) =>
      putEmployee(world.a, 'ag-1', 'emp-2', {
        name: 'Tor Två',
        email: 'emp-2@byra.se',
        rights: 'full',
        active: true,
        locale: 'sv',
      }),
    customer: (world: ReturnType<typeof createIntegrationWorld>) =>
      putCustomer(world.a, 'ag-1', 'cus-1', customerInput()),
    task: (world: ReturnType<typeof createIntegrationWorld>) =>
      putTask(world.a, 'ag-1', 'task-1', {
        customerId: 'cus-1',
        name: 'Bokföring',
        ownerId: 'emp-1',
        // Another order and a repeat: the same set.
        participantIds: ['emp-3', 'emp-2', 'emp-3'],
      }),
    account: (world: ReturnType<typeof createIntegrationWorld>) =>
      putAccount(world.a, 'acc-1', { name: 'Kund AB', orgNumber: '556677-8899' }),
    account_user: (world: ReturnType<typeof createIntegrationWorld>) =>
      putAccountUser(world.a, 'acc-1', 'usr-admin', {
        name: 'usr-admin',
        email: 'admin@kund.se',
        isAdmin: true,
        active: true,
        locale: 'sv',
      }),
  };

  for (const [type, put] of Object.entries(puts)) {
    it(`${type}: unchanged, same version, no write at all`, async () => {
      const world = createIntegrationWorld();
      await provisionBasics(world.a);
      const first = await put(world);
      const counts = rowCounts(world.db);
      const audit = auditEventsOf(world.db).length;
      const second = await put(world);
      expect(second.outcome).toBe('unchanged');
      expect(second.resource).toEqual(first.resource);
      expect(second.resource.version).toBe(first.resource.version);
      expect(auditEventsOf(world.db)).toHaveLength(audit);
      expect(rowCounts(world.db)).toEqual(counts);
    });
  }

  it('a real change bumps the version by one and writes one audit event', async () => {
    const world = createIntegrationWorld();
    await provisionBasics(world.a);
    const audit = auditEventsOf(world.db).length;
    const changed = await putCustomer(world.a, 'ag-1', 'cus-1', customerInput({ name: 'Ny AB' }));
    expect(changed.outcome).toBe('updated');
    expect(changed.resource.version).toBe(2);
    expect(auditEventsOf(world.db)).toHaveLength(audit + 1);
  });
});
