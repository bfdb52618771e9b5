import { collaborationStatuses, type ServiceId, serviceIds } from '@collab/contracts';
import {
  collaborationStatusCounts,
  collaborations,
  invitations,
  outboxMessages,
  taskParticipants,
  tasks,
} from '@collab/db';
import { storedAndDerivedGrants } from '@collab/db/testing';
import { TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  replayAccessEvents,
  sequenceGaps,
  storedEvents,
  storedGrantLines,
} from '../test-support/events.js';
import {
  isProvisioningStep,
  type ProvisioningStep,
  provisioningStep,
  provisionTestWorld,
  runProvisioningStep,
} from '../test-support/provisioning-steps.js';
import { createTestWorld, type TestWorld } from '../test-support/world.js';
import { expireInvitations } from './invitation-expiry.js';

/**
 * Random sequences of everything that can change access. After every step, the stored
 * grants must equal the grants derived from scratch: nothing dangles, nothing is missing.
 * Refusals are fine (many random steps are not allowed); a 500 is not. The integration API's
 * provisioning (tasks, deactivation, admin flags, contact e-mails) is among the steps.
 * Agency A belongs to an integration (`provisionTestWorld`), so every step records its events:
 * replaying the `access.granted` / `access.revoked` events in order must give exactly the
 * stored grants, every event must fit its schema, and each collaboration's events must be
 * numbered 1, 2, 3… (docs/events.md).
 */
type Step =
  | { kind: 'activate'; customer: number; services: ServiceId[] }
  | { kind: 'accept' | 'decline' | 'resend' | 'cancel' | 'restore'; pick: number; admin: number }
  | { kind: 'update'; pick: number; task: number }
  | { kind: 'setParticipants'; task: number; participants: number[] }
  | { kind: 'end'; pick: number; byCustomer: boolean }
  | { kind: 'link'; pick: number; service: ServiceId }
  | { kind: 'wait'; days: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('activate' as const),
    customer: fc.nat(3),
    services: fc.subarray([...serviceIds], { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constantFrom(
      'accept' as const,
      'decline' as const,
      'resend' as const,
      'cancel' as const,
      'restore' as const,
    ),
    pick: fc.nat(20),
    admin: fc.nat(1),
  }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(20), task: fc.nat(20) }),
  fc.record({
    kind: fc.constant('setParticipants' as const),
    task: fc.nat(20),
    participants: fc.subarray([0, 1, 2, 3], { maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('end' as const), pick: fc.nat(20), byCustomer: fc.boolean() }),
  fc.record({
    kind: fc.constant('link' as const),
    pick: fc.nat(5),
    service: fc.constantFrom(...serviceIds),
  }),
  fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 40 }) }),
);

function pickFrom<Item>(items: Item[], index: number): Item | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** The newest undelivered token of each invitation, as its e-mail would carry it. */
function tokenOf(world: TestWorld, invitationId: string): string {
  const message = world.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.relatedId, invitationId), eq(outboxMessages.status, 'pending')))
    .all()
    .filter((candidate) => candidate.topic === 'invitation' && candidate.sealedSecret)
    .at(-1);
  return message?.sealedSecret ? world.secrets.open(message.sealedSecret) : 'no-token';
}

/** A second task for two customers, so that moving a collaboration between tasks happens. */
function addSecondTasks(world: TestWorld): void {
  const at = world.clock.now();
  for (const customerId of [world.ids.newCustomer, world.ids.existingCustomer]) {
    const taskId = crypto.randomUUID();
    world.db
      .insert(tasks)
      .values({
        id: taskId,
        agencyId: world.ids.agencyA,
        customerId,
        name: 'Löner',
        ownerId: world.ids.fullEmployee,
        createdAt: at,
      })
      .run();
    world.db
      .insert(taskParticipants)
      .values({ taskId, employeeId: world.ids.standardEmployee })
      .run();
  }
}

function addUnlinkedCollaborations(world: TestWorld): void {
  const at = world.clock.now();
  for (const [customerId, accountId] of [
    [world.ids.existingCustomer, world.ids.existingAccount],
    [world.ids.otherCompany, world.ids.otherAccount],
  ] as const) {
    world.db
      .insert(collaborations)
      .values({
        id: crypto.randomUUID(),
        agencyId: world.ids.agencyA,
        customerId,
        accountId,
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
  }
}

async function run(world: TestWorld, current: Step): Promise<void> {
  const { ids } = world;
  const agency = world.callerFor(ids.fullEmployee);
  const customers = [
    [ids.newCustomer, ids.newCustomerTask],
    [ids.existingCustomer, ids.existingCustomerTask],
    [ids.otherCompany, ids.otherCompanyTask],
    [ids.noContactCustomer, ids.noContactTask],
  ] as const;
  const agencyEmployees = [
    ids.fullEmployee,
    ids.standardEmployee,
    ids.participantOne,
    ids.participantTwo,
  ];
  const allCollaborations = world.db.select().from(collaborations).all();
  const openInvitations = world.db
    .select()
    .from(invitations)
    .where(eq(invitations.status, 'pending'))
    .all();
  switch (current.kind) {
    case 'activate': {
      const [customerId, taskId] = customers[current.customer] ?? customers[0];
      await agency.collaborations.activate({
        customerId,
        taskId,
        services: current.services.map((service) => ({ service })),
      });
      return;
    }
    case 'accept':
    case 'decline': {
      const invitation = pickFrom(openInvitations, current.pick);
      if (!invitation) return;
      const admins =
        invitation.accountId === ids.existingAccount
          ? [ids.adminKim, ids.adminLo]
          : [ids.otherCompanyAdmin];
      const caller = world.callerFor(pickFrom(admins, current.admin) ?? ids.adminKim);
      const token = tokenOf(world, invitation.id);
      if (current.kind === 'accept') await caller.invitations.accept({ token });
      else await caller.invitations.decline({ token, reason: 'Nej tack' });
      return;
    }
    case 'restore': {
      // Undo a cancel (refused once the 10 minutes have passed, or the service moved on).
      const cancelled = world.db
        .select()
        .from(invitations)
        .where(eq(invitations.status, 'cancelled'))
        .all();
      const invitation = pickFrom(cancelled, current.pick);
      if (!invitation) return;
      await agency.invitations.restore({ invitationId: invitation.id });
      return;
    }
    case 'resend':
    case 'cancel': {
      const invitation = pickFrom(openInvitations, current.pick);
      if (!invitation) return;
      if (current.kind === 'resend')
        await agency.invitations.resend({ invitationId: invitation.id });
      else await agency.invitations.cancel({ invitationId: invitation.id });
      return;
    }
    case 'update': {
      const collaboration = pickFrom(allCollaborations, current.pick);
      const task = pickFrom(
        world.db.select().from(tasks).where(eq(tasks.agencyId, ids.agencyA)).all(),
        current.task,
      );
      if (!collaboration || !task) return;
      await world.callerFor(ids.standardEmployee).collaborations.update({
        collaborationId: collaboration.id,
        version: collaboration.version,
        taskId: task.id,
      });
      return;
    }
    case 'setParticipants': {
      const task = pickFrom(
        world.db.select().from(tasks).where(eq(tasks.agencyId, ids.agencyA)).all(),
        current.task,
      );
      if (!task) return;
      await agency.tasks.setParticipants({
        taskId: task.id,
        participantIds: current.participants.map(
          (index) => agencyEmployees[index] ?? ids.fullEmployee,
        ),
      });
      return;
    }
    case 'end': {
      const collaboration = pickFrom(allCollaborations, current.pick);
      if (!collaboration) return;
      const caller = current.byCustomer
        ? world.callerFor(
            collaboration.accountId === ids.existingAccount ? ids.adminLo : ids.otherCompanyAdmin,
          )
        : agency;
      await caller.collaborations.end({
        collaborationId: collaboration.id,
        confirmDataDeletion: true,
      });
      return;
    }
    case 'link': {
      const unlinked = pickFrom(
        allCollaborations.filter((collaboration) => collaboration.service === null),
        current.pick,
      );
      if (!unlinked) return;
      const taskId =
        customers.find(([customerId]) => customerId === unlinked.customerId)?.[1] ??
        ids.newCustomerTask;
      await agency.collaborations.link({
        collaborationId: unlinked.id,
        taskId,
        selection: { service: current.service },
      });
      return;
    }
    case 'wait':
      world.clock.advanceDays(current.days);
      // The expiry job runs now and then; whatever ran out meanwhile is told once.
      await expireInvitations(world.db, world.clock.now());
      return;
    default:
      throw new Error(`Unhandled step ${current satisfies never}`);
  }
}

/**
 * The overview's counts must stay exactly right although the database keeps them rather than
 * counting (`collaboration_status_count` and each collaboration's copy of its invitation's
 * expiry, both kept by triggers). Here they are checked against a count from scratch: every
 * collaboration read with its invitation, its status as a reader sees it (pending past the
 * invitation's expiry reads as expired).
 */
async function expectCountsFromScratch(world: TestWorld): Promise<void> {
  const now = world.clock.now().getTime();
  const rows = world.db
    .select({
      agencyId: collaborations.agencyId,
      service: collaborations.service,
      status: collaborations.status,
      copiedExpiry: collaborations.invitationExpiresAt,
      invitationExpiry: invitations.expiresAt,
    })
    .from(collaborations)
    .leftJoin(invitations, eq(invitations.id, collaborations.invitationId))
    .all();
  for (const row of rows) expect(row.copiedExpiry).toEqual(row.invitationExpiry);

  const stored = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.agencyId} ${row.status}`;
    stored.set(key, (stored.get(key) ?? 0) + 1);
  }
  const kept = world.db
    .select()
    .from(collaborationStatusCounts)
    .where(sql`${collaborationStatusCounts.count} <> 0`)
    .all();
  expect(new Map(kept.map((row) => [`${row.agencyId} ${row.status}`, row.count]))).toEqual(stored);

  const seen = (service?: ServiceId) => {
    const counts = Object.fromEntries(collaborationStatuses.map((status) => [status, 0]));
    for (const row of rows) {
      if (row.agencyId !== world.ids.agencyA || (service && row.service !== service)) continue;
      const expired =
        row.status === 'pending' && (row.invitationExpiry?.getTime() ?? Infinity) <= now;
      counts[expired ? 'expired' : row.status] =
        (counts[expired ? 'expired' : row.status] ?? 0) + 1;
    }
    return counts;
  };
  const agency = world.callerFor(world.ids.fullEmployee);
  expect((await agency.collaborations.list({})).countsByStatus).toEqual(seen());
  expect((await agency.collaborations.list({ service: ['eekonomi'] })).countsByStatus).toEqual(
    seen('eekonomi'),
  );
}

/**
 * A fixed seed makes every run try the same sequences, so a failure on CI fails again on a
 * laptop; it is in the test's name, and fast-check prints it with the shrunk counterexample.
 * Measured on an idle machine, 60 runs took 2.1 to 2.5 s (about 40 ms each, the provisioning
 * steps included); with the event checks, which parse every event after every step, about
 * 7 s (some 110 ms a run). The timeout allows 500 ms a run, for a machine busy with other
 * test runs.
 */
const seed = 20_261_203;
const numRuns = 60;

const anyStep: fc.Arbitrary<Step | ProvisioningStep> = fc.oneof(
  { arbitrary: step, weight: 2 },
  { arbitrary: provisioningStep, weight: 1 },
);

describe('given any sequence of changes', () => {
  it(
    `keeps the stored grants equal to the grants derived from scratch and to the replayed access events, and the overview's kept counts equal to a count from scratch, after every step (seed ${seed})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(anyStep, { minLength: 1, maxLength: 30 }), async (steps) => {
          const world = createTestWorld();
          addUnlinkedCollaborations(world);
          addSecondTasks(world);
          const integration = provisionTestWorld(world);
          for (const current of steps) {
            try {
              if (isProvisioningStep(current))
                await runProvisioningStep(world, integration, current);
              else await run(world, current);
            } catch (error) {
              // Refusals are expected; anything else (a 500, a crash) fails the property.
              if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR')
                throw error;
            }
            const { stored, derived } = storedAndDerivedGrants(world.db);
            expect(stored).toEqual(derived);
            const recorded = storedEvents(world.db);
            expect(replayAccessEvents(recorded)).toEqual(storedGrantLines(world.db));
            expect(sequenceGaps(recorded)).toEqual([]);
            await expectCountsFromScratch(world);
          }
        }),
        { numRuns, seed },
      );
    },
    numRuns * 500,
  );
});
