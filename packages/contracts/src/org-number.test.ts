import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, orgNumberSchema, parseOrgNumber } from './org-number.js';

describe('given real organisation numbers', () => {
  it.each([
    ['556036-0793', '556036-0793'], // Volvo Car Corporation's published number
    ['5560360793', '556036-0793'],
    ['556036 0793', '556036-0793'],
    ['  556036-0793 ', '556036-0793'],
    ['16556036-0793', '556036-0793'],
    ['165560360793', '556036-0793'],
    ['202100-6255', '202100-6255'], // Skatteverket
    ['811218-9876', '811218-9876'], // the personnummer used in Skatteverket's examples
    ['19811218-9876', '811218-9876'],
    ['811218+9876', '811218-9876'],
  ])('normalises %s to %s', (input, expected) => {
    expect(parseOrgNumber(input)).toEqual({
      ok: true,
      digits: expected.replace('-', ''),
      formatted: expected,
    });
  });
});

describe('given typos', () => {
  it('rejects a wrong check digit', () => {
    expect(parseOrgNumber('556036-0794')).toEqual({ ok: false, problem: 'check_digit' });
  });
  it('rejects too few digits', () => {
    expect(parseOrgNumber('556036-079')).toEqual({ ok: false, problem: 'wrong_length' });
  });
  it('rejects too many digits that are not a century form', () => {
    expect(parseOrgNumber('99556036-0793')).toEqual({ ok: false, problem: 'wrong_length' });
  });
  it('rejects letters', () => {
    expect(parseOrgNumber('55603A-0793')).toEqual({ ok: false, problem: 'invalid_characters' });
  });
  it('rejects an empty string', () => {
    expect(parseOrgNumber('   ')).toEqual({ ok: false, problem: 'empty' });
  });
  it('gives the schema an error code as message', () => {
    const result = orgNumberSchema.safeParse('556036-0794');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('ORG_NUMBER_CHECK_DIGIT');
  });
  it('rejects a huge string without scanning it', () => {
    expect(orgNumberSchema.safeParse('5'.repeat(100_000)).success).toBe(false);
  });
});

/**
 * A fixed seed, in the test's name and printed by fast-check on failure, so a failing body
 * fails again anywhere. 100 runs (fast-check's default) of pure arithmetic take a few
 * milliseconds; the timeout is vitest's default of 5 s, which is ample.
 */
const seed = 20_261_203;

describe('given any nine-digit body', () => {
  it(`accepts the body with its Luhn digit and rejects every other last digit (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (body) => {
        const check = luhnCheckDigit(body);
        expect(parseOrgNumber(`${body}${check}`).ok).toBe(true);
        for (let wrong = 0; wrong <= 9; wrong++) {
          if (wrong !== check) expect(parseOrgNumber(`${body}${wrong}`).ok).toBe(false);
        }
      }),
      { numRuns: 100, seed },
    );
  }, 5_000);
});
