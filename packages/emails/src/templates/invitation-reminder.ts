import type { Locale } from '@collab/contracts';
import { type EmailSender, layoutFor, type RenderedEmail } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { formatExpiry, offeredServiceLines } from '../words.js';
import { answerButton, type EmailLinks, greeting, requireAcceptUrl, validUntil } from './parts.js';

/** Sent before an unanswered invitation expires (the domain decides when), with the same link. */
export function invitationReminder(
  locale: Locale,
  payload: EmailPayloadOf<'invitation_reminder'>,
  links: EmailLinks,
  sender: EmailSender | null,
): RenderedEmail {
  const layout = layoutFor(sender);
  const { recipientName, agencyName, customerName } = payload;
  const days = payload.expiresWithinDays;
  const expiry = formatExpiry(payload.expiresAt, locale);
  const services = offeredServiceLines(payload.services, locale, { agencyName, customerName });
  const acceptUrl = requireAcceptUrl(links);
  if (locale === 'sv') {
    return layout(locale, `Påminnelse: inbjudan från ${agencyName} går ut inom ${days} dagar`, [
      { kind: 'heading', text: 'Inbjudan går snart ut' },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${agencyName} har bjudit in ${customerName} till ett samarbete i Collab. Inbjudan är inte besvarad än, och den går ut inom ${days} dagar.`,
      },
      { kind: 'services', services },
      validUntil(locale, expiry),
      answerButton(locale, acceptUrl),
      {
        kind: 'note',
        text: `För att svara behöver du vara inloggad som administratör för ${customerName}. När inbjudan har gått ut behöver ${agencyName} skicka en ny.`,
      },
    ]);
  }
  return layout(locale, `Reminder: the invitation from ${agencyName} expires within ${days} days`, [
    { kind: 'heading', text: 'The invitation expires soon' },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `${agencyName} has invited ${customerName} to collaborate in Collab. The invitation has not been answered yet, and it expires within ${days} days.`,
    },
    { kind: 'services', services },
    validUntil(locale, expiry),
    answerButton(locale, acceptUrl),
    {
      kind: 'note',
      text: `To answer, you need to be signed in as an administrator of ${customerName}. Once the invitation has expired, ${agencyName} needs to send a new one.`,
    },
  ]);
}
