import { syncMaximumRecords } from '@collab/contracts';
import { describe, expect, it } from 'vitest';
import {
  auditEventsOf,
  createIntegrationWorld,
  refusalOf,
} from '../../test-support/integration.js';
import { rowCounts } from '../../test-support/world.js';
import { putAgency } from './provision-agencies.js';
import { listCustomerResources } from './provision-customers.js';
import { getEmployee, listEmployees } from './provision-employees.js';
import { syncAgency } from './provision-sync.js';
import { getTaskResource } from './provision-tasks.js';

const employee = (id: string) => ({
  id,
  name: `Anställd ${id}`,
  email: `${id}@byra.se`,
  rights: 'standard',
});
const customer = (id: string, orgNumber: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Kund ${id}`,
  orgNumber,
  companyType: 'aktiebolag',
  contact: { name: 'Kim', email: `kim@${id}.se` },
  ...extra,
});

async function agency() {
  const world = createIntegrationWorld();
  await putAgency(world.a, 'ag-1', { name: 'Byrå Ett AB', orgNumber: '556036-0793' });
  return world;
}

const request = {
  employees: [employee('e1'), { ...employee('e2'), email: 'inte en adress' }, employee('e3')],
  customers: [
    customer('c1', '556677-8899', { accountManagerId: 'e1' }),
    customer('c2', '202100-6255', { accountManagerId: 'e2' }),
    customer('c3', '5566778899'),
    { name: 'utan id' },
  ],
  tasks: [
    { id: 't1', customerId: 'c1', name: 'Bokföring', ownerId: 'e1', participantIds: ['e3'] },
    { id: 't2', customerId: 'c1', name: 'Lön', ownerId: 'e1', participantIds: ['e3', 'e2'] },
  ],
};

describe('bulk sync', () => {
  it('one bad record does not block the others, and each record gets its own result', async () => {
    const { db, a } = await agency();
    const audit = auditEventsOf(db).length;
    const result = await syncAgency(a, 'ag-1', request);
    expect(result.counts).toEqual({ created: 4, updated: 0, unchanged: 0, failed: 5 });
    expect(
      result.results.map(({ type, id, index, outcome, version, error }) => [
        type,
        id,
        index,
        outcome,
        version,
        error?.appCode ?? null,
        Object.keys(error?.errors ?? {}).sort(),
      ]),
    ).toEqual([
      ['employee', 'e1', 0, 'created', 1, null, []],
      ['employee', 'e2', 1, 'failed', null, 'VALIDATION_FAILED', ['email']],
      ['employee', 'e3', 2, 'created', 1, null, []],
      ['customer', 'c1', 0, 'created', 1, null, []],
      ['customer', 'c2', 1, 'failed', null, 'EMPLOYEE_NOT_FOUND', ['accountManagerId']],
      ['customer', 'c3', 2, 'failed', null, 'ORG_NUMBER_TAKEN', []],
      [
        'customer',
        null,
        3,
        'failed',
        null,
        'VALIDATION_FAILED',
        ['companyType', 'contact', 'id', 'orgNumber'],
      ],
      ['task', 't1', 0, 'created', 1, null, []],
      ['task', 't2', 1, 'failed', null, 'EMPLOYEE_NOT_FOUND', ['participantIds.1']],
    ]);
    // Messages are in the caller's language, with the params filled in.
    expect(result.results[5]?.error?.message).toBe(
      'The organisation number is already used by another customer of the agency (c1).',
    );
    expect(result.results[4]?.error?.errors?.accountManagerId?.[0]?.message).toBe(
      'The employee does not exist at the agency.',
    );
    // A failed record left nothing behind; each success wrote one audit event.
    expect((await listEmployees(a, 'ag-1', { limit: 100 })).data.map((row) => row.id)).toEqual([
      'e1',
      'e3',
    ]);
    expect((await listCustomerResources(a, 'ag-1', { limit: 100 })).data).toHaveLength(1);
    expect(rowCounts(db).task).toBe(1);
    expect(rowCounts(db).task_participant).toBe(1);
    expect((await getTaskResource(a, 'ag-1', 't1')).participantIds).toEqual(['e3']);
    expect(auditEventsOf(db).length - audit).toBe(4);
  });

  it('the same sync again is all unchanged and writes nothing', async () => {
    const { db, a } = await agency();
    await syncAgency(a, 'ag-1', request);
    const before = rowCounts(db);
    const again = await syncAgency(a, 'ag-1', request);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 4, failed: 5 });
    expect(rowCounts(db)).toEqual(before);
  });

  it('updates what changed and bumps only those versions', async () => {
    const { a } = await agency();
    await syncAgency(a, 'ag-1', request);
    const changed = await syncAgency(a, 'ag-1', {
      employees: [{ ...employee('e1'), name: 'Nytt namn' }, employee('e3')],
      customers: [],
      tasks: [],
    });
    expect(changed.results.map((row) => [row.outcome, row.version])).toEqual([
      ['updated', 2],
      ['unchanged', 1],
    ]);
    expect((await getEmployee(a, 'ag-1', 'e1')).name).toBe('Nytt namn');
  });

  it(`refuses more than ${syncMaximumRecords} records with SYNC_TOO_LARGE before writing anything`, async () => {
    const { db, a } = await agency();
    const before = rowCounts(db);
    const employees = Array.from({ length: 6000 }, (_, index) => employee(`e${index}`));
    const customers = Array.from({ length: 4001 }, () => ({}));
    const refusal = await refusalOf(syncAgency(a, 'ag-1', { employees, customers, tasks: [] }));
    expect(refusal).toMatchObject({ appCode: 'SYNC_TOO_LARGE', params: { maximum: 10_000 } });
    expect(rowCounts(db)).toEqual(before);
  });
});
