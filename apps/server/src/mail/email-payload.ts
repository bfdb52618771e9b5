import {
  type CompanyType,
  invoiceRecipientOf,
  type Locale,
  type ServiceOptions,
} from '@collab/contracts';
import type { ServiceLine } from './email-layout.js';

/*
 * The outbox payload is JSON written by the domain. It is read defensively: a field that a
 * template needs and does not find makes rendering throw, and the worker marks the message
 * failed, instead of sending an e-mail with a hole in it.
 */

export type EmailPayload = Record<string, unknown>;

export function requiredText(payload: EmailPayload, field: string): string {
  const value = payload[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`The e-mail payload has no ${field}.`);
  }
  return value;
}

export function optionalText(payload: EmailPayload, field: string): string | null {
  const value = payload[field];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Who pays, named: the invoice recipient option turned into the party's name. */
export interface Parties {
  agencyName: string;
  customerName: string;
}

/**
 * The services of a message. Activation and invitation e-mails carry
 * `{ service, name, options }`; the later notices carry names only. Both are accepted.
 */
export function serviceLines(
  payload: EmailPayload,
  locale: Locale,
  parties: Parties | null,
): ServiceLine[] {
  const services = payload.services;
  if (!Array.isArray(services) || services.length === 0) {
    throw new Error('The e-mail payload has no services.');
  }
  return services.map((entry: unknown): ServiceLine => {
    if (typeof entry === 'string') return { name: entry, details: [] };
    if (typeof entry !== 'object' || entry === null) {
      throw new Error('The e-mail payload has a malformed service.');
    }
    const record = entry as Record<string, unknown>;
    if (typeof record.name !== 'string') {
      throw new Error('The e-mail payload has a service without a name.');
    }
    const options = readOptions(record.options);
    return { name: record.name, details: describeOptions(options, locale, parties) };
  });
}

function readOptions(value: unknown): ServiceOptions {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

const optionNames: Record<Locale, Record<string, string>> = {
  sv: { variant: 'Variant', period: 'Period', plan: 'Prisplan', licence: 'Licens' },
  en: { variant: 'Variant', period: 'Period', plan: 'Plan', licence: 'Licence' },
};

const optionValues: Record<Locale, Record<string, Record<string, string>>> = {
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
    licence: {
      aktiebolag: 'Aktiebolag',
      enskild_firma: 'Enskild firma',
      handelsbolag: 'Handelsbolag',
      ekonomisk_forening: 'Ekonomisk förening',
      privatperson: 'Privatperson',
    } satisfies Record<CompanyType, string>,
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
    licence: {
      aktiebolag: 'Limited company (aktiebolag)',
      enskild_firma: 'Sole trader (enskild firma)',
      handelsbolag: 'Trading partnership (handelsbolag)',
      ekonomisk_forening: 'Economic association (ekonomisk förening)',
      privatperson: 'Private individual',
    } satisfies Record<CompanyType, string>,
  },
};

const paidByLabel: Record<Locale, string> = { sv: 'Betalas av', en: 'Paid by' };

/**
 * The options in words, in catalog order, and who pays. Who pays follows the same rule as
 * the accept page (`invoiceRecipientOf`): the option if the service has one, else the company.
 */
export function describeOptions(
  options: ServiceOptions,
  locale: Locale,
  parties: Parties | null,
): string[] {
  const details = Object.entries(options)
    .filter(([name]) => name !== 'invoiceRecipient')
    .map(([name, value]) => {
      const label = optionNames[locale][name] ?? name;
      const words = optionValues[locale][name]?.[value] ?? value;
      return `${label}: ${words}`;
    });
  if (parties) {
    const payer =
      invoiceRecipientOf(options) === 'agency' ? parties.agencyName : parties.customerName;
    details.push(`${paidByLabel[locale]}: ${payer}`);
  }
  return details;
}

/** Dates are shown in Swedish time, where the agencies and their customers are. */
export function formatExpiry(isoDate: string, locale: Locale): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) throw new Error('The e-mail payload has a malformed date.');
  const formatted = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(date);
  return locale === 'sv' ? formatted : `${formatted} (Swedish time)`;
}
