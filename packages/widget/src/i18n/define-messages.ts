import type { PluralMessage } from './messages.js';

/** A view's own texts: a Swedish table, and an English one with exactly the same keys. */
export type MessageTable = Readonly<Record<string, string | PluralMessage>>;

export type TranslationOf<Table extends MessageTable> = {
  readonly [Key in keyof Table]: Table[Key] extends string ? string : PluralMessage;
};

/**
 * Each view keeps its texts beside it (`views/<view>/messages.ts`); `messages.ts` merges them
 * into the widget's one table per locale. The English table is checked against the Swedish:
 * a key missing from either fails typecheck.
 */
export function defineMessages<const Sv extends MessageTable>(
  sv: Sv,
  en: TranslationOf<Sv>,
): { readonly sv: Sv; readonly en: TranslationOf<Sv> } {
  return { sv, en };
}
