import { describe, expect, it } from 'vitest';
import {
  auditEventsOf,
  collabIdOf,
  createIntegrationWorld,
  customerInput,
  provisionBasics,
  refusalOf,
} from '../../test-support/integration.js';
import { rowCounts } from '../../test-support/world.js';
import {
  deactivateAccountUser,
  getAccountUser,
  listAccountUsers,
  putAccountUser,
} from './provision-account-users.js';
import { getAccount, listAccounts, putAccount } from './provision-accounts.js';
import { getAgency, listAgencies, putAgency } from './provision-agencies.js';
import {
  deleteCustomer,
  getCustomerResource,
  listCustomerResources,
  putCustomer,
} from './provision-customers.js';
import {
  deactivateEmployee,
  getEmployee,
  listEmployees,
  putEmployee,
} from './provision-employees.js';
import { syncAgency } from './provision-sync.js';
import { deleteTask, getTaskResource, listTaskResources, putTask } from './provision-tasks.js';
import { resolveSessionUser } from './session-user.js';

const employee = {
  name: 'Ny',
  email: 'ny@byra.se',
  rights: 'full',
  active: true,
  locale: 'sv',
} as const;
const task = { customerId: 'cus-1', name: 'Lön', ownerId: 'emp-1', participantIds: [] };
const user = {
  name: 'Ny',
  email: 'ny@kund.se',
  isAdmin: true,
  active: true,
  locale: 'sv',
} as const;
const query = { limit: 100 };

describe("integration B sees none of A's agencies and accounts: it is told they do not exist", () => {
  it("every operation on A's agency and its resources answers AGENCY_NOT_FOUND and writes nothing", async () => {
    const { db, a, b } = createIntegrationWorld();
    await provisionBasics(a);
    const before = rowCounts(db);
    const operations: [string, () => Promise<unknown>][] = [
      ['getAgency', () => getAgency(b, 'ag-1')],
      ['putEmployee', () => putEmployee(b, 'ag-1', 'emp-1', employee)],
      ['getEmployee', () => getEmployee(b, 'ag-1', 'emp-1')],
      ['listEmployees', () => listEmployees(b, 'ag-1', query)],
      ['deactivateEmployee', () => deactivateEmployee(b, 'ag-1', 'emp-1')],
      ['putCustomer', () => putCustomer(b, 'ag-1', 'cus-1', customerInput())],
      ['getCustomerResource', () => getCustomerResource(b, 'ag-1', 'cus-1')],
      ['listCustomerResources', () => listCustomerResources(b, 'ag-1', query)],
      ['deleteCustomer', () => deleteCustomer(b, 'ag-1', 'cus-1')],
      ['putTask', () => putTask(b, 'ag-1', 'task-1', task)],
      ['getTaskResource', () => getTaskResource(b, 'ag-1', 'task-1')],
      ['listTaskResources', () => listTaskResources(b, 'ag-1', query)],
      ['deleteTask', () => deleteTask(b, 'ag-1', 'task-1')],
      ['syncAgency', () => syncAgency(b, 'ag-1', { employees: [], customers: [], tasks: [] })],
      [
        'resolveSessionUser',
        () => resolveSessionUser(b, { type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' }),
      ],
    ];
    for (const [name, operation] of operations) {
      expect({ name, ...(await refusalOf(operation())) }).toMatchObject({
        name,
        appCode: 'AGENCY_NOT_FOUND',
        params: {},
      });
    }
    expect((await listAgencies(b, query)).data).toEqual([]);
    expect(rowCounts(db)).toEqual(before);
  });

  it("every operation on A's account and its users answers ACCOUNT_NOT_FOUND and writes nothing", async () => {
    const { db, a, b } = createIntegrationWorld();
    await provisionBasics(a);
    const before = rowCounts(db);
    const operations: [string, () => Promise<unknown>][] = [
      ['getAccount', () => getAccount(b, 'acc-1')],
      ['putAccountUser', () => putAccountUser(b, 'acc-1', 'usr-admin', user)],
      ['getAccountUser', () => getAccountUser(b, 'acc-1', 'usr-admin')],
      ['listAccountUsers', () => listAccountUsers(b, 'acc-1', query)],
      ['deactivateAccountUser', () => deactivateAccountUser(b, 'acc-1', 'usr-admin')],
      [
        'resolveSessionUser',
        () =>
          resolveSessionUser(b, { type: 'account_user', accountId: 'acc-1', userId: 'usr-admin' }),
      ],
    ];
    for (const [name, operation] of operations) {
      expect({ name, ...(await refusalOf(operation())) }).toMatchObject({
        name,
        appCode: 'ACCOUNT_NOT_FOUND',
      });
    }
    expect((await listAccounts(b, query)).data).toEqual([]);
    // A's account is not B's to claim either: its org number is taken.
    expect(
      (await refusalOf(putAccount(b, 'acc-b', { name: 'X', orgNumber: '556677-8899' }))).appCode,
    ).toBe('ACCOUNT_ORG_NUMBER_TAKEN');
    expect(rowCounts(db)).toEqual(before);
  });

  it("B's PUT of an agency id that A uses creates B's own, separate agency", async () => {
    const { db, a, b } = createIntegrationWorld();
    await provisionBasics(a);
    const created = await putAgency(b, 'ag-1', { name: 'Bees byrå', orgNumber: '202100-6255' });
    expect(created.outcome).toBe('created');
    expect(collabIdOf(db, b, 'agency', 'ag-1')).not.toBe(collabIdOf(db, a, 'agency', 'ag-1'));
    expect((await getAgency(a, 'ag-1')).name).toBe('Byrå Ett AB');
    expect((await getAgency(b, 'ag-1')).name).toBe('Bees byrå');
    expect((await listEmployees(b, 'ag-1', query)).data).toEqual([]);
  });

  it("nothing in B's agency can name A's customers or employees, not even by the same ids", async () => {
    const { db, a, b } = createIntegrationWorld();
    await provisionBasics(a);
    await putAgency(b, 'ag-b', { name: 'Bees byrå', orgNumber: '202100-6255' });
    await putEmployee(b, 'ag-b', 'emp-b', employee);
    await putCustomer(b, 'ag-b', 'cus-b', customerInput());
    const before = rowCounts(db);
    const audit = auditEventsOf(db).length;
    expect(
      await refusalOf(putTask(b, 'ag-b', 't', { ...task, customerId: 'cus-1', ownerId: 'emp-b' })),
    ).toMatchObject({ appCode: 'CUSTOMER_NOT_FOUND', fields: ['customerId'] });
    expect(
      await refusalOf(putTask(b, 'ag-b', 't', { ...task, customerId: 'cus-b', ownerId: 'emp-1' })),
    ).toMatchObject({ appCode: 'EMPLOYEE_NOT_FOUND', fields: ['ownerId'] });
    expect(
      await refusalOf(
        putTask(b, 'ag-b', 't', {
          ...task,
          customerId: 'cus-b',
          ownerId: 'emp-b',
          participantIds: ['emp-b', 'emp-b', 'emp-2'],
        }),
      ),
    ).toMatchObject({ appCode: 'EMPLOYEE_NOT_FOUND', fields: ['participantIds.2'] });
    expect(
      await refusalOf(
        putCustomer(b, 'ag-b', 'cus-b', customerInput({ accountManagerId: 'emp-1' })),
      ),
    ).toMatchObject({ appCode: 'EMPLOYEE_NOT_FOUND', fields: ['accountManagerId'] });
    expect(rowCounts(db)).toEqual(before);
    expect(auditEventsOf(db)).toHaveLength(audit);
  });

  it('between two agencies of the same integration nothing can be referenced either', async () => {
    const { a } = createIntegrationWorld();
    await provisionBasics(a);
    await putAgency(a, 'ag-2', { name: 'Byrå Två AB', orgNumber: '202100-6255' });
    await putCustomer(a, 'ag-2', 'cus-2', customerInput());
    expect(
      await refusalOf(putTask(a, 'ag-2', 't', { ...task, customerId: 'cus-2' })),
    ).toMatchObject({ appCode: 'EMPLOYEE_NOT_FOUND', fields: ['ownerId'] });
  });
});
