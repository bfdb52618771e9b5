import { activationRequests, customers, employees, tasks } from '@collab/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  collabIdOf,
  createIntegrationWorld,
  customerInput,
  provisionBasics,
  refusalOf,
} from '../../test-support/integration.js';
import { rowCounts } from '../../test-support/world.js';
import {
  deleteCustomer,
  getCustomerResource,
  listCustomerResources,
  putCustomer,
} from './provision-customers.js';
import { putTask } from './provision-tasks.js';

describe('customers', () => {
  it('are stored as Collab stores them (ten digits, lower-cased search name) and shown with a dash', async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    const created = await putCustomer(
      a,
      'ag-1',
      'cus-2',
      customerInput({ name: 'Åkeri Öst AB', orgNumber: '202100-6255', accountManagerId: 'emp-1' }),
    );
    expect(created).toMatchObject({
      outcome: 'created',
      resource: {
        object: 'customer',
        id: 'cus-2',
        agencyId: 'ag-1',
        orgNumber: '202100-6255',
        accountManagerId: 'emp-1',
        contact: { name: 'Karin Kontakt', email: 'kontakt@kund.se', phone: null },
        version: 1,
        createdAt: '2026-12-03T09:00:00.000Z',
      },
    });
    const row = db.select().from(customers).all().at(-1);
    expect(row).toMatchObject({ orgNumber: '2021006255', searchName: 'åkeri öst ab' });
    expect(await getCustomerResource(a, 'ag-1', 'cus-2')).toEqual(created.resource);
  });

  it('a customer made inside Collab with the same org number is adopted, not duplicated', async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    const agencyId = collabIdOf(db, a, 'agency', 'ag-1');
    db.insert(customers)
      .values({
        id: 'seeded',
        agencyId,
        name: 'Seedad AB',
        searchName: 'seedad ab',
        orgNumber: '2021006255',
        companyType: 'aktiebolag',
        contactName: 'Sam',
        createdAt: new Date('2026-01-01T00:00:00Z'),
      })
      .run();
    const adopted = await putCustomer(
      a,
      'ag-1',
      'cus-2',
      customerInput({ orgNumber: '202100-6255' }),
    );
    expect(adopted).toMatchObject({ outcome: 'created', resource: { id: 'cus-2', version: 2 } });
    expect(collabIdOf(db, a, 'customer', 'ag-1', 'cus-2')).toBe('seeded');
  });

  it("another provisioned customer's org number is ORG_NUMBER_TAKEN, naming that customer", async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    const before = rowCounts(db);
    expect(await refusalOf(putCustomer(a, 'ag-1', 'cus-2', customerInput()))).toMatchObject({
      appCode: 'ORG_NUMBER_TAKEN',
      params: { externalId: 'cus-1' },
    });
    await putCustomer(a, 'ag-1', 'cus-2', customerInput({ orgNumber: '202100-6255' }));
    expect((await refusalOf(putCustomer(a, 'ag-1', 'cus-2', customerInput()))).appCode).toBe(
      'ORG_NUMBER_TAKEN',
    );
    expect(rowCounts(db).customer).toBe((before.customer ?? 0) + 1);
  });

  it('DELETE is refused while a collaboration names the customer; otherwise its tasks go with it', async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    expect((await refusalOf(deleteCustomer(a, 'ag-1', 'cus-1'))).appCode).toBe('CUSTOMER_IN_USE');
    await putCustomer(a, 'ag-1', 'cus-2', customerInput({ orgNumber: '202100-6255' }));
    await putTask(a, 'ag-1', 'task-2', {
      customerId: 'cus-2',
      name: 'Lön',
      ownerId: 'emp-1',
      participantIds: ['emp-2'],
    });
    // A prepared invitation (flow 9 in docs/flows.md) for it goes too: it can never be sent.
    const taskRow = db.select().from(tasks).where(eq(tasks.externalId, 'task-2')).get();
    const employee = db.select().from(employees).where(eq(employees.externalId, 'emp-1')).get();
    db.insert(activationRequests)
      .values({
        id: crypto.randomUUID(),
        agencyId: taskRow?.agencyId ?? '',
        requestedById: employee?.id ?? '',
        colleagueId: employee?.id ?? '',
        customerId: taskRow?.customerId ?? '',
        taskId: taskRow?.id ?? '',
        input: { customerId: '', taskId: '', services: [] },
        status: 'open',
        createdAt: a.clock.now(),
        updatedAt: a.clock.now(),
      })
      .run();
    const before = rowCounts(db);
    await deleteCustomer(a, 'ag-1', 'cus-2');
    expect(rowCounts(db)).toMatchObject({
      activation_request: 0,
      customer: (before.customer ?? 0) - 1,
      task: (before.task ?? 0) - 1,
      task_participant: (before.task_participant ?? 0) - 1,
    });
    expect((await refusalOf(getCustomerResource(a, 'ag-1', 'cus-2'))).appCode).toBe(
      'CUSTOMER_NOT_FOUND',
    );
    expect((await refusalOf(deleteCustomer(a, 'ag-1', 'cus-2'))).appCode).toBe(
      'CUSTOMER_NOT_FOUND',
    );
  });

  it('lists page by external id with an opaque cursor; a bad cursor is INVALID_CURSOR', async () => {
    const { a } = createIntegrationWorld();
    await provisionBasics(a);
    for (const [id, orgNumber] of [
      ['b', '202100-6255'],
      ['a', '556789-1238'],
      ['c', '811218-9876'],
    ] as const) {
      await putCustomer(a, 'ag-1', id, customerInput({ orgNumber }));
    }
    const first = await listCustomerResources(a, 'ag-1', { limit: 2 });
    expect(first.data.map((row) => row.id)).toEqual(['a', 'b']);
    const second = await listCustomerResources(a, 'ag-1', {
      limit: 2,
      cursor: first.nextCursor ?? '',
    });
    expect(second.data.map((row) => row.id)).toEqual(['c', 'cus-1']);
    expect(second.nextCursor).toBeNull();
    expect(
      await refusalOf(listCustomerResources(a, 'ag-1', { limit: 2, cursor: 'bm9wZQ' })),
    ).toMatchObject({ appCode: 'INVALID_CURSOR', fields: ['cursor'] });
  });
});
