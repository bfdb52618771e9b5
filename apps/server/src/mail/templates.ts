import type { Locale } from '@collab/contracts';
import { type EmailBlock, type RenderedEmail, renderLayout } from './email-layout.js';
import {
  type EmailPayload,
  formatExpiry,
  optionalText,
  requiredText,
  serviceLines,
} from './email-payload.js';

/** The e-mails the domain queues (`queueEmail` in packages/api), one template each. */
export const emailTopics = [
  'signin_instructions',
  'invitation',
  'invitation_reminder',
  'company_has_access',
  'invitation_accepted',
  'invitation_declined',
  'collaboration_ended',
] as const;
export type EmailTopic = (typeof emailTopics)[number];

export function isEmailTopic(topic: string): topic is EmailTopic {
  return (emailTopics as readonly string[]).includes(topic);
}

/** Topics whose e-mail carries the invitation link, and so needs the sealed token opened. */
export function needsAcceptLink(topic: string): boolean {
  return topic === 'invitation' || topic === 'invitation_reminder';
}

export interface EmailLinks {
  /** The accept page with the invitation token; only for invitation e-mails. */
  acceptUrl?: string;
  appUrl: string;
}

export interface EmailToRender {
  topic: string;
  locale: Locale;
  payload: EmailPayload;
  links: EmailLinks;
}

/**
 * Subject, plain text and HTML for one outbox e-mail, in the recipient's language.
 * Throws for an unknown topic or a payload that lacks what the template needs: the worker
 * marks such a message failed rather than sending something broken.
 */
export function renderEmail(message: EmailToRender): RenderedEmail {
  const { topic, locale, payload, links } = message;
  if (!isEmailTopic(topic)) throw new Error(`Unknown e-mail topic: ${topic}`);
  switch (topic) {
    case 'signin_instructions':
      return signinInstructions(locale, payload, links);
    case 'invitation':
      return invitation(locale, payload, links);
    case 'invitation_reminder':
      return invitationReminder(locale, payload, links);
    case 'company_has_access':
      return companyHasAccess(locale, payload, links);
    case 'invitation_accepted':
      return invitationAccepted(locale, payload, links);
    case 'invitation_declined':
      return invitationDeclined(locale, payload, links);
    case 'collaboration_ended':
      return collaborationEnded(locale, payload, links);
    default:
      throw new Error(`Unhandled e-mail topic ${topic satisfies never}`);
  }
}

const greeting = (locale: Locale, name: string): EmailBlock => ({
  kind: 'paragraph',
  text: locale === 'sv' ? `Hej ${name}!` : `Hi ${name},`,
});

const copyHint: Record<Locale, string> = {
  sv: 'Fungerar inte knappen? Kopiera länken till din webbläsare:',
  en: 'If the button does not work, copy this link into your browser:',
};

const openAppButton = (locale: Locale, links: EmailLinks): EmailBlock => ({
  kind: 'button',
  label: locale === 'sv' ? 'Öppna Collab' : 'Open Collab',
  url: links.appUrl,
  copyHint: copyHint[locale],
});

const reasonFacts = (label: string, reason: string | null): EmailBlock[] =>
  reason ? [{ kind: 'facts', rows: [{ label, value: reason }] }] : [];

function requireAcceptUrl(links: EmailLinks): string {
  if (!links.acceptUrl) throw new Error('An invitation e-mail needs its accept link.');
  return links.acceptUrl;
}

/** Flow 1a: the customer had no account; the contact person is now its first admin. */
function signinInstructions(
  locale: Locale,
  payload: EmailPayload,
  links: EmailLinks,
): RenderedEmail {
  const recipientName = requiredText(payload, 'recipientName');
  const agencyName = requiredText(payload, 'agencyName');
  const customerName = requiredText(payload, 'customerName');
  const services = serviceLines(payload, locale, { agencyName, customerName });
  const signIn: EmailBlock = {
    kind: 'button',
    label: locale === 'sv' ? 'Logga in i Collab' : 'Sign in to Collab',
    url: links.appUrl,
    copyHint: copyHint[locale],
  };
  if (locale === 'sv') {
    return renderLayout(locale, `${agencyName} har startat ett samarbete med ${customerName}`, [
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
        text: `Företaget kan få information om tjänsterna från oss. Har du frågor om samarbetet, kontakta ${agencyName}.`,
      },
    ]);
  }
  return renderLayout(locale, `${agencyName} has started a collaboration with ${customerName}`, [
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
      text: `The people at ${agencyName} who work on your assignment have also been given access to the account and the services.`,
    },
    {
      kind: 'note',
      text: `The company may receive information from us about the services. If you have questions about the collaboration, contact ${agencyName}.`,
    },
  ]);
}

/** Flow 1b: the company has an account; each admin gets the link to the accept page. */
function invitation(locale: Locale, payload: EmailPayload, links: EmailLinks): RenderedEmail {
  const recipientName = requiredText(payload, 'recipientName');
  const agencyName = requiredText(payload, 'agencyName');
  const customerName = requiredText(payload, 'customerName');
  const invitedByName = requiredText(payload, 'invitedByName');
  const expiry = formatExpiry(requiredText(payload, 'expiresAt'), locale);
  const services = serviceLines(payload, locale, { agencyName, customerName });
  const acceptUrl = requireAcceptUrl(links);
  if (locale === 'sv') {
    return renderLayout(locale, `${agencyName} bjuder in ${customerName} till ett samarbete`, [
      { kind: 'heading', text: 'Inbjudan till samarbete' },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${invitedByName} på ${agencyName} bjuder in ${customerName} till ett samarbete i Collab. Ni arbetar då i samma tjänster och ser samma information direkt, så att ni slipper skicka underlag fram och tillbaka.`,
      },
      { kind: 'paragraph', text: 'Samarbetet gäller:' },
      { kind: 'services', services },
      { kind: 'facts', rows: [{ label: 'Inbjudan gäller till', value: expiry }] },
      {
        kind: 'button',
        label: 'Visa och svara på inbjudan',
        url: acceptUrl,
        copyHint: copyHint[locale],
      },
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
  return renderLayout(locale, `${agencyName} invites ${customerName} to collaborate`, [
    { kind: 'heading', text: 'Invitation to collaborate' },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `${invitedByName} at ${agencyName} invites ${customerName} to collaborate in Collab. You would then work in the same services and see the same information straight away, so there is no need to send documents back and forth.`,
    },
    { kind: 'paragraph', text: 'The collaboration covers:' },
    { kind: 'services', services },
    { kind: 'facts', rows: [{ label: 'The invitation is valid until', value: expiry }] },
    {
      kind: 'button',
      label: 'View and answer the invitation',
      url: acceptUrl,
      copyHint: copyHint[locale],
    },
    {
      kind: 'paragraph',
      text: `If you accept, ${customerName} gets access to the services, and the people at ${agencyName} who work on your assignment get access to the account and the services. Every administrator of the account receives an e-mail when the collaboration has started.`,
    },
    {
      kind: 'note',
      text: `To answer, you need to be signed in as an administrator of ${customerName}. Opening the link changes nothing: you accept or decline on the page. If you did not expect this invitation, you can decline it or let it expire.`,
    },
  ]);
}

/** Sent 3 days before an unanswered invitation expires, with the same link. */
function invitationReminder(
  locale: Locale,
  payload: EmailPayload,
  links: EmailLinks,
): RenderedEmail {
  const recipientName = requiredText(payload, 'recipientName');
  const agencyName = requiredText(payload, 'agencyName');
  const customerName = requiredText(payload, 'customerName');
  const expiry = formatExpiry(requiredText(payload, 'expiresAt'), locale);
  const services = serviceLines(payload, locale, { agencyName, customerName });
  const acceptUrl = requireAcceptUrl(links);
  if (locale === 'sv') {
    return renderLayout(locale, `Påminnelse: inbjudan från ${agencyName} går ut inom 3 dagar`, [
      { kind: 'heading', text: 'Inbjudan går snart ut' },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${agencyName} har bjudit in ${customerName} till ett samarbete i Collab. Inbjudan är inte besvarad än, och den går ut inom 3 dagar.`,
      },
      { kind: 'services', services },
      { kind: 'facts', rows: [{ label: 'Inbjudan gäller till', value: expiry }] },
      {
        kind: 'button',
        label: 'Visa och svara på inbjudan',
        url: acceptUrl,
        copyHint: copyHint[locale],
      },
      {
        kind: 'note',
        text: `För att svara behöver du vara inloggad som administratör för ${customerName}. När inbjudan har gått ut behöver ${agencyName} skicka en ny.`,
      },
    ]);
  }
  return renderLayout(locale, `Reminder: the invitation from ${agencyName} expires within 3 days`, [
    { kind: 'heading', text: 'The invitation expires soon' },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `${agencyName} has invited ${customerName} to collaborate in Collab. The invitation has not been answered yet, and it expires within 3 days.`,
    },
    { kind: 'services', services },
    { kind: 'facts', rows: [{ label: 'The invitation is valid until', value: expiry }] },
    {
      kind: 'button',
      label: 'View and answer the invitation',
      url: acceptUrl,
      copyHint: copyHint[locale],
    },
    {
      kind: 'note',
      text: `To answer, you need to be signed in as an administrator of ${customerName}. Once the invitation has expired, ${agencyName} needs to send a new one.`,
    },
  ]);
}

/** Flow 2, accepted: to every admin of the company's account. */
function companyHasAccess(locale: Locale, payload: EmailPayload, links: EmailLinks): RenderedEmail {
  const recipientName = requiredText(payload, 'recipientName');
  const agencyName = requiredText(payload, 'agencyName');
  const customerName = requiredText(payload, 'customerName');
  const services = serviceLines(payload, locale, null);
  if (locale === 'sv') {
    return renderLayout(locale, `Samarbetet med ${agencyName} har börjat`, [
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
        text: `Du får det här meddelandet eftersom du är administratör för ${customerName}. Företaget kan få information om tjänsterna från oss.`,
      },
    ]);
  }
  return renderLayout(locale, `The collaboration with ${agencyName} has started`, [
    { kind: 'heading', text: `${customerName} now has access to the services` },
    greeting(locale, recipientName),
    {
      kind: 'paragraph',
      text: `The invitation from ${agencyName} has been accepted. ${customerName} now has access to these services:`,
    },
    { kind: 'services', services },
    {
      kind: 'paragraph',
      text: `The people at ${agencyName} who work on your assignment have been given access to the account and the services. You now work in the same services and see the same information straight away.`,
    },
    openAppButton(locale, links),
    {
      kind: 'note',
      text: `You receive this message because you are an administrator of ${customerName}. The company may receive information from us about the services.`,
    },
  ]);
}

/** Flow 2, accepted: to the employee who sent the invitation. */
function invitationAccepted(
  locale: Locale,
  payload: EmailPayload,
  links: EmailLinks,
): RenderedEmail {
  const recipientName = requiredText(payload, 'recipientName');
  const customerName = requiredText(payload, 'customerName');
  const acceptedByName = requiredText(payload, 'acceptedByName');
  const services = serviceLines(payload, locale, null);
  if (locale === 'sv') {
    return renderLayout(locale, `${customerName} har accepterat inbjudan`, [
      { kind: 'heading', text: `${customerName} har accepterat inbjudan` },
      greeting(locale, recipientName),
      {
        kind: 'paragraph',
        text: `${acceptedByName} har accepterat inbjudan för ${customerName}. De här tjänsterna är nu aktiva:`,
      },
      { kind: 'services', services },
      {
        kind: 'paragraph',
        text: 'Deltagarna i uppdraget har fått tillgång till kundens konto och tjänsterna.',
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
    {
      kind: 'paragraph',
      text: "The task's participants have been given access to the customer's account and the services.",
    },
    openAppButton(locale, links),
  ]);
}

/** Flow 2, declined: to the employee who sent the invitation, with the reason if given. */
function invitationDeclined(
  locale: Locale,
  payload: EmailPayload,
  links: EmailLinks,
): RenderedEmail {
  const recipientName = requiredText(payload, 'recipientName');
  const customerName = requiredText(payload, 'customerName');
  const declinedByName = requiredText(payload, 'declinedByName');
  const reason = optionalText(payload, 'reason');
  const services = serviceLines(payload, locale, null);
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

/** Flow 5: the other party ended a collaboration; the agency's access to the service is gone. */
function collaborationEnded(
  locale: Locale,
  payload: EmailPayload,
  links: EmailLinks,
): RenderedEmail {
  const recipientName = requiredText(payload, 'recipientName');
  const endedByName = requiredText(payload, 'endedByName');
  const reason = optionalText(payload, 'reason');
  // An unlinked collaboration from the old system may have no service name at all.
  const service = optionalText(payload, 'service');
  if (locale === 'sv') {
    const serviceName = service ?? 'en tjänst';
    return renderLayout(
      locale,
      service ? `Samarbetet i ${service} har avslutats` : 'Ett samarbete har avslutats',
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
  return renderLayout(
    locale,
    service ? `The collaboration in ${service} has ended` : 'A collaboration has ended',
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
