import type { CompanyType, ServiceId } from './catalog.js';
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

/**
 * One plain line per option value that says what it means for the company (docs/glossary.md,
 * "Options"). The invite dialog shows it under each choice, the accept page beside the chosen
 * value. The licence's values are company types and need no line; who pays has a line of its
 * own in every view.
 */
export const optionValueMeanings: Readonly<
  Record<Locale, Readonly<Record<string, Readonly<Record<string, string>>>>>
> = {
  sv: {
    variant: {
      start: 'För den som bara vill komma igång: kundfakturor och enkel bokföring.',
      bokforing: 'Full bokföring med bankkoppling, utan fakturering.',
      fakturering: 'Fakturering och kundreskontra, utan bokföring.',
      smart: 'Bokföring och fakturering i ett, med automatisk avstämning mot banken.',
      pro: 'Allt i Smart, och dessutom projekt, lager och flera användare.',
    },
    period: {
      '3': 'Översikten visar de senaste 3 månaderna.',
      '12': 'Översikten visar de senaste 12 månaderna och jämför med året innan.',
    },
    plan: {
      styckpris: 'Ett pris för varje registrerat utlägg. Passar den som har få utlägg.',
      smart: 'Ett månadspris för upp till 50 utlägg, sedan styckpris.',
      fastpris: 'Ett fast månadspris för obegränsat antal utlägg.',
    },
  },
  en: {
    variant: {
      start: 'For getting started: customer invoices and simple bookkeeping.',
      bokforing: 'Full bookkeeping with a bank connection, without invoicing.',
      fakturering: 'Invoicing and accounts receivable, without bookkeeping.',
      smart: 'Bookkeeping and invoicing in one, reconciled with the bank automatically.',
      pro: 'Everything in Smart, plus projects, stock and several users.',
    },
    period: {
      '3': 'The overview shows the last 3 months.',
      '12': 'The overview shows the last 12 months and compares them with the year before.',
    },
    plan: {
      styckpris: 'A price for each expense registered. Suits a company with few expenses.',
      smart: 'A monthly price for up to 50 expenses, then a price per expense.',
      fastpris: 'A fixed monthly price for any number of expenses.',
    },
  },
};

/** What an option's value means, in one line; undefined for values without one (the licence). */
export function optionValueMeaning(
  locale: Locale,
  option: string,
  value: string,
): string | undefined {
  const values = ownEntry(optionValueMeanings[locale], option);
  return values ? ownEntry(values, value) : undefined;
}

/**
 * What each service means for the company, in one line, for the accept page and the customer
 * view: the company decides with these words in front of it (docs/flows.md, flow 2).
 */
export const serviceMeanings: Readonly<Record<Locale, Readonly<Record<ServiceId, string>>>> = {
  sv: {
    eekonomi:
      'Ert bokförings- och faktureringsprogram. Byrån arbetar i samma bokföring som ni, så inget behöver skickas fram och tillbaka.',
    ekonomioversikt:
      'Nyckeltal och grafer över ert företags ekonomi, som byrån och ni ser samma version av.',
    scanner:
      'Fota kvitton och leverantörsfakturor i mobilen; de hamnar direkt i bokföringen hos byrån.',
    skatt_bokslut_pro:
      'Byrån gör ert bokslut och er deklaration i programmet, med licens efter ert företags bolagsform.',
    utlagg:
      'Anställda registrerar utlägg i mobilen, och byrån bokför dem. Avslutas tjänsten raderas uppgifterna i den.',
  },
  en: {
    eekonomi:
      'Your bookkeeping and invoicing program. The agency works in the same books as you, so nothing has to be sent back and forth.',
    ekonomioversikt:
      'Key figures and charts of your company’s finances, with the agency and you looking at the same version.',
    scanner:
      'Photograph receipts and supplier invoices with a phone; they go straight into the books at the agency.',
    skatt_bokslut_pro:
      'The agency prepares your annual accounts and tax return in the program, licensed for your company’s legal form.',
    utlagg:
      'Employees register expenses with a phone and the agency books them. Ending the service deletes its data.',
  },
};
