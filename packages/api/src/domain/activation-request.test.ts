import {
  activationRequests,
  auditEvents,
  collaborations,
  employees,
  invitations,
  outboxMessages,
} from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';

/*
 * Flow 9 in docs/flows.md: a standard-rights employee prepares an invitation and asks a
 * full-rights colleague to send it.
 */

let world: TestWorld;
beforeEach(() => {
  world = createTestWorld();
});

function prepared(overrides: Record<string, unknown> = {}) {
  return {
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: [
      { service: 'eekonomi' as const, options: { variant: 'pro' } },
      { service: 'scanner' as const },
    ],
    colleagueId: world.ids.fullEmployee,
    note: 'Kunden väntar på det här.',
    ...overrides,
  };
}

function emailsOf(topic: string) {
  return world.db.select().from(outboxMessages).where(eq(outboxMessages.topic, topic)).all();
}

describe('given a standard-rights employee who asks a full-rights colleague', () => {
  it('stores the prepared activation and queues the colleague’s e-mail in the same transaction', async () => {
    const { ids, db } = world;
    const created = await world
      .callerFor(ids.standardEmployee)
      .activationRequests.create(prepared());

    expect(created.colleague).toEqual({ id: ids.fullEmployee, name: 'Frida Full' });
    const row = db
      .select()
      .from(activationRequests)
      .where(eq(activationRequests.id, created.activationRequestId))
      .get();
    expect(row).toMatchObject({
      agencyId: ids.agencyA,
      requestedById: ids.standardEmployee,
      colleagueId: ids.fullEmployee,
      customerId: ids.existingCustomer,
      status: 'open',
      note: 'Kunden väntar på det här.',
      input: {
        customerId: ids.existingCustomer,
        taskId: ids.existingCustomerTask,
        services: [
          { service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'customer' } },
          { service: 'scanner', options: {} },
        ],
      },
    });
    expect(emailsOf('activation_request')).toMatchObject([
      {
        recipient: 'frida.full@byra.se',
        locale: 'sv',
        relatedId: created.activationRequestId,
        agencyId: ids.agencyA,
        status: 'pending',
        payload: {
          recipientName: 'Frida Full',
          requestedByName: 'Sven Standard',
          customerName: 'Ägarbolaget AB',
          taskName: 'Bokslut',
          note: 'Kunden väntar på det här.',
        },
      },
    ]);
    // Nothing reaches the customer before the colleague sends it.
    expect(db.select().from(collaborations).all()).toHaveLength(0);
    expect(db.select().from(invitations).all()).toHaveLength(0);
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .map((event) => event.action),
    ).toEqual(['activation_request.created']);
  });

  it('writes neither the request nor the e-mail when the e-mail cannot be queued', async () => {
    const { ids, db } = world;
    // A blank name cannot be in an e-mail: the outbox refuses it, and the request goes with it.
    db.update(employees).set({ name: ' ' }).where(eq(employees.id, ids.fullEmployee)).run();
    const before = rowCounts(db);
    await expect(
      world.callerFor(ids.standardEmployee).activationRequests.create(prepared()),
    ).rejects.toThrow();
    expect(rowCounts(db)).toEqual(before);
  });

  it('gives the same request and one e-mail for a retry with the same key', async () => {
    const caller = world.callerFor(world.ids.standardEmployee);
    const input = prepared({ idempotencyKey: 'ask-colleague-1' });
    const first = await caller.activationRequests.create(input);
    const second = await caller.activationRequests.create(input);
    expect(second).toEqual(first);
    expect(world.db.select().from(activationRequests).all()).toHaveLength(1);
    expect(emailsOf('activation_request')).toHaveLength(1);
  });

  it('writes the e-mail in the colleague’s language', async () => {
    const { ids, db } = world;
    db.update(employees).set({ locale: 'en' }).where(eq(employees.id, ids.fullEmployee)).run();
    await world.callerFor(ids.standardEmployee).activationRequests.create(prepared());
    expect(emailsOf('activation_request')[0]?.locale).toBe('en');
  });

  it('lists only the agency’s active full-rights colleagues, by name', async () => {
    const { ids, db } = world;
    const colleagues = await world.callerFor(ids.standardEmployee).activationRequests.colleagues();
    expect(colleagues).toEqual([{ id: ids.fullEmployee, name: 'Frida Full' }]);
    db.update(employees)
      .set({ deactivatedAt: world.clock.now() })
      .where(eq(employees.id, ids.fullEmployee))
      .run();
    expect(await world.callerFor(ids.standardEmployee).activationRequests.colleagues()).toEqual([]);
  });
});

describe('given a request that cannot be made', () => {
  const refusals: [string, () => Record<string, unknown>, string, string][] = [
    [
      'a colleague of another agency',
      () => ({ colleagueId: world.ids.otherAgencyEmployee }),
      'NOT_FOUND',
      'COLLEAGUE_NOT_FOUND',
    ],
    [
      'a standard-rights colleague',
      () => ({ colleagueId: world.ids.participantOne }),
      'BAD_REQUEST',
      'COLLEAGUE_CANNOT_SEND',
    ],
    [
      'a customer of another agency',
      () => ({ customerId: world.ids.otherAgencyCustomer, taskId: world.ids.otherAgencyTask }),
      'NOT_FOUND',
      'CUSTOMER_NOT_FOUND',
    ],
    [
      'a task of another customer',
      () => ({ taskId: world.ids.newCustomerTask }),
      'BAD_REQUEST',
      'TASK_NOT_FOR_CUSTOMER',
    ],
    [
      'Scanner without eEkonomi',
      () => ({ services: [{ service: 'scanner' }] }),
      'BAD_REQUEST',
      'SERVICE_REQUIRES',
    ],
  ];
  for (const [what, overrides, code, appCode] of refusals) {
    it(`refuses ${what} with ${appCode}, writing nothing`, async () => {
      const before = rowCounts(world.db);
      const refusal = await rejectionOf(
        world
          .callerFor(world.ids.standardEmployee)
          .activationRequests.create(prepared(overrides())),
      );
      expect(refusal).toMatchObject({ code, appCode });
      expect(rowCounts(world.db)).toEqual(before);
    });
  }

  it('refuses a deactivated colleague, naming them', async () => {
    const { ids, db } = world;
    db.update(employees)
      .set({ deactivatedAt: world.clock.now() })
      .where(eq(employees.id, ids.fullEmployee))
      .run();
    const refusal = await rejectionOf(
      world.callerFor(ids.standardEmployee).activationRequests.create(prepared()),
    );
    expect(refusal).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'COLLEAGUE_DEACTIVATED',
      params: { name: 'Frida Full' },
    });
  });

  it('refuses a service that is already pending, naming the collaboration', async () => {
    const { ids } = world;
    await world.callerFor(ids.fullEmployee).collaborations.activate({
      customerId: ids.existingCustomer,
      taskId: ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    const refusal = await rejectionOf(
      world.callerFor(ids.standardEmployee).activationRequests.create(prepared()),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', appCode: 'COLLABORATION_EXISTS' });
  });

  it('tells a full-rights employee to send it themselves', async () => {
    const refusal = await rejectionOf(
      world
        .callerFor(world.ids.fullEmployee)
        .activationRequests.create(prepared({ colleagueId: world.ids.fullEmployee })),
    );
    expect(refusal).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'ACTIVATION_REQUEST_NOT_NEEDED',
    });
  });

  it('refuses company users and anonymous callers on every procedure', async () => {
    const id = { activationRequestId: crypto.randomUUID() };
    for (const user of [world.ids.adminKim, world.ids.plainUser]) {
      const caller = world.callerFor(user);
      const calls = [
        caller.activationRequests.colleagues(),
        caller.activationRequests.create(prepared()),
        caller.activationRequests.list(),
        caller.activationRequests.get(id),
        caller.activationRequests.send(id),
        caller.activationRequests.dismiss(id),
      ];
      for (const call of calls) {
        expect(await rejectionOf(call)).toMatchObject({
          code: 'FORBIDDEN',
          appCode: 'EMPLOYEE_REQUIRED',
        });
      }
    }
    expect(await rejectionOf(world.callerFor(null).activationRequests.list())).toMatchObject({
      code: 'UNAUTHORIZED',
      appCode: 'UNAUTHENTICATED',
    });
  });
});

describe('given an open request', () => {
  let requestId: string;
  beforeEach(async () => {
    requestId = (
      await world.callerFor(world.ids.standardEmployee).activationRequests.create(prepared())
    ).activationRequestId;
  });

  it('shows it to the colleague and to the one who asked, and to nobody at another agency', async () => {
    const { ids } = world;
    const forColleague = await world.callerFor(ids.fullEmployee).activationRequests.list();
    expect(forColleague.toMe.map((request) => request.id)).toEqual([requestId]);
    expect(forColleague.byMe).toEqual([]);
    expect(forColleague.toMe[0]).toMatchObject({
      customer: { id: ids.existingCustomer, name: 'Ägarbolaget AB' },
      task: { id: ids.existingCustomerTask, name: 'Bokslut' },
      requestedBy: { id: ids.standardEmployee, name: 'Sven Standard' },
      colleague: { id: ids.fullEmployee, name: 'Frida Full' },
      note: 'Kunden väntar på det här.',
      status: 'open',
    });
    const forRequester = await world.callerFor(ids.standardEmployee).activationRequests.list();
    expect(forRequester.byMe.map((request) => request.id)).toEqual([requestId]);

    const other = world.callerFor(ids.otherAgencyEmployee);
    expect(await other.activationRequests.list()).toEqual({ toMe: [], byMe: [] });
    for (const call of [
      other.activationRequests.get({ activationRequestId: requestId }),
      other.activationRequests.send({ activationRequestId: requestId }),
      other.activationRequests.dismiss({ activationRequestId: requestId }),
    ]) {
      expect(await rejectionOf(call)).toMatchObject({
        code: 'NOT_FOUND',
        appCode: 'ACTIVATION_REQUEST_NOT_FOUND',
      });
    }
  });

  it('is sent by the colleague exactly as an activation, and marked sent in the same transaction', async () => {
    const { ids, db } = world;
    const sent = await world
      .callerFor(ids.fullEmployee)
      .activationRequests.send({ activationRequestId: requestId });

    expect(sent.flow).toBe('invited');
    expect(sent.activationRequestId).toBe(requestId);
    expect(sent.services.map((service) => [service.service, service.status])).toEqual([
      ['eekonomi', 'pending'],
      ['scanner', 'pending'],
    ]);
    const created = db.select().from(collaborations).all();
    expect(created).toHaveLength(2);
    expect(created[0]).toMatchObject({
      customerId: ids.existingCustomer,
      taskId: ids.existingCustomerTask,
      createdById: ids.fullEmployee,
      invitationId: sent.invitation?.id,
      options: { variant: 'pro', invoiceRecipient: 'customer' },
    });
    expect(
      emailsOf('invitation')
        .map((email) => email.recipient)
        .sort(),
    ).toEqual(['kim@agarbolaget.se', 'lo@agarbolaget.se']);
    expect(
      db.select().from(activationRequests).where(eq(activationRequests.id, requestId)).get(),
    ).toMatchObject({ status: 'sent', invitationId: sent.invitation?.id });
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .map((event) => event.action),
    ).toEqual([
      'activation_request.created',
      'collaboration.invited',
      'collaboration.invited',
      'activation_request.sent',
    ]);
    expect((await world.callerFor(ids.fullEmployee).activationRequests.list()).toMe).toEqual([]);
  });

  it('creates nothing twice: a second send is refused, a retry with the key gets the first result', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = { activationRequestId: requestId, idempotencyKey: 'send-request-1' };
    const first = await caller.activationRequests.send(input);
    expect(await caller.activationRequests.send(input)).toEqual(first);
    expect(
      await rejectionOf(caller.activationRequests.send({ activationRequestId: requestId })),
    ).toMatchObject({ code: 'CONFLICT', appCode: 'ACTIVATION_REQUEST_CLOSED' });
    expect(world.db.select().from(collaborations).all()).toHaveLength(2);
    expect(world.db.select().from(invitations).all()).toHaveLength(1);
  });

  it('is refused, changing nothing, when a service got a collaboration meanwhile', async () => {
    const { ids, db } = world;
    await world.callerFor(ids.fullEmployee).collaborations.activate({
      customerId: ids.existingCustomer,
      taskId: ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }],
    });
    const before = rowCounts(db);
    const refusal = await rejectionOf(
      world.callerFor(ids.fullEmployee).activationRequests.send({ activationRequestId: requestId }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      appCode: 'ACTIVATION_REQUEST_OUTDATED',
      params: { service: 'eEkonomi', status: 'pending' },
    });
    expect(rowCounts(db)).toEqual(before);
  });

  it('is sent or dismissed only by the colleague asked', async () => {
    const { ids, db } = world;
    const secondFull = crypto.randomUUID();
    db.insert(employees)
      .values({
        id: secondFull,
        agencyId: ids.agencyA,
        name: 'Fia Full',
        email: 'fia.full@byra.se',
        rights: 'full',
        createdAt: world.clock.now(),
      })
      .run();
    for (const call of [
      world.callerFor(secondFull).activationRequests.send({ activationRequestId: requestId }),
      world.callerFor(secondFull).activationRequests.dismiss({ activationRequestId: requestId }),
    ]) {
      expect(await rejectionOf(call)).toMatchObject({
        code: 'FORBIDDEN',
        appCode: 'ACTIVATION_REQUEST_NOT_YOURS',
        params: { name: 'Frida Full' },
      });
    }
    // The one who asked cannot send it either: that is what the request is for.
    for (const call of [
      world
        .callerFor(ids.standardEmployee)
        .activationRequests.send({ activationRequestId: requestId }),
      world
        .callerFor(ids.standardEmployee)
        .activationRequests.dismiss({ activationRequestId: requestId }),
    ]) {
      expect(await rejectionOf(call)).toMatchObject({
        code: 'FORBIDDEN',
        appCode: 'FULL_RIGHTS_REQUIRED',
      });
    }
    // Any employee of the agency may read it.
    expect(
      await world
        .callerFor(ids.participantOne)
        .activationRequests.get({ activationRequestId: requestId }),
    ).toMatchObject({ id: requestId, status: 'open' });
  });

  it('is dismissed by the colleague with a reason, and the one who asked is e-mailed', async () => {
    const { ids, db } = world;
    const dismissed = await world.callerFor(ids.fullEmployee).activationRequests.dismiss({
      activationRequestId: requestId,
      reason: 'Vi tar det på mötet',
    });
    expect(dismissed).toEqual({ activationRequestId: requestId, status: 'dismissed' });
    expect(
      db.select().from(activationRequests).where(eq(activationRequests.id, requestId)).get(),
    ).toMatchObject({ status: 'dismissed', dismissReason: 'Vi tar det på mötet' });
    expect(emailsOf('activation_request_dismissed')).toMatchObject([
      {
        recipient: 'sven.standard@byra.se',
        payload: {
          recipientName: 'Sven Standard',
          dismissedByName: 'Frida Full',
          customerName: 'Ägarbolaget AB',
          services: ['eEkonomi', 'Scanner'],
          reason: 'Vi tar det på mötet',
        },
      },
    ]);
    expect(db.select().from(collaborations).all()).toHaveLength(0);
    expect(
      await rejectionOf(
        world
          .callerFor(ids.fullEmployee)
          .activationRequests.send({ activationRequestId: requestId }),
      ),
    ).toMatchObject({ code: 'CONFLICT', appCode: 'ACTIVATION_REQUEST_CLOSED' });
    expect((await world.callerFor(ids.standardEmployee).activationRequests.list()).byMe).toEqual(
      [],
    );
  });
});
