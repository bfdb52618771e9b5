import type { Locale } from '@collab/contracts';
import { type EmailBlock, type EmailSender, layoutFor, type RenderedEmail } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { offeredServiceLines } from '../words.js';
import { copyHint, type EmailLinks, greeting } from './parts.js';

/** Flow 1a: the customer had no account; the contact person is now its first admin. */
export function signinInstructions(
  locale: Locale,
  payload: EmailPayloadOf<'signin_instructions'>,
  links: EmailLinks,
  sender: EmailSender | null,
): RenderedEmail {
  const layout = layoutFor(sender);
  const { recipientName, agencyName, customerName } = payload;
  const services = offeredServiceLines(payload.services, locale, { agencyName, customerName });
  const signIn: EmailBlock = {
    kind: 'button',
    label: locale === 'sv' ? 'Logga in i Collab' : 'Sign in to Collab',
    url: links.appUrl,
    copyHint: copyHint[locale],
  };
  if (locale === 'sv') {
    return layout(locale, `${agencyName} har startat ett samarbete med ${customerName}`, [
      { kind: 'heading', text: 'Välkommen till Collab' },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${agencyName} har startat ett samarbete med ${customerName} i Collab. Ni arbetar nu i samma tjänster och ser samma information direkt, så att ni slipper skicka underlag fram och tillbaka.`,
      },
      {
        kind: 'paragraph',
        text: `${customerName} är nu registrerat som kund, och du är administratör för företagets konto. Du har tillgång till de här tjänsterna:`,
      },
      { kind: 'services', services },
      signIn,
      {
        kind: 'paragraph',
        text: `De på ${agencyName} som arbetar med ert uppdrag har också fått tillgång till kontot och tjänsterna.`,
      },
      {
        kind: 'note',
        text: `Ert företag kan få information om tjänsterna från oss. Har du frågor om samarbetet, kontakta ${agencyName}.`,
      },
    ]);
  }
  return layout(locale, `${agencyName} has started a collaboration with ${customerName}`, [
    { kind: 'heading', text: 'Welcome to Collab' },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `${agencyName} has started a collaboration with ${customerName} in Collab. You now work in the same services and see the same information straight away, so there is no need to send documents back and forth.`,
    },
    {
      kind: 'paragraph',
      text: `${customerName} is now registered as a customer, and you are the administrator of the company's account. You have access to these services:`,
    },
    { kind: 'services', services },
    signIn,
    {
      kind: 'paragraph',
      text: `The people at ${agencyName} who work on your task have also been given access to the account and the services.`,
    },
    {
      kind: 'note',
      text: `Your company may receive information from us about the services. If you have questions about the collaboration, contact ${agencyName}.`,
    },
  ]);
}
