import type { Locale } from '@collab/contracts';
import { type EmailSender, layoutFor, type RenderedEmail } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { namedServiceLines } from '../words.js';
import { type EmailLinks, greeting, openAppButton } from './parts.js';

/** Flow 2, accepted: to every admin of the company's account. */
export function companyHasAccess(
  locale: Locale,
  payload: EmailPayloadOf<'company_has_access'>,
  links: EmailLinks,
  sender: EmailSender | null,
): RenderedEmail {
  const layout = layoutFor(sender);
  const { recipientName, agencyName, customerName } = payload;
  const services = namedServiceLines(payload.services);
  if (locale === 'sv') {
    return layout(locale, `Samarbetet med ${agencyName} har börjat`, [
      { kind: 'heading', text: `${customerName} har nu tillgång till tjänsterna` },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `Inbjudan från ${agencyName} har accepterats. ${customerName} har nu tillgång till de här tjänsterna:`,
      },
      { kind: 'services', services },
      {
        kind: 'paragraph',
        text: `De på ${agencyName} som arbetar med ert uppdrag har fått tillgång till kontot och tjänsterna. Ni arbetar nu i samma tjänster och ser samma information direkt.`,
      },
      openAppButton(locale, links),
      {
        kind: 'note',
        text: `Du får det här meddelandet eftersom du är administratör för ${customerName}. Ert företag kan få information om tjänsterna från oss.`,
      },
    ]);
  }
  return layout(locale, `The collaboration with ${agencyName} has started`, [
    { kind: 'heading', text: `${customerName} now has access to the services` },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `The invitation from ${agencyName} has been accepted. ${customerName} now has access to these services:`,
    },
    { kind: 'services', services },
    {
      kind: 'paragraph',
      text: `The people at ${agencyName} who work on your task have been given access to the account and the services. You now work in the same services and see the same information straight away.`,
    },
    openAppButton(locale, links),
    {
      kind: 'note',
      text: `You receive this message because you are an administrator of ${customerName}. Your company may receive information from us about the services.`,
    },
  ]);
}
