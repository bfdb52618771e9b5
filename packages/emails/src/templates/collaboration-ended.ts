import type { Locale } from '@collab/contracts';
import { type EmailSender, layoutFor, type RenderedEmail } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { type EmailLinks, givenReason, greeting, openAppButton, reasonFacts } from './parts.js';

/**
 * Flow 5: the other party ended a collaboration; the agency's access to the service is gone.
 * `sender` is the agency when the agency ended it (the e-mail goes to the company).
 */
export function collaborationEnded(
  locale: Locale,
  payload: EmailPayloadOf<'collaboration_ended'>,
  links: EmailLinks,
  sender: EmailSender | null,
): RenderedEmail {
  const layout = layoutFor(sender);
  const { recipientName, endedByName, service } = payload;
  const reason = givenReason(payload.reason);
  // An unlinked collaboration from the old system may have no service name at all.
  if (locale === 'sv') {
    const serviceName = service ?? 'en tjänst';
    return layout(
      locale,
      sender
        ? service
          ? `${sender.agencyName} har avslutat samarbetet i ${service}`
          : `Ett samarbete med ${sender.agencyName} har avslutats`
        : service
          ? `Samarbetet i ${service} har avslutats`
          : 'Ett samarbete har avslutats',
      [
        { kind: 'heading', text: 'Samarbetet har avslutats' },
        greeting(locale, recipientName),
        {
          kind: 'paragraph',
          text: `${endedByName} har avslutat samarbetet i ${serviceName}.`,
        },
        ...reasonFacts('Skäl', reason),
        {
          kind: 'paragraph',
          text: `Byråns personal har inte längre tillgång till ${serviceName} genom det här samarbetet.`,
        },
        openAppButton(locale, links),
      ],
    );
  }
  const serviceName = service ?? 'a service';
  return layout(
    locale,
    sender
      ? service
        ? `${sender.agencyName} has ended the collaboration in ${service}`
        : `A collaboration with ${sender.agencyName} has ended`
      : service
        ? `The collaboration in ${service} has ended`
        : 'A collaboration has ended',
    [
      { kind: 'heading', text: 'The collaboration has ended' },
      greeting(locale, recipientName),
      { kind: 'paragraph', text: `${endedByName} has ended the collaboration in ${serviceName}.` },
      ...reasonFacts('Reason', reason),
      {
        kind: 'paragraph',
        text: `The agency's staff no longer have access to ${serviceName} through this collaboration.`,
      },
      openAppButton(locale, links),
    ],
  );
}
