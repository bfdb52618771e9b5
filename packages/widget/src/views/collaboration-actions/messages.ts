import { defineMessages } from '../../i18n/define-messages.js';

/** The texts of this view, Swedish then English. Keys start with `actions.`. */
export const collaborationActionsMessages = defineMessages(
  {
    'actions.loading': 'Hämtar…',
  },
  {
    'actions.loading': 'Loading…',
  },
);
