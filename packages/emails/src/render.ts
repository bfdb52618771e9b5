import type { Locale } from '@collab/contracts';
import type { EmailSender, RenderedEmail } from './layout.js';
import { activationRequest, activationRequestDismissed } from './templates/activation-request.js';
import { collaborationEnded } from './templates/collaboration-ended.js';
import { companyHasAccess } from './templates/company-has-access.js';
import { invitation } from './templates/invitation.js';
import { invitationAccepted } from './templates/invitation-accepted.js';
import { invitationDeclined } from './templates/invitation-declined.js';
import { invitationReminder } from './templates/invitation-reminder.js';
import type { EmailLinks } from './templates/parts.js';
import { signinInstructions } from './templates/signin-instructions.js';
import { webhookEndpointDisabled } from './templates/webhook-endpoint-disabled.js';
import { isEmailTopic, parseEmailPayload } from './topics.js';

export interface EmailToRender {
  /** The outbox message's topic, as stored: an unknown one is refused. */
  topic: string;
  locale: Locale;
  /** The outbox payload, as stored: checked against the topic's schema before use. */
  payload: unknown;
  links: EmailLinks;
  /**
   * The agency the message is about (`outbox_message.agencyId`), as it is when the e-mail is
   * sent: an e-mail the agency causes shows its name and logo. Without it, the agency's name
   * in the payload is used, with no logo.
   */
  agency?: { name: string; logoUrl: string | null } | null;
}

/** The agency an e-mail speaks for, from the message's agency or the payload's name. */
function senderOf(message: EmailToRender, payloadAgencyName?: string): EmailSender | null {
  const agencyName = message.agency?.name ?? payloadAgencyName;
  if (!agencyName) return null;
  return { agencyName, logoUrl: message.agency?.logoUrl ?? null };
}

/**
 * Subject, plain text and HTML for one outbox e-mail, in the recipient's language.
 * Throws for an unknown topic or a payload that does not fit its topic's schema: the worker
 * marks such a message failed rather than sending something broken.
 */
export function renderEmail(message: EmailToRender): RenderedEmail {
  const { topic, locale, payload, links } = message;
  if (!isEmailTopic(topic)) throw new Error(`Unknown e-mail topic: ${topic}`);
  switch (topic) {
    // The e-mails an agency causes speak for it (docs/integration-api.md, "Agencies").
    case 'signin_instructions': {
      const parsed = parseEmailPayload(topic, payload);
      return signinInstructions(locale, parsed, links, senderOf(message, parsed.agencyName));
    }
    case 'invitation': {
      const parsed = parseEmailPayload(topic, payload);
      return invitation(locale, parsed, links, senderOf(message, parsed.agencyName));
    }
    case 'invitation_reminder': {
      const parsed = parseEmailPayload(topic, payload);
      return invitationReminder(locale, parsed, links, senderOf(message, parsed.agencyName));
    }
    case 'company_has_access': {
      const parsed = parseEmailPayload(topic, payload);
      return companyHasAccess(locale, parsed, links, senderOf(message, parsed.agencyName));
    }
    case 'invitation_accepted':
      return invitationAccepted(locale, parseEmailPayload(topic, payload), links);
    case 'invitation_declined':
      return invitationDeclined(locale, parseEmailPayload(topic, payload), links);
    case 'collaboration_ended': {
      const parsed = parseEmailPayload(topic, payload);
      const sender = parsed.endedBy === 'agency' ? senderOf(message) : null;
      return collaborationEnded(locale, parsed, links, sender);
    }
    case 'activation_request': {
      const parsed = parseEmailPayload(topic, payload);
      return activationRequest(locale, parsed, links, senderOf(message, parsed.agencyName));
    }
    case 'activation_request_dismissed':
      return activationRequestDismissed(locale, parseEmailPayload(topic, payload), links);
    case 'webhook_endpoint_disabled':
      return webhookEndpointDisabled(locale, parseEmailPayload(topic, payload), links);
    default:
      throw new Error(`Unhandled e-mail topic ${topic satisfies never}`);
  }
}
