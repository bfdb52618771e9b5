import type { CollabEvent } from '@collab/contracts';
import { collaborations } from '@collab/db';
import { beforeEach, describe, expect, it } from 'vitest';
import { sequenceGaps, storedEvents } from '../../test-support/events.js';
import { provisionTestWorld } from '../../test-support/provisioning-steps.js';
import { createTestWorld, type TestWorld } from '../../test-support/world.js';
import type { IntegrationContext } from '../integration/integration-context.js';
import { deactivateEmployee } from '../integration/provision-employees.js';

/*
 * The changes of an active or imported collaboration, and of provisioning (flows.test.ts has
 * activation and invitations). Each records exactly its events of the catalogue
 * (docs/events.md), in the order they happened, each fitting its schema (`storedEvents`
 * parses every one) and numbered 1, 2, 3… per collaboration.
 */

let world: TestWorld;
let integration: IntegrationContext;
let seen = 0;

beforeEach(() => {
  world = createTestWorld();
  integration = provisionTestWorld(world);
  seen = 0;
});

/** The events written since the last call, as "type sequence" lines, checked for gaps. */
function newEvents(): CollabEvent[] {
  const all = storedEvents(world.db);
  expect(sequenceGaps(all)).toEqual([]);
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh;
}
const lines = (events: CollabEvent[]) => events.map((event) => `${event.type} ${event.sequence}`);

describe('an active collaboration', () => {
  async function activate() {
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.newCustomer,
      taskId: world.ids.newCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    newEvents();
    return result.services[0]?.collaborationId ?? '';
  }

  it('updated: collaboration.updated with before and after', async () => {
    const collaborationId = await activate();
    const otherTask = world.ids.newCustomerTask;
    await world.callerFor(world.ids.fullEmployee).collaborations.update({
      collaborationId,
      version: 1,
      options: { variant: 'bokforing' },
    });
    const events = newEvents();
    expect(lines(events)).toEqual(['collaboration.updated 5']);
    expect(events[0]).toMatchObject({
      data: {
        before: { task: { collabId: otherTask, name: 'Bokföring' }, options: { variant: 'smart' } },
        after: {
          task: { collabId: otherTask, name: 'Bokföring' },
          options: { variant: 'bokforing' },
        },
        collaboration: { version: 2, options: { variant: 'bokforing' } },
      },
    });
  });

  it('task participants changed: access.revoked and access.granted only', async () => {
    await activate();
    await world.callerFor(world.ids.fullEmployee).tasks.setParticipants({
      taskId: world.ids.newCustomerTask,
      participantIds: [world.ids.participantOne, world.ids.standardEmployee],
    });
    const events = newEvents();
    expect(lines(events)).toEqual(['access.revoked 5', 'access.granted 6']);
    expect(events.map((event) => 'subject' in event.data && event.data.subject.name)).toEqual([
      'Pelle Deltagare',
      'Sven Standard',
    ]);
  });

  it('ended: collaboration.ended with who ended it and why, then every grant revoked', async () => {
    const collaborationId = await activate();
    await world.callerFor(world.ids.fullEmployee).collaborations.end({
      collaborationId,
      reason: 'Kunden har sagt upp',
      confirmDataDeletion: true,
    });
    const events = newEvents();
    expect(lines(events)).toEqual([
      'collaboration.ended 5',
      'access.revoked 6',
      'access.revoked 7',
      'access.revoked 8',
    ]);
    expect(events[0]).toMatchObject({
      data: {
        endedBy: 'agency',
        reason: 'Kunden har sagt upp',
        collaboration: { status: 'ended' },
      },
    });
  });
});

describe('the integration API', () => {
  it('deactivating an employee revokes their access, told as access.revoked', async () => {
    await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.newCustomer,
      taskId: world.ids.newCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    newEvents();
    // provisionTestWorld gives every row its own id as the host's id.
    await deactivateEmployee(integration, 'ag-a', world.ids.participantTwo);
    const events = newEvents();
    expect(lines(events)).toEqual(['access.revoked 5']);
    expect(events[0]).toMatchObject({
      data: {
        reason: 'task_participant',
        subject: { type: 'employee', id: world.ids.participantTwo, name: 'Pelle Deltagare' },
      },
    });
  });
});

describe('an imported collaboration', () => {
  it('linked: collaboration.linked with the old name, then the access it now gives', async () => {
    const collaborationId = crypto.randomUUID();
    const at = world.clock.now();
    world.db
      .insert(collaborations)
      .values({
        id: collaborationId,
        agencyId: world.ids.agencyA,
        customerId: world.ids.newCustomer,
        accountId: world.ids.otherAccount,
        service: null,
        taskId: null,
        legacyServiceName: 'Byråstöd',
        options: {},
        status: 'active',
        activatedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    await world.callerFor(world.ids.fullEmployee).collaborations.link({
      collaborationId,
      taskId: world.ids.newCustomerTask,
      selection: { service: 'eekonomi' },
    });
    const events = newEvents();
    expect(events[0]).toMatchObject({
      type: 'collaboration.linked',
      sequence: 1,
      data: { legacyServiceName: 'Byråstöd', collaboration: { service: 'eekonomi' } },
    });
    expect(events.every((event) => event.type !== 'collaboration.activated')).toBe(true);
  });
});
