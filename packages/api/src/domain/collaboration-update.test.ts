import { accessGrants, auditEvents } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
let collaborationId: string;
let secondTask: string;

beforeEach(async () => {
  world = createTestWorld();
  const activation = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.newCustomer,
    taskId: world.ids.newCustomerTask,
    services: [{ service: 'eekonomi' }],
  });
  collaborationId = activation.services[0]?.collaborationId ?? '';
  secondTask = crypto.randomUUID();
  world.db.$client
    .prepare(
      'insert into task (id, agency_id, customer_id, name, owner_id, created_at) values (?, ?, ?, ?, ?, ?)',
    )
    .run(
      secondTask,
      world.ids.agencyA,
      world.ids.newCustomer,
      'Bokslut',
      world.ids.standardEmployee,
      Date.now(),
    );
  world.db.$client
    .prepare('insert into task_participant (task_id, employee_id) values (?, ?)')
    .run(secondTask, world.ids.standardEmployee);
});

function staffWithAccess(): string[] {
  return world.db
    .select()
    .from(accessGrants)
    .where(eq(accessGrants.collaborationId, collaborationId))
    .all()
    .filter((grant) => grant.subjectType === 'employee')
    .map((grant) => grant.subjectId)
    .sort();
}

describe('given a standard employee', () => {
  it('may move the collaboration to another task, and access follows at once', async () => {
    expect(staffWithAccess()).toEqual([world.ids.participantOne, world.ids.participantTwo].sort());
    const updated = await world.callerFor(world.ids.standardEmployee).collaborations.update({
      collaborationId,
      version: 1,
      taskId: secondTask,
    });
    expect(updated).toMatchObject({ version: 2, task: { id: secondTask, name: 'Bokslut' } });
    expect(staffWithAccess()).toEqual([world.ids.standardEmployee]);
    const actions = world.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.collaborationId, collaborationId))
      .all();
    expect(actions.map((event) => event.action)).toContain('collaboration.updated');
  });

  it('may not change the variant, period or invoice recipient', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.standardEmployee).collaborations.update({
        collaborationId,
        version: 1,
        options: { variant: 'pro' },
      }),
    );
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', appCode: 'OPTION_REQUIRES_FULL_RIGHTS' });
    expect(rowCounts(world.db)).toEqual(before);
  });
});

describe('given a full-rights employee', () => {
  it('changes options the service has, to values it offers', async () => {
    const updated = await world.callerFor(world.ids.fullEmployee).collaborations.update({
      collaborationId,
      version: 1,
      options: { variant: 'pro', invoiceRecipient: 'agency' },
    });
    expect(updated).toMatchObject({
      options: { variant: 'pro', invoiceRecipient: 'agency' },
      invoiceRecipient: 'agency',
    });
  });

  it('is refused an option the service lacks, at the field', async () => {
    const refusal = await rejectionOf(
      world
        .callerFor(world.ids.fullEmployee)
        .collaborations.update({ collaborationId, version: 1, options: { period: '3' } }),
    );
    expect(refusal).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'VALIDATION_FAILED',
      params: { keys: 'period' },
    });
  });

  it('is refused a task of another customer', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.update({
        collaborationId,
        version: 1,
        taskId: world.ids.existingCustomerTask,
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'TASK_NOT_FOR_CUSTOMER' });
  });
});

describe('given two edits from the same version', () => {
  it('applies the first and refuses the second with the current values', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    await caller.collaborations.update({
      collaborationId,
      version: 1,
      options: { variant: 'pro' },
    });
    const stale = caller.collaborations.update({
      collaborationId,
      version: 1,
      options: { variant: 'start' },
    });
    const refusal = await rejectionOf(stale);
    expect(refusal).toMatchObject({ code: 'CONFLICT', appCode: 'VERSION_CONFLICT' });
    const error = await stale.catch((caught: unknown) => caught);
    expect((error as { cause: { details: unknown } }).cause.details).toMatchObject({
      current: { version: 2, options: { variant: 'pro' } },
    });
    const view = await caller.collaborations.get({ collaborationId });
    expect(view.collaboration.options.variant).toBe('pro');
  });
});

describe('given another agency', () => {
  it('cannot read or change the collaboration', async () => {
    const caller = world.callerFor(world.ids.otherAgencyEmployee);
    expect(await rejectionOf(caller.collaborations.get({ collaborationId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await rejectionOf(
        caller.collaborations.update({ collaborationId, version: 1, options: { variant: 'pro' } }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', appCode: 'COLLABORATION_NOT_FOUND' });
  });
});
