import { activationRequests, employees, tasks } from '@collab/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  createIntegrationWorld,
  customerInput,
  provisionBasics,
  refusalOf,
} from '../../test-support/integration.js';
import { rowCounts } from '../../test-support/world.js';
import { putCustomer } from './provision-customers.js';
import { deleteTask, getTaskResource, listTaskResources, putTask } from './provision-tasks.js';

const task = { customerId: 'cus-1', name: 'Lön', ownerId: 'emp-1', participantIds: ['emp-2'] };

describe('tasks', () => {
  it('name customer, owner and participants by the host ids, and answer with them', async () => {
    const { a } = createIntegrationWorld();
    await provisionBasics(a);
    const created = await putTask(a, 'ag-1', 'task-2', {
      ...task,
      participantIds: ['emp-3', 'emp-2', 'emp-3'],
    });
    expect(created).toMatchObject({
      outcome: 'created',
      resource: {
        object: 'task',
        id: 'task-2',
        agencyId: 'ag-1',
        customerId: 'cus-1',
        ownerId: 'emp-1',
        participantIds: ['emp-2', 'emp-3'],
        version: 1,
      },
    });
    expect(await getTaskResource(a, 'ag-1', 'task-2')).toEqual(created.resource);
    expect((await listTaskResources(a, 'ag-1', { limit: 10 })).data.map((row) => row.id)).toEqual([
      'task-1',
      'task-2',
    ]);
  });

  it('lists each task with the same customer, owner and participants as a GET of it', async () => {
    const { a } = createIntegrationWorld();
    await provisionBasics(a);
    await putTask(a, 'ag-1', 'task-2', { ...task, participantIds: ['emp-3', 'emp-2'] });
    const listed = (await listTaskResources(a, 'ag-1', { limit: 10 })).data;
    expect(listed).toEqual([
      await getTaskResource(a, 'ag-1', 'task-1'),
      await getTaskResource(a, 'ag-1', 'task-2'),
    ]);
    expect(listed[1]?.participantIds).toEqual(['emp-2', 'emp-3']);
  });

  it('DELETE is refused while a collaboration names the task, and works otherwise', async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    expect((await refusalOf(deleteTask(a, 'ag-1', 'task-1'))).appCode).toBe('TASK_IN_USE');
    await putTask(a, 'ag-1', 'task-2', task);
    const before = rowCounts(db);
    await deleteTask(a, 'ag-1', 'task-2');
    expect(rowCounts(db)).toMatchObject({
      task: (before.task ?? 0) - 1,
      task_participant: (before.task_participant ?? 0) - 1,
    });
    expect((await refusalOf(getTaskResource(a, 'ag-1', 'task-2'))).appCode).toBe('TASK_NOT_FOUND');
  });

  it('DELETE takes the prepared invitations on the task with it (flow 9 in docs/flows.md)', async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    await putTask(a, 'ag-1', 'task-2', task);
    const row = db.select().from(tasks).where(eq(tasks.externalId, 'task-2')).get();
    const employee = db.select().from(employees).where(eq(employees.externalId, 'emp-1')).get();
    const now = a.clock.now();
    db.insert(activationRequests)
      .values({
        id: crypto.randomUUID(),
        agencyId: row?.agencyId ?? '',
        requestedById: employee?.id ?? '',
        colleagueId: employee?.id ?? '',
        customerId: row?.customerId ?? '',
        taskId: row?.id ?? '',
        input: { customerId: '', taskId: '', services: [] },
        status: 'open',
        createdAt: now,
        updatedAt: now,
      })
      .run();
    await deleteTask(a, 'ag-1', 'task-2');
    expect(db.select().from(activationRequests).all()).toEqual([]);
  });

  it('a task with collaborations cannot move to another customer', async () => {
    const { a } = createIntegrationWorld();
    await provisionBasics(a);
    await putCustomer(a, 'ag-1', 'cus-2', customerInput({ orgNumber: '202100-6255' }));
    expect(
      (
        await refusalOf(
          putTask(a, 'ag-1', 'task-1', {
            ...task,
            name: 'Bokföring',
            customerId: 'cus-2',
            participantIds: ['emp-2', 'emp-3'],
          }),
        )
      ).appCode,
    ).toBe('TASK_CUSTOMER_LOCKED');
    await putTask(a, 'ag-1', 'task-2', task);
    const moved = await putTask(a, 'ag-1', 'task-2', { ...task, customerId: 'cus-2' });
    expect(moved).toMatchObject({
      outcome: 'updated',
      resource: { customerId: 'cus-2', version: 2 },
    });
  });
});
