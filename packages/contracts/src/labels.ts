import type { CompanyType } from './catalog.js';
import type { Locale } from './locale.js';

/**
 * The words for the catalog's option names, option values and company types, in Swedish and
 * English: one table that the widget and the e-mails both read, so a customer sees the same
 * words on the accept page as in the invitation. No zod here, so the widget's bundle stays small.
 */

export const companyTypeLabels: Readonly<Record<Locale, Readonly<Record<CompanyType, string>>>> = {
  sv: {
    aktiebolag: 'Aktiebolag',
    enskild_firma: 'Enskild firma',
    handelsbolag: 'Handelsbolag',
    ekonomisk_forening: 'Ekonomisk förening',
    privatperson: 'Privatperson',
  },
  en: {
    aktiebolag: 'Limited company (aktiebolag)',
    enskild_firma: 'Sole trader (enskild firma)',
    handelsbolag: 'Trading partnership (handelsbolag)',
    ekonomisk_forening: 'Economic association (ekonomisk förening)',
    privatperson: 'Private individual',
  },
};

/** Option names, including `licence`, which is stored with Skatt & Bokslut Pro but not chosen. */
export const optionNameLabels: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  sv: {
    variant: 'Variant',
    period: 'Period',
    plan: 'Prisplan',
    invoiceRecipient: 'Fakturamottagare',
    licence: 'Licens',
  },
  en: {
    variant: 'Variant',
    period: 'Period',
    plan: 'Plan',
    invoiceRecipient: 'Invoice recipient',
    licence: 'Licence',
  },
};

/** Option values by option name. The licence's values are the company types. */
export const optionValueLabels: Readonly<
  Record<Locale, Readonly<Record<string, Readonly<Record<string, string>>>>>
> = {
  sv: {
    variant: {
      start: 'Start',
      bokforing: 'Bokföring',
      fakturering: 'Fakturering',
      smart: 'Smart',
      pro: 'Pro',
    },
    period: { '3': '3 månader', '12': '12 månader' },
    plan: { styckpris: 'Styckpris', smart: 'Smart', fastpris: 'Fastpris' },
    invoiceRecipient: { agency: 'Byrån', customer: 'Kunden' },
    licence: companyTypeLabels.sv,
  },
  en: {
    variant: {
      start: 'Start',
      bokforing: 'Bokföring',
      fakturering: 'Fakturering',
      smart: 'Smart',
      pro: 'Pro',
    },
    period: { '3': '3 months', '12': '12 months' },
    plan: { styckpris: 'Per item', smart: 'Smart', fastpris: 'Fixed price' },
    invoiceRecipient: { agency: 'The agency', customer: 'The customer' },
    licence: companyTypeLabels.en,
  },
};

function ownEntry<Value>(table: Readonly<Record<string, Value>>, key: string): Value | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An option's name in words; an option the table does not know is shown as it is stored. */
export function optionNameLabel(locale: Locale, option: string): string {
  return ownEntry(optionNameLabels[locale], option) ?? option;
}

/** An option's value in words, e.g. `licence: enskild_firma` → "Enskild firma". */
export function optionValueLabel(locale: Locale, option: string, value: string): string {
  const values = ownEntry(optionValueLabels[locale], option);
  return (values && ownEntry(values, value)) ?? value;
}
