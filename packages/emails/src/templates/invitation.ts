import type { Locale } from '@collab/contracts';
import { type EmailSender, layoutFor, type RenderedEmail } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { formatExpiry, offeredServiceLines } from '../words.js';
import { answerButton, type EmailLinks, greeting, requireAcceptUrl, validUntil } from './parts.js';

/** Flow 1b: the company has an account; each admin gets the link to the accept page. */
export function invitation(
  locale: Locale,
  payload: EmailPayloadOf<'invitation'>,
  links: EmailLinks,
  sender: EmailSender | null,
): RenderedEmail {
  const layout = layoutFor(sender);
  const { recipientName, agencyName, customerName, invitedByName } = payload;
  const expiry = formatExpiry(payload.expiresAt, locale);
  const services = offeredServiceLines(payload.services, locale, { agencyName, customerName });
  const acceptUrl = requireAcceptUrl(links);
  if (locale === 'sv') {
    return layout(locale, `${agencyName} bjuder in ${customerName} till ett samarbete`, [
      { kind: 'heading', text: 'Inbjudan till samarbete' },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${invitedByName} på ${agencyName} bjuder in ${customerName} till ett samarbete i Collab. Ni arbetar då i samma tjänster och ser samma information direkt, så att ni slipper skicka underlag fram och tillbaka.`,
      },
      { kind: 'paragraph', text: 'Samarbetet gäller:' },
      { kind: 'services', services },
      validUntil(locale, expiry),
      answerButton(locale, acceptUrl),
      {
        kind: 'paragraph',
        text: `Om ni accepterar får ${customerName} tillgång till tjänsterna, och de på ${agencyName} som arbetar med ert uppdrag får tillgång till kontot och tjänsterna. Alla administratörer för kontot får ett e-postmeddelande när samarbetet har börjat.`,
      },
      {
        kind: 'note',
        text: `För att svara behöver du vara inloggad som administratör för ${customerName}. Att öppna länken ändrar ingenting: du accepterar eller avböjer på sidan. Väntade du dig inte inbjudan kan du avböja den eller låta den gå ut.`,
      },
    ]);
  }
  return layout(locale, `${agencyName} invites ${customerName} to collaborate`, [
    { kind: 'heading', text: 'Invitation to collaborate' },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `${invitedByName} at ${agencyName} invites ${customerName} to collaborate in Collab. You would then work in the same services and see the same information straight away, so there is no need to send documents back and forth.`,
    },
    { kind: 'paragraph', text: 'The collaboration covers:' },
    { kind: 'services', services },
    validUntil(locale, expiry),
    answerButton(locale, acceptUrl),
    {
      kind: 'paragraph',
      text: `If you accept, ${customerName} gets access to the services, and the people at ${agencyName} who work on your task get access to the account and the services. Every administrator of the account receives an email when the collaboration has started.`,
    },
    {
      kind: 'note',
      text: `To answer, you need to be signed in as an administrator of ${customerName}. Opening the link changes nothing: you accept or decline on the page. If you did not expect this invitation, you can decline it or let it expire.`,
    },
  ]);
}
