import { describe, expect, it } from 'vitest';
import { serviceIds, serviceList } from './catalog.js';
import { optionValueLabel, optionValueMeaning, serviceMeanings } from './labels.js';
import { locales } from './locale.js';

/** docs/glossary.md, "Options": every choice has its words and one line that says what it means. */
describe('given the words for the catalog', () => {
  for (const locale of locales) {
    it(`gives every chosen option value words and a one-line meaning in ${locale}`, () => {
      for (const service of serviceList) {
        for (const [name, option] of Object.entries(service.options)) {
          if (name === 'invoiceRecipient') continue; // who pays has a line of its own
          for (const value of option.values) {
            // Words, not the stored key: capitalised, or a number of months.
            expect(optionValueLabel(locale, name, value), `${service.id} ${name}=${value}`).toMatch(
              /^(\p{Lu}|\d+ )/u,
            );
            const meaning = optionValueMeaning(locale, name, value);
            expect(meaning, `${service.id} ${name}=${value}`).toMatch(/^\p{Lu}.{10,120}\.$/u);
          }
        }
      }
    });

    it(`says what each service means for the company in ${locale}`, () => {
      for (const service of serviceIds) {
        expect(serviceMeanings[locale][service]).toMatch(/^\p{Lu}.{20,160}\.$/u);
      }
    });
  }

  it('gives no meaning for a value it does not know, nor for inherited keys', () => {
    expect(optionValueMeaning('sv', 'variant', 'nope')).toBeUndefined();
    expect(optionValueMeaning('sv', 'constructor', 'toString')).toBeUndefined();
    expect(optionValueMeaning('en', 'licence', 'aktiebolag')).toBeUndefined();
  });
});
