import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorCatalog, fieldErrorsFromZod, formatErrorMessage } from './errors.js';
import { pickLocale } from './locale.js';
import { emailSchema, requiredText } from './primitives.js';

describe('given the error catalog', () => {
  it('has a Swedish and an English message for every code, with the same placeholders', () => {
    for (const [code, definition] of Object.entries(errorCatalog)) {
      expect(definition.sv, code).not.toBe('');
      expect(definition.en, code).not.toBe('');
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(definition.sv), code).toEqual(placeholders(definition.en));
    }
  });
  it('fills in params', () => {
    expect(
      formatErrorMessage('SERVICE_REQUIRES', 'en', { service: 'Scanner', required: 'eEkonomi' }),
    ).toBe('Scanner needs an active eEkonomi collaboration. Add eEkonomi to this activation.');
  });
});

describe('given zod issues', () => {
  const schema = z.object({ name: requiredText(10), email: emailSchema });
  it('maps built-in issues to codes in the chosen language', () => {
    const result = schema.safeParse({ name: '   ', email: 'not-an-address' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFromZod(result.error, 'sv')).toEqual({
      name: [{ code: 'REQUIRED', message: 'Fältet måste fyllas i.' }],
      email: [{ code: 'INVALID_EMAIL', message: 'E-postadressen är inte giltig.' }],
    });
  });
  it('says how long a text may be', () => {
    const result = schema.safeParse({ name: 'x'.repeat(11), email: 'a@b.se' });
    if (result.success) throw new Error('expected failure');
    expect(fieldErrorsFromZod(result.error, 'en').name?.[0]?.message).toBe(
      'The text is too long (at most 10 characters).',
    );
  });
});

describe('given an Accept-Language header', () => {
  it('picks the best supported language, Swedish by default', () => {
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('de-DE,sv;q=0.5,en;q=0.4')).toBe('sv');
    expect(pickLocale('fr')).toBe('sv');
    expect(pickLocale(undefined)).toBe('sv');
  });
});
