import {
  type EmailMeta,
  type EmailStory,
  emailMeta,
  emailStory,
  emailStoryWithLogo,
} from './email-story.js';

const meta = {
  title: 'Emails/Activation request',
  ...emailMeta(
    'activation_request',
    'Flow 9. To the full-rights colleague an employee without full rights asked: who asks, the customer, the services with their options, the task, the note, and the link to the prepared invitation.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('activation_request', 'sv');
export const English: EmailStory = emailStory('activation_request', 'en');
export const SvenskaMedLogotyp: EmailStory = emailStoryWithLogo('activation_request', 'sv');
export const EnglishWithLogo: EmailStory = emailStoryWithLogo('activation_request', 'en');
