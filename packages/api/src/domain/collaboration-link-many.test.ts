import { fieldProblemsFromZod, linkManyMaximum } from '@collab/contracts';
import { collaborations, invitations, outboxMessages } from '@collab/db';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createInnerContext } from '../context.js';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';
import { linkManyCollaborations } from './collaboration-link-many.js';

/*
 * Flow 6, several at once (`collaborations.linkMany`): each row its own transaction, a result
 * per row, the rights of a single link, and safe to retry.
 */

let world: TestWorld;

/** Imports earlier collaborations with agency A's full-rights employee; their ids by name. */
async function importEarlier(csvRows: string[], by = world.ids.fullEmployee): Promise<string[]> {
  const result = await world.callerFor(by).collaborations.importLegacy({
    csv: `organisationsnummer;kundnamn;tjänst;startdatum\n${csvRows.join('\n')}\n`,
  });
  return result.rows.map((row) => row.collaborationId ?? '');
}

function stored(collaborationId: string) {
  return world.db.select().from(collaborations).where(eq(collaborations.id, collaborationId)).get();
}

beforeEach(() => {
  world = createTestWorld();
});

describe('given three earlier collaborations of two customers', () => {
  let bokforing: string;
  let bokslut: string;
  let alsoBokforing: string;
  let kontaktlos: string;

  beforeEach(async () => {
    [bokforing, bokslut, alsoBokforing, kontaktlos] = (await importEarlier([
      '556036-0793;Ägarbolaget AB;Byråstöd Bokföring;2024-01-01',
      '556036-0793;Ägarbolaget AB;Bokslut;2024-01-01',
      '556036-0793;Ägarbolaget AB;Bokföring extra;2024-01-01',
      '556789-1238;Kontaktlös AB;Bokföring;2024-01-01',
    ])) as [string, string, string, string];
  });

  it('links each in its own transaction, and a refused row leaves the others linked', async () => {
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.linkMany({
      links: [
        {
          collaborationId: bokforing,
          taskId: world.ids.existingCustomerTask,
          selection: { service: 'eekonomi' },
        },
        {
          collaborationId: bokslut,
          taskId: world.ids.existingCustomerTask,
          selection: { service: 'skatt_bokslut_pro' },
        },
        // eEkonomi is pending for the customer after the first row: this one is refused.
        {
          collaborationId: alsoBokforing,
          taskId: world.ids.existingCustomerTask,
          selection: { service: 'eekonomi' },
        },
        {
          collaborationId: kontaktlos,
          taskId: world.ids.noContactTask,
          selection: { service: 'eekonomi' },
        },
      ],
    });
    expect(result).toMatchObject({ linked: 3, failed: 1 });
    expect(result.rows).toEqual([
      {
        collaborationId: bokforing,
        outcome: 'linked',
        service: 'eekonomi',
        status: 'pending',
        alreadyLinked: false,
      },
      {
        collaborationId: bokslut,
        outcome: 'linked',
        service: 'skatt_bokslut_pro',
        status: 'pending',
        alreadyLinked: false,
      },
      {
        collaborationId: alsoBokforing,
        outcome: 'failed',
        error: {
          code: 'COLLABORATION_EXISTS',
          message: expect.stringContaining('eEkonomi'),
          params: expect.objectContaining({ collaborationId: bokforing }),
        },
      },
      {
        collaborationId: kontaktlos,
        outcome: 'linked',
        service: 'eekonomi',
        status: 'active',
        alreadyLinked: false,
      },
    ]);
    expect(stored(alsoBokforing)).toMatchObject({ service: null, taskId: null, status: 'active' });
    expect(stored(kontaktlos)).toMatchObject({ service: 'eekonomi', status: 'active' });
  });

  it('is safe to retry: rows linked by the first try are linked, and nothing is written again', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const input = {
      links: [
        {
          collaborationId: bokforing,
          taskId: world.ids.existingCustomerTask,
          selection: { service: 'eekonomi' as const },
        },
        {
          collaborationId: kontaktlos,
          taskId: world.ids.noContactTask,
          selection: { service: 'eekonomi' as const },
        },
      ],
    };
    await caller.collaborations.linkMany(input);
    const before = rowCounts(world.db);
    const outbox = world.db.select().from(outboxMessages).all().length;
    const again = await caller.collaborations.linkMany(input);
    expect(
      again.rows.map((row) => [row.outcome, row.outcome === 'linked' && row.alreadyLinked]),
    ).toEqual([
      ['linked', true],
      ['linked', true],
    ]);
    expect(rowCounts(world.db)).toEqual(before);
    expect(world.db.select().from(outboxMessages).all()).toHaveLength(outbox);
    expect(world.db.select().from(invitations).all()).toHaveLength(1);
  });

  it('reports a row linked meanwhile to another service as already linked, not as done', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    await caller.collaborations.link({
      collaborationId: bokslut,
      taskId: world.ids.existingCustomerTask,
      selection: { service: 'utlagg' },
    });
    const result = await caller.collaborations.linkMany({
      links: [
        {
          collaborationId: bokslut,
          taskId: world.ids.existingCustomerTask,
          selection: { service: 'skatt_bokslut_pro' },
        },
      ],
    });
    expect(result.rows).toEqual([
      {
        collaborationId: bokslut,
        outcome: 'failed',
        error: {
          code: 'COLLABORATION_ALREADY_LINKED',
          message: 'The collaboration is already linked.',
          params: {},
        },
      },
    ]);
  });

  it('refuses a task of another customer for that row only', async () => {
    const result = await world.callerFor(world.ids.fullEmployee, 'sv').collaborations.linkMany({
      links: [
        {
          collaborationId: bokslut,
          taskId: world.ids.noContactTask,
          selection: { service: 'skatt_bokslut_pro' },
        },
        {
          collaborationId: kontaktlos,
          taskId: world.ids.noContactTask,
          selection: { service: 'eekonomi' },
        },
      ],
    });
    expect(result.rows.map((row) => row.outcome)).toEqual(['failed', 'linked']);
    expect(stored(bokslut)).toMatchObject({ service: null, taskId: null });
  });

  it('refuses the whole call, writing nothing, to an employee with standard rights', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.standardEmployee).collaborations.linkMany({
        links: [
          {
            collaborationId: kontaktlos,
            taskId: world.ids.noContactTask,
            selection: { service: 'eekonomi' },
          },
        ],
      }),
    );
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', appCode: 'FULL_RIGHTS_REQUIRED' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses a company admin and an anonymous caller', async () => {
    const links = [
      {
        collaborationId: bokforing,
        taskId: world.ids.existingCustomerTask,
        selection: { service: 'eekonomi' as const },
      },
    ];
    expect(
      await rejectionOf(world.callerFor(world.ids.adminKim).collaborations.linkMany({ links })),
    ).toMatchObject({ code: 'FORBIDDEN', appCode: 'EMPLOYEE_REQUIRED' });
    expect(
      await rejectionOf(world.callerFor(null).collaborations.linkMany({ links })),
    ).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'UNAUTHENTICATED' });
    expect(stored(bokforing)).toMatchObject({ service: null });
  });

  it('finds no collaboration of another agency: that row is “not found” and left alone', async () => {
    const result = await world.callerFor(world.ids.otherAgencyEmployee).collaborations.linkMany({
      links: [
        {
          collaborationId: kontaktlos,
          taskId: world.ids.otherAgencyTask,
          selection: { service: 'eekonomi' },
        },
      ],
    });
    expect(result.rows).toEqual([
      {
        collaborationId: kontaktlos,
        outcome: 'failed',
        error: {
          code: 'COLLABORATION_NOT_FOUND',
          message: expect.any(String),
          params: {},
        },
      },
    ]);
    expect(stored(kontaktlos)).toMatchObject({ service: null, taskId: null });
  });
});

describe('given a list that is too long, empty, or names a row twice', () => {
  const link = (collaborationId: string) => ({
    collaborationId,
    taskId: crypto.randomUUID(),
    selection: { service: 'eekonomi' as const, options: {} },
  });

  async function fieldProblemsOf(call: Promise<unknown>) {
    try {
      await call;
    } catch (error) {
      if (error instanceof TRPCError && error.cause instanceof ZodError)
        return fieldProblemsFromZod(error.cause);
      throw error;
    }
    throw new Error('Expected the call to be refused.');
  }

  it(`refuses more than ${linkManyMaximum} rows with a typed error, before reading any`, async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const links = Array.from({ length: linkManyMaximum + 1 }, () => link(crypto.randomUUID()));
    expect(await fieldProblemsOf(caller.collaborations.linkMany({ links }))).toEqual({
      links: [{ code: 'LEGACY_LINK_TOO_MANY', params: {} }],
    });
    // Callers that skip the router get the same answer from the domain function.
    const direct = await rejectionOf(
      linkManyCollaborations(
        createInnerContext({
          db: world.db,
          clock: world.clock,
          secrets: world.secrets,
          locale: 'en',
          identity: { userId: world.ids.fullEmployee },
        }),
        { links },
      ),
    );
    expect(direct).toMatchObject({ code: 'BAD_REQUEST', appCode: 'LEGACY_LINK_TOO_MANY' });
  });

  it('refuses an empty list and a row listed twice', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    expect(await fieldProblemsOf(caller.collaborations.linkMany({ links: [] }))).toEqual({
      links: [{ code: 'REQUIRED', params: {} }],
    });
    const id = crypto.randomUUID();
    expect(
      await fieldProblemsOf(caller.collaborations.linkMany({ links: [link(id), link(id)] })),
    ).toEqual({ links: [{ code: 'LEGACY_LINK_LISTED_TWICE', params: {} }] });
  });
});
