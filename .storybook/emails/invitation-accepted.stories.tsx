import { type EmailMeta, type EmailStory, emailMeta, emailStory } from './email-story.js';

const meta = {
  title: 'Emails/Invitation accepted',
  ...emailMeta(
    'invitation_accepted',
    'Flow 2, accepted. To the employee who sent the invitation: who accepted, and which services are now active.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('invitation_accepted', 'sv');
export const English: EmailStory = emailStory('invitation_accepted', 'en');
