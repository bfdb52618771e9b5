import { type EmailMeta, type EmailStory, emailMeta, emailStory } from './email-story.js';

const meta = {
  title: 'Emails/Activation request dismissed',
  ...emailMeta(
    'activation_request_dismissed',
    'Flow 9, dismissed. To the employee who asked: who dismissed the request, and the reason when one was given.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('activation_request_dismissed', 'sv');
export const English: EmailStory = emailStory('activation_request_dismissed', 'en');
