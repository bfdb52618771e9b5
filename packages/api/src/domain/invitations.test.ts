import { accessGrants, collaborations, invitations, outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../index.js';
import { rejectionOf } from '../test-support/errors.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';
import { hashInvitationToken } from './tokens.js';

let world: TestWorld;
/** The token in the first invitation e-mail of the invitation the test started with. */
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
    ],
  });
  invitationId = result.invitation?.id ?? '';
  token = world.invitationTokens()[0] ?? '';
});

describe('given an invitation link', () => {
  it('shows what the accept page needs, to anyone holding it', async () => {
    const view = await opened(world.callerFor(null).invitations.byToken({ token }));
    expect(view).toEqual({
      agencyName: 'Byrå Alfa AB',
      customerName: 'Ägarbolaget AB',
      invitedByName: 'Frida Full',
      services: [
        {
          service: 'eekonomi',
          name: 'eEkonomi',
          options: { variant: 'smart', invoiceRecipient: 'agency' },
          invoiceRecipient: 'agency',
          needs: [],
        },
        {
          service: 'scanner',
          name: 'Scanner',
          options: {},
          invoiceRecipient: 'customer',
          needs: ['eekonomi'],
        },
      ],
      agencyAccess: [{ name: 'Petra Deltagare', roles: [] }],
      expiresAt: '2026-12-27T09:00:00.000Z',
      state: 'pending',
      viewer: { standing: 'signed_out' },
    });
  });

  it('changes nothing when opened, however often', async () => {
    const before = rowCounts(world.db);
    for (let opening = 0; opening < 3; opening++)
      await world.callerFor(null).invitations.byToken({ token });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('gives the same answer for an unknown token and a replaced one: an answer, not an error', async () => {
    await world.callerFor(world.ids.fullEmployee).invitations.resend({ invitationId });
    const unknown = await world.callerFor(null).invitations.byToken({ token: 'x'.repeat(43) });
    const replaced = await world.callerFor(null).invitations.byToken({ token });
    expect(unknown).toEqual({ state: 'invalid' });
    expect(replaced).toEqual(unknown);
  });
});

/** The invitation a link opens; fails the test when the link opens none. */
async function opened(answer: Promise<RouterOutputs['invitations']['byToken']>) {
  const view = await answer;
  if (!('viewer' in view)) throw new Error(`The link opened no invitation: ${view.state}`);
  return view;
}

describe('given a signed-in person opening the link', () => {
  it('tells an admin of the invited company that they can answer', async () => {
    const view = await opened(world.callerFor(world.ids.adminKim).invitations.byToken({ token }));
    expect(view.viewer).toEqual({
      standing: 'can_answer',
      name: 'Kim Ägare',
      accountName: 'Ägarbolaget AB',
    });
    expect(view.state).toBe('pending');
  });

  it('tells an admin of another company that it is the wrong company, naming both', async () => {
    const view = await opened(
      world.callerFor(world.ids.otherCompanyAdmin).invitations.byToken({ token }),
    );
    expect(view.viewer).toEqual({
      standing: 'wrong_company',
      customerName: 'Ägarbolaget AB',
      accountName: 'Annat Företag AB',
    });
    const refusal = await rejectionOf(
      world.callerFor(world.ids.otherCompanyAdmin).invitations.accept({ token }),
    );
    expect(refusal.params).toEqual({
      customerName: 'Ägarbolaget AB',
      accountName: 'Annat Företag AB',
    });
  });

  it('tells a user who is not an admin who the admins are, with masked e-mail addresses', async () => {
    const view = await opened(world.callerFor(world.ids.plainUser).invitations.byToken({ token }));
    expect(view.viewer).toEqual({
      standing: 'not_admin',
      accountName: 'Ägarbolaget AB',
      admins: [
        { name: 'Kim Ägare', maskedEmail: 'k***@agarbolaget.se' },
        { name: 'Lo Ekonomi', maskedEmail: 'l***@agarbolaget.se' },
      ],
    });
    expect(JSON.stringify(view)).not.toContain('kim@agarbolaget.se');
  });

  it('tells an agency employee that only a user of the company can answer', async () => {
    const view = await opened(
      world.callerFor(world.ids.fullEmployee).invitations.byToken({ token }),
    );
    expect(view.viewer).toEqual({ standing: 'not_account_user' });
  });

  it('keeps the standing beside the invitation’s own state, which the page puts first', async () => {
    world.clock.advanceDays(30);
    const view = await opened(world.callerFor(world.ids.adminKim).invitations.byToken({ token }));
    expect(view).toMatchObject({ state: 'expired', viewer: { standing: 'can_answer' } });
  });

  it('changes nothing for any of them', async () => {
    const before = rowCounts(world.db);
    for (const userId of [
      world.ids.adminKim,
      world.ids.plainUser,
      world.ids.otherCompanyAdmin,
      world.ids.fullEmployee,
    ])
      await world.callerFor(userId).invitations.byToken({ token });
    expect(rowCounts(world.db)).toEqual(before);
    expect(world.db.select().from(invitations).get()?.status).toBe('pending');
  });

  it('names a replaced link only to a user of the invited company, as accepting does', async () => {
    await world.callerFor(world.ids.fullEmployee).invitations.resend({ invitationId });
    for (const userId of [world.ids.adminKim, world.ids.plainUser]) {
      expect(await world.callerFor(userId).invitations.byToken({ token })).toEqual({
        state: 'replaced',
      });
    }
    for (const userId of [null, world.ids.otherCompanyAdmin, world.ids.fullEmployee]) {
      expect(await world.callerFor(userId).invitations.byToken({ token })).toEqual({
        state: 'invalid',
      });
      expect(await world.callerFor(userId).invitations.byToken({ token: 'x'.repeat(43) })).toEqual({
        state: 'invalid',
      });
    }
  });
});

describe('given the stored invitation', () => {
  it('keeps only a SHA-256 hash of the token, and no copy of the token anywhere in the database', () => {
    const stored = world.db.select().from(invitations).get();
    expect(stored?.tokenHash).toBe(hashInvitationToken(token));
    const dump = world.db.$client
      .prepare("select name from sqlite_master where type = 'table'")
      .all()
      .map((row) =>
        JSON.stringify(
          world.db.$client.prepare(`select * from "${(row as { name: string }).name}"`).all(),
        ),
      )
      .join('\n');
    expect(token).toHaveLength(43);
    expect(dump).not.toContain(token);
  });
});

describe('given an admin of the invited company', () => {
  it('accepts: the services become active, participants get access, admins and the inviter are told', async () => {
    const result = await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    expect(result.collaborations.map((collaboration) => collaboration.status)).toEqual([
      'active',
      'active',
    ]);

    const rows = world.db.select().from(collaborations).all();
    expect(rows.every((row) => row.status === 'active' && row.activatedAt !== null)).toBe(true);
    const grants = world.db.select().from(accessGrants).all();
    const eEkonomiId = rows.find((row) => row.service === 'eekonomi')?.id;
    expect(
      grants
        .filter((grant) => grant.collaborationId === eEkonomiId)
        .map((grant) => [grant.subjectId, grant.reason])
        .sort(),
    ).toEqual(
      [
        [world.ids.participantOne, 'task_participant'],
        [world.ids.adminKim, 'contact_person'],
        [world.ids.adminLo, 'account_admin'],
      ].sort(),
    );
    const emails = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.kind, 'email'))
      .all();
    expect(
      emails
        .filter((email) => email.topic === 'company_has_access')
        .map((email) => email.recipient)
        .sort(),
    ).toEqual(['kim@agarbolaget.se', 'lo@agarbolaget.se']);
    expect(
      emails
        .filter((email) => email.topic === 'invitation_accepted')
        .map((email) => email.recipient),
    ).toEqual(['frida.full@byra.se']);
    const view = await opened(world.callerFor(null).invitations.byToken({ token }));
    expect(view.state).toBe('accepted');
  });

  it('says which of the agency’s staff got access with the accepted services', async () => {
    const result = await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    expect(result.agencyAccess).toEqual([{ name: 'Petra Deltagare' }]);
  });

  it('wipes every sealed copy of the token once answered', async () => {
    expect(world.invitationTokens()).toHaveLength(2);
    await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    const sealed = world.db
      .select()
      .from(outboxMessages)
      .all()
      .filter((message) => message.sealedSecret !== null);
    expect(sealed).toEqual([]);
  });

  it('cannot use the same link twice', async () => {
    await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    const again = await rejectionOf(
      world.callerFor(world.ids.adminLo).invitations.accept({ token }),
    );
    expect(again).toMatchObject({ code: 'CONFLICT', appCode: 'INVITATION_ALREADY_ACCEPTED' });
    const declineAfter = await rejectionOf(
      world.callerFor(world.ids.adminLo).invitations.decline({ token }),
    );
    expect(declineAfter).toMatchObject({
      code: 'CONFLICT',
      appCode: 'INVITATION_ALREADY_ACCEPTED',
    });
  });

  it('lets exactly one of two admins accepting at the same moment succeed', async () => {
    const outcomes = await Promise.allSettled([
      world.callerFor(world.ids.adminKim).invitations.accept({ token }),
      world.callerFor(world.ids.adminLo).invitations.accept({ token }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(
      await rejectionOf(Promise.reject(rejected?.status === 'rejected' ? rejected.reason : null)),
    ).toMatchObject({
      code: 'CONFLICT',
      appCode: 'INVITATION_ALREADY_ACCEPTED',
    });
    const notices = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'invitation_accepted'))
      .all();
    expect(notices).toHaveLength(1);
  });

  it('cannot accept once the invitation has expired, 30 days after it was sent', async () => {
    world.clock.advanceDays(30);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.adminKim).invitations.accept({ token }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      appCode: 'INVITATION_EXPIRED',
      params: { expiresAt: '2026-12-27' },
    });
    expect((await world.callerFor(null).invitations.byToken({ token })).state).toBe('expired');
  });

  it('can still accept the day before it expires', async () => {
    world.clock.advanceDays(29);
    const result = await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    expect(result.collaborations).toHaveLength(2);
  });

  it('declines with a reason, which the inviting employee is told', async () => {
    await world
      .callerFor(world.ids.adminLo)
      .invitations.decline({ token, reason: 'Vi sköter bokföringen själva.' });
    const rows = world.db.select().from(collaborations).all();
    expect(rows.every((row) => row.status === 'declined')).toBe(true);
    const notice = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'invitation_declined'))
      .get();
    expect(notice).toMatchObject({
      recipient: 'frida.full@byra.se',
      payload: { reason: 'Vi sköter bokföringen själva.' },
    });
    expect(world.db.select().from(accessGrants).all()).toEqual([]);
  });
});

describe('given a user who may not answer', () => {
  it('refuses an admin of another company, naming both companies', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.otherCompanyAdmin).invitations.accept({ token }),
    );
    expect(refusal).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'INVITATION_WRONG_COMPANY',
      params: { customerName: 'Ägarbolaget AB', accountName: 'Annat Företag AB' },
    });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses a user of the right company who is not an admin, and says who the admins are', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.plainUser).invitations.accept({ token }),
    );
    expect(refusal).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'ACCOUNT_ADMIN_REQUIRED',
      params: { accountName: 'Ägarbolaget AB', admins: 'k***@agarbolaget.se, l***@agarbolaget.se' },
    });
    const decline = await rejectionOf(
      world.callerFor(world.ids.plainUser).invitations.decline({ token }),
    );
    expect(decline.appCode).toBe('ACCOUNT_ADMIN_REQUIRED');
  });

  it('refuses an agency employee and an anonymous caller', async () => {
    expect(
      await rejectionOf(world.callerFor(world.ids.fullEmployee).invitations.accept({ token })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'ACCOUNT_USER_REQUIRED',
    });
    expect(await rejectionOf(world.callerFor(null).invitations.accept({ token }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('given a resent invitation', () => {
  it('rotates the token: the old link is named as replaced, the new one works', async () => {
    const resent = await world
      .callerFor(world.ids.fullEmployee)
      .invitations.resend({ invitationId });
    expect(resent.expiresAt).toBe('2026-12-27T09:00:00.000Z');
    const replaced = await rejectionOf(
      world.callerFor(world.ids.adminKim).invitations.accept({ token }),
    );
    expect(replaced).toMatchObject({ code: 'CONFLICT', appCode: 'INVITATION_REPLACED' });
    const newToken = world.invitationTokens()[0] ?? '';
    expect(newToken).not.toBe(token);
    const accepted = await world
      .callerFor(world.ids.adminKim)
      .invitations.accept({ token: newToken });
    expect(accepted.collaborations).toHaveLength(2);
  });

  it('does not send the e-mails that carried the old token, and wipes their sealed token', async () => {
    await world.callerFor(world.ids.fullEmployee).invitations.resend({ invitationId });
    const mails = world.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, 'invitation'))
      .all();
    expect(mails.filter((mail) => mail.status === 'superseded')).toHaveLength(2);
    expect(
      mails.filter((mail) => mail.status === 'superseded' && mail.sealedSecret !== null),
    ).toEqual([]);
    expect(mails.filter((mail) => mail.status === 'pending')).toHaveLength(2);
  });

  it('gives an expired invitation a fresh 30 days', async () => {
    world.clock.advanceDays(40);
    const resent = await world
      .callerFor(world.ids.fullEmployee)
      .invitations.resend({ invitationId });
    expect(resent.expiresAt).toBe('2027-02-05T09:00:00.000Z');
    const newToken = world.invitationTokens()[0] ?? '';
    expect((await world.callerFor(null).invitations.byToken({ token: newToken })).state).toBe(
      'pending',
    );
  });

  it('cannot be resent once answered', async () => {
    await world.callerFor(world.ids.adminKim).invitations.accept({ token });
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).invitations.resend({ invitationId }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      appCode: 'INVITATION_NOT_PENDING',
      params: { status: 'accepted' },
    });
  });
});

describe('given a cancelled invitation', () => {
  it('cancels its collaborations, and the link says so', async () => {
    await world.callerFor(world.ids.fullEmployee).invitations.cancel({ invitationId });
    expect(
      world.db
        .select()
        .from(collaborations)
        .all()
        .every((row) => row.status === 'cancelled'),
    ).toBe(true);
    expect((await world.callerFor(null).invitations.byToken({ token })).state).toBe('cancelled');
    const refusal = await rejectionOf(
      world.callerFor(world.ids.adminKim).invitations.accept({ token }),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', appCode: 'INVITATION_CANCELLED' });
  });
});

describe('given an employee without full rights', () => {
  it('can neither resend nor cancel', async () => {
    const before = rowCounts(world.db);
    const caller = world.callerFor(world.ids.standardEmployee);
    expect(await rejectionOf(caller.invitations.resend({ invitationId }))).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'FULL_RIGHTS_REQUIRED',
    });
    expect(await rejectionOf(caller.invitations.cancel({ invitationId }))).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'FULL_RIGHTS_REQUIRED',
    });
    expect(rowCounts(world.db)).toEqual(before);
  });
});

describe('given another agency', () => {
  it('can neither resend nor cancel agency A’s invitation, which it is told does not exist', async () => {
    const before = rowCounts(world.db);
    const caller = world.callerFor(world.ids.otherAgencyEmployee);
    expect(await rejectionOf(caller.invitations.resend({ invitationId }))).toMatchObject({
      code: 'NOT_FOUND',
      appCode: 'INVITATION_NOT_FOUND',
    });
    expect(await rejectionOf(caller.invitations.cancel({ invitationId }))).toMatchObject({
      code: 'NOT_FOUND',
      appCode: 'INVITATION_NOT_FOUND',
    });
    expect(rowCounts(world.db)).toEqual(before);
  });
});

describe('given a signed-in admin in the company’s own view', () => {
  it('accepts a pending invitation by its id, with the same rules as the link', async () => {
    const result = await world.callerFor(world.ids.adminLo).invitations.accept({ invitationId });
    expect(result.collaborations.map((collaboration) => collaboration.status)).toEqual([
      'active',
      'active',
    ]);
    expect(
      await rejectionOf(world.callerFor(world.ids.adminKim).invitations.accept({ invitationId })),
    ).toMatchObject({
      code: 'CONFLICT',
      appCode: 'INVITATION_ALREADY_ACCEPTED',
    });
  });

  it('declines by id with a reason', async () => {
    await world
      .callerFor(world.ids.adminKim)
      .invitations.decline({ invitationId, reason: 'Inte nu.' });
    expect(
      world.db
        .select()
        .from(collaborations)
        .all()
        .every((row) => row.status === 'declined'),
    ).toBe(true);
  });

  it('cannot reach another company’s invitation by id, nor a non-admin', async () => {
    expect(
      await rejectionOf(
        world.callerFor(world.ids.otherCompanyAdmin).invitations.accept({ invitationId }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', appCode: 'INVITATION_NOT_FOUND' });
    expect(
      await rejectionOf(world.callerFor(world.ids.plainUser).invitations.accept({ invitationId })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'ACCOUNT_ADMIN_REQUIRED',
    });
  });

  it('needs exactly one of the token and the id', async () => {
    const caller = world.callerFor(world.ids.adminKim);
    expect(await rejectionOf(caller.invitations.accept({}))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await rejectionOf(caller.invitations.accept({ token, invitationId }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
