import type { Locale } from '@collab/contracts';
import type { RenderedEmail } from './layout.js';
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
    case 'signin_instructions':
      return signinInstructions(locale, parseEmailPayload(topic, payload), links);
    case 'invitation':
      return invitation(locale, parseEmailPayload(topic, payload), links);
    case 'invitation_reminder':
      return invitationReminder(locale, parseEmailPayload(topic, payload), links);
    case 'company_has_access':
      return companyHasAccess(locale, parseEmailPayload(topic, payload), links);
    case 'invitation_accepted':
      return invitationAccepted(locale, parseEmailPayload(topic, payload), links);
    case 'invitation_declined':
      return invitationDeclined(locale, parseEmailPayload(topic, payload), links);
    case 'collaboration_ended':
      return collaborationEnded(locale, parseEmailPayload(topic, payload), links);
    case 'activation_request':
      return activationRequest(locale, parseEmailPayload(topic, payload), links);
    case 'activation_request_dismissed':
      return activationRequestDismissed(locale, parseEmailPayload(topic, payload), links);
    case 'webhook_endpoint_disabled':
      return webhookEndpointDisabled(locale, parseEmailPayload(topic, payload), links);
    default:
      throw new Error(`Unhandled e-mail topic ${topic satisfies never}`);
  }
}
