import { formatErrorMessage } from '@collab/contracts';
import {
  accessGrants,
  auditEvents,
  collaborations,
  invitations,
  outboxMessages,
  taskParticipants,
} from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../index.js';
import { rejectionOf } from '../test-support/errors.js';
import { storedEvents } from '../test-support/events.js';
import { provisionTestWorld } from '../test-support/provisioning-steps.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';

/*
 * Flow 2, per-service answers (docs/flows.md): the company accepts some services of an
 * invitation and declines the others, in one answer, and the catalog's dependencies hold.
 */

let world: TestWorld;
let token: string;
let invitationId: string;

beforeEach(async () => {
  world = createTestWorld();
  const result = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: [
      { service: 'eekonomi', options: { invoiceRecipient: 'agency' } },
      { service: 'scanner' },
      { service: 'utlagg' },
    ],
  });
  invitationId = result.invitation?.id ?? '';
  token = world.invitationTokens()[0] ?? '';
});

function statusByService(): Record<string, string> {
  return Object.fromEntries(
    world.db
      .select()
      .from(collaborations)
      .all()
      .map((row) => [row.service ?? '', row.status]),
  );
}

function emailsOf(topic: string) {
  return world.db.select().from(outboxMessages).where(eq(outboxMessages.topic, topic)).all();
}

async function opened(answer: Promise<RouterOutputs['invitations']['byToken']>) {
  const view = await answer;
  if (!('viewer' in view)) throw new Error(`The link opened no invitation: ${view.state}`);
  return view;
}

describe('given the invitation link, before any answer', () => {
  it('names the agency staff who get access, with their roles, and no e-mail addresses', async () => {
    // The task owner (and the customer's account manager), Sven, joins the task too.
    world.db
      .insert(taskParticipants)
      .values({ taskId: world.ids.existingCustomerTask, employeeId: world.ids.standardEmployee })
      .run();
    const view = await opened(world.callerFor(world.ids.adminKim).invitations.byToken({ token }));
    expect(view.agencyAccess).toEqual([
      { name: 'Petra Deltagare', roles: [] },
      { name: 'Sven Standard', roles: ['task_owner', 'account_manager'] },
    ]);
    expect(JSON.stringify(view)).not.toContain('@byra.se');
  });

  it('says which services need another one the company does not have active yet', async () => {
    const view = await opened(world.callerFor(world.ids.adminKim).invitations.byToken({ token }));
    expect(view.services.map(({ service, needs }) => [service, needs])).toEqual([
      ['eekonomi', []],
      ['scanner', ['eekonomi']],
      ['utlagg', []],
    ]);
  });
});

describe('given an admin answering per service', () => {
  it('accepts eEkonomi and Utlägg and declines Scanner, in one answer', async () => {
    const result = await world
      .callerFor(world.ids.adminKim)
      .invitations.accept({ token, declinedServices: ['scanner'] });

    expect(result.collaborations.map(({ service, status }) => [service, status])).toEqual([
      ['eekonomi', 'active'],
      ['utlagg', 'active'],
      ['scanner', 'declined'],
    ]);
    expect(statusByService()).toEqual({
      eekonomi: 'active',
      scanner: 'declined',
      utlagg: 'active',
    });
    expect(world.db.select().from(invitations).get()?.status).toBe('accepted');
    expect(result.agencyAccess).toEqual([{ name: 'Petra Deltagare' }]);

    const scannerId = result.collaborations.find(({ service }) => service === 'scanner')?.id ?? '';
    expect(
      world.db.select().from(accessGrants).where(eq(accessGrants.collaborationId, scannerId)).all(),
    ).toEqual([]);
    const audit = world.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.collaborationId, scannerId))
      .all()
      .map((event) => event.action);
    expect(audit).toContain('invitation.declined');
    expect(audit).not.toContain('invitation.accepted');
  });

  it('tells the agency which services were accepted and which declined, and the admins which are active', async () => {
    await world
      .callerFor(world.ids.adminKim)
      .invitations.accept({ token, declinedServices: ['scanner'] });
    expect(emailsOf('invitation_accepted').map((email) => email.payload)).toEqual([
      expect.objectContaining({ services: ['eEkonomi', 'Utlägg'], declinedServices: ['Scanner'] }),
    ]);
    expect(
      emailsOf('company_has_access').map(
        (email) => (email.payload as { services: string[] }).services,
      ),
    ).toEqual([
      ['eEkonomi', 'Utlägg'],
      ['eEkonomi', 'Utlägg'],
    ]);
    expect(emailsOf('invitation_declined')).toEqual([]);
  });

  it('records invitation.accepted with the declined collaboration among its collaborations', async () => {
    // Events are written for an agency an integration provisions (docs/events.md).
    world = createTestWorld();
    provisionTestWorld(world);
    const invited = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }, { service: 'scanner' }],
    });
    const before = storedEvents(world.db).length;
    await world.callerFor(world.ids.adminKim).invitations.accept({
      invitationId: invited.invitation?.id ?? '',
      declinedServices: ['scanner'],
    });
    const fresh = storedEvents(world.db).slice(before);
    expect(fresh.map((event) => event.type)).toEqual([
      'collaboration.activated',
      'access.granted',
      'access.granted',
      'access.granted',
      'invitation.accepted',
    ]);
    expect(fresh.at(-1)).toMatchObject({
      data: {
        invitation: { status: 'accepted', services: ['eekonomi', 'scanner'] },
        collaborations: [
          { service: 'eekonomi', status: 'active' },
          { service: 'scanner', status: 'declined' },
        ],
      },
    });
  });

  it('refuses Scanner without eEkonomi with a typed error in both languages, and changes nothing', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world
        .callerFor(world.ids.adminKim)
        .invitations.accept({ token, declinedServices: ['eekonomi'] }),
    );
    expect(refusal).toEqual({
      code: 'BAD_REQUEST',
      appCode: 'INVITATION_SERVICE_REQUIRED',
      params: { service: 'Scanner', required: 'eEkonomi' },
    });
    expect(
      formatErrorMessage(
        'INVITATION_SERVICE_REQUIRED',
        'sv',
        refusal.params as Record<string, string>,
      ),
    ).toBe(
      'Scanner fungerar bara tillsammans med eEkonomi. Acceptera eEkonomi också, eller avböj Scanner.',
    );
    expect(
      formatErrorMessage(
        'INVITATION_SERVICE_REQUIRED',
        'en',
        refusal.params as Record<string, string>,
      ),
    ).toBe(
      'Scanner only works together with eEkonomi. Accept eEkonomi as well, or decline Scanner.',
    );
    expect(rowCounts(world.db)).toEqual(before);
    expect(statusByService()).toEqual({
      eekonomi: 'pending',
      scanner: 'pending',
      utlagg: 'pending',
    });
  });

  it('lets a service whose need is already active for the company be accepted on its own', async () => {
    await world
      .callerFor(world.ids.adminKim)
      .invitations.accept({ token, declinedServices: ['scanner', 'utlagg'] });
    await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'scanner' }, { service: 'ekonomioversikt' }],
    });
    const second = world.invitationTokens().at(-1) ?? '';
    const view = await opened(
      world.callerFor(world.ids.adminKim).invitations.byToken({ token: second }),
    );
    expect(view.services.map(({ needs }) => needs)).toEqual([[], []]);
    const result = await world
      .callerFor(world.ids.adminKim)
      .invitations.accept({ token: second, declinedServices: ['ekonomioversikt'] });
    expect(result.collaborations.map(({ service, status }) => [service, status])).toEqual([
      ['scanner', 'active'],
      ['ekonomioversikt', 'declined'],
    ]);
  });

  it('declines the invitation when every service is declined', async () => {
    const result = await world
      .callerFor(world.ids.adminKim)
      .invitations.accept({ token, declinedServices: ['eekonomi', 'scanner', 'utlagg'] });
    expect(result.collaborations.every(({ status }) => status === 'declined')).toBe(true);
    expect(result.agencyAccess).toEqual([]);
    expect(world.db.select().from(invitations).get()?.status).toBe('declined');
    expect(emailsOf('invitation_declined')).toHaveLength(1);
    expect(emailsOf('invitation_accepted')).toEqual([]);
    expect(world.db.select().from(accessGrants).all()).toEqual([]);
  });

  it('refuses to decline a service the invitation does not ask for', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world
        .callerFor(world.ids.adminKim)
        .invitations.accept({ token, declinedServices: ['ekonomioversikt'] }),
    );
    expect(refusal).toEqual({
      code: 'BAD_REQUEST',
      appCode: 'INVITATION_SERVICE_NOT_INVITED',
      params: { service: 'Ekonomiöversikt' },
    });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('lets exactly one of two admins answering at the same moment win, whatever each chose', async () => {
    const outcomes = await Promise.allSettled([
      world
        .callerFor(world.ids.adminKim)
        .invitations.accept({ token, declinedServices: ['scanner'] }),
      world.callerFor(world.ids.adminLo).invitations.accept({ token }),
      world.callerFor(world.ids.adminLo).invitations.decline({ token }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    expect(statusByService()).toEqual({
      eekonomi: 'active',
      scanner: 'declined',
      utlagg: 'active',
    });
    expect(emailsOf('invitation_accepted')).toHaveLength(1);
    expect(emailsOf('invitation_declined')).toEqual([]);
  });
});

describe('given an admin answering in the company’s own view', () => {
  it('sees each service’s needs there, and answers per service by the invitation’s id', async () => {
    const caller = world.callerFor(world.ids.adminLo);
    const [pending] = (await caller.account.collaborations()).pendingInvitations;
    expect(
      Object.fromEntries(pending?.services.map(({ service, needs }) => [service, needs]) ?? []),
    ).toEqual({ eekonomi: [], scanner: ['eekonomi'], utlagg: [] });
    const result = await caller.invitations.accept({
      invitationId,
      declinedServices: ['utlagg'],
    });
    expect(statusByService()).toEqual({
      eekonomi: 'active',
      scanner: 'active',
      utlagg: 'declined',
    });
    expect(result.collaborations.map(({ status }) => status).sort()).toEqual([
      'active',
      'active',
      'declined',
    ]);
  });
});

describe('given a user who may not answer per service', () => {
  it('refuses an admin of another company, by link and by id, and changes nothing', async () => {
    const before = rowCounts(world.db);
    const other = world.callerFor(world.ids.otherCompanyAdmin);
    expect(
      await rejectionOf(other.invitations.accept({ token, declinedServices: ['scanner'] })),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'INVITATION_WRONG_COMPANY' });
    expect(
      await rejectionOf(other.invitations.accept({ invitationId, declinedServices: ['scanner'] })),
    ).toMatchObject({ code: 'NOT_FOUND', appCode: 'INVITATION_NOT_FOUND' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses a user of the company who is not an admin, and an agency employee', async () => {
    const before = rowCounts(world.db);
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.plainUser)
          .invitations.accept({ token, declinedServices: ['scanner'] }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'ACCOUNT_ADMIN_REQUIRED' });
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.fullEmployee)
          .invitations.accept({ token, declinedServices: ['scanner'] }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'ACCOUNT_USER_REQUIRED' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses an unknown service name as a validation error', async () => {
    const refusal = await rejectionOf(
      world
        .callerFor(world.ids.adminKim)
        // @ts-expect-error: not a service of the catalog, as an old or hostile client may send
        .invitations.accept({ token, declinedServices: ['fortnox'] }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'VALIDATION_FAILED' });
  });
});
