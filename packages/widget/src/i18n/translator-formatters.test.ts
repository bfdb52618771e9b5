import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * Issue 17, first view: the Intl objects are made when a text first needs them, once per
 * locale, and shared by every translator (every widget root) of the page. A fresh module per
 * test, so the counts start at zero.
 */

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

type Made = { number: number; date: number; plural: number; list: number };

// biome-ignore lint/suspicious/noExplicitAny: a constructor of any Intl class.
type IntlClass = new (...args: any[]) => object;

/** Intl, with each class the translator makes counting its constructions. */
function countConstructions(): Made {
  const made: Made = { number: 0, date: 0, plural: 0, list: 0 };
  const counting = (Original: IntlClass, key: keyof Made) =>
    class extends Original {
      // biome-ignore lint/suspicious/noExplicitAny: passed through as given.
      constructor(...args: any[]) {
        super(...args);
        made[key] += 1;
      }
    };
  vi.stubGlobal(
    'Intl',
    Object.assign(Object.create(Intl), {
      NumberFormat: counting(Intl.NumberFormat, 'number'),
      DateTimeFormat: counting(Intl.DateTimeFormat, 'date'),
      PluralRules: counting(Intl.PluralRules, 'plural'),
      ListFormat: counting(Intl.ListFormat, 'list'),
    }),
  );
  return made;
}

describe('given translators for a page with several views', () => {
  it('makes no Intl object until a text needs one', async () => {
    const made = countConstructions();
    const { createTranslator } = await import('./translator.js');
    createTranslator('sv');
    createTranslator('sv');
    expect(made).toEqual({ number: 0, date: 0, plural: 0, list: 0 });
  });

  it('makes each once per locale, shared by every translator', async () => {
    const made = countConstructions();
    const { createTranslator } = await import('./translator.js');
    const first = createTranslator('sv');
    const second = createTranslator('sv');
    for (const translator of [first, second, first]) {
      translator.number(1200);
      translator.list(['a', 'b']);
      translator.date('2026-12-03T10:00:00Z');
      translator.date('2026-12-03T10:00:00Z', 'dateTime');
      translator.plural('actions.history.count', 2);
    }
    expect(made).toEqual({ number: 1, date: 2, plural: 1, list: 1 });
    expect(first.date('2026-12-03T10:00:00Z', 'dateTime')).toBe('3 december 2026 kl. 11:00');
    createTranslator('en').number(1);
    expect(made.number).toBe(2);
  });
});
