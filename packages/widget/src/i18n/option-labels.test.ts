import { optionValueLabel } from '@collab/contracts';
import { describe, expect, it } from 'vitest';
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
