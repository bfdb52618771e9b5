import type { InvoiceRecipient } from '@collab/contracts';
import type { Translator } from './translator.js';

/** Who reads the text: agency staff, or the company's own people (docs/glossary.md). */
export type Reader = 'agency' | 'company';

/**
 * Who pays, by name with the role beside it for the reader (docs/glossary.md, "Who is who"):
 * "Kiosken AB (kunden)" to agency staff, "Kiosken AB (ert företag)" to the company itself,
 * "Norrsken AB (byrån)" to both. Where a view does not know the agency's name, "Byrån".
 */
export function payerName(
  translator: Translator,
  recipient: InvoiceRecipient,
  parties: { customerName: string; agencyName: string | null },
  reader: Reader,
): string {
  if (recipient === 'agency') {
    return parties.agencyName
      ? translator.text('payer.agency', { name: parties.agencyName })
      : translator.text('payer.agencyUnnamed');
  }
  return translator.text(reader === 'agency' ? 'payer.customer' : 'payer.ownCompany', {
    name: parties.customerName,
  });
}
