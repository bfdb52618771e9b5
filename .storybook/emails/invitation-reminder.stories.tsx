import {
  type EmailMeta,
  type EmailStory,
  emailMeta,
  emailStory,
  emailStoryWithLogo,
} from './email-story.js';

const meta = {
  title: 'Emails/Invitation reminder',
  ...emailMeta(
    'invitation_reminder',
    'Sent to the same administrators 3 days before an unanswered invitation expires, with the same link.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('invitation_reminder', 'sv');
export const English: EmailStory = emailStory('invitation_reminder', 'en');
export const SvenskaMedLogotyp: EmailStory = emailStoryWithLogo('invitation_reminder', 'sv');
export const EnglishWithLogo: EmailStory = emailStoryWithLogo('invitation_reminder', 'en');
