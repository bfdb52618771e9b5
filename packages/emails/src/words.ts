import {
  invoiceRecipientOf,
  type Locale,
  optionNameLabel,
  optionValueLabel,
  type ServiceOptions,
} from '@collab/contracts';
import type { ServiceLine } from './layout.js';
import type { OfferedService } from './topics.js';

/** Who pays, named: the invoice recipient option turned into the party's name. */
export interface Parties {
  agencyName: string;
  customerName: string;
}

const paidByLabel: Record<Locale, string> = { sv: 'Betalas av', en: 'Paid by' };

/**
 * The options in words, from the contracts' label table (the accept page reads the same
 * one), and who pays. Who pays follows the same rule as the accept page
 * (`invoiceRecipientOf`): the option if the service has one, else the company.
 */
export function describeOptions(
  options: ServiceOptions,
  locale: Locale,
  parties: Parties | null,
): string[] {
  const details = Object.entries(options)
    .filter(([name]) => name !== 'invoiceRecipient')
    .map(
      ([name, value]) =>
        `${optionNameLabel(locale, name)}: ${optionValueLabel(locale, name, value)}`,
    );
  if (parties) {
    const payer =
      invoiceRecipientOf(options) === 'agency' ? parties.agencyName : parties.customerName;
    details.push(`${paidByLabel[locale]}: ${payer}`);
  }
  return details;
}

/** The services offered, each with its options in words and who pays. */
export function offeredServiceLines(
  services: OfferedService[],
  locale: Locale,
  parties: Parties,
): ServiceLine[] {
  return services.map((entry) => ({
    name: entry.name,
    details: describeOptions(entry.options, locale, parties),
  }));
}

/** The later notices name the services only. */
export function namedServiceLines(names: string[]): ServiceLine[] {
  return names.map((name) => ({ name, details: [] }));
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
