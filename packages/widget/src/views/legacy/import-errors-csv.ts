/**
 * The rows of an import that failed, as a CSV file the person downloads, fixes and imports
 * again (flow 6). Made in the browser from the server's per-row result. The file is opened
 * in a spreadsheet, and the old system's text comes back in it (an organisation number is
 * returned as written), so every cell that a spreadsheet would run as a formula is made
 * plain text with a leading apostrophe (OWASP's advice for CSV injection), and every cell is
 * quoted.
 */

/** What a spreadsheet reads as the start of a formula, also after a tab or a carriage return. */
const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function quoted(text: string): string {
  return `"${neutraliseCell(text).replace(/"/g, '""')}"`;
}

export interface ErrorCsvRow {
  row: number;
  orgNumber: string | null;
  message: string;
}

/**
 * A header and a line per row, with `;` (what Swedish Excel reads) or `,`, CRLF line ends,
 * and a BOM, so Excel reads it as UTF-8 and å, ä and ö survive.
 */
export function importErrorsCsv(
  header: readonly [string, string, string],
  rows: readonly ErrorCsvRow[],
  delimiter: ';' | ',',
): string {
  const lines = [
    header.map(quoted).join(delimiter),
    ...rows.map((row) =>
      [String(row.row), row.orgNumber ?? '', row.message].map(quoted).join(delimiter),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
