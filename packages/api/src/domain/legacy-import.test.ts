import { legacyImportMaximumCharacters, legacyImportMaximumRows } from '@collab/contracts';
import {
  accessGrants,
  auditEvents,
  collaborations,
  customerAccounts,
  customers,
  outboxMessages,
} from '@collab/db';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createInnerContext } from '../context.js';
import { rejectionOf } from '../test-support/errors.js';
import { callOverHttp } from '../test-support/http.js';
import { createTestWorld, rowCounts, type TestWorld } from '../test-support/world.js';
import { importLegacyCollaborations } from './legacy-import.js';

let world: TestWorld;
beforeEach(() => {
  world = createTestWorld();
});

function customerOf(agencyId: string, orgNumber: string) {
  return world.db
    .select()
    .from(customers)
    .where(and(eq(customers.agencyId, agencyId), eq(customers.orgNumber, orgNumber)))
    .get();
}

function accountOf(orgNumber: string) {
  return world.db
    .select()
    .from(customerAccounts)
    .where(eq(customerAccounts.orgNumber, orgNumber))
    .get();
}

/** The domain function itself, for what the router does not pass: progress and test hooks. */
function fullEmployeeContext() {
  return createInnerContext({
    db: world.db,
    secrets: world.secrets,
    clock: world.clock,
    locale: 'en',
    identity: { userId: world.ids.fullEmployee },
  });
}

describe('given a good file with semicolons, as Swedish Excel writes it', () => {
  it('creates active, unlinked collaborations that the overview lists as unlinked', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const result = await caller.collaborations.importLegacy({
      csv: [
        'organisationsnummer;kundnamn;tjänst;startdatum',
        '556036-0793;Ägarbolaget AB;Löpande bokföring;2024-01-01',
        '5561234567;Nya Bolaget AB;Bokslut;2023-07-15',
      ].join('\r\n'),
    });

    expect(result).toMatchObject({ total: 2, created: 2, skipped: 0, failed: 0 });
    expect(result.rows).toEqual([
      {
        row: 2,
        orgNumber: '556036-0793',
        outcome: 'created',
        collaborationId: expect.any(String),
      },
      {
        row: 3,
        orgNumber: '556123-4567',
        outcome: 'created',
        collaborationId: expect.any(String),
      },
    ]);

    const unlinked = await caller.collaborations.list({ linked: false });
    expect(
      unlinked.items
        .map((item) => [
          item.customer.orgNumber,
          item.legacyServiceName,
          item.status,
          item.linked,
          item.service,
          item.task,
          item.activatedAt,
        ])
        .sort(),
    ).toEqual(
      [
        [
          '556036-0793',
          'Löpande bokföring',
          'active',
          false,
          null,
          null,
          '2024-01-01T00:00:00.000Z',
        ],
        ['556123-4567', 'Bokslut', 'active', false, null, null, '2023-07-15T00:00:00.000Z'],
      ].sort(),
    );
  });

  it('stores what an import is, records it in the audit, grants nothing and e-mails nobody', async () => {
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n556036-0793;Ägarbolaget AB; Löner ;2024-03-01\n',
    });
    const collaborationId = result.rows[0]?.collaborationId ?? '';
    const stored = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, collaborationId))
      .get();
    expect(stored).toMatchObject({
      agencyId: world.ids.agencyA,
      customerId: world.ids.existingCustomer,
      accountId: world.ids.existingAccount,
      service: null,
      taskId: null,
      legacyServiceName: 'Löner',
      options: {},
      status: 'active',
      invitationId: null,
      createdById: world.ids.fullEmployee,
      activatedAt: new Date('2024-03-01T00:00:00.000Z'),
      createdAt: world.clock.now(),
      updatedAt: world.clock.now(),
    });
    const audit = world.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.collaborationId, collaborationId))
      .all();
    expect(audit).toMatchObject([
      {
        agencyId: world.ids.agencyA,
        accountId: world.ids.existingAccount,
        actorType: 'employee',
        actorId: world.ids.fullEmployee,
        action: 'collaboration.imported',
        before: null,
        after: { status: 'active', legacyServiceName: 'Löner', startDate: '2024-03-01' },
      },
    ]);
    expect(world.db.select().from(accessGrants).all()).toEqual([]);
    expect(world.db.select().from(outboxMessages).all()).toEqual([]);
  });
});

describe('given a good file with commas, a BOM, CRLF and English headers', () => {
  it('creates the collaborations the same way', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const result = await caller.collaborations.importLegacy({
      csv: '\uFEFFOrganisation number,Customer name,Service,Start date\r\n"2021006255","Annat Företag, AB",Payroll,2022-12-31\r\n5566778899,Nykund AB,Annual accounts,2024-02-29\r\n',
    });
    expect(result).toMatchObject({ total: 2, created: 2, skipped: 0, failed: 0 });
    const unlinked = await caller.collaborations.list({ linked: false });
    expect(
      unlinked.items.map((item) => [item.customer.name, item.legacyServiceName]).sort(),
    ).toEqual([
      ['Annat Företag AB', 'Payroll'],
      ['Nykund AB', 'Annual accounts'],
    ]);
  });
});

describe('given organisation numbers the agency knows and does not know', () => {
  it('reuses the known customers and accounts, leaving their names as they are', async () => {
    const before = rowCounts(world.db);
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: [
        'organisationsnummer;kundnamn;tjänst;startdatum',
        '5560360793;Ägarbolaget i Sverige AB;Bokslut;2024-01-01',
        '202100-6255;Annat Företag AB;Löner;2024-01-01',
      ].join('\n'),
    });
    expect(result.created).toBe(2);
    const after = rowCounts(world.db);
    expect(after.customer).toBe(before.customer);
    expect(after.customer_account).toBe(before.customer_account);
    expect(after.collaboration).toBe((before.collaboration ?? 0) + 2);
    expect(customerOf(world.ids.agencyA, '5560360793')?.name).toBe('Ägarbolaget AB');
    const stored = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, result.rows[1]?.collaborationId ?? ''))
      .get();
    expect(stored).toMatchObject({
      customerId: world.ids.otherCompany,
      accountId: world.ids.otherAccount,
    });
  });

  it('creates an account for a known customer that has none', async () => {
    expect(accountOf('5566778899')).toBeUndefined();
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n5566778899;Nykund AB;Bokslut;2024-01-01',
    });
    const account = accountOf('5566778899');
    expect(account?.name).toBe('Nykund AB');
    const stored = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, result.rows[0]?.collaborationId ?? ''))
      .get();
    expect(stored).toMatchObject({ customerId: world.ids.newCustomer, accountId: account?.id });
  });

  it('creates customers and accounts for unknown numbers, a company or a sole trader', async () => {
    await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: [
        'organisationsnummer;kundnamn;tjänst;startdatum',
        '556123-4567;Ålands Åkeri AB;Bokslut;2024-01-01',
        '850505-1238;Örjan Öst;Deklaration;2024-01-01',
      ].join('\n'),
    });
    expect(customerOf(world.ids.agencyA, '5561234567')).toMatchObject({
      name: 'Ålands Åkeri AB',
      searchName: 'ålands åkeri ab',
      companyType: 'aktiebolag',
      contactName: '',
      contactEmail: null,
      accountManagerId: null,
      createdAt: world.clock.now(),
    });
    expect(customerOf(world.ids.agencyA, '8505051238')).toMatchObject({
      name: 'Örjan Öst',
      searchName: 'örjan öst',
      companyType: 'enskild_firma',
    });
    expect(accountOf('5561234567')?.name).toBe('Ålands Åkeri AB');
    expect(accountOf('8505051238')?.name).toBe('Örjan Öst');
  });

  it('creates one customer and one account for a new number on several rows', async () => {
    const before = rowCounts(world.db);
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: [
        'organisationsnummer;kundnamn;tjänst;startdatum',
        '5561234567;Nya Bolaget AB;Bokslut;2024-01-01',
        '5561234567;Nya Bolaget AB;Löner;2024-01-01',
        '5561234567;Nya Bolaget AB;Bokslut;2025-01-01',
      ].join('\n'),
    });
    expect(result.created).toBe(3);
    const after = rowCounts(world.db);
    expect(after.customer).toBe((before.customer ?? 0) + 1);
    expect(after.customer_account).toBe((before.customer_account ?? 0) + 1);
    expect(after.collaboration).toBe((before.collaboration ?? 0) + 3);
  });
});

describe('given a mix of good and bad rows', () => {
  it('gives every row its result, with its line number and reason, and writes only the good ones', async () => {
    const before = rowCounts(world.db);
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: [
        'organisationsnummer;kundnamn;tjänst;startdatum',
        '5560360793;Ägarbolaget AB;Bokslut;2024-01-01',
        '556036-0794;Fel Kontrollsiffra AB;Bokslut;2024-01-01',
        '',
        '55603607;För Kort AB;Bokslut;2024-01-01',
        'ABC;Bokstäver AB;Bokslut;2024-01-01',
        ';Utan Nummer AB;Bokslut;2024-01-01',
        '5561234567;;Bokslut;2024-01-01',
        '5561234567;Utan Tjänst AB;;2024-01-01',
        '5561234567;Fel Datum AB;Bokslut;2025-02-30',
        '5561234567;Fel Format AB;Bokslut;1/2/2024',
        '5561234567;Tre Kolumner AB;Bokslut',
        '2021006255;Annat Företag AB;Löner;2024-06-01',
      ].join('\n'),
    });

    expect(result).toMatchObject({ total: 11, created: 2, skipped: 0, failed: 9 });
    expect(result.rows.map((row) => [row.row, row.orgNumber, row.outcome, row.error])).toEqual([
      [2, '556036-0793', 'created', undefined],
      [
        3,
        '556036-0794',
        'error',
        {
          code: 'ORG_NUMBER_CHECK_DIGIT',
          message: 'The check digit does not match. Check the organisation number.',
        },
      ],
      [
        5,
        '55603607',
        'error',
        {
          code: 'ORG_NUMBER_WRONG_LENGTH',
          message: 'The organisation number must have 10 digits, for example 556036-0793.',
        },
      ],
      [
        6,
        'ABC',
        'error',
        {
          code: 'ORG_NUMBER_INVALID_CHARACTERS',
          message: 'The organisation number may only contain digits and a dash.',
        },
      ],
      [7, null, 'error', { code: 'ORG_NUMBER_EMPTY', message: 'Enter an organisation number.' }],
      [
        8,
        '556123-4567',
        'error',
        { code: 'LEGACY_ROW_NAME_MISSING', message: 'The customer name is missing.' },
      ],
      [
        9,
        '556123-4567',
        'error',
        { code: 'LEGACY_ROW_SERVICE_MISSING', message: 'The service name is missing.' },
      ],
      [
        10,
        '556123-4567',
        'error',
        {
          code: 'LEGACY_ROW_DATE_INVALID',
          message: 'The start date “2025-02-30” is not a date of the form YYYY-MM-DD.',
        },
      ],
      [
        11,
        '556123-4567',
        'error',
        {
          code: 'LEGACY_ROW_DATE_INVALID',
          message: 'The start date “1/2/2024” is not a date of the form YYYY-MM-DD.',
        },
      ],
      [
        12,
        '5561234567',
        'error',
        {
          code: 'LEGACY_ROW_COLUMN_COUNT',
          message: 'The row has 3 columns, but should have 4.',
        },
      ],
      [13, '202100-6255', 'created', undefined],
    ]);

    const after = rowCounts(world.db);
    expect(after.collaboration).toBe((before.collaboration ?? 0) + 2);
    expect(after.audit_event).toBe((before.audit_event ?? 0) + 2);
    expect(after.customer).toBe(before.customer);
    expect(customerOf(world.ids.agencyA, '5561234567')).toBeUndefined();
  });

  it('gives the reasons in Swedish to a Swedish caller', async () => {
    const result = await world.callerFor(world.ids.fullEmployee, 'sv').collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n5560360793;Ägarbolaget AB;;2024-01-01',
    });
    expect(result.rows[0]?.error).toEqual({
      code: 'LEGACY_ROW_SERVICE_MISSING',
      message: 'Tjänstens namn saknas.',
    });
  });
});

describe('given cells that a spreadsheet would run as formulas', () => {
  it('refuses those rows with their row number, in English and Swedish, and stores no formula', async () => {
    const csv = [
      'organisationsnummer;kundnamn;tjänst;startdatum',
      '5560360793;"=cmd|\' /C calc\'!A0";Bokslut;2024-01-01',
      '5561234567;Nya Bolaget AB;"\t@SUM(1+1)";2024-01-01',
      '5566778899;Bygg-Nisse AB;Löner - bas;2024-01-01',
    ].join('\n');
    const english = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv,
    });
    expect(english.rows).toEqual([
      {
        row: 2,
        orgNumber: '556036-0793',
        outcome: 'error',
        error: {
          code: 'LEGACY_ROW_NAME_FORMULA',
          message:
            'The customer name starts with “=”, which a spreadsheet reads as the start of a formula. Remove the character in the file and import again.',
        },
      },
      {
        row: 3,
        orgNumber: '556123-4567',
        outcome: 'error',
        error: {
          code: 'LEGACY_ROW_SERVICE_FORMULA',
          message:
            'The service name starts with “@”, which a spreadsheet reads as the start of a formula. Remove the character in the file and import again.',
        },
      },
      { row: 4, orgNumber: '556677-8899', outcome: 'created', collaborationId: expect.any(String) },
    ]);
    const stored = world.db.select().from(collaborations).all();
    expect(stored.map((collaboration) => collaboration.legacyServiceName)).toEqual(['Löner - bas']);
    expect(world.db.select({ name: customers.name }).from(customers).all()).not.toContainEqual({
      name: expect.stringMatching(/^[=+\-@\t\r]/),
    });

    const swedish = await world
      .callerFor(world.ids.fullEmployee, 'sv')
      .collaborations.importLegacy({ csv });
    expect(swedish.rows[0]?.error?.message).toBe(
      'Kundnamnet börjar med ”=”, som ett kalkylprogram läser som början på en formel. Ta bort tecknet i filen och importera igen.',
    );
  });
});

describe('given the same file imported twice', () => {
  it('creates nothing the second time and says each row is a duplicate of what is there', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    const csv = [
      'organisationsnummer;kundnamn;tjänst;startdatum',
      '5560360793;Ägarbolaget AB;Bokslut;2024-01-01',
      '5561234567;Nya Bolaget AB;Löner;2024-01-01',
      '8505051238;Örjan Öst;Deklaration;2024-01-01',
    ].join('\n');
    const first = await caller.collaborations.importLegacy({ csv });
    expect(first.created).toBe(3);
    const afterFirst = rowCounts(world.db);

    const second = await caller.collaborations.importLegacy({ csv });

    expect(second).toMatchObject({ total: 3, created: 0, skipped: 3, failed: 0 });
    expect(second.rows.map((row) => [row.row, row.outcome, row.collaborationId])).toEqual(
      first.rows.map((row) => [row.row, 'skipped_duplicate', row.collaborationId]),
    );
    expect(rowCounts(world.db)).toEqual(afterFirst);
  });

  it('counts a service name in another case or with spaces around it as the same', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    await caller.collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n5560360793;Ägarbolaget AB;Löpande bokföring;2024-01-01',
    });
    const afterFirst = rowCounts(world.db);
    const second = await caller.collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n556036-0793;Ägarbolaget AB;  LÖPANDE BOKFÖRING ;2024-01-01',
    });
    expect(second.rows[0]?.outcome).toBe('skipped_duplicate');
    expect(rowCounts(world.db)).toEqual(afterFirst);
  });

  it('still imports the same service with another start date', async () => {
    const caller = world.callerFor(world.ids.fullEmployee);
    await caller.collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n5560360793;Ägarbolaget AB;Bokslut;2024-01-01',
    });
    const second = await caller.collaborations.importLegacy({
      csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n5560360793;Ägarbolaget AB;Bokslut;2025-01-01',
    });
    expect(second.rows[0]?.outcome).toBe('created');
  });
});

describe('given the same row twice in one file', () => {
  it('creates it once and skips the repeat as a duplicate of the first', async () => {
    const before = rowCounts(world.db);
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: [
        'organisationsnummer;kundnamn;tjänst;startdatum',
        '5561234567;Nya Bolaget AB;Bokslut;2024-01-01',
        '5560360793;Ägarbolaget AB;Bokslut;2024-01-01',
        '556123-4567;Nya Bolaget AB;bokslut ;2024-01-01',
      ].join('\n'),
    });
    expect(result).toMatchObject({ total: 3, created: 2, skipped: 1, failed: 0 });
    expect(result.rows[2]).toEqual({
      row: 4,
      orgNumber: '556123-4567',
      outcome: 'skipped_duplicate',
      collaborationId: result.rows[0]?.collaborationId,
    });
    expect(rowCounts(world.db).collaboration).toBe((before.collaboration ?? 0) + 2);
  });
});

describe('given a file that cannot be imported', () => {
  it('refuses an empty file and writes nothing', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({ csv: '' }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'LEGACY_FILE_EMPTY' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses a file of whitespace only', async () => {
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({ csv: '\r\n  \r\n' }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'LEGACY_FILE_EMPTY' });
  });

  it('refuses a file with a header and no rows', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
        csv: 'organisationsnummer;kundnamn;tjänst;startdatum\r\n',
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'LEGACY_FILE_EMPTY' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses the wrong columns, saying which are expected', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
        csv: 'kundnr;kundnamn;tjänst;startdatum\n5560360793;Ägarbolaget AB;Bokslut;2024-01-01',
      }),
    );
    expect(refusal).toEqual({
      code: 'BAD_REQUEST',
      appCode: 'LEGACY_WRONG_COLUMNS',
      params: { expected: 'organisationsnummer;kundnamn;tjänst;startdatum' },
    });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses a Latin-1 file read as UTF-8, even when only a late row shows it', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
        csv: [
          'organisationsnummer;kundnamn;tjanst;startdatum',
          '5560360793;Agarbolaget AB;Bokslut;2024-01-01',
          '5561234567;\uFFFDkesson \uFFFDgare \uFFFDberg;Bokf\uFFFDring;2024-01-01',
        ].join('\n'),
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'LEGACY_WRONG_ENCODING' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses UTF-8 that was read as Latin-1 on its way', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
        csv: 'organisationsnummer;kundnamn;tjÃ¤nst;startdatum\n5560360793;Ã…kesson Ã„gare Ã–berg;BokfÃ¶ring;2024-01-01',
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'LEGACY_WRONG_ENCODING' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses more rows than the maximum', { timeout: 30_000 }, async () => {
    const before = rowCounts(world.db);
    const row = '5560360793;Ägarbolaget AB;Bokslut;2024-01-01\n';
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
        csv: `organisationsnummer;kundnamn;tjänst;startdatum\n${row.repeat(legacyImportMaximumRows + 1)}`,
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'LEGACY_FILE_TOO_LARGE' });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses more characters than the maximum, as a field error on the file over HTTP', async () => {
    const before = rowCounts(world.db);
    const response = await callOverHttp(world, {
      userId: world.ids.fullEmployee,
      procedure: 'collaborations.importLegacy',
      type: 'mutation',
      input: { csv: 'x'.repeat(legacyImportMaximumCharacters + 1) },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        data: {
          appCode: 'VALIDATION_FAILED',
          fieldErrors: {
            csv: [
              {
                code: 'LEGACY_FILE_TOO_LARGE',
                message:
                  'The file is too large. Split it into files of at most 50,000 rows and 5 MB.',
              },
            ],
          },
        },
      },
    });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('refuses more characters than the maximum when called without the router', async () => {
    const refusal = await rejectionOf(
      importLegacyCollaborations(fullEmployeeContext(), {
        csv: 'x'.repeat(legacyImportMaximumCharacters + 1),
      }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', appCode: 'LEGACY_FILE_TOO_LARGE' });
  });

  it('refuses a quote that is never closed, naming its row, and writes nothing', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
        csv: [
          'organisationsnummer;kundnamn;tjänst;startdatum',
          '5560360793;Ägarbolaget AB;Bokslut;2024-01-01',
          '5561234567;"Nya Bolaget AB;Löner;2024-01-01',
          '2021006255;Annat Företag AB;Löner;2024-01-01',
        ].join('\n'),
      }),
    );
    expect(refusal).toEqual({
      code: 'BAD_REQUEST',
      appCode: 'LEGACY_FILE_MALFORMED',
      params: { row: 3 },
    });
    expect(rowCounts(world.db)).toEqual(before);
  });

  it('answers a plain HTTP client with 400 and the reason, never 500', async () => {
    const response = await callOverHttp(world, {
      userId: world.ids.fullEmployee,
      procedure: 'collaborations.importLegacy',
      type: 'mutation',
      input: { csv: 'organisationsnummer;kundnamn;tj\uFFFDnst;startdatum\n1;2;3;4' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        message:
          'The file is not saved as UTF-8 (å, ä and ö come out wrong). Save it as “CSV UTF-8” and try again.',
        data: { appCode: 'LEGACY_WRONG_ENCODING' },
      },
    });
  });
});

describe('given an employee without full rights', () => {
  it('refuses to import and writes nothing', async () => {
    const before = rowCounts(world.db);
    const refusal = await rejectionOf(
      world.callerFor(world.ids.standardEmployee).collaborations.importLegacy({
        csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n5560360793;Ägarbolaget AB;Bokslut;2024-01-01',
      }),
    );
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', appCode: 'FULL_RIGHTS_REQUIRED' });
    expect(rowCounts(world.db)).toEqual(before);
  });
});

describe('given callers who are not agency employees', () => {
  it('refuses an anonymous caller', async () => {
    const refusal = await rejectionOf(
      world.callerFor(null).collaborations.importLegacy({ csv: 'organisationsnummer' }),
    );
    expect(refusal).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'UNAUTHENTICATED' });
  });

  it('refuses a customer admin', async () => {
    const refusal = await rejectionOf(
      world
        .callerFor(world.ids.adminKim)
        .collaborations.importLegacy({ csv: 'organisationsnummer' }),
    );
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', appCode: 'EMPLOYEE_REQUIRED' });
  });
});

describe('given another agency importing an organisation number agency A has', () => {
  it('creates its own customer and leaves agency A’s customers alone', async () => {
    const agencyACustomer = customerOf(world.ids.agencyA, '5560360793');
    const result = await world
      .callerFor(world.ids.otherAgencyEmployee)
      .collaborations.importLegacy({
        csv: 'organisationsnummer;kundnamn;tjänst;startdatum\n5560360793;Ägarbolaget (Beta) AB;Bokslut;2024-01-01',
      });
    expect(result.created).toBe(1);

    const agencyBCustomer = customerOf(world.ids.agencyB, '5560360793');
    expect(agencyBCustomer?.name).toBe('Ägarbolaget (Beta) AB');
    expect(agencyBCustomer?.id).not.toBe(world.ids.existingCustomer);
    expect(customerOf(world.ids.agencyA, '5560360793')).toEqual(agencyACustomer);
    const stored = world.db
      .select()
      .from(collaborations)
      .where(eq(collaborations.id, result.rows[0]?.collaborationId ?? ''))
      .get();
    // The company's account is the company's, whichever agency works with it.
    expect(stored).toMatchObject({
      agencyId: world.ids.agencyB,
      customerId: agencyBCustomer?.id,
      accountId: world.ids.existingAccount,
    });

    const agencyAList = await world
      .callerFor(world.ids.fullEmployee)
      .collaborations.list({ linked: false });
    expect(agencyAList.items).toEqual([]);
  });

  it('does not count agency A’s imports as its own duplicates', async () => {
    const csv =
      'organisationsnummer;kundnamn;tjänst;startdatum\n5560360793;Ägarbolaget AB;Bokslut;2024-01-01';
    await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({ csv });
    const result = await world
      .callerFor(world.ids.otherAgencyEmployee)
      .collaborations.importLegacy({ csv });
    expect(result.rows[0]?.outcome).toBe('created');
  });
});

describe('given a row that fails halfway through its writes', () => {
  it('undoes that row whole, its new customer included, and imports the other rows', async () => {
    const before = rowCounts(world.db);
    const result = await importLegacyCollaborations(
      fullEmployeeContext(),
      {
        csv: [
          'organisationsnummer;kundnamn;tjänst;startdatum',
          '5561234567;Nya Bolaget AB;Bokslut;2024-01-01',
          '5569876542;Halvvägs AB;Bokslut;2024-01-01',
          '5561112227;Tredje Bolaget AB;Bokslut;2024-01-01',
        ].join('\n'),
      },
      undefined,
      {
        afterCustomerWritten: (row) => {
          if (row === 3) throw new Error('the disk filled up halfway through row 3');
        },
      },
    );

    expect(result.rows.map((row) => [row.row, row.outcome, row.error?.code])).toEqual([
      [2, 'created', undefined],
      [3, 'error', 'INTERNAL'],
      [4, 'created', undefined],
    ]);
    expect(customerOf(world.ids.agencyA, '5569876542')).toBeUndefined();
    expect(accountOf('5569876542')).toBeUndefined();
    expect(customerOf(world.ids.agencyA, '5561234567')).toBeDefined();
    expect(customerOf(world.ids.agencyA, '5561112227')).toBeDefined();
    const after = rowCounts(world.db);
    expect(after.customer).toBe((before.customer ?? 0) + 2);
    expect(after.customer_account).toBe((before.customer_account ?? 0) + 2);
    expect(after.collaboration).toBe((before.collaboration ?? 0) + 2);
    expect(after.audit_event).toBe((before.audit_event ?? 0) + 2);
  });

  it('imports the row when the file is imported again', async () => {
    const csv = [
      'organisationsnummer;kundnamn;tjänst;startdatum',
      '5561234567;Nya Bolaget AB;Bokslut;2024-01-01',
      '5569876542;Halvvägs AB;Bokslut;2024-01-01',
    ].join('\n');
    await importLegacyCollaborations(fullEmployeeContext(), { csv }, undefined, {
      afterCustomerWritten: (row) => {
        if (row === 3) throw new Error('interrupted');
      },
    });
    const again = await importLegacyCollaborations(fullEmployeeContext(), { csv });
    expect(again.rows.map((row) => row.outcome)).toEqual(['skipped_duplicate', 'created']);
    expect(customerOf(world.ids.agencyA, '5569876542')?.name).toBe('Halvvägs AB');
  });
});

describe('given a file larger than one chunk', () => {
  // 2,500 rows: a limit that fits the work on a busy machine (it took 7.5 s under a load of 15).
  it('reports progress after each chunk', { timeout: 30_000 }, async () => {
    const lines = ['organisationsnummer;kundnamn;tjänst;startdatum'];
    for (let index = 0; index < 2_500; index++) {
      lines.push(`5560360793;Ägarbolaget AB;Tjänst ${index};2024-01-01`);
    }
    const progress: [number, number][] = [];
    const result = await importLegacyCollaborations(
      fullEmployeeContext(),
      { csv: lines.join('\n') },
      (done, total) => progress.push([done, total]),
    );
    expect(result.created).toBe(2_500);
    expect(progress).toEqual([
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
  });

  // A generous limit for a busy machine; how fast it is, is the benchmark's business.
  it('imports 10,000 rows of new customers', { timeout: 60_000 }, async () => {
    const lines = ['organisationsnummer;kundnamn;tjänst;startdatum'];
    for (let index = 0; index < 10_000; index++) {
      const body = `556${String(index).padStart(6, '0')}`;
      lines.push(`${body}${luhnCheckDigitOf(body)};Kund ${index} AB;Bokföring;2024-01-01`);
    }
    const before = rowCounts(world.db);
    const result = await world.callerFor(world.ids.fullEmployee).collaborations.importLegacy({
      csv: lines.join('\r\n'),
    });
    expect(result).toMatchObject({ total: 10_000, created: 10_000, skipped: 0, failed: 0 });
    const after = rowCounts(world.db);
    expect(after.collaboration).toBe((before.collaboration ?? 0) + 10_000);
    expect(after.customer).toBe((before.customer ?? 0) + 10_000);
    expect(after.audit_event).toBe((before.audit_event ?? 0) + 10_000);
  });
});

/** The Luhn digit of a nine-digit body, written out here so the test checks the real rule. */
function luhnCheckDigitOf(body: string): number {
  let sum = 0;
  for (const [index, digit] of [...body].entries()) {
    let value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}
