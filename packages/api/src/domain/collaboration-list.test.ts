import { collaborationStatuses } from '@collab/contracts';
import { collaborations } from '@collab/db';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
const created: Record<string, string> = {};

/**
 * Agency A ends up with one collaboration in each status plus an unlinked one:
 * expired (Ägarbolaget, Skatt & Bokslut Pro), active (Nykund, eEkonomi), pending (Ägarbolaget,
 * Utlägg), declined (Annat Företag, eEkonomi), cancelled (Annat Företag, Utlägg), unlinked.
 * Agency B has one active collaboration that A must never see.
 */
beforeEach(async () => {
  world = createTestWorld();
  const { ids } = world;
  const agency = world.callerFor(ids.fullEmployee);
  const expiring = await agency.collaborations.activate({
    customerId: ids.existingCustomer,
    taskId: ids.existingCustomerTask,
    services: [{ service: 'skatt_bokslut_pro' }],
  });
  created.expired = expiring.services[0]?.collaborationId ?? '';
  world.clock.advanceDays(31);
  const active = await agency.collaborations.activate({
    customerId: ids.newCustomer,
    taskId: ids.newCustomerTask,
    services: [{ service: 'eekonomi' }],
  });
  created.active = active.services[0]?.collaborationId ?? '';
  world.clock.advanceDays(1);
  const pending = await agency.collaborations.activate({
    customerId: ids.existingCustomer,
    taskId: ids.existingCustomerTask,
    services: [{ service: 'utlagg' }],
  });
  created.pending = pending.services[0]?.collaborationId ?? '';
  world.clock.advanceDays(1);
  const declined = await agency.collaborations.activate({
    customerId: ids.otherCompany,
    taskId: ids.otherCompanyTask,
    services: [{ service: 'eekonomi' }],
  });
  created.declined = declined.services[0]?.collaborationId ?? '';
  await world
    .callerFor(ids.otherCompanyAdmin)
    .invitations.decline({ token: world.invitationTokens().at(-1) ?? '' });
  world.clock.advanceDays(1);
  const cancelled = await agency.collaborations.activate({
    customerId: ids.otherCompany,
    taskId: ids.otherCompanyTask,
    services: [{ service: 'utlagg' }],
  });
  created.cancelled = cancelled.services[0]?.collaborationId ?? '';
  await agency.invitations.cancel({ invitationId: cancelled.invitation?.id ?? '' });
  world.clock.advanceDays(1);
  created.unlinked = crypto.randomUUID();
  world.db
    .insert(collaborations)
    .values({
      id: created.unlinked,
      agencyId: ids.agencyA,
      customerId: ids.otherCompany,
      accountId: ids.otherAccount,
      service: null,
      taskId: null,
      legacyServiceName: 'Byråstöd Bokföring',
      options: {},
      status: 'active',
      activatedAt: world.clock.now(),
      createdAt: world.clock.now(),
      updatedAt: world.clock.now(),
    })
    .run();
  await world.callerFor(ids.otherAgencyEmployee).collaborations.activate({
    customerId: ids.otherAgencyCustomer,
    taskId: ids.otherAgencyTask,
    services: [{ service: 'eekonomi' }],
  });
});

describe('given the agency overview with no filters', () => {
  it('lists the agency’s own collaborations newest first, with a count per status', async () => {
    const page = await world.callerFor(world.ids.standardEmployee).collaborations.list({});
    expect(page.items.map((item) => item.id)).toEqual([
      created.unlinked,
      created.cancelled,
      created.declined,
      created.pending,
      created.active,
      created.expired,
    ]);
    expect(page.countsByStatus).toEqual({
      pending: 1,
      active: 2,
      declined: 1,
      expired: 1,
      cancelled: 1,
      ended: 0,
    });
    expect(page.nextCursor).toBeNull();
  });

  it('shows the expired invitation as expired, with its sender and dates', async () => {
    const page = await world.callerFor(world.ids.fullEmployee).collaborations.list({});
    const expired = page.items.find((item) => item.id === created.expired);
    expect(expired).toMatchObject({
      status: 'expired',
      service: 'skatt_bokslut_pro',
      linked: true,
      customer: { name: 'Ägarbolaget AB', orgNumber: '556036-0793' },
      task: { name: 'Bokslut', owner: { id: world.ids.standardEmployee, name: 'Sven Standard' } },
      invitation: {
        sentBy: { name: 'Frida Full' },
        expiresAt: '2026-12-27T09:00:00.000Z',
        sendCount: 1,
      },
    });
  });
});

describe('given filters', () => {
  it('filters by status, counting expiry from the clock', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    expect(
      (await caller.collaborations.list({ status: ['expired'] })).items.map((item) => item.id),
    ).toEqual([created.expired]);
    expect(
      (await caller.collaborations.list({ status: ['pending'] })).items.map((item) => item.id),
    ).toEqual([created.pending]);
    expect(
      (await caller.collaborations.list({ status: ['declined', 'cancelled'] })).items.map(
        (item) => item.id,
      ),
    ).toEqual([created.cancelled, created.declined]);
  });

  it('keeps the counts over every filter but status, so tabs can show them', async () => {
    const page = await world
      .callerFor(world.ids.fullEmployee)
      .collaborations.list({ status: ['active'], service: ['eekonomi'] });
    expect(page.items.map((item) => item.id)).toEqual([created.active]);
    expect(page.countsByStatus).toMatchObject({ active: 1, declined: 1, pending: 0 });
  });

  it('filters by service, task, task owner, account manager and customer', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
    expect(ids(await caller.collaborations.list({ service: ['utlagg'] }))).toEqual([
      created.cancelled,
      created.pending,
    ]);
    expect(ids(await caller.collaborations.list({ taskId: world.ids.newCustomerTask }))).toEqual([
      created.active,
    ]);
    expect(
      ids(await caller.collaborations.list({ taskOwnerId: world.ids.standardEmployee })),
    ).toEqual([created.pending, created.expired]);
    expect(
      ids(await caller.collaborations.list({ accountManagerId: world.ids.standardEmployee })),
    ).toEqual([created.pending, created.expired]);
    expect(ids(await caller.collaborations.list({ customerId: world.ids.newCustomer }))).toEqual([
      created.active,
    ]);
  });

  it('filters by task name across the agency’s customers, never another agency’s tasks', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
    expect(ids(await caller.collaborations.list({ taskName: 'Bokslut' }))).toEqual([
      created.pending,
      created.expired,
    ]);
    // Agency B's only collaboration hangs on its own "Bokföring" task.
    const bookkeeping = await caller.collaborations.list({ taskName: 'Bokföring' });
    expect(ids(bookkeeping)).toEqual([created.active]);
    expect(bookkeeping.countsByStatus).toMatchObject({ active: 1, pending: 0 });
    expect(
      (
        await world
          .callerFor(world.ids.otherAgencyEmployee)
          .collaborations.list({ taskName: 'Bokslut' })
      ).items,
    ).toEqual([]);
  });

  it('separates linked from unlinked', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const unlinked = await caller.collaborations.list({ linked: false });
    expect(unlinked.items).toMatchObject([
      { id: created.unlinked, linked: false, legacyServiceName: 'Byråstöd Bokföring', task: null },
    ]);
    expect((await caller.collaborations.list({ linked: true })).items).toHaveLength(5);
  });

  it('searches by customer name, ignoring case also for å, ä and ö', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const page = await caller.collaborations.list({ search: 'ÄGARBOL' });
    expect(page.items.map((item) => item.id)).toEqual([created.pending, created.expired]);
    expect((await caller.collaborations.list({ search: '100%' })).items).toEqual([]);
  });

  it('searches by the start of an organisation number, with or without the dash', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    expect(
      (await caller.collaborations.list({ search: '556036-07' })).items.map((item) => item.id),
    ).toEqual([created.pending, created.expired]);
    expect((await caller.collaborations.list({ search: '2021' })).items).toHaveLength(3);
  });
});

describe('given cursor pagination', () => {
  it('returns every collaboration exactly once across pages of two', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const page = await caller.collaborations.list({ limit: 2, cursor });
      seen.push(...page.items.map((item) => item.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([
      created.unlinked,
      created.cancelled,
      created.declined,
      created.pending,
      created.active,
      created.expired,
    ]);
  });

  it('gives each customer on a page its total over every page, under the same filters', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    // Newest first: the other company's unlinked and cancelled ones, of its three.
    const first = await caller.collaborations.list({ limit: 2 });
    expect(first.totalsByCustomer).toEqual({ [world.ids.otherCompany]: 3 });
    // Pending and expired are both the existing customer's; the status filter counts too.
    const open = await caller.collaborations.list({ limit: 1, status: ['pending', 'expired'] });
    expect(open.items.map((item) => item.id)).toEqual([created.pending]);
    expect(open.totalsByCustomer).toEqual({ [world.ids.existingCustomer]: 2 });
    const pendingOnly = await caller.collaborations.list({ limit: 1, status: ['pending'] });
    expect(pendingOnly.totalsByCustomer).toEqual({ [world.ids.existingCustomer]: 1 });
  });

  it('refuses a cursor it did not make', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.list({ cursor: 'not-a-cursor' }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_CURSOR' });
  });
});

describe('given another agency', () => {
  it('sees only its own collaborations', async () => {
    const page = await world.callerFor(world.ids.otherAgencyEmployee).collaborations.list({});
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.customer.name).toBe('Betas Kund AB');
    const searched = await world
      .callerFor(world.ids.otherAgencyEmployee)
      .collaborations.list({ search: 'Ägarbolaget' });
    expect(searched.items).toEqual([]);
  });

  it('sees none of agency A’s collaborations through A’s task owners, account managers or customers', async () => {
    const caller = world.callerFor(world.ids.otherAgencyEmployee);
    expect(
      (await caller.collaborations.list({ taskOwnerId: world.ids.standardEmployee })).items,
    ).toEqual([]);
    expect(
      (await caller.collaborations.list({ accountManagerId: world.ids.fullEmployee })).items,
    ).toEqual([]);
    expect((await caller.collaborations.list({ search: '556036' })).items).toEqual([]);
    const page = await caller.collaborations.list({
      customerId: world.ids.existingCustomer,
      search: 'Ägar',
    });
    expect(page.items).toEqual([]);
    expect(page.countsByStatus).toEqual(
      Object.fromEntries(collaborationStatuses.map((status) => [status, 0])),
    );
  });

  it('refuses customers to list collaborations of the agency', async () => {
    expect(
      await rejectionOf(world.callerFor(world.ids.adminKim).collaborations.list({})),
    ).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'EMPLOYEE_REQUIRED',
    });
  });
});
