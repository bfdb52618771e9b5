import { describe, expect, it } from 'vitest';
import { importErrorsCsv, neutraliseCell } from './import-errors-csv.js';

describe('neutraliseCell', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('makes %j plain text', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseCell('556036-0793')).toBe('556036-0793');
    expect(neutraliseCell('Kundnamnet saknas.')).toBe('Kundnamnet saknas.');
  });
});

describe('importErrorsCsv', () => {
  it('quotes every cell, doubles quotes, neutralises formulas, and starts with a BOM', () => {
    const csv = importErrorsCsv(
      ['Rad', 'Organisationsnummer', 'Fel'],
      [
        { row: 3, orgNumber: '=HYPERLINK("http://evil")', message: 'Ogiltiga tecken.' },
        { row: 7, orgNumber: null, message: 'Raden har 3 kolumner; ska ha 4.' },
      ],
      ';',
    );
    expect(csv).toBe(
      '\uFEFF"Rad";"Organisationsnummer";"Fel"\r\n' +
        '"3";"\'=HYPERLINK(""http://evil"")";"Ogiltiga tecken."\r\n' +
        '"7";"";"Raden har 3 kolumner; ska ha 4."\r\n',
    );
  });
});
