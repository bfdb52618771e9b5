import { describe, expect, it } from 'vitest';
import {
  matchLegacyService,
  normaliseLegacyName,
  suggestedServiceFor,
} from './legacy-service-match.js';

describe('normaliseLegacyName', () => {
  it('drops case and diacritics, and splits on punctuation', () => {
    expect(normaliseLegacyName('  Byråstöd BOKFÖRING/Ekonomiöversikt ')).toEqual([
      'byrastod',
      'bokforing',
      'ekonomioversikt',
    ]);
  });
});

describe('matchLegacyService', () => {
  it.each([
    ['Byråstöd Bokföring', 'eekonomi', 'bokforing'],
    ['Bokföringstjänst', 'eekonomi', 'bokforingstjanst'],
    ['Löpande redovisning', 'eekonomi', 'lopande'],
    ['Kvittohantering', 'scanner', 'kvittohantering'],
    ['Bokslut & skatt', 'skatt_bokslut_pro', 'bokslut'],
    ['Årsredovisning', 'skatt_bokslut_pro', 'arsredovisning'],
    ['Utläggshantering', 'utlagg', 'utlaggshantering'],
    ['Rapporter och nyckeltal', 'ekonomioversikt', 'rapporter'],
  ])('suggests from a word: “%s” is %s (the word “%s”)', (name, service, word) => {
    expect(matchLegacyService(name)).toEqual({ kind: 'suggested', service, reason: 'word', word });
  });

  it.each([
    ['Scanner', 'scanner'],
    ['EKONOMIOVERSIKT', 'ekonomioversikt'],
    ['skatt & bokslut pro', 'skatt_bokslut_pro'],
    ['Utlagg', 'utlagg'],
  ])('suggests by the same name, whatever case and diacritics: “%s” is %s', (name, service) => {
    expect(matchLegacyService(name)).toEqual({ kind: 'suggested', service, reason: 'same_name' });
  });

  it('suggests nothing when words point to two services', () => {
    expect(matchLegacyService('Bokföring och bokslut')).toEqual({
      kind: 'ambiguous',
      services: ['eekonomi', 'skatt_bokslut_pro'],
    });
    expect(suggestedServiceFor('Bokföring och bokslut')).toBeNull();
  });

  it.each([
    ['Lönehantering', 'lonehantering'],
    ['Löner', 'loner'],
    ['Revision', 'revision'],
    ['Skatterådgivning', null],
    ['Payroll', 'payroll'],
  ])('marks what the catalog has no service for: “%s”', (name, word) => {
    if (word === null) {
      // "Skatterådgivning" starts with "skatt": a word for a service wins over "no counterpart".
      expect(matchLegacyService(name)).toMatchObject({ kind: 'suggested' });
      return;
    }
    expect(matchLegacyService(name)).toEqual({ kind: 'no_counterpart', word });
  });

  it('does not take a word that only starts like one without a counterpart', () => {
    expect(matchLegacyService('Lönsamhetsanalys')).toEqual({ kind: 'unknown' });
  });

  it('knows nothing of an empty, missing or unrelated name', () => {
    expect(matchLegacyService(null)).toEqual({ kind: 'unknown' });
    expect(matchLegacyService('  – ')).toEqual({ kind: 'unknown' });
    expect(matchLegacyService('Paket A')).toEqual({ kind: 'unknown' });
  });

  it('gives the same answer every time, and reads no prototype names', () => {
    expect(matchLegacyService('constructor __proto__')).toEqual({ kind: 'unknown' });
    expect(matchLegacyService('Byråstöd Bokföring')).toEqual(
      matchLegacyService('Byråstöd Bokföring'),
    );
  });
});
