import { describe, expect, it } from 'vitest';
import {
  createIntegrationWorld,
  provisionBasics,
  refusalOf,
} from '../../test-support/integration.js';
import {
  deactivateEmployee,
  getEmployee,
  listEmployees,
  putEmployee,
} from './provision-employees.js';

describe('employees', () => {
  it('are provisioned, listed in pages by host id, and DELETE deactivates them', async () => {
    const { a } = createIntegrationWorld();
    await provisionBasics(a);
    const created = await putEmployee(a, 'ag-1', 'emp-0', {
      name: 'Noll',
      email: 'noll@byra.se',
      rights: 'standard',
      active: false,
      locale: 'en',
    });
    expect(created).toMatchObject({
      outcome: 'created',
      resource: { object: 'employee', id: 'emp-0', agencyId: 'ag-1', active: false, locale: 'en' },
    });
    const first = await listEmployees(a, 'ag-1', { limit: 3 });
    expect(first.data.map((row) => row.id)).toEqual(['emp-0', 'emp-1', 'emp-2']);
    const rest = await listEmployees(a, 'ag-1', { limit: 3, cursor: first.nextCursor ?? '' });
    expect(rest).toMatchObject({ data: [{ id: 'emp-3' }], nextCursor: null });
    expect(await deactivateEmployee(a, 'ag-1', 'emp-1')).toMatchObject({
      active: false,
      version: 2,
    });
    expect(await getEmployee(a, 'ag-1', 'emp-1')).toMatchObject({ active: false, version: 2 });
    expect((await refusalOf(deactivateEmployee(a, 'ag-1', 'nobody'))).appCode).toBe(
      'EMPLOYEE_NOT_FOUND',
    );
    expect((await refusalOf(getEmployee(a, 'ag-1', 'nobody'))).appCode).toBe('EMPLOYEE_NOT_FOUND');
  });
});
