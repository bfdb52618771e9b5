import { storedAndDerivedGrants } from '@collab/db/testing';
import { describe, expect, it } from 'vitest';
import {
  activeCollaboration,
  auditEventsOf,
  collabIdOf,
  createIntegrationWorld,
  customerInput,
  grantsOf,
  provisionBasics,
} from '../../test-support/integration.js';
import { deactivateAccountUser, putAccountUser } from './provision-account-users.js';
import { putCustomer } from './provision-customers.js';
import { deactivateEmployee, putEmployee } from './provision-employees.js';
import { putTask } from './provision-tasks.js';

const active = { name: 'Tor Två', email: 'emp-2@byra.se', rights: 'full', locale: 'sv' } as const;

/** The grants a change should add or remove: everything else must stay exactly as it was. */
function difference(before: string[], after: string[]) {
  return {
    removed: before.filter((grant) => !after.includes(grant)),
    added: after.filter((grant) => !before.includes(grant)),
  };
}

async function world() {
  const created = createIntegrationWorld();
  const { collaborationId } = await provisionBasics(created.a);
  const id = (kind: 'employee' | 'account_user', externalId: string) =>
    kind === 'employee'
      ? collabIdOf(created.db, created.a, 'employee', 'ag-1', externalId)
      : collabIdOf(created.db, created.a, 'account_user', 'acc-1', externalId);
  /** A grant of the basics' collaboration. */
  const grant = (kind: 'employee' | 'account_user', externalId: string, reason: string) =>
    `${collaborationId} ${kind} ${id(kind, externalId)} ${reason}`;
  return { ...created, id, grant };
}

describe('access follows provisioning, and only the access that followed from the change', () => {
  it('the basics grant the participants, the admin and the contact person', async () => {
    const { db, grant } = await world();
    expect(grantsOf(db)).toEqual(
      [
        grant('employee', 'emp-2', 'task_participant'),
        grant('employee', 'emp-3', 'task_participant'),
        grant('account_user', 'usr-admin', 'account_admin'),
        grant('account_user', 'usr-contact', 'contact_person'),
      ].sort(),
    );
  });

  it('deactivating an employee removes exactly their access; reactivating restores it', async () => {
    const { db, a, grant } = await world();
    const before = grantsOf(db);
    const deactivated = await deactivateEmployee(a, 'ag-1', 'emp-2');
    expect(deactivated).toMatchObject({ active: false, version: 2 });
    expect(difference(before, grantsOf(db))).toEqual({
      removed: [grant('employee', 'emp-2', 'task_participant')],
      added: [],
    });
    expect(auditEventsOf(db).at(-1)).toMatchObject({
      action: 'employee.deactivated',
      actorType: 'integration',
    });
    // A second DELETE changes nothing.
    expect((await deactivateEmployee(a, 'ag-1', 'emp-2')).version).toBe(2);
    const reactivated = await putEmployee(a, 'ag-1', 'emp-2', { ...active, active: true });
    expect(reactivated).toMatchObject({
      outcome: 'updated',
      resource: { active: true, version: 3 },
    });
    expect(grantsOf(db)).toEqual(before);
    expect(auditEventsOf(db).at(-1)?.action).toBe('employee.reactivated');
    expect(storedAndDerivedGrants(db).stored).toEqual(storedAndDerivedGrants(db).derived);
  });

  it("removing an employee from a task removes exactly that task's access, and tells the collaboration's history", async () => {
    const { db, a, grant, id } = await world();
    await putCustomer(a, 'ag-1', 'cus-2', customerInput({ orgNumber: '202100-6255' }));
    await putTask(a, 'ag-1', 'task-2', {
      customerId: 'cus-2',
      name: 'Lön',
      ownerId: 'emp-1',
      participantIds: ['emp-2'],
    });
    const other = activeCollaboration(db, a, 'ag-1', 'cus-2', 'task-2', 'acc-1', 'scanner');
    const before = grantsOf(db);
    await putTask(a, 'ag-1', 'task-1', {
      customerId: 'cus-1',
      name: 'Bokföring',
      ownerId: 'emp-1',
      participantIds: ['emp-3'],
    });
    // emp-2 keeps the access task-2 gives; only task-1's grant goes.
    expect(difference(before, grantsOf(db))).toEqual({
      removed: [grant('employee', 'emp-2', 'task_participant')],
      added: [],
    });
    expect(grantsOf(db)).toContain(`${other} employee ${id('employee', 'emp-2')} task_participant`);
    expect(
      auditEventsOf(db).filter((event) => event.action === 'task.participants_changed'),
    ).toMatchObject([{ actorType: 'integration', actorId: a.integration.id }]);
    expect(storedAndDerivedGrants(db).stored).toEqual(storedAndDerivedGrants(db).derived);
  });

  it('an account user losing admin or being deactivated loses exactly their grant', async () => {
    const { db, a, grant } = await world();
    const before = grantsOf(db);
    await putAccountUser(a, 'acc-1', 'usr-admin', {
      name: 'usr-admin',
      email: 'admin@kund.se',
      isAdmin: false,
      active: true,
      locale: 'sv',
    });
    expect(difference(before, grantsOf(db))).toEqual({
      removed: [grant('account_user', 'usr-admin', 'account_admin')],
      added: [],
    });
    await deactivateAccountUser(a, 'acc-1', 'usr-contact');
    expect(difference(before, grantsOf(db)).removed.sort()).toEqual(
      [
        grant('account_user', 'usr-admin', 'account_admin'),
        grant('account_user', 'usr-contact', 'contact_person'),
      ].sort(),
    );
    await putAccountUser(a, 'acc-1', 'usr-plain', {
      name: 'usr-plain',
      email: 'plain@kund.se',
      isAdmin: true,
      active: true,
      locale: 'sv',
    });
    expect(difference(before, grantsOf(db)).added).toEqual([
      grant('account_user', 'usr-plain', 'account_admin'),
    ]);
    expect(storedAndDerivedGrants(db).stored).toEqual(storedAndDerivedGrants(db).derived);
  });

  it("a new contact e-mail moves the contact person's grant", async () => {
    const { db, a, grant } = await world();
    await putCustomer(
      a,
      'ag-1',
      'cus-1',
      customerInput({ contact: { name: 'Ny', email: 'plain@kund.se', phone: undefined } }),
    );
    expect(grantsOf(db)).toContain(grant('account_user', 'usr-plain', 'contact_person'));
    expect(grantsOf(db)).not.toContain(grant('account_user', 'usr-contact', 'contact_person'));
    expect(storedAndDerivedGrants(db).stored).toEqual(storedAndDerivedGrants(db).derived);
  });
});
