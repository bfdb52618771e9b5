import {
  type EmailMeta,
  type EmailStory,
  emailMeta,
  emailStory,
  emailStoryWithLogo,
} from './email-story.js';

const meta = {
  title: 'Emails/Invitation',
  ...emailMeta(
    'invitation',
    'Flow 1b. The company already has an account: each of its administrators gets this, with the services, who pays, the expiry and the link to the accept page.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('invitation', 'sv');
export const English: EmailStory = emailStory('invitation', 'en');
export const SvenskaMedLogotyp: EmailStory = emailStoryWithLogo('invitation', 'sv');
export const EnglishWithLogo: EmailStory = emailStoryWithLogo('invitation', 'en');
