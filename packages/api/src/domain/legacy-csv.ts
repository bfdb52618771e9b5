import {
  type ErrorCode,
  type ErrorParams,
  legacyImportMaximumRows,
  type OrgNumberProblem,
  parseOrgNumber,
} from '@collab/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { fail } from '../errors.js';

/**
 * Reading the old agency system's CSV export (flow 6 in docs/flows.md): pure functions, no
 * database. File-level problems throw; problems of a single row are returned, so that the
 * other rows can still be imported.
 */

export type LegacyColumn = 'orgNumber' | 'customerName' | 'serviceName' | 'startDate';

const legacyColumns: readonly LegacyColumn[] = [
  'orgNumber',
  'customerName',
  'serviceName',
  'startDate',
];

/** What the error message tells the user to put on the first row. */
export const legacyExpectedHeader = 'organisationsnummer;kundnamn;tjänst;startdatum';

/** Header names, compared after trimming and lower-casing, in Swedish or English. */
const headerNames: Readonly<Record<LegacyColumn, readonly string[]>> = {
  orgNumber: ['organisationsnummer', 'orgnr', 'organisation number', 'org number'],
  customerName: ['kundnamn', 'customer name', 'namn', 'name'],
  serviceName: ['tjänst', 'service', 'legacy service', 'tjänstenamn'],
  startDate: ['startdatum', 'start date', 'start'],
};

const columnForHeaderName = new Map<string, LegacyColumn>(
  legacyColumns.flatMap((column) => headerNames[column].map((name) => [name, column] as const)),
);

/**
 * A file saved as Latin-1 and read as UTF-8 turns å, ä and ö into U+FFFD. A UTF-8 file read
 * as Latin-1 or Windows-1252 somewhere on its way (and saved again) turns them into two
 * characters: "Ã" followed by what the continuation byte means in that code page ("Ã¥" for
 * å, "Ã…" for Å, "Ã–" for Ö). No Swedish name has "Ã" before such a character.
 */
const replacementCharacter = '\uFFFD';
const utf8ReadAsLatin1 = /Ã[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

export function hasWrongEncoding(text: string): boolean {
  return text.includes(replacementCharacter) || utf8ReadAsLatin1.test(text);
}

/**
 * For callers that read the file themselves (the CLI): bytes that are not valid UTF-8 are
 * refused instead of being turned into replacement characters. A UTF-8 BOM is dropped.
 */
export function decodeLegacyCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('LEGACY_WRONG_ENCODING');
  }
}

/** Swedish Excel writes `;` (the comma is the decimal sign there); most other tools write `,`. */
export function detectDelimiter(headerLine: string): ';' | ',' {
  const semicolons = headerLine.split(';').length - 1;
  const commas = headerLine.split(',').length - 1;
  return semicolons > 0 && semicolons >= commas ? ';' : ',';
}

export interface LegacyCsvRow {
  /**
   * The 1-based line of the file on which the row starts, so the header is row 1 and the
   * first data row is row 2: the number a user finds in a text editor, and in Excel unless a
   * cell holds a line break.
   */
  row: number;
  /** The four cells, or null when the row has the wrong number of columns. */
  cells: Readonly<Record<LegacyColumn, string>> | null;
  /** How many columns the row has, not counting empty ones beyond the fourth. */
  columnCount: number;
  /** What the row has in the organisation number column, whatever its shape. */
  orgNumberText: string;
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits the file into rows of the four known columns, in whatever order the header gives
 * them. Refuses the whole file, before anything is written, for the wrong encoding, no data,
 * the wrong header, too many rows, or a quote that is never closed.
 */
export function parseLegacyCsv(csv: string): LegacyCsvRow[] {
  if (hasWrongEncoding(csv)) throw fail('LEGACY_WRONG_ENCODING');
  // One line-break style, so that csv-parse counts lines the same way whatever wrote the file
  // (it counts a CRLF inside a quoted cell as two lines otherwise).
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw fail('LEGACY_FILE_EMPTY');

  const headerLine = text.split('\n').find((line) => /[^\s;,"]/.test(line)) ?? '';
  const records = readRecords(text, detectDelimiter(headerLine)).filter(
    (record) => !record.fields.every((field) => field.trim() === ''),
  );
  const [header, ...dataRecords] = records;
  if (!header) throw fail('LEGACY_FILE_EMPTY');
  const columnIndexes = readHeader(header.fields);
  if (dataRecords.length === 0) throw fail('LEGACY_FILE_EMPTY');
  if (dataRecords.length > legacyImportMaximumRows) throw fail('LEGACY_FILE_TOO_LARGE');

  return dataRecords.map((record) => {
    const columnCount = countColumns(record.fields, legacyColumns.length);
    const cell = (column: LegacyColumn) => record.fields[columnIndexes[column]] ?? '';
    return {
      row: record.line,
      cells:
        columnCount === legacyColumns.length
          ? {
              orgNumber: cell('orgNumber'),
              customerName: cell('customerName'),
              serviceName: cell('serviceName'),
              startDate: cell('startDate'),
            }
          : null,
      columnCount,
      orgNumberText: cell('orgNumber').trim(),
    };
  });
}

function readRecords(text: string, delimiter: ';' | ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let lastLine = 0;
  let lastEmptyLines = 0;
  try {
    parse(text, {
      delimiter,
      record_delimiter: '\n',
      skip_empty_lines: true,
      // A row with too few or too many columns is that row's error, not the file's.
      relax_column_count: true,
      // `Bolaget "Norr" AB` without surrounding quotes keeps its quotes instead of failing.
      relax_quotes: true,
      on_record: (fields, context) => {
        // csv-parse counts the line a record ends on; a quoted cell may span several.
        const lineBreaksInside = fields.reduce(
          (count, field) => count + field.split('\n').length - 1,
          0,
        );
        records.push({ line: context.lines - lineBreaksInside, fields });
        lastLine = context.lines;
        lastEmptyLines = context.empty_lines;
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The broken record starts after the last good one and the empty lines that followed it.
    const emptyLinesNow = typeof error.empty_lines === 'number' ? error.empty_lines : 0;
    throw fail('LEGACY_FILE_MALFORMED', { row: lastLine + 1 + emptyLinesNow - lastEmptyLines });
  }
  return records;
}

function normaliseHeaderName(name: string): string {
  return name.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
}

/** Each of the four columns exactly once, in any order, and nothing else. */
function readHeader(fields: readonly string[]): Record<LegacyColumn, number> {
  const wrongColumns = () => fail('LEGACY_WRONG_COLUMNS', { expected: legacyExpectedHeader });
  const indexes: Partial<Record<LegacyColumn, number>> = {};
  const names = fields.slice(0, countColumns(fields, legacyColumns.length));
  if (names.length !== legacyColumns.length) throw wrongColumns();
  for (const [index, name] of names.entries()) {
    const column = columnForHeaderName.get(normaliseHeaderName(name));
    if (!column || indexes[column] !== undefined) throw wrongColumns();
    indexes[column] = index;
  }
  const { orgNumber, customerName, serviceName, startDate } = indexes;
  if (
    orgNumber === undefined ||
    customerName === undefined ||
    serviceName === undefined ||
    startDate === undefined
  ) {
    throw wrongColumns();
  }
  return { orgNumber, customerName, serviceName, startDate };
}

/**
 * Excel pads every row to the widest one in the sheet, so a stray cell far to the right
 * gives every row empty columns at the end. Those are not counted beyond the expected ones.
 */
function countColumns(fields: readonly string[], expected: number): number {
  let count = fields.length;
  while (count > expected && (fields[count - 1] ?? '').trim() === '') count--;
  return count;
}

export type LegacyRowReading =
  | {
      ok: true;
      row: number;
      orgNumber: { digits: string; formatted: string };
      customerName: string;
      serviceName: string;
      /** YYYY-MM-DD, as in the file. */
      startDate: string;
      /** The start date at UTC midnight. */
      activatedAt: Date;
    }
  | {
      ok: false;
      row: number;
      /** The normalised number when it was valid, else the text as written, or null if empty. */
      orgNumber: string | null;
      code: ErrorCode;
      params: ErrorParams;
    };

const orgNumberErrorCodes: Readonly<Record<OrgNumberProblem, ErrorCode>> = {
  empty: 'ORG_NUMBER_EMPTY',
  invalid_characters: 'ORG_NUMBER_INVALID_CHARACTERS',
  wrong_length: 'ORG_NUMBER_WRONG_LENGTH',
  check_digit: 'ORG_NUMBER_CHECK_DIGIT',
};

/** Checks one row; the first problem found is the row's error. */
export function readLegacyRow(row: LegacyCsvRow): LegacyRowReading {
  const writtenOrgNumber = row.orgNumberText === '' ? null : row.orgNumberText;
  const refuse = (orgNumber: string | null, code: ErrorCode, params: ErrorParams = {}) =>
    ({ ok: false, row: row.row, orgNumber, code, params }) as const;
  if (!row.cells) {
    return refuse(writtenOrgNumber, 'LEGACY_ROW_COLUMN_COUNT', {
      found: row.columnCount,
      expected: legacyColumns.length,
    });
  }
  const orgNumber = parseOrgNumber(row.cells.orgNumber);
  if (!orgNumber.ok) return refuse(writtenOrgNumber, orgNumberErrorCodes[orgNumber.problem]);
  const customerName = row.cells.customerName.trim();
  if (customerName === '') return refuse(orgNumber.formatted, 'LEGACY_ROW_NAME_MISSING');
  const nameFormula = formulaStart(customerName);
  if (nameFormula) {
    return refuse(orgNumber.formatted, 'LEGACY_ROW_NAME_FORMULA', { character: nameFormula });
  }
  const serviceName = row.cells.serviceName.trim();
  if (serviceName === '') return refuse(orgNumber.formatted, 'LEGACY_ROW_SERVICE_MISSING');
  const serviceFormula = formulaStart(serviceName);
  if (serviceFormula) {
    return refuse(orgNumber.formatted, 'LEGACY_ROW_SERVICE_FORMULA', { character: serviceFormula });
  }
  const startDate = row.cells.startDate.trim();
  const activatedAt = parseStartDate(startDate);
  if (!activatedAt) {
    return refuse(orgNumber.formatted, 'LEGACY_ROW_DATE_INVALID', { value: startDate });
  }
  return {
    ok: true,
    row: row.row,
    orgNumber: { digits: orgNumber.digits, formatted: orgNumber.formatted },
    customerName,
    serviceName,
    startDate,
    activatedAt,
  };
}

/**
 * The character a spreadsheet would start a formula with (`=cmd|' /C calc'!A0`), or null.
 * The customer and service names are stored and shown, and end up in exports opened in
 * Excel, so a name starting with `=`, `+`, `-` or `@` is refused rather than rewritten: a
 * quietly changed name would not match the old system's any more, and no Swedish company or
 * service name starts with one of them. Callers pass the trimmed text, so the known
 * `\t=…` and `\r=…` variants are caught too, and are never stored with their tab or CR.
 * Organisation numbers and dates need no check: they are stored as digits and as a date.
 */
export function formulaStart(trimmedText: string): string | null {
  const first = trimmedText.charAt(0);
  return '=+-@'.includes(first) && first !== '' ? first : null;
}

/** A real calendar date written YYYY-MM-DD, at UTC midnight; 2025-02-30 is not one. */
export function parseStartDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years below 100 as 19xx.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The old system has no company type. Legal entities have 20 or more where a personnummer
 * has its month (the third and fourth digits); anything else is a sole trader's personnummer.
 */
export function companyTypeForOrgNumber(digits: string): 'aktiebolag' | 'enskild_firma' {
  return Number(digits.slice(2, 4)) >= 20 ? 'aktiebolag' : 'enskild_firma';
}

/** Service names from the old system are compared trimmed and case-insensitively. */
export function legacyServiceKey(serviceName: string): string {
  return serviceName.trim().toLocaleLowerCase('sv');
}
