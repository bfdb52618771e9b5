import { type EmailMeta, type EmailStory, emailMeta, emailStory } from './email-story.js';

const meta = {
  title: 'Emails/Webhook endpoint disabled',
  ...emailMeta(
    'webhook_endpoint_disabled',
    'To the integration’s contact: a webhook endpoint failed for three days and Collab stopped sending to it (docs/webhooks.md).',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('webhook_endpoint_disabled', 'sv');
export const English: EmailStory = emailStory('webhook_endpoint_disabled', 'en');
