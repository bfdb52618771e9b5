import {
  type EmailMeta,
  type EmailStory,
  emailMeta,
  emailStory,
  emailStoryWithLogo,
} from './email-story.js';

const meta = {
  title: 'Emails/Sign-in instructions',
  ...emailMeta(
    'signin_instructions',
    'Flow 1a. The customer had no account: activating created one, and its contact person, now the first administrator, gets this with the services and how to sign in.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('signin_instructions', 'sv');
export const English: EmailStory = emailStory('signin_instructions', 'en');
export const SvenskaMedLogotyp: EmailStory = emailStoryWithLogo('signin_instructions', 'sv');
export const EnglishWithLogo: EmailStory = emailStoryWithLogo('signin_instructions', 'en');
