import { type ServiceId, serviceIds, serviceList } from './catalog.js';

/**
 * Which catalog service an earlier collaboration's name from the old system most likely is
 * ("Byråstöd Bokföring" is eEkonomi), for the link dialog and the bulk link's review (flow 6
 * in docs/flows.md). A suggestion only: the person confirms it, and the server links whatever
 * service the person chose, with the catalog's own rules. Pure and deterministic, so the
 * widget and any server-side caller suggest the same thing for the same name.
 *
 * The name is normalised (case, diacritics: "Ekonomiöversikt" and "EKONOMIOVERSIKT" are the
 * same; punctuation splits words), then:
 * 1. the whole name is a catalog service's name: that service (`same_name`);
 * 2. otherwise each word is compared with each service's words, a word matching when it
 *    starts with one (Swedish compounds: "bokföringstjänst" is "bokföring"). Exactly one
 *    service found: that service (`word`, naming the word of the name);
 * 3. several services found: `ambiguous`, nothing chosen for the person;
 * 4. none found, but a word says what the catalog has no service for (payroll, audit,
 *    advice): `no_counterpart`, naming the word;
 * 5. nothing at all: `unknown`.
 */

export type LegacyServiceMatch =
  | { kind: 'suggested'; service: ServiceId; reason: 'same_name' }
  | { kind: 'suggested'; service: ServiceId; reason: 'word'; word: string }
  | { kind: 'ambiguous'; services: ServiceId[] }
  | { kind: 'no_counterpart'; word: string }
  | { kind: 'unknown' };

/** Lower case, without diacritics (å, ä, ö become a, a, o), words split on anything else. */
export function normaliseLegacyName(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('sv')
    .split(/[^\p{Letter}\p{Number}]+/u)
    .filter((word) => word !== '');
}

/**
 * The words that point to each service, normalised as above. A word of the name matches when
 * it starts with one of them. "ekonomi" alone is not here: it is in too many names.
 */
export const legacyServiceWords: Readonly<Record<ServiceId, readonly string[]>> = {
  eekonomi: ['eekonomi', 'bokforing', 'fakturering', 'faktura', 'lopande', 'redovisning'],
  ekonomioversikt: ['ekonomioversikt', 'oversikt', 'nyckeltal', 'rapport', 'dashboard'],
  scanner: ['scanner', 'scanning', 'skanner', 'skanning', 'kvitto', 'kvitton', 'tolkning'],
  skatt_bokslut_pro: [
    'skatt',
    'bokslut',
    'arsbokslut',
    'arsredovisning',
    'deklaration',
    'inkomstdeklaration',
  ],
  utlagg: ['utlagg', 'reserakning', 'expense', 'expenses'],
};

/** Words of what the old system offered and the catalog has no service for. */
export const legacyWordsWithoutCounterpart: readonly string[] = [
  'lon',
  'loner',
  'lone',
  'payroll',
  'personal',
  'revision',
  'radgivning',
  'juridik',
  'bolagsjuridik',
  'konsult',
];

function startsWithAny(word: string, stems: readonly string[]): boolean {
  return stems.some((stem) => word.startsWith(stem));
}

export function matchLegacyService(legacyName: string | null): LegacyServiceMatch {
  if (legacyName === null) return { kind: 'unknown' };
  const words = normaliseLegacyName(legacyName);
  if (words.length === 0) return { kind: 'unknown' };
  const joined = words.join(' ');
  const sameName = serviceList.find(
    (service) => normaliseLegacyName(service.name).join(' ') === joined,
  );
  if (sameName) return { kind: 'suggested', service: sameName.id, reason: 'same_name' };

  const found = new Map<ServiceId, string>();
  for (const service of serviceIds) {
    const word = words.find((candidate) => startsWithAny(candidate, legacyServiceWords[service]));
    if (word !== undefined) found.set(service, word);
  }
  const [first, ...others] = [...found.entries()];
  if (first && others.length === 0) {
    return { kind: 'suggested', service: first[0], reason: 'word', word: first[1] };
  }
  if (first) return { kind: 'ambiguous', services: [...found.keys()] };
  // Exact words only here: "lön" must not catch "lönsamhet".
  const without = words.find(
    (word) =>
      legacyWordsWithoutCounterpart.includes(word) ||
      (word.startsWith('lone') && word.length > 'lone'.length),
  );
  if (without !== undefined) return { kind: 'no_counterpart', word: without };
  return { kind: 'unknown' };
}

/** The suggested service, or null when the match suggests none. */
export function suggestedServiceFor(legacyName: string | null): ServiceId | null {
  const match = matchLegacyService(legacyName);
  return match.kind === 'suggested' ? match.service : null;
}
