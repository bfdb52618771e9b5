import { demoEmails } from './demo-emails.js';
import { type EmailMeta, type EmailStory, emailMeta, emailStory } from './email-story.js';

const meta = {
  title: 'Emails/Invitation declined',
  ...emailMeta(
    'invitation_declined',
    'Flow 2, declined. To the employee who sent the invitation: who declined, and the reason when one was given.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('invitation_declined', 'sv');
export const English: EmailStory = emailStory('invitation_declined', 'en');

const withoutReason = { ...demoEmails.invitation_declined.payload, reason: null };

export const SvenskaWithoutReason: EmailStory = {
  ...emailStory('invitation_declined', 'sv'),
  name: 'Svenska – no reason given',
  args: { payload: withoutReason },
};
export const EnglishWithoutReason: EmailStory = {
  ...emailStory('invitation_declined', 'en'),
  name: 'English – no reason given',
  args: { payload: withoutReason },
};
