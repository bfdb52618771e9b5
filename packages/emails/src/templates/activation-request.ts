import type { Locale } from '@collab/contracts';
import { type EmailSender, layoutFor, type RenderedEmail, renderLayout } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { namedServiceLines, offeredServiceLines } from '../words.js';
import { copyHint, type EmailLinks, givenReason, greeting, openAppButton } from './parts.js';

function requireActivationRequestUrl(links: EmailLinks): string {
  if (!links.activationRequestUrl) {
    throw new Error('An activation request e-mail needs the link to the prepared invitation.');
  }
  return links.activationRequestUrl;
}

/**
 * Flow 9 in docs/flows.md: a colleague without full rights has prepared an invitation and asks
 * the recipient, who has full rights, to send it. Names who asks, the customer, the services with
 * their options in words, the task and the note, and links to the prepared invitation.
 */
export function activationRequest(
  locale: Locale,
  payload: EmailPayloadOf<'activation_request'>,
  links: EmailLinks,
  sender: EmailSender | null,
): RenderedEmail {
  const layout = layoutFor(sender);
  const { recipientName, requestedByName, agencyName, customerName, taskName } = payload;
  const services = offeredServiceLines(payload.services, locale, { agencyName, customerName });
  const note = givenReason(payload.note);
  const url = requireActivationRequestUrl(links);
  if (locale === 'sv') {
    return layout(
      locale,
      `${requestedByName} på ${agencyName} ber dig skicka en inbjudan till ${customerName}`,
      [
        { kind: 'heading', text: 'En inbjudan väntar på dig' },
        greeting(locale, recipientName),
        {
          kind: 'paragraph',
          text: `${requestedByName} har förberett en inbjudan till ${customerName} och ber dig skicka den, eftersom det behövs full behörighet på byrån.`,
        },
        { kind: 'paragraph', text: 'Inbjudan gäller:' },
        { kind: 'services', services },
        {
          kind: 'facts',
          rows: [
            { label: 'Uppdrag', value: taskName },
            ...(note ? [{ label: `Meddelande från ${requestedByName}`, value: note }] : []),
          ],
        },
        {
          kind: 'button',
          label: 'Granska och skicka inbjudan',
          url,
          copyHint: copyHint[locale],
        },
        {
          kind: 'note',
          text: 'Inget skickas till kunden förrän du bekräftar. Passar inbjudan inte kan du avvisa förfrågan, med ett skäl om du vill.',
        },
      ],
    );
  }
  return layout(
    locale,
    `${requestedByName} at ${agencyName} asks you to send an invitation to ${customerName}`,
    [
      { kind: 'heading', text: 'An invitation is waiting for you' },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${requestedByName} has prepared an invitation to ${customerName} and asks you to send it, since it takes full rights at the agency.`,
      },
      { kind: 'paragraph', text: 'The invitation covers:' },
      { kind: 'services', services },
      {
        kind: 'facts',
        rows: [
          { label: 'Task', value: taskName },
          ...(note ? [{ label: `Message from ${requestedByName}`, value: note }] : []),
        ],
      },
      { kind: 'button', label: 'Review and send the invitation', url, copyHint: copyHint[locale] },
      {
        kind: 'note',
        text: 'Nothing is sent to the customer until you confirm. If the invitation is not right, you can dismiss the request, with a reason if you like.',
      },
    ],
  );
}

/** Flow 9, dismissed: to the employee who asked, with the colleague's reason if given. */
export function activationRequestDismissed(
  locale: Locale,
  payload: EmailPayloadOf<'activation_request_dismissed'>,
  links: EmailLinks,
): RenderedEmail {
  const { recipientName, dismissedByName, customerName } = payload;
  const reason = givenReason(payload.reason);
  const services = namedServiceLines(payload.services);
  if (locale === 'sv') {
    return renderLayout(locale, `${dismissedByName} skickade inte inbjudan till ${customerName}`, [
      { kind: 'heading', text: 'Inbjudan skickades inte' },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${dismissedByName} har avvisat din förfrågan om att skicka inbjudan till ${customerName} för:`,
      },
      { kind: 'services', services },
      reason
        ? { kind: 'facts', rows: [{ label: 'Skäl', value: reason }] }
        : { kind: 'paragraph', text: 'Inget skäl angavs.' },
      {
        kind: 'paragraph',
        text: 'Inget har skickats till kunden. Du kan förbereda en ny inbjudan när ni har pratat ihop er.',
      },
      openAppButton(locale, links),
    ]);
  }
  return renderLayout(locale, `${dismissedByName} did not send the invitation to ${customerName}`, [
    { kind: 'heading', text: 'The invitation was not sent' },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `${dismissedByName} has dismissed your request to send the invitation to ${customerName} for:`,
    },
    { kind: 'services', services },
    reason
      ? { kind: 'facts', rows: [{ label: 'Reason', value: reason }] }
      : { kind: 'paragraph', text: 'No reason was given.' },
    {
      kind: 'paragraph',
      text: 'Nothing has been sent to the customer. You can prepare a new invitation once you have talked it over.',
    },
    openAppButton(locale, links),
  ]);
}
