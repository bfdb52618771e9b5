import { describe, expect, it } from 'vitest';
import { replayAccessEvents, storedEvents, storedGrantLines } from '../../test-support/events.js';
import {
  createIntegrationWorld,
  customerInput,
  provisionBasics,
} from '../../test-support/integration.js';
import { putAccountUser } from '../integration/provision-account-users.js';
import { putCustomer } from '../integration/provision-customers.js';
import { putTask } from '../integration/provision-tasks.js';

/*
 * rederiveGrants (grants.ts) tells every change of access as events: what goes is revoked with
 * the reason it had, what comes is granted, and a changed reason is both (docs/events.md).
 */

async function world() {
  const created = createIntegrationWorld();
  await provisionBasics(created.a);
  const seen = storedEvents(created.db).length;
  const since = () =>
    storedEvents(created.db)
      .slice(seen)
      .map((event) =>
        event.type === 'access.granted' || event.type === 'access.revoked'
          ? `${event.type} ${event.data.subject.id} ${event.data.reason}`
          : event.type,
      );
  return { ...created, since };
}

describe('access events from the integration API’s provisioning', () => {
  it('a new contact e-mail moves the contact person: a reason change is revoked + granted', async () => {
    const w = await world();
    await putCustomer(
      w.a,
      'ag-1',
      'cus-1',
      customerInput({
        contact: { name: 'Ada Admin', email: 'admin@kund.se', phone: undefined },
      }),
    );
    // Revocations first (in no particular order among themselves), then the grants.
    const told = w.since();
    expect(told.slice(0, 2).sort()).toEqual([
      'access.revoked usr-admin account_admin',
      'access.revoked usr-contact contact_person',
    ]);
    expect(told.slice(2)).toEqual(['access.granted usr-admin contact_person']);
    expect(replayAccessEvents(storedEvents(w.db))).toEqual(storedGrantLines(w.db));
  });

  it('an admin flag, a task’s participants: each grant that comes or goes, nothing else', async () => {
    const w = await world();
    await putAccountUser(w.a, 'acc-1', 'usr-plain', {
      name: 'usr-plain',
      email: 'plain@kund.se',
      isAdmin: true,
      active: true,
      locale: 'sv',
    });
    expect(w.since()).toEqual(['access.granted usr-plain account_admin']);
    await putTask(w.a, 'ag-1', 'task-1', {
      customerId: 'cus-1',
      name: 'Bokföring',
      ownerId: 'emp-1',
      participantIds: ['emp-3', 'emp-1'],
    });
    expect(w.since().slice(1)).toEqual([
      'access.revoked emp-2 task_participant',
      'access.granted emp-1 task_participant',
    ]);
    // The same PUT again changes nothing, and tells nothing.
    const count = w.since().length;
    await putTask(w.a, 'ag-1', 'task-1', {
      customerId: 'cus-1',
      name: 'Bokföring',
      ownerId: 'emp-1',
      participantIds: ['emp-3', 'emp-1'],
    });
    expect(w.since()).toHaveLength(count);
    expect(replayAccessEvents(storedEvents(w.db))).toEqual(storedGrantLines(w.db));
  });
});
