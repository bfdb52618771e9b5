import {
  accessGrants,
  accountUsers,
  auditEvents,
  collaborations,
  customerAccounts,
  invitations,
  outboxMessages,
} from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';

let world: TestWorld;
beforeEach(() => {
  world = createTestWorld();
});

describe('given a customer with no account', () => {
  it('creates the account, activates at once, grants access and queues the sign-in e-mail', async () => {
    const { ids, db } = world;
    const result = await world.callerFor(ids.fullEmployee).collaborations.activate({
      customerId: ids.newCustomer,
      taskId: ids.newCustomerTask,
      services: [{ service: 'eekonomi', options: { variant: 'pro' } }, { service: 'scanner' }],
    });

    expect(result.flow).toBe('activated');
    expect(result.accountCreated).toBe(true);
    expect(result.invitation).toBeNull();
    expect(result.services.map((service) => [service.service, service.status])).toEqual([
      ['eekonomi', 'active'],
      ['scanner', 'active'],
    ]);
    expect(result.emailsQueued).toEqual([
      { name: 'Kontakt Nykund AB', maskedEmail: 'k***@nykund.se' },
    ]);

    const account = db
      .select()
      .from(customerAccounts)
      .where(eq(customerAccounts.orgNumber, '5566778899'))
      .get();
    expect(account?.name).toBe('Nykund AB');
    const users = db
      .select()
      .from(accountUsers)
      .where(eq(accountUsers.accountId, account?.id ?? ''))
      .all();
    expect(users).toMatchObject([{ email: 'kontakt@nykund.se', isAdmin: true }]);

    const eEkonomi = result.services[0];
    const grants = db
      .select()
      .from(accessGrants)
      .where(eq(accessGrants.collaborationId, eEkonomi?.collaborationId ?? ''))
      .all();
    expect(grants.map((grant) => [grant.subjectId, grant.reason]).sort()).toEqual(
      [
        [ids.participantOne, 'task_participant'],
        [ids.participantTwo, 'task_participant'],
        [users[0]?.id, 'contact_person'],
      ].sort(),
    );

    const emails = db.select().from(outboxMessages).where(eq(outboxMessages.kind, 'email')).all();
    expect(emails).toMatchObject([
      { topic: 'signin_instructions', recipient: 'kontakt@nykund.se', status: 'pending' },
    ]);
    const audit = db.select().from(auditEvents).all();
    expect(audit.map((event) => event.action)).toEqual([
      'collaboration.activated',
      'collaboration.activated',
    ]);
    // Integrator events are `event` rows now (events/), never outbox messages.
    expect(
      db.select().from(outboxMessages).where(eq(outboxMessages.kind, 'event')).all(),
    ).toHaveLength(0);
  });

  it('refuses when the customer has no contact e-mail, and writes nothing', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.activate({
        customerId: world.ids.noContactCustomer,
        taskId: world.ids.noContactTask,
        services: [{ service: 'utlagg' }],
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'CONTACT_EMAIL_MISSING' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('stores the Skatt & Bokslut Pro licence from the company type', async () => {
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
      customerId: world.ids.newCustomer,
      taskId: world.ids.newCustomerTask,
      services: [{ service: 'skatt_bokslut_pro' }],
    });
    const stored = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, result.services[0]?.collaborationId ?? ''))
      .get();
    expect(stored?.options).toEqual({ licence: 'aktiebolag' });
  });
});

describe('given a customer whose company has only the empty account an import left', () => {
  it('opens that account with the contact person as first admin and activates at once', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    await caller.collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n556677-8899;Nykund AB;Bokföring;2024-01-01\n',
    });
    const emptyAccount = world.db
      .select()
      .from(customerAccounts)
      .where(eq(customerAccounts.orgNumber, '5566778899'))
      .get();
    const result = await caller.collaborations.activate({
      customerId: world.ids.newCustomer,
      taskId: world.ids.newCustomerTask,
      services: [{ service: 'utlagg' }],
    });
    expect(result).toMatchObject({ flow: 'activated', invitation: null });
    expect(result.services[0]?.status).toBe('active');
    const users = world.db
      .select()
      .from(accountUsers)
      .where(eq(accountUsers.accountId, emptyAccount?.id ?? ''))
      .all();
    expect(users).toMatchObject([{ email: 'kontakt@nykund.se', isAdmin: true }]);
    expect(
      world.db
        .select()
        .from(customerAccounts)
        .where(eq(customerAccounts.orgNumber, '5566778899'))
        .all(),
    ).toHaveLength(1);
  });
});

describe('given a customer that already has an account', () => {
  it('creates a pending invitation and queues an e-mail to every admin, not to other users', async () => {
    const { ids, db } = world;
    const result = await world.callerFor(ids.fullEmployee).collaborations.activate({
      customerId: ids.existingCustomer,
      taskId: ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }, { service: 'ekonomioversikt', options: { period: '3' } }],
    });
    expect(result.flow).toBe('invited');
    expect(result.services.every((service) => service.status === 'pending')).toBe(true);
    expect(result.invitation?.expiresAt).toBe('2026-12-27T09:00:00.000Z');
    expect(result.emailsQueued.map((email) => email.maskedEmail).sort()).toEqual([
      'k***@agarbolaget.se',
      'l***@agarbolaget.se',
    ]);

    const emails = db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'invitation'))
      .all();
    expect(emails.map((email) => [email.recipient, email.locale]).sort()).toEqual([
      ['kim@agarbolaget.se', 'sv'],
      ['lo@agarbolaget.se', 'en'],
    ]);
    expect(db.select().from(invitations).all()).toHaveLength(1);
    expect(db.select().from(accessGrants).all()).toEqual([]);
  });
});

describe('given services that depend on eEkonomi', () => {
  it('refuses Scanner alone, naming eEkonomi', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.activate({
        customerId: world.ids.newCustomer,
        taskId: world.ids.newCustomerTask,
        services: [{ service: 'scanner' }],
      }),
    );
    expect(refusal).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'SERVICE_REQUIRES',
      params: { service: 'Scanner', required: 'eEkonomi' },
    });
  });

  it('accepts Scanner later when eEkonomi is already active, as an invitation to the new account', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = { customerId: world.ids.newCustomer, taskId: world.ids.newCustomerTask };
    await caller.collaborations.activate({ ...input, services: [{ service: 'eekonomi' }] });
    const result = await caller.collaborations.activate({
      ...input,
      services: [{ service: 'scanner' }],
    });
    // The first activation created the company's account, so from now on its admin decides.
    expect(result.flow).toBe('invited');
    expect(result.services[0]?.status).toBe('pending');
  });

  it('refuses Scanner while eEkonomi is only pending in another invitation', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = {
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
    };
    await caller.collaborations.activate({ ...input, services: [{ service: 'eekonomi' }] });
    const refusal = await rejectionOf(
      caller.collaborations.activate({ ...input, services: [{ service: 'scanner' }] }),
    );
    expect(refusal.appCode).toBe('SERVICE_REQUIRES');
  });
});

describe('given a service that is already pending or active', () => {
  it('answers CONFLICT naming the existing collaboration', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = {
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
    };
    const first = await caller.collaborations.activate({
      ...input,
      services: [{ service: 'utlagg' }],
    });
    const refusal = await rejectionOf(
      caller.collaborations.activate({ ...input, services: [{ service: 'utlagg' }] }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      appCode: 'COLLABORATION_EXISTS',
      params: {
        service: 'Utlägg',
        status: 'pending',
        collaborationId: first.services[0]?.collaborationId,
      },
    });
  });

  it('writes nothing at all when one of several services conflicts', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = { customerId: world.ids.newCustomer, taskId: world.ids.newCustomerTask };
    await caller.collaborations.activate({ ...input, services: [{ service: 'utlagg' }] });
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      caller.collaborations.activate({
        ...input,
        services: [{ service: 'eekonomi' }, { service: 'utlagg' }],
      }),
    );
    expect(refusal.appCode).toBe('COLLABORATION_EXISTS');
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('lets an expired invitation give way to a new activation, and records the expiry', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = {
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
    };
    const first = await caller.collaborations.activate({
      ...input,
      services: [{ service: 'utlagg' }],
    });
    world.clock.advanceDays(31);
    const second = await caller.collaborations.activate({
      ...input,
      services: [{ service: 'utlagg' }],
    });
    expect(second.services[0]?.status).toBe('pending');
    const old = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, first.services[0]?.collaborationId ?? ''))
      .get();
    expect(old?.status).toBe('expired');
    const actions = world.db
      .select()
      .from(auditEvents)
      .all()
      .map((event) => event.action);
    expect(actions).toContain('collaboration.expired');
  });
});

describe('given an idempotency key', () => {
  it('returns the first result for a repeat and writes nothing new', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = {
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'eekonomi' as const }],
      idempotencyKey: 'activate-2026-11-27-001',
    };
    const first = await caller.collaborations.activate(input);
    const after = rowCounts(world.db);
    const repeat = await caller.collaborations.activate(input);
    expect(repeat).toEqual(first);
    expect(rowCounts(world.db)).toEqual(after);
  });

  it('refuses the same key for a different request', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const base = {
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      idempotencyKey: 'same-key-123',
    };
    await caller.collaborations.activate({ ...base, services: [{ service: 'eekonomi' }] });
    const refusal = await rejectionOf(
      caller.collaborations.activate({ ...base, services: [{ service: 'utlagg' }] }),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', appCode: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('runs again after a first attempt that failed, since nothing was stored', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const base = {
      customerId: world.ids.newCustomer,
      taskId: world.ids.newCustomerTask,
      idempotencyKey: 'retry-after-failure',
    };
    const refusal = await rejectionOf(
      caller.collaborations.activate({ ...base, services: [{ service: 'scanner' }] }),
    );
    expect(refusal.appCode).toBe('SERVICE_REQUIRES');
    const retry = await caller.collaborations.activate({
      ...base,
      idempotencyKey: 'retry-after-failure-2',
      services: [{ service: 'eekonomi' }, { service: 'scanner' }],
    });
    expect(retry.flow).toBe('activated');
  });
});

describe('given an employee without full rights', () => {
  it('refuses to activate and writes nothing', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.standardEmployee).collaborations.activate({
        customerId: world.ids.newCustomer,
        taskId: world.ids.newCustomerTask,
        services: [{ service: 'eekonomi' }],
      }),
    );
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', appCode: 'FULL_RIGHTS_REQUIRED' });
    expect(rowCounts(world.db)).toEqual(before);
  });
});

describe('given callers who are not agency employees', () => {
  it('refuses an anonymous caller', async () => {
    const refusal = await rejectionOf(
      world.callerFor(null).collaborations.activate({
        customerId: world.ids.newCustomer,
        taskId: world.ids.newCustomerTask,
        services: [{ service: 'eekonomi' }],
      }),
    );
    expect(refusal).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'UNAUTHENTICATED' });
  });

  it('refuses a customer admin', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.adminKim).collaborations.activate({
        customerId: world.ids.existingCustomer,
        taskId: world.ids.existingCustomerTask,
        services: [{ service: 'eekonomi' }],
      }),
    );
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', appCode: 'EMPLOYEE_REQUIRED' });
  });
});

describe('given another agency', () => {
  it('cannot activate for agency A’s customer, which it is told does not exist', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.otherAgencyEmployee).collaborations.activate({
        customerId: world.ids.newCustomer,
        taskId: world.ids.newCustomerTask,
        services: [{ service: 'eekonomi' }],
      }),
    );
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', appCode: 'CUSTOMER_NOT_FOUND' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('cannot use agency A’s task for its own customer', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.otherAgencyEmployee).collaborations.activate({
        customerId: world.ids.otherAgencyCustomer,
        taskId: world.ids.newCustomerTask,
        services: [{ service: 'eekonomi' }],
      }),
    );
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', appCode: 'TASK_NOT_FOUND' });
  });
});

describe('given a task of another customer', () => {
  it('refuses with a field error on the task', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.activate({
        customerId: world.ids.newCustomer,
        taskId: world.ids.otherCompanyTask,
        services: [{ service: 'eekonomi' }],
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'TASK_NOT_FOR_CUSTOMER' });
  });
});
