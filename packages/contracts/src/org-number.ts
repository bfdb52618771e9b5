import { z } from 'zod';

/**
 * Swedish organisation numbers (and personnummer, which sole traders use) are ten digits,
 * written NNNNNN-NNNN, whose last digit is a Luhn check digit over the first nine.
 * People type them in many shapes, so we normalise before we validate.
 */

export type OrgNumberProblem = 'empty' | 'invalid_characters' | 'wrong_length' | 'check_digit';

export type OrgNumberResult =
  | { ok: true; digits: string; formatted: string }
  | { ok: false; problem: OrgNumberProblem };

/** Luhn check digit for a string of digits (the digit that would be appended). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    // Weights alternate 2,1,2,1… from the left for a nine-digit body.
    let value = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}

export function formatOrgNumber(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/**
 * Accepts "556036-0793", "5560360793", "556036 0793", "16556036-0793" and "19811218-9876".
 * A twelve-digit form drops its century prefix (16, 19 or 20). A `+` separator (used for
 * people over 100) is accepted like a dash.
 */
export function parseOrgNumber(input: string): OrgNumberResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!/^[\d\s+-]+$/.test(trimmed)) return { ok: false, problem: 'invalid_characters' };
  let digits = trimmed.replace(/[\s+-]/g, '');
  if (digits.length === 12 && /^(16|18|19|20)/.test(digits)) digits = digits.slice(2);
  if (digits.length !== 10) return { ok: false, problem: 'wrong_length' };
  const body = digits.slice(0, 9);
  if (luhnCheckDigit(body) !== Number(digits[9])) return { ok: false, problem: 'check_digit' };
  return { ok: true, digits, formatted: formatOrgNumber(digits) };
}

export function isValidOrgNumber(input: string): boolean {
  return parseOrgNumber(input).ok;
}

const orgNumberMessages: Record<OrgNumberProblem, string> = {
  empty: 'ORG_NUMBER_EMPTY',
  invalid_characters: 'ORG_NUMBER_INVALID_CHARACTERS',
  wrong_length: 'ORG_NUMBER_WRONG_LENGTH',
  check_digit: 'ORG_NUMBER_CHECK_DIGIT',
};

/**
 * A zod schema that normalises to the formatted form `NNNNNN-NNNN`. Its issue messages are
 * error codes (see errors.ts), which clients translate; the server translates them too.
 */
export const orgNumberSchema = z
  .string()
  .max(40, { message: 'ORG_NUMBER_WRONG_LENGTH' })
  .transform((value, context) => {
    const result = parseOrgNumber(value);
    if (!result.ok) {
      context.addIssue({ code: 'custom', message: orgNumberMessages[result.problem] });
      return z.NEVER;
    }
    return result.formatted;
  });
