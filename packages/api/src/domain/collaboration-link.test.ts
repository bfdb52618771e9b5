import {
  accessGrants,
  accountUsers,
  collaborations,
  invitations,
  outboxMessages,
  taskParticipants,
  tasks,
} from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';
import { hashInvitationToken } from './tokens.js';

let world: TestWorld;
let unlinkedId: string;

/** An active collaboration from the old system, for Ägarbolaget, with no service or task. */
beforeEach(() => {
  world = createTestWorld();
  unlinkedId = crypto.randomUUID();
  const at = world.clock.now();
  world.db
    .insert(collaborations)
    .values({
      id: unlinkedId,
      agencyId: world.ids.agencyA,
      customerId: world.ids.existingCustomer,
      accountId: world.ids.existingAccount,
      service: null,
      taskId: null,
      legacyServiceName: 'Byråstöd Bokföring',
      options: {},
      status: 'active',
      activatedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .run();
});

function grantsOf(collaborationId: string): string[] {
  return world.db
    .select()
    .from(accessGrants)
    .where(eq(accessGrants.collaborationId, collaborationId))
    .all()
    .map((grant) => grant.subjectId)
    .sort();
}

function outboxTopics(): string[] {
  return world.db
    .select()
    .from(outboxMessages)
    .all()
    .filter((message) => message.kind === 'email')
    .map((message) => `${message.topic} ${message.recipient}`)
    .sort();
}

/*
 * The rule (README, "The old system's CSV"): an import is not the company's word. Linking an
 * imported collaboration for a company whose account has users invites its admins, as an
 * activation does, and grants nothing until one accepts; a company with no users is active at
 * once, as in an activation for a company with no account.
 */
describe('given an imported collaboration for a company whose account has admins', () => {
  it('grants nothing before the link, nor after it: the link invites the company', async () => {
    expect(world.db.select().from(accessGrants).all()).toEqual([]);
    const linked = await world.callerFor(world.ids.fullEmployee).collaborations.link({
      collaborationId: unlinkedId,
      taskId: world.ids.existingCustomerTask,
      selection: { service: 'eekonomi', options: { variant: 'bokforing' } },
    });
    expect(linked).toMatchObject({
      linked: true,
      service: 'eekonomi',
      status: 'pending',
      legacyServiceName: 'Byråstöd Bokföring',
      options: { variant: 'bokforing', invoiceRecipient: 'customer' },
      task: { id: world.ids.existingCustomerTask },
      invitation: { id: expect.any(String) },
    });
    expect(world.db.select().from(accessGrants).all()).toEqual([]);
    expect(outboxTopics()).toEqual([
      'invitation kim@agarbolaget.se',
      'invitation lo@agarbolaget.se',
    ]);
    const invitation = world.db.select().from(invitations).get();
    expect(invitation).toMatchObject({
      agencyId: world.ids.agencyA,
      customerId: world.ids.existingCustomer,
      accountId: world.ids.existingAccount,
      status: 'pending',
    });
    // The token travels only sealed in the outbox; the invitation has its hash.
    const [token] = world.invitationTokens();
    expect(invitation?.tokenHash).toBe(hashInvitationToken(token ?? ''));
  });

  it('grants access once an admin accepts, keeping the start date the old system gave it', async () => {
    await world.callerFor(world.ids.fullEmployee).collaborations.link({
      collaborationId: unlinkedId,
      taskId: world.ids.existingCustomerTask,
      selection: { service: 'eekonomi', options: { variant: 'bokforing' } },
    });
    const importedAt = world.clock.now();
    world.clock.advanceDays(2);
    const [token] = world.invitationTokens();
    await world.callerFor(world.ids.adminKim).invitations.accept({ token: token ?? '' });
    expect(grantsOf(unlinkedId)).toEqual(
      [world.ids.participantOne, world.ids.adminKim, world.ids.adminLo].sort(),
    );
    const accepted = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, unlinkedId))
      .get();
    expect(accepted).toMatchObject({ status: 'active', activatedAt: importedAt });
    expect(
      (await world.callerFor(world.ids.fullEmployee).collaborations.list({ linked: false })).items,
    ).toEqual([]);
  });

  it('grants nothing when an admin declines', async () => {
    await world.callerFor(world.ids.fullEmployee).collaborations.link({
      collaborationId: unlinkedId,
      taskId: world.ids.existingCustomerTask,
      selection: { service: 'utlagg' },
    });
    const [token] = world.invitationTokens();
    await world.callerFor(world.ids.adminLo).invitations.decline({ token: token ?? '' });
    expect(world.db.select().from(accessGrants).all()).toEqual([]);
  });

  it('cannot give another agency access to the company: its import and link only invite', async () => {
    // Agency B imports the organisation number of agency A's customer, whose company has an account.
    const otherAgency = world.callerFor(world.ids.otherAgencyEmployee);
    const imported = await otherAgency.collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n556036-0793;Ägarbolaget AB;Lön;2024-01-01\n',
    });
    const collaborationId = imported.rows[0]?.collaborationId ?? '';
    const theirs = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, collaborationId))
      .get();
    expect(theirs).toMatchObject({ agencyId: world.ids.agencyB, service: null });
    expect(theirs?.customerId).not.toBe(world.ids.existingCustomer);
    const taskId = crypto.randomUUID();
    world.db
      .insert(tasks)
      .values({
        id: taskId,
        agencyId: world.ids.agencyB,
        customerId: theirs?.customerId ?? '',
        name: 'Lön',
        ownerId: world.ids.otherAgencyEmployee,
        createdAt: world.clock.now(),
      })
      .run();
    world.db
      .insert(taskParticipants)
      .values({ taskId, employeeId: world.ids.otherAgencyEmployee })
      .run();
    expect(grantsOf(collaborationId)).toEqual([]);

    const linked = await otherAgency.collaborations.link({
      collaborationId,
      taskId,
      selection: { service: 'utlagg' },
    });
    expect(linked.status).toBe('pending');
    expect(grantsOf(collaborationId)).toEqual([]);
    expect(
      world.db
        .select()
        .from(accessGrants)
        .all()
        .filter((grant) => grant.subjectId === world.ids.otherAgencyEmployee),
    ).toEqual([]);
    expect(outboxTopics()).toEqual([
      'invitation kim@agarbolaget.se',
      'invitation lo@agarbolaget.se',
    ]);
    // Agency A's customer and collaborations stay out of agency B's sight.
    expect(
      await rejectionOf(otherAgency.customers.get({ customerId: world.ids.existingCustomer })),
    ).toMatchObject({ appCode: 'CUSTOMER_NOT_FOUND' });
  });
});

describe('given an imported collaboration for a company with no users', () => {
  async function importFor(orgNumber: string): Promise<string> {
    const imported = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: `organisationsnummer;kundnamn;tjänst;startdatum\n${orgNumber};Bolaget;Bokföring;2024-01-01\n`,
    });
    return imported.rows[0]?.collaborationId ?? '';
  }

  it('is active at once, as an activation would be: the contact person is the first admin', async () => {
    const collaborationId = await importFor('556677-8899');
    expect(grantsOf(collaborationId)).toEqual([]);
    const linked = await world.callerFor(world.ids.fullEmployee).collaborations.link({
      collaborationId,
      taskId: world.ids.newCustomerTask,
      selection: { service: 'utlagg' },
    });
    expect(linked).toMatchObject({ status: 'active', invitation: null });
    const contact = world.db
      .select()
      .from(accountUsers)
      .where(eq(accountUsers.email, 'kontakt@nykund.se'))
      .get();
    const row = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, collaborationId))
      .get();
    expect(contact).toMatchObject({ isAdmin: true, accountId: row?.accountId });
    expect(grantsOf(collaborationId)).toEqual(
      [world.ids.participantOne, world.ids.participantTwo, contact?.id ?? ''].sort(),
    );
    expect(outboxTopics()).toEqual(['signin_instructions kontakt@nykund.se']);
    expect(world.db.select().from(invitations).all()).toEqual([]);
  });

  it('is active at once for a customer with no contact e-mail, granting the task’s staff', async () => {
    const collaborationId = await importFor('556789-1238');
    world.db
      .insert(taskParticipants)
      .values({ taskId: world.ids.noContactTask, employeeId: world.ids.participantOne })
      .run();
    const linked = await world.callerFor(world.ids.fullEmployee).collaborations.link({
      collaborationId,
      taskId: world.ids.noContactTask,
      selection: { service: 'utlagg' },
    });
    expect(linked.status).toBe('active');
    expect(grantsOf(collaborationId)).toEqual([world.ids.participantOne]);
    expect(outboxTopics()).toEqual([]);
  });
});

describe('given an unlinked collaboration', () => {
  it('cannot be linked twice', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = {
      collaborationId: unlinkedId,
      taskId: world.ids.existingCustomerTask,
      selection: { service: 'utlagg' as const },
    };
    await caller.collaborations.link(input);
    expect(await rejectionOf(caller.collaborations.link(input))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'COLLABORATION_ALREADY_LINKED',
    });
  });

  it('cannot take a service that is already active for the customer', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const activation = await caller.collaborations.activate({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'utlagg' }],
    });
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      caller.collaborations.link({
        collaborationId: unlinkedId,
        taskId: world.ids.existingCustomerTask,
        selection: { service: 'utlagg' },
      }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      appCode: 'COLLABORATION_EXISTS',
      params: { collaborationId: activation.services[0]?.collaborationId },
    });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('cannot become Scanner without an active eEkonomi', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.link({
        collaborationId: unlinkedId,
        taskId: world.ids.existingCustomerTask,
        selection: { service: 'scanner' },
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'SERVICE_REQUIRES' });
  });

  it('needs a task of the same customer and full rights', async () => {
    expect(
      await rejectionOf(
        world.callerFor(world.ids.fullEmployee).collaborations.link({
          collaborationId: unlinkedId,
          taskId: world.ids.newCustomerTask,
          selection: { service: 'utlagg' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', appCode: 'TASK_NOT_FOR_CUSTOMER' });
    expect(
      await rejectionOf(
        world.callerFor(world.ids.standardEmployee).collaborations.link({
          collaborationId: unlinkedId,
          taskId: world.ids.existingCustomerTask,
          selection: { service: 'utlagg' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'FULL_RIGHTS_REQUIRED' });
  });
});
