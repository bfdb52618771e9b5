import { demoEmails } from './demo-emails.js';
import {
  type EmailMeta,
  type EmailStory,
  emailMeta,
  emailStory,
  emailStoryWithLogo,
} from './email-story.js';

const meta = {
  title: 'Emails/Collaboration ended',
  ...emailMeta(
    'collaboration_ended',
    'Flow 5. The other party ended a collaboration in one service; the agency’s access to it is gone.',
  ),
} satisfies EmailMeta;

export default meta;

export const Svenska: EmailStory = emailStory('collaboration_ended', 'sv');
export const English: EmailStory = emailStory('collaboration_ended', 'en');

const withoutReason = { ...demoEmails.collaboration_ended.payload, reason: null };
/** A collaboration imported from the old system without a link to a service has no name. */
const unnamedService = { ...demoEmails.collaboration_ended.payload, service: null };

export const SvenskaWithoutReason: EmailStory = {
  ...emailStory('collaboration_ended', 'sv'),
  name: 'Svenska – no reason given',
  args: { payload: withoutReason },
};
export const EnglishWithoutReason: EmailStory = {
  ...emailStory('collaboration_ended', 'en'),
  name: 'English – no reason given',
  args: { payload: withoutReason },
};
export const SvenskaUnnamedService: EmailStory = {
  ...emailStory('collaboration_ended', 'sv'),
  name: 'Svenska – old collaboration without a service name',
  args: { payload: unnamedService },
};
export const EnglishUnnamedService: EmailStory = {
  ...emailStory('collaboration_ended', 'en'),
  name: 'English – old collaboration without a service name',
  args: { payload: unnamedService },
};

/** The agency ended it: the e-mail goes to the company's administrators, and speaks for the agency. */
const endedByAgency = {
  ...demoEmails.collaboration_ended.payload,
  recipientName: 'Anna Svensson',
  endedByName: 'Karin Lund',
  reason: null,
  endedBy: 'agency' as const,
};
export const SvenskaEndedByAgencyWithLogo: EmailStory = {
  ...emailStoryWithLogo('collaboration_ended', 'sv', endedByAgency),
  name: 'Svenska – ended by the agency, with its logo',
};
export const EnglishEndedByAgencyWithLogo: EmailStory = {
  ...emailStoryWithLogo('collaboration_ended', 'en', endedByAgency),
  name: 'English – ended by the agency, with its logo',
};
