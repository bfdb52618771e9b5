import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
beforeEach(() => {
  world = createTestWorld();
});

describe('given a signed-in caller', () => {
  it('tells a full-rights employee what they may do, with their agency', async () => {
    expect(await world.callerFor(world.ids.fullEmployee).session.me()).toEqual({
      kind: 'employee',
      id: world.ids.fullEmployee,
      name: 'Frida Full',
      agency: { id: world.ids.agencyA, name: 'Byrå Alfa AB' },
      rights: 'full',
      can: {
        activate: true,
        resendAndCancel: true,
        changeParticipants: true,
        changeOptions: true,
        end: true,
        link: true,
      },
    });
  });

  it('tells a standard employee that they cannot activate', async () => {
    const session = await world.callerFor(world.ids.standardEmployee).session.me();
    expect(session).toMatchObject({
      kind: 'employee',
      rights: 'standard',
      can: { activate: false },
    });
  });

  it('tells a company user whether they are an admin', async () => {
    expect(await world.callerFor(world.ids.plainUser).session.me()).toMatchObject({
      kind: 'account_user',
      account: { name: 'Ägarbolaget AB' },
      isAdmin: false,
      can: { answerInvitations: false },
    });
    expect((await world.callerFor(world.ids.adminKim).session.me()).kind).toBe('account_user');
  });

  it('refuses an anonymous caller and an unknown user', async () => {
    expect(await rejectionOf(world.callerFor(null).session.me())).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(await rejectionOf(world.callerFor(crypto.randomUUID()).session.me())).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
