import { defineMessages } from '../../i18n/define-messages.js';

/** The texts of this view, Swedish then English. Keys start with `accept.`. */
export const acceptInvitationMessages = defineMessages(
  {
    'accept.loading': 'Hämtar…',
  },
  {
    'accept.loading': 'Loading…',
  },
);
