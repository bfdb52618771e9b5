import type { CollabEvent } from '@collab/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import { sequenceGaps, storedEvents } from '../../test-support/events.js';
import { provisionTestWorld } from '../../test-support/provisioning-steps.js';
import { createTestWorld, type TestWorld } from '../../test-support/world.js';
import { expireInvitations } from '../invitation-expiry.js';

/*
 * Each flow of docs/flows.md records exactly its events of the catalogue (docs/events.md), in
 * the order they happened, each fitting its schema (`storedEvents` parses every one) and
 * numbered 1, 2, 3… per collaboration.
 */

let world: TestWorld;
let seen = 0;

beforeEach(() => {
  world = createTestWorld();
  provisionTestWorld(world);
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

async function invite(services: ('eekonomi' | 'scanner')[] = ['eekonomi', 'scanner']) {
  const result = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: services.map((service) => ({ service })),
  });
  return { invitationId: result.invitation?.id ?? '', services: result.services };
}

describe('activation without an account', () => {
  it('records collaboration.activated, then access.granted for each person, numbered from 1', async () => {
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.newCustomer,
      taskId: world.ids.newCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    const events = newEvents();
    expect(lines(events)).toEqual([
      'collaboration.activated 1',
      'access.granted 2',
      'access.granted 3',
      'access.granted 4',
    ]);
    const [activated] = events;
    expect(activated).toMatchObject({
      agencyId: 'ag-a',
      data: {
        collaboration: {
          collabId: result.services[0]?.collaborationId,
          service: 'eekonomi',
          status: 'active',
          customer: { collabId: world.ids.newCustomer, name: 'Nykund AB' },
          task: { collabId: world.ids.newCustomerTask, name: 'Bokföring' },
        },
        actor: { type: 'employee', collabId: world.ids.fullEmployee, name: 'Frida Full' },
      },
    });
    expect(
      events
        .slice(1)
        .map((event) =>
          event.type === 'access.granted' ? `${event.data.subject.name} ${event.data.reason}` : '',
        )
        .sort(),
    ).toEqual([
      'Kontakt Nykund AB contact_person',
      'Pelle Deltagare task_participant',
      'Petra Deltagare task_participant',
    ]);
  });
});

describe('an invitation', () => {
  it('records collaboration.invited per collaboration, each with the whole invitation', async () => {
    await invite();
    const events = newEvents();
    expect(lines(events)).toEqual(['collaboration.invited 1', 'collaboration.invited 1']);
    for (const event of events) {
      expect(event).toMatchObject({
        type: 'collaboration.invited',
        data: {
          invitation: { status: 'pending', services: ['eekonomi', 'scanner'], sendCount: 1 },
          collaboration: { status: 'pending' },
        },
      });
    }
  });

  it('accepted: collaboration.activated and its grants per collaboration, then invitation.accepted', async () => {
    const { invitationId } = await invite();
    newEvents();
    await world.callerFor(world.ids.adminKim).invitations.accept({ invitationId });
    const events = newEvents();
    expect(lines(events)).toEqual([
      'collaboration.activated 2',
      'access.granted 3',
      'access.granted 4',
      'access.granted 5',
      'collaboration.activated 2',
      'access.granted 3',
      'access.granted 4',
      'access.granted 5',
      'invitation.accepted null',
    ]);
    expect(events.at(-1)).toMatchObject({
      data: {
        invitation: { collabId: invitationId, status: 'accepted' },
        collaborations: [{ status: 'active' }, { status: 'active' }],
        actor: { type: 'account_user', name: 'Kim Ägare' },
      },
    });
  });

  it('declined: invitation.declined with the reason', async () => {
    const { invitationId } = await invite();
    newEvents();
    await world
      .callerFor(world.ids.adminLo)
      .invitations.decline({ invitationId, reason: 'Vi byter byrå' });
    const events = newEvents();
    expect(lines(events)).toEqual(['invitation.declined null']);
    expect(events[0]).toMatchObject({
      data: {
        reason: 'Vi byter byrå',
        invitation: { status: 'declined' },
        collaborations: [{ status: 'declined' }, { status: 'declined' }],
      },
    });
  });

  it('cancelled and resent: invitation.cancelled, invitation.resent', async () => {
    const first = await invite(['eekonomi']);
    newEvents();
    await world
      .callerFor(world.ids.fullEmployee)
      .invitations.resend({ invitationId: first.invitationId });
    const resent = newEvents();
    expect(lines(resent)).toEqual(['invitation.resent null']);
    expect(resent[0]).toMatchObject({ data: { invitation: { sendCount: 2 } } });
    await world
      .callerFor(world.ids.fullEmployee)
      .invitations.cancel({ invitationId: first.invitationId });
    const cancelled = newEvents();
    expect(lines(cancelled)).toEqual(['invitation.cancelled null']);
    expect(cancelled[0]).toMatchObject({
      data: { invitation: { status: 'cancelled' }, collaborations: [{ status: 'cancelled' }] },
    });
  });

  it('expired: invitation.expired exactly once per sending, recorded by the expiry job', async () => {
    const { invitationId } = await invite(['eekonomi']);
    newEvents();
    expect(await expireInvitations(world.db, world.clock.now())).toBe(0);
    world.clock.advanceDays(31);
    await expireInvitations(world.db, world.clock.now());
    await expireInvitations(world.db, world.clock.now());
    const expired = newEvents();
    expect(lines(expired)).toEqual(['invitation.expired null']);
    expect(expired[0]).toMatchObject({
      data: {
        invitation: { collabId: invitationId, status: 'expired' },
        collaborations: [{ status: 'expired' }],
        actor: { type: 'system' },
      },
    });
    await world.callerFor(world.ids.fullEmployee).invitations.resend({ invitationId });
    world.clock.advanceDays(31);
    await expireInvitations(world.db, world.clock.now());
    expect(lines(newEvents())).toEqual(['invitation.resent null', 'invitation.expired null']);
  });
});
