import {
  type Locale,
  optionNameLabels,
  optionValueLabel,
  optionValueLabels,
} from '@collab/contracts';
import { describe, expect, it } from 'vitest';
import { everyStoredOption } from '../test-support/catalog-options.js';
import { optionLines } from './option-labels.js';

// Issue 16: the licence stored with Skatt & Bokslut Pro showed as "licence: aktiebolag".
describe('given the options of a service', () => {
  it('names the licence and its company type in Swedish', () => {
    expect(optionLines('sv', { licence: 'aktiebolag' })).toEqual(['Licens: Aktiebolag']);
    expect(optionLines('sv', { licence: 'enskild_firma' })).toEqual(['Licens: Enskild firma']);
  });

  it('names the licence and its company type in English', () => {
    expect(optionLines('en', { licence: 'aktiebolag' })).toEqual([
      'Licence: Limited company (aktiebolag)',
    ]);
    expect(optionLines('en', { licence: 'enskild_firma' })).toEqual([
      'Licence: Sole trader (enskild firma)',
    ]);
  });

  it('labels a catalog value from the contracts, and falls back to the raw value', () => {
    expect(optionValueLabel('sv', 'variant', 'bokforing')).toBe('Bokföring');
    expect(optionValueLabel('sv', 'variant', 'premium')).toBe('premium');
  });

  it('leaves out who pays, and shows a value the table does not know as it is stored', () => {
    expect(
      optionLines('sv', { variant: 'bokforing', period: '12', invoiceRecipient: 'agency' }),
    ).toEqual(['Variant: Bokföring', 'Period: 12 månader']);
    expect(optionLines('sv', { variant: 'premium' })).toEqual(['Variant: premium']);
  });
});

// Issue 16's guard: every option the catalog lets a collaboration hold, through the helper
// every view shows options with. A name or value missing from the contracts' table would show
// as it is stored, "licence: enskild_firma".
describe.each<Locale>(['sv', 'en'])('given every option the catalog can store, in %s', (locale) => {
  const stored = everyStoredOption();

  it('covers the licence of every company type and every value of every chosen option', () => {
    expect(stored.filter((option) => option.name === 'licence')).toHaveLength(5);
    expect(stored.map(({ name, value }) => `${name}=${value}`)).toContain('variant=bokforing');
  });

  it.each(stored.map((option) => [`${option.service} ${option.name}=${option.value}`, option]))(
    '%s is shown in words, never as its key',
    (_, { name, value, options }) => {
      const nameLabel = optionNameLabels[locale][name];
      const valueLabel = optionValueLabels[locale][name]?.[value];
      expect(nameLabel).toBeTypeOf('string');
      expect(valueLabel).toBeTypeOf('string');
      expect(optionValueLabel(locale, name, value)).toBe(valueLabel);
      const lines = optionLines(locale, options);
      // Who pays has a line of its own in every view; every other option is one of these.
      if (name !== 'invoiceRecipient') expect(lines).toContain(`${nameLabel}: ${valueLabel}`);
      for (const line of lines) expect(line).not.toMatch(/^[a-z]\w*: /);
      expect(lines.join(', ')).not.toContain(`${name}: ${value}`);
    },
  );
});
