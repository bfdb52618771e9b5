import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, type TestWorld } from '../test-support/world.js';

let world: TestWorld;

beforeEach(() => {
  world = createTestWorld();
});

describe('given the overview’s filter choices for the whole agency', () => {
  it('lists each task name once, and the task owners and account managers, by name', async () => {
    const options = await world
      .callerFor(world.ids.standardEmployee)
      .collaborations.filterOptions({});
    expect(options).toEqual({
      taskNames: ['Bokföring', 'Bokslut', 'Löner'],
      taskOwners: [
        { id: world.ids.fullEmployee, name: 'Frida Full' },
        { id: world.ids.standardEmployee, name: 'Sven Standard' },
      ],
      accountManagers: [
        { id: world.ids.fullEmployee, name: 'Frida Full' },
        { id: world.ids.standardEmployee, name: 'Sven Standard' },
      ],
    });
  });
});

describe('given one customer', () => {
  it('lists only that customer’s tasks, owners and account manager', async () => {
    const options = await world
      .callerFor(world.ids.fullEmployee)
      .collaborations.filterOptions({ customerId: world.ids.existingCustomer });
    expect(options).toEqual({
      taskNames: ['Bokslut'],
      taskOwners: [{ id: world.ids.standardEmployee, name: 'Sven Standard' }],
      accountManagers: [{ id: world.ids.standardEmployee, name: 'Sven Standard' }],
    });
  });
});

describe('given another agency', () => {
  it('sees only its own choices, and nothing of agency A’s customer', async () => {
    const caller = world.callerFor(world.ids.otherAgencyEmployee);
    expect(await caller.collaborations.filterOptions({})).toEqual({
      taskNames: ['Bokföring'],
      taskOwners: [{ id: world.ids.otherAgencyEmployee, name: 'Bo Beta' }],
      accountManagers: [{ id: world.ids.otherAgencyEmployee, name: 'Bo Beta' }],
    });
    expect(
      await caller.collaborations.filterOptions({ customerId: world.ids.existingCustomer }),
    ).toEqual({ taskNames: [], taskOwners: [], accountManagers: [] });
  });

  it('refuses a customer’s user and an anonymous caller', async () => {
    expect(
      await rejectionOf(world.callerFor(world.ids.adminKim).collaborations.filterOptions({})),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'EMPLOYEE_REQUIRED' });
    expect(await rejectionOf(world.callerFor(null).collaborations.filterOptions({}))).toMatchObject(
      { code: 'UNAUTHORIZED', appCode: 'UNAUTHENTICATED' },
    );
  });

  it('refuses a malformed customer id', async () => {
    expect(
      await rejectionOf(
        world.callerFor(world.ids.fullEmployee).collaborations.filterOptions({ customerId: 'x' }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
