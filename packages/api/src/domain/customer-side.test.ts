import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
let eEkonomiId: string;
let pendingInvitationId: string;
let pendingUtlaggId: string;

/**
 * Ägarbolaget has an active eEkonomi (accepted) and a pending invitation for Utlägg.
 * Annat Företag has an active eEkonomi of its own.
 */
beforeEach(async () => {
  world = createTestWorld();
  const agency = world.callerFor(world.ids.fullEmployee);
  const first = await agency.collaborations.activate({
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: [{ service: 'eekonomi' }],
  });
  eEkonomiId = first.services[0]?.collaborationId ?? '';
  await world
    .callerFor(world.ids.adminKim)
    .invitations.accept({ token: world.invitationTokens()[0] ?? '' });
  const second = await agency.collaborations.activate({
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: [{ service: 'utlagg', options: { plan: 'fastpris' } }],
  });
  pendingInvitationId = second.invitation?.id ?? '';
  pendingUtlaggId = second.services[0]?.collaborationId ?? '';
  await agency.collaborations.activate({
    customerId: world.ids.otherCompany,
    taskId: world.ids.otherCompanyTask,
    services: [{ service: 'eekonomi' }],
  });
  await world
    .callerFor(world.ids.otherCompanyAdmin)
    .invitations.accept({ token: world.invitationTokens().at(-1) ?? '' });
});

describe('given a user of the company', () => {
  it('sees the company’s collaborations and its pending invitations, without any token', async () => {
    const view = await world.callerFor(world.ids.plainUser).account.collaborations();
    expect(
      view.collaborations.map((collaboration) => [collaboration.service, collaboration.status]),
    ).toEqual([['eekonomi', 'active']]);
    expect(view.pendingInvitations).toEqual([
      {
        id: pendingInvitationId,
        agencyName: 'Byrå Alfa AB',
        invitedByName: 'Frida Full',
        sentAt: '2026-11-27T09:00:00.000Z',
        expiresAt: '2026-12-27T09:00:00.000Z',
        services: [
          {
            collaborationId: pendingUtlaggId,
            service: 'utlagg',
            name: 'Utlägg',
            options: { plan: 'fastpris' },
            invoiceRecipient: 'customer',
            needs: [],
            task: {
              id: world.ids.existingCustomerTask,
              name: 'Bokslut',
              participants: [{ id: world.ids.participantOne, name: 'Petra Deltagare' }],
            },
          },
        ],
      },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/token/i);
  });

  it('sees only its own company’s invitations and who would get access to them', async () => {
    const other = await world.callerFor(world.ids.otherCompanyAdmin).account.collaborations();
    expect(other.pendingInvitations).toEqual([]);
    expect(other.collaborations.map((collaboration) => collaboration.customer.name)).toEqual([
      'Annat Företag AB',
    ]);
    expect(JSON.stringify(other)).not.toContain('Petra Deltagare');
  });

  it('no longer lists an invitation once an admin has accepted it by its id', async () => {
    await world
      .callerFor(world.ids.adminLo)
      .invitations.accept({ invitationId: pendingInvitationId });
    const view = await world.callerFor(world.ids.plainUser).account.collaborations();
    expect(view.pendingInvitations).toEqual([]);
    // Both were created at the same instant of the test clock, so their order is not given.
    expect(
      view.collaborations
        .map((collaboration) => `${collaboration.service}: ${collaboration.status}`)
        .sort(),
    ).toEqual(['eekonomi: active', 'utlagg: active']);
  });

  it('learns who the admins are, masked unless the user is an admin', async () => {
    expect(await world.callerFor(world.ids.plainUser).account.admins()).toEqual([
      { id: world.ids.adminKim, name: 'Kim Ägare', email: 'k***@agarbolaget.se' },
      { id: world.ids.adminLo, name: 'Lo Ekonomi', email: 'l***@agarbolaget.se' },
    ]);
    expect(
      (await world.callerFor(world.ids.adminLo).account.admins()).map((admin) => admin.email),
    ).toEqual(['kim@agarbolaget.se', 'lo@agarbolaget.se']);
  });

  it('is refused the customer side when signed in as an employee', async () => {
    expect(
      await rejectionOf(world.callerFor(world.ids.fullEmployee).account.collaborations()),
    ).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'ACCOUNT_USER_REQUIRED',
    });
  });
});

describe('given who has access and why', () => {
  it('shows the company each service with the named staff and its own users, and the reason', async () => {
    const access = await world.callerFor(world.ids.plainUser).access.list({});
    expect(access).toEqual([
      {
        collaborationId: eEkonomiId,
        service: 'eekonomi',
        serviceName: 'eEkonomi',
        agency: { id: world.ids.agencyA, name: 'Byrå Alfa AB' },
        staff: [
          { id: world.ids.participantOne, name: 'Petra Deltagare', reason: 'task_participant' },
        ],
        customerUsers: [
          { id: world.ids.adminKim, name: 'Kim Ägare', reason: 'contact_person' },
          { id: world.ids.adminLo, name: 'Lo Ekonomi', reason: 'account_admin' },
        ],
      },
    ]);
  });

  it('shows an employee one customer’s access, and only the company asked about', async () => {
    const access = await world
      .callerFor(world.ids.standardEmployee)
      .access.list({ customerId: world.ids.existingCustomer });
    expect(access.map((entry) => entry.collaborationId)).toEqual([eEkonomiId]);
    expect(
      await rejectionOf(world.callerFor(world.ids.fullEmployee).access.list({})),
    ).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(
      await rejectionOf(
        world
          .callerFor(world.ids.otherAgencyEmployee)
          .access.list({ customerId: world.ids.existingCustomer }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', appCode: 'CUSTOMER_NOT_FOUND' });
  });
});

describe('given a collaboration’s history', () => {
  it('is read by the agency and by the company’s admins, newest first, page by page', async () => {
    const agencyView = await world
      .callerFor(world.ids.standardEmployee)
      .audit.list({ collaborationId: eEkonomiId, limit: 1 });
    expect(agencyView.items.map((entry) => entry.action)).toEqual(['invitation.accepted']);
    expect(agencyView.items[0]?.actor).toEqual({
      type: 'account_user',
      id: world.ids.adminKim,
      name: 'Kim Ägare',
    });
    const next = await world.callerFor(world.ids.adminLo).audit.list({
      collaborationId: eEkonomiId,
      limit: 1,
      cursor: agencyView.nextCursor ?? undefined,
    });
    expect(next.items.map((entry) => [entry.action, entry.actor])).toEqual([
      [
        'collaboration.invited',
        { type: 'employee', id: world.ids.fullEmployee, name: 'Frida Full' },
      ],
    ]);
    expect(next.nextCursor).toBeNull();
  });

  it('is refused to a user who is not an admin, and hidden from other companies and agencies', async () => {
    expect(
      await rejectionOf(
        world.callerFor(world.ids.plainUser).audit.list({ collaborationId: eEkonomiId }),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'ACCOUNT_ADMIN_REQUIRED',
    });
    expect(
      await rejectionOf(
        world.callerFor(world.ids.otherCompanyAdmin).audit.list({ collaborationId: eEkonomiId }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await rejectionOf(
        world.callerFor(world.ids.otherAgencyEmployee).audit.list({ collaborationId: eEkonomiId }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('comes with the collaboration and its current access in collaborations.get', async () => {
    const details = await world
      .callerFor(world.ids.adminKim)
      .collaborations.get({ collaborationId: eEkonomiId });
    expect(details.collaboration).toMatchObject({
      id: eEkonomiId,
      status: 'active',
      agency: { name: 'Byrå Alfa AB' },
    });
    expect(details.access?.staff.map((holder) => holder.name)).toEqual(['Petra Deltagare']);
    expect(details.history.items).toHaveLength(2);
  });
});

describe('given an invitation the company declined', () => {
  it('shows the company the reason and when it was declined, and no other company sees it', async () => {
    world.clock.advanceDays(2);
    await world.callerFor(world.ids.adminKim).invitations.decline({
      invitationId: pendingInvitationId,
      reason: 'Vi sköter utläggen själva.',
    });
    const view = await world.callerFor(world.ids.plainUser).account.collaborations();
    expect(
      view.collaborations.find((collaboration) => collaboration.id === pendingUtlaggId),
    ).toMatchObject({
      status: 'declined',
      invitation: {
        declineReason: 'Vi sköter utläggen själva.',
        answeredAt: '2026-11-29T09:00:00.000Z',
      },
    });
    const other = await world.callerFor(world.ids.otherCompanyAdmin).account.collaborations();
    expect(other.collaborations.map((collaboration) => collaboration.id)).not.toContain(
      pendingUtlaggId,
    );
  });

  it('gives an accepted invitation its answer date too', async () => {
    const view = await world.callerFor(world.ids.plainUser).account.collaborations();
    expect(view.collaborations[0]?.invitation?.answeredAt).toBe('2026-11-27T09:00:00.000Z');
  });
});
