import type { Locale } from '@collab/contracts';
import { type RenderedEmail, renderLayout } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { namedServiceLines } from '../words.js';
import { type EmailLinks, givenReason, greeting, openAppButton } from './parts.js';

/** Flow 2, declined: to the employee who sent the invitation, with the reason if given. */
export function invitationDeclined(
  locale: Locale,
  payload: EmailPayloadOf<'invitation_declined'>,
  links: EmailLinks,
): RenderedEmail {
  const { recipientName, customerName, declinedByName } = payload;
  const reason = givenReason(payload.reason);
  const services = namedServiceLines(payload.services);
  if (locale === 'sv') {
    return renderLayout(locale, `${customerName} har avböjt inbjudan`, [
      { kind: 'heading', text: `${customerName} har avböjt inbjudan` },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${declinedByName} har avböjt inbjudan för ${customerName} till ett samarbete om:`,
      },
      { kind: 'services', services },
      reason
        ? { kind: 'facts', rows: [{ label: 'Skäl', value: reason }] }
        : { kind: 'paragraph', text: 'Inget skäl angavs.' },
      {
        kind: 'paragraph',
        text: 'Inget har ändrats i kundens konto. Du kan skicka en ny inbjudan när ni har pratat ihop er.',
      },
      openAppButton(locale, links),
    ]);
  }
  return renderLayout(locale, `${customerName} has declined the invitation`, [
    { kind: 'heading', text: `${customerName} has declined the invitation` },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `${declinedByName} has declined, on behalf of ${customerName}, the invitation to collaborate in:`,
    },
    { kind: 'services', services },
    reason
      ? { kind: 'facts', rows: [{ label: 'Reason', value: reason }] }
      : { kind: 'paragraph', text: 'No reason was given.' },
    {
      kind: 'paragraph',
      text: "Nothing has changed in the customer's account. You can send a new invitation once you have talked it over.",
    },
    openAppButton(locale, links),
  ]);
}
