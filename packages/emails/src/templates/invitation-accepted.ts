import type { Locale } from '@collab/contracts';
import { type RenderedEmail, renderLayout } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { namedServiceLines } from '../words.js';
import { type EmailLinks, greeting, openAppButton } from './parts.js';

/** Flow 2, accepted: to the employee who sent the invitation. */
export function invitationAccepted(
  locale: Locale,
  payload: EmailPayloadOf<'invitation_accepted'>,
  links: EmailLinks,
): RenderedEmail {
  const { recipientName, customerName, acceptedByName } = payload;
  const services = namedServiceLines(payload.services);
  const declined = namedServiceLines(payload.declinedServices ?? []);
  if (locale === 'sv') {
    return renderLayout(locale, `${customerName} har accepterat inbjudan`, [
      { kind: 'heading', text: `${customerName} har accepterat inbjudan` },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${acceptedByName} har accepterat inbjudan för ${customerName}. De här tjänsterna är nu aktiva:`,
      },
      { kind: 'services', services },
      ...(declined.length > 0
        ? [
            {
              kind: 'paragraph' as const,
              text: `${customerName} har avböjt de här tjänsterna i inbjudan, och de har inte aktiverats:`,
            },
            { kind: 'services' as const, services: declined },
          ]
        : []),
      {
        kind: 'paragraph',
        text: 'Deltagarna i uppdraget har fått tillgång till kundens konto och de aktiva tjänsterna.',
      },
      openAppButton(locale, links),
    ]);
  }
  return renderLayout(locale, `${customerName} has accepted the invitation`, [
    { kind: 'heading', text: `${customerName} has accepted the invitation` },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `${acceptedByName} has accepted the invitation on behalf of ${customerName}. These services are now active:`,
    },
    { kind: 'services', services },
    ...(declined.length > 0
      ? [
          {
            kind: 'paragraph' as const,
            text: `${customerName} declined these services of the invitation, and they have not been activated:`,
          },
          { kind: 'services' as const, services: declined },
        ]
      : []),
    {
      kind: 'paragraph',
      text: "The task's participants have been given access to the customer's account and the active services.",
    },
    openAppButton(locale, links),
  ]);
}
