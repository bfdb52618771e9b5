import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
beforeEach(() => {
  world = createTestWorld();
});

describe('given the agency’s customer register', () => {
  it('lists its own customers by name, with tasks, participants and whether they have an account', async () => {
    const page = await world.callerFor(world.ids.standardEmployee).customers.list({});
    expect(page.items.map((customer) => customer.name)).toEqual([
      'Annat Företag AB',
      'Kontaktlös AB',
      'Nykund AB',
      'Ägarbolaget AB',
    ]);
    const nykund = page.items.find((customer) => customer.name === 'Nykund AB');
    expect(nykund).toMatchObject({
      orgNumber: '556677-8899',
      hasAccount: false,
      contact: { name: 'Kontakt Nykund AB', email: 'kontakt@nykund.se' },
      accountManager: { id: world.ids.fullEmployee, name: 'Frida Full' },
      tasks: [
        {
          name: 'Bokföring',
          owner: { name: 'Frida Full' },
          participants: [
            { id: world.ids.participantTwo, name: 'Pelle Deltagare' },
            { id: world.ids.participantOne, name: 'Petra Deltagare' },
          ],
        },
      ],
    });
    expect(page.items.find((customer) => customer.name === 'Ägarbolaget AB')?.hasAccount).toBe(
      true,
    );
  });

  it('shows a customer whose company has only the empty account an import left as having none', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    await caller.collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n556677-8899;Nykund AB;Bokföring;2024-01-01\n',
    });
    // As the activation treats it: nobody there could answer an invitation.
    expect(await caller.customers.get({ customerId: world.ids.newCustomer })).toMatchObject({
      hasAccount: false,
      account: null,
    });
    const page = await caller.customers.list({ search: 'nykund' });
    expect(page.items[0]?.hasAccount).toBe(false);
  });

  it('pages with a cursor and searches by name or organisation number', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const first = await caller.customers.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await caller.customers.list({ limit: 3, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((customer) => customer.name)).toEqual(['Ägarbolaget AB']);
    expect(second.nextCursor).toBeNull();
    expect(
      (await caller.customers.list({ search: 'nykund' })).items.map((customer) => customer.name),
    ).toEqual(['Nykund AB']);
    expect(
      (await caller.customers.list({ search: '5560360793' })).items.map(
        (customer) => customer.name,
      ),
    ).toEqual(['Ägarbolaget AB']);
  });

  it('shows one customer with its account’s admin count and the services already taken', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const activation = await caller.collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    const customer = await caller.customers.get({ customerId: world.ids.existingCustomer });
    expect(customer.account).toEqual({ adminCount: 2 });
    expect(customer.openCollaborations).toEqual([
      {
        collaborationId: activation.services[0]?.collaborationId,
        service: 'eekonomi',
        status: 'pending',
      },
    ]);
    const withoutAccount = await caller.customers.get({ customerId: world.ids.newCustomer });
    expect(withoutAccount.account).toBeNull();
  });
});

describe('given another agency', () => {
  it('neither lists nor reads agency A’s customers', async () => {
    const caller = world.callerFor(world.ids.otherAgencyEmployee);
    expect((await caller.customers.list({})).items.map((customer) => customer.name)).toEqual([
      'Betas Kund AB',
    ]);
    expect(
      await rejectionOf(caller.customers.get({ customerId: world.ids.newCustomer })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      appCode: 'CUSTOMER_NOT_FOUND',
    });
  });
});
