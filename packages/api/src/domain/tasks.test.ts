import { accessGrants, employees } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
let activeIds: string[];

beforeEach(async () => {
  world = createTestWorld();
  const activation = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.newCustomer,
    taskId: world.ids.newCustomerTask,
    services: [{ service: 'eekonomi' }, { service: 'scanner' }],
  });
  activeIds = activation.services.map((service) => service.collaborationId);
});

function staffWithAccess(collaborationId: string): string[] {
  return world.db
    .select()
    .from(accessGrants)
    .all()
    .filter(
      (grant) => grant.collaborationId === collaborationId && grant.subjectType === 'employee',
    )
    .map((grant) => grant.subjectId)
    .sort();
}

describe('given a task with active collaborations', () => {
  it('re-derives access on every one of them when its participants change', async () => {
    const task = await world.callerFor(world.ids.fullEmployee).tasks.setParticipants({
      taskId: world.ids.newCustomerTask,
      participantIds: [world.ids.standardEmployee, world.ids.participantOne],
    });
    expect(task.participants.map((participant) => participant.name)).toEqual([
      'Petra Deltagare',
      'Sven Standard',
    ]);
    for (const collaborationId of activeIds) {
      expect(staffWithAccess(collaborationId)).toEqual(
        [world.ids.participantOne, world.ids.standardEmployee].sort(),
      );
    }
  });

  it('removes all staff access when the task has no participants left', async () => {
    await world
      .callerFor(world.ids.fullEmployee)
      .tasks.setParticipants({ taskId: world.ids.newCustomerTask, participantIds: [] });
    for (const collaborationId of activeIds) expect(staffWithAccess(collaborationId)).toEqual([]);
  });
});

describe('given participants who may not be added', () => {
  it('refuses an employee of another agency, and changes nothing', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).tasks.setParticipants({
        taskId: world.ids.newCustomerTask,
        participantIds: [world.ids.participantOne, world.ids.otherAgencyEmployee],
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'PARTICIPANT_NOT_IN_AGENCY' });
    expect(rowCounts(world.db)).toEqual(before);
    expect(world.db.select().from(accessGrants).all().length).toBeGreaterThan(0);
  });
});

describe('given someone without the right', () => {
  it('refuses a standard employee and another agency', async () => {
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.standardEmployee)
          .tasks.setParticipants({ taskId: world.ids.newCustomerTask, participantIds: [] }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'FULL_RIGHTS_REQUIRED' });
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.otherAgencyEmployee)
          .tasks.setParticipants({ taskId: world.ids.newCustomerTask, participantIds: [] }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', appCode: 'TASK_NOT_FOUND' });
  });
});

describe('given the people a task may have as participants', () => {
  it('lists the agency’s active employees by name, to any employee of the agency', async () => {
    world.db
      .update(employees)
      .set({ deactivatedAt: world.clock.now() })
      .where(eq(employees.id, world.ids.participantTwo))
      .run();
    const expected = [
      { id: world.ids.fullEmployee, name: 'Frida Full' },
      { id: world.ids.participantOne, name: 'Petra Deltagare' },
      { id: world.ids.standardEmployee, name: 'Sven Standard' },
    ];
    expect(await world.callerFor(world.ids.fullEmployee).tasks.participantCandidates()).toEqual(
      expected,
    );
    expect(await world.callerFor(world.ids.standardEmployee).tasks.participantCandidates()).toEqual(
      expected,
    );
  });

  it('shows another agency only its own people, and refuses a company user and an anonymous caller', async () => {
    const other = await world
      .callerFor(world.ids.otherAgencyEmployee)
      .tasks.participantCandidates();
    expect(other.map((person) => person.name)).toEqual(['Bo Beta']);
    expect(
      await rejectionOf(world.callerFor(world.ids.adminKim).tasks.participantCandidates()),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'EMPLOYEE_REQUIRED' });
    expect(await rejectionOf(world.callerFor(null).tasks.participantCandidates())).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
