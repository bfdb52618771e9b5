import { legacyImportMaximumRows } from '@collab/contracts';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import {
  companyTypeForOrgNumber,
  decodeLegacyCsvBytes,
  detectDelimiter,
  hasWrongEncoding,
  type LegacyCsvRow,
  legacyServiceKey,
  parseLegacyCsv,
  parseStartDate,
  readLegacyRow,
} from './legacy-csv.js';

/** The application code of what `work` throws, and its params. */
function refusalOf(work: () => unknown): { appCode: string; params: Record<string, unknown> } {
  try {
    work();
  } catch (error) {
    if (error instanceof Error && error.cause instanceof AppError) {
      return { appCode: error.cause.appCode, params: error.cause.params };
    }
    throw error;
  }
  throw new Error('Expected a refusal, but it succeeded.');
}

/** Latin-1 (ISO 8859-1) bytes of a string whose characters are all below U+0100. */
function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => character.charCodeAt(0)));
}

describe('given bytes to decode', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFÅkesson Ägare Öberg');
    expect(decodeLegacyCsvBytes(bytes)).toBe('Åkesson Ägare Öberg');
  });

  it('refuses the Latin-1 bytes of "Åkesson Ägare Öberg"', () => {
    const bytes = latin1Bytes('Åkesson Ägare Öberg');
    expect(refusalOf(() => decodeLegacyCsvBytes(bytes)).appCode).toBe('LEGACY_WRONG_ENCODING');
  });
});

describe('given text that may have been through the wrong encoding', () => {
  it('accepts plain Swedish text', () => {
    expect(hasWrongEncoding('Åkesson Ägare Öberg; Bokföring; Löner')).toBe(false);
  });

  it('finds replacement characters left by reading Latin-1 as UTF-8', () => {
    expect(hasWrongEncoding('\uFFFDkesson')).toBe(true);
  });

  it('finds UTF-8 read as Latin-1 or Windows-1252', () => {
    expect(hasWrongEncoding('BokfÃ¶ring')).toBe(true);
    expect(hasWrongEncoding('TjÃ¤nst')).toBe(true);
    expect(hasWrongEncoding('GÃ¥rd')).toBe(true);
    expect(hasWrongEncoding('Ã…kesson')).toBe(true);
    expect(hasWrongEncoding('Ã„gare')).toBe(true);
    expect(hasWrongEncoding('Ã–berg')).toBe(true);
  });

  it('leaves a real Ã alone', () => {
    expect(hasWrongEncoding('SÃO PAULO LTDA')).toBe(false);
  });
});

describe('given a header line', () => {
  it('picks the semicolon that Swedish Excel writes', () => {
    expect(detectDelimiter('organisationsnummer;kundnamn;tjänst;startdatum')).toBe(';');
  });

  it('picks the comma otherwise', () => {
    expect(detectDelimiter('organisation number,customer name,service,start date')).toBe(',');
    expect(detectDelimiter('nothing to split')).toBe(',');
  });
});

describe('given a whole file', () => {
  it('reads rows with their file line numbers, the header being row 1', () => {
    const rows = parseLegacyCsv(
      [
        'organisationsnummer;kundnamn;tjänst;startdatum',
        '556036-0793;Ägarbolaget AB;Bokföring;2024-01-01',
        '',
        '5566778899;"Nykund; Filial AB";Löner;2024-02-01',
      ].join('\n'),
    );
    expect(rows).toEqual([
      {
        row: 2,
        cells: {
          orgNumber: '556036-0793',
          customerName: 'Ägarbolaget AB',
          serviceName: 'Bokföring',
          startDate: '2024-01-01',
        },
        columnCount: 4,
        orgNumberText: '556036-0793',
      },
      {
        row: 4,
        cells: {
          orgNumber: '5566778899',
          customerName: 'Nykund; Filial AB',
          serviceName: 'Löner',
          startDate: '2024-02-01',
        },
        columnCount: 4,
        orgNumberText: '5566778899',
      },
    ]);
  });

  it('takes a BOM, CRLF, commas and English headers in any order', () => {
    const rows = parseLegacyCsv(
      '\uFEFFStart Date,Name,Org number,Service\r\n2024-01-01,"Bolaget, AB",5560360793,Bokslut\r\n',
    );
    expect(rows.map((row) => [row.row, row.cells])).toEqual([
      [
        2,
        {
          orgNumber: '5560360793',
          customerName: 'Bolaget, AB',
          serviceName: 'Bokslut',
          startDate: '2024-01-01',
        },
      ],
    ]);
  });

  it('numbers a row after a cell with a line break by the line it starts on', () => {
    const rows = parseLegacyCsv(
      'orgnr;namn;tjänst;start\r\n5560360793;"Två\r\nrader AB";Bokslut;2024-01-01\r\n5566778899;Nykund AB;Löner;2024-01-01\r\n',
    );
    expect(rows.map((row) => [row.row, row.cells?.customerName])).toEqual([
      [2, 'Två\nrader AB'],
      [4, 'Nykund AB'],
    ]);
  });

  it('counts columns, ignoring the empty ones Excel pads rows with', () => {
    const rows = parseLegacyCsv(
      [
        'orgnr;namn;tjänst;start;;',
        '5560360793;Ägarbolaget AB;Bokslut;2024-01-01;;',
        '5560360793;Ägarbolaget AB;2024-01-01',
        '5560360793;Ägarbolaget AB;Bokslut;2024-01-01;extra',
      ].join('\n'),
    );
    expect(rows.map((row) => [row.row, row.columnCount, row.cells === null])).toEqual([
      [2, 4, false],
      [3, 3, true],
      [4, 5, true],
    ]);
  });

  it('skips rows that are entirely empty', () => {
    const rows = parseLegacyCsv(
      'orgnr;namn;tjänst;start\n;;;\n   \n5560360793;Ägarbolaget AB;Bokslut;2024-01-01\n\n',
    );
    expect(rows.map((row) => row.row)).toEqual([4]);
  });

  it('refuses an empty file, one of whitespace, and one with a header only', () => {
    expect(refusalOf(() => parseLegacyCsv('')).appCode).toBe('LEGACY_FILE_EMPTY');
    expect(refusalOf(() => parseLegacyCsv(' \r\n\t\n')).appCode).toBe('LEGACY_FILE_EMPTY');
    expect(refusalOf(() => parseLegacyCsv('\uFEFF')).appCode).toBe('LEGACY_FILE_EMPTY');
    expect(
      refusalOf(() => parseLegacyCsv('organisationsnummer;kundnamn;tjänst;startdatum\r\n')).appCode,
    ).toBe('LEGACY_FILE_EMPTY');
  });

  it('refuses wrong, missing, repeated or extra columns, naming the expected header', () => {
    const expected = {
      appCode: 'LEGACY_WRONG_COLUMNS',
      params: { expected: 'organisationsnummer;kundnamn;tjänst;startdatum' },
    };
    expect(refusalOf(() => parseLegacyCsv('orgnr;namn;tjänst\n1;2;3'))).toEqual(expected);
    expect(refusalOf(() => parseLegacyCsv('orgnr;namn;tjänst;datum\n1;2;3;4'))).toEqual(expected);
    expect(refusalOf(() => parseLegacyCsv('orgnr;namn;namn;start\n1;2;3;4'))).toEqual(expected);
    expect(refusalOf(() => parseLegacyCsv('orgnr;namn;tjänst;start;extra\n1;2;3;4;5'))).toEqual(
      expected,
    );
    expect(refusalOf(() => parseLegacyCsv('5560360793;Ägarbolaget AB;Bokslut;2024-01-01'))).toEqual(
      expected,
    );
  });

  it('refuses the wrong encoding before looking at the columns', () => {
    expect(refusalOf(() => parseLegacyCsv('orgnr;namn;tj\uFFFDnst;start\n1;2;3;4')).appCode).toBe(
      'LEGACY_WRONG_ENCODING',
    );
  });

  it('refuses more rows than the maximum', { timeout: 30_000 }, () => {
    const row = '5560360793;Ägarbolaget AB;Bokslut;2024-01-01\n';
    const csv = `orgnr;namn;tjänst;start\n${row.repeat(legacyImportMaximumRows + 1)}`;
    expect(refusalOf(() => parseLegacyCsv(csv)).appCode).toBe('LEGACY_FILE_TOO_LARGE');
  });

  it('refuses a quote that is never closed, naming the row it opens on', () => {
    const csv = [
      'orgnr;namn;tjänst;start',
      '5560360793;Ägarbolaget AB;Bokslut;2024-01-01',
      '',
      '5566778899;"Nykund AB;Löner;2024-01-01',
      '2021006255;Annat Företag AB;Löner;2024-01-01',
    ].join('\n');
    expect(refusalOf(() => parseLegacyCsv(csv))).toEqual({
      appCode: 'LEGACY_FILE_MALFORMED',
      params: { row: 4 },
    });
  });

  it('keeps quotes inside an unquoted cell', () => {
    const rows = parseLegacyCsv(
      'orgnr;namn;tjänst;start\n5560360793;Bolaget "Norr" AB;X;2024-01-01',
    );
    expect(rows[0]?.cells?.customerName).toBe('Bolaget "Norr" AB');
  });
});

describe('given a row to read', () => {
  const row = (cells: Partial<NonNullable<LegacyCsvRow['cells']>>): LegacyCsvRow => {
    const all = {
      orgNumber: '556036-0793',
      customerName: 'Ägarbolaget AB',
      serviceName: 'Bokföring',
      startDate: '2024-01-31',
      ...cells,
    };
    return { row: 7, cells: all, columnCount: 4, orgNumberText: all.orgNumber.trim() };
  };

  it('accepts a good row, trimmed, with the start date at UTC midnight', () => {
    expect(readLegacyRow(row({ customerName: '  Ägarbolaget AB ', serviceName: ' X ' }))).toEqual({
      ok: true,
      row: 7,
      orgNumber: { digits: '5560360793', formatted: '556036-0793' },
      customerName: 'Ägarbolaget AB',
      serviceName: 'X',
      startDate: '2024-01-31',
      activatedAt: new Date('2024-01-31T00:00:00.000Z'),
    });
  });

  it('gives the organisation number problem as the ORG_NUMBER code', () => {
    expect(readLegacyRow(row({ orgNumber: '' }))).toMatchObject({
      ok: false,
      orgNumber: null,
      code: 'ORG_NUMBER_EMPTY',
    });
    expect(readLegacyRow(row({ orgNumber: 'ABC' }))).toMatchObject({
      orgNumber: 'ABC',
      code: 'ORG_NUMBER_INVALID_CHARACTERS',
    });
    expect(readLegacyRow(row({ orgNumber: '55603607' }))).toMatchObject({
      code: 'ORG_NUMBER_WRONG_LENGTH',
    });
    expect(readLegacyRow(row({ orgNumber: '556036-0794' }))).toMatchObject({
      orgNumber: '556036-0794',
      code: 'ORG_NUMBER_CHECK_DIGIT',
    });
  });

  it('refuses a missing name, service or date', () => {
    expect(readLegacyRow(row({ customerName: '  ' }))).toMatchObject({
      orgNumber: '556036-0793',
      code: 'LEGACY_ROW_NAME_MISSING',
    });
    expect(readLegacyRow(row({ serviceName: '' }))).toMatchObject({
      code: 'LEGACY_ROW_SERVICE_MISSING',
    });
    expect(readLegacyRow(row({ startDate: '2025-02-30' }))).toMatchObject({
      code: 'LEGACY_ROW_DATE_INVALID',
      params: { value: '2025-02-30' },
    });
  });

  it.each([
    ['=', "=cmd|' /C calc'!A0"],
    ['+', '+1+1'],
    ['-', '-2+3'],
    ['@', '@SUM(1+1)'],
    ['=', '\t=HYPERLINK("http://x")'],
    ['=', '\r=1+1'],
    ['=', '  =1+1'],
  ])('refuses a customer or service name starting with %s (%j) as a formula', (character, text) => {
    expect(readLegacyRow(row({ customerName: text }))).toMatchObject({
      ok: false,
      row: 7,
      orgNumber: '556036-0793',
      code: 'LEGACY_ROW_NAME_FORMULA',
      params: { character },
    });
    expect(readLegacyRow(row({ serviceName: text }))).toMatchObject({
      ok: false,
      row: 7,
      code: 'LEGACY_ROW_SERVICE_FORMULA',
      params: { character },
    });
  });

  it('keeps dashes, pluses and at signs inside names, and a dash in the org number', () => {
    expect(
      readLegacyRow(
        row({ orgNumber: '556036-0793', customerName: 'Bygg-Nisse AB', serviceName: 'A+B @ C' }),
      ),
    ).toMatchObject({ ok: true, customerName: 'Bygg-Nisse AB', serviceName: 'A+B @ C' });
  });

  it('refuses the wrong number of columns, saying how many', () => {
    expect(
      readLegacyRow({ row: 3, cells: null, columnCount: 3, orgNumberText: '5560360793' }),
    ).toEqual({
      ok: false,
      row: 3,
      orgNumber: '5560360793',
      code: 'LEGACY_ROW_COLUMN_COUNT',
      params: { found: 3, expected: 4 },
    });
  });
});

describe('given a start date', () => {
  it('accepts real calendar dates only', () => {
    expect(parseStartDate('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00.000Z'));
    expect(parseStartDate('2000-02-29')).toEqual(new Date('2000-02-29T00:00:00.000Z'));
    expect(parseStartDate('2025-02-29')).toBeNull();
    expect(parseStartDate('1900-02-29')).toBeNull();
    expect(parseStartDate('2025-02-30')).toBeNull();
    expect(parseStartDate('2025-04-31')).toBeNull();
    expect(parseStartDate('2025-13-01')).toBeNull();
    expect(parseStartDate('2025-00-10')).toBeNull();
    expect(parseStartDate('2025-1-5')).toBeNull();
    expect(parseStartDate('5/1/2025')).toBeNull();
    expect(parseStartDate('')).toBeNull();
  });

  it('keeps a year below 100 as written', () => {
    expect(parseStartDate('0099-12-31')?.getUTCFullYear()).toBe(99);
  });
});

describe('given an organisation number without a company type', () => {
  it('takes 20 or more in the month position as a legal entity', () => {
    expect(companyTypeForOrgNumber('5560360793')).toBe('aktiebolag');
    expect(companyTypeForOrgNumber('2021006255')).toBe('aktiebolag');
    expect(companyTypeForOrgNumber('8112189876')).toBe('enskild_firma');
  });
});

describe('given service names from the old system', () => {
  it('compares them trimmed and in any case, å, ä and ö included', () => {
    expect(legacyServiceKey('  LÖPANDE Bokföring ')).toBe(legacyServiceKey('löpande bokföring'));
  });
});
