import {
  type EmailMeta,
  type EmailStory,
  emailMeta,
  emailStory,
  emailStoryWithLogo,
} from './email-story.js';

const meta = {
  title: 'Emails/Company now has access',
  ...emailMeta(
    'company_has_access',
    'Flow 2, accepted. To every administrator of the company: the collaboration has started and these services are active.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('company_has_access', 'sv');
export const English: EmailStory = emailStory('company_has_access', 'en');
export const SvenskaMedLogotyp: EmailStory = emailStoryWithLogo('company_has_access', 'sv');
export const EnglishWithLogo: EmailStory = emailStoryWithLogo('company_has_access', 'en');
