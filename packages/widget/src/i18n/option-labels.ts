import { type Locale, optionNameLabel, optionValueLabel } from '@collab/contracts';

/**
 * A service's options as a person reads them, "Variant: Smart", in the words of the contracts'
 * one table (`labels.ts` there), which the e-mails read too. Who pays is left out: every view
 * gives it a line of its own.
 */
export function optionLines(locale: Locale, options: Readonly<Record<string, string>>): string[] {
  return Object.entries(options)
    .filter(([name]) => name !== 'invoiceRecipient')
    .map(
      ([name, value]) =>
        `${optionNameLabel(locale, name)}: ${optionValueLabel(locale, name, value)}`,
    );
}
