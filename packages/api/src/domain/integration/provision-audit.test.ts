import { describe, expect, it } from 'vitest';
import {
  auditEventsOf,
  collabIdOf,
  createIntegrationWorld,
  customerInput,
  provisionBasics,
} from '../../test-support/integration.js';
import { readHistory } from '../history.js';
import { deactivateAccountUser, putAccountUser } from './provision-account-users.js';
import { putAccount } from './provision-accounts.js';
import { putAgency } from './provision-agencies.js';
import { deleteCustomer, putCustomer } from './provision-customers.js';
import { deactivateEmployee, putEmployee } from './provision-employees.js';
import { deleteTask, putTask } from './provision-tasks.js';

describe('every provisioning change has an audit event with actorType integration', () => {
  it('one event per change, by the integration, with before and after; agency null only for accounts', async () => {
    const { db, a } = createIntegrationWorld();
    const { collaborationId } = await provisionBasics(a);
    await putAgency(a, 'ag-1', { name: 'Byrå Ett Nytt Namn AB', orgNumber: '556036-0793' });
    await putEmployee(a, 'ag-1', 'emp-1', {
      name: 'Ella Ett',
      email: 'ella@byra.se',
      rights: 'standard',
      active: true,
      locale: 'en',
    });
    await deactivateEmployee(a, 'ag-1', 'emp-3');
    await putEmployee(a, 'ag-1', 'emp-3', {
      name: 'Tea Tre',
      email: 'emp-3@byra.se',
      rights: 'full',
      active: true,
      locale: 'sv',
    });
    await putCustomer(a, 'ag-1', 'cus-2', customerInput({ orgNumber: '202100-6255' }));
    await putTask(a, 'ag-1', 'task-2', {
      customerId: 'cus-2',
      name: 'Lön',
      ownerId: 'emp-1',
      participantIds: [],
    });
    await putTask(a, 'ag-1', 'task-1', {
      customerId: 'cus-1',
      name: 'Bokföring',
      ownerId: 'emp-1',
      participantIds: ['emp-2'],
    });
    await deleteTask(a, 'ag-1', 'task-2');
    await deleteCustomer(a, 'ag-1', 'cus-2');
    await putAccount(a, 'acc-1', { name: 'Kund Nytt AB', orgNumber: '556677-8899' });
    await putAccountUser(a, 'acc-1', 'usr-plain', {
      name: 'Plain',
      email: 'plain@kund.se',
      isAdmin: false,
      active: true,
      locale: 'sv',
    });
    await deactivateAccountUser(a, 'acc-1', 'usr-plain');

    const events = auditEventsOf(db);
    expect(events.every((event) => event.actorType === 'integration')).toBe(true);
    expect(events.every((event) => event.actorId === a.integration.id)).toBe(true);
    expect(events.map((event) => event.action)).toEqual([
      // provisionBasics
      'agency.provisioned',
      'employee.provisioned',
      'employee.provisioned',
      'employee.provisioned',
      'customer.provisioned',
      'task.provisioned',
      'account.provisioned',
      'account_user.provisioned',
      'account_user.provisioned',
      'account_user.provisioned',
      // the changes above, in order
      'agency.provisioned',
      'employee.provisioned',
      'employee.deactivated',
      'employee.reactivated',
      'customer.provisioned',
      'task.provisioned',
      'task.participants_changed',
      'task.provisioned',
      'task.deleted',
      'customer.deleted',
      'account.provisioned',
      'account_user.provisioned',
      'account_user.deactivated',
    ]);
    const agencyId = collabIdOf(db, a, 'agency', 'ag-1');
    const accountId = collabIdOf(db, a, 'account', 'acc-1');
    for (const event of events) {
      if (event.action.startsWith('account')) {
        expect(event).toMatchObject({ agencyId: null, accountId });
      } else {
        expect(event.agencyId).toBe(agencyId);
      }
      expect(event.before !== null || event.after !== null).toBe(true);
    }
    expect(events.at(-1)).toMatchObject({
      before: { active: true, email: 'plain@kund.se' },
      after: { active: false },
    });
    // The collaboration's history (the widget's) shows the integration's change as the system.
    const history = readHistory(db, collaborationId, { limit: 10 });
    expect(history.items).toMatchObject([
      { action: 'task.participants_changed', actor: { type: 'system' } },
    ]);
  });
});
