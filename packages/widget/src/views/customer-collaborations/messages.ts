import { defineMessages } from '../../i18n/define-messages.js';

/** The texts of this view, Swedish then English. Keys start with `customerView.`. */
export const customerCollaborationsMessages = defineMessages(
  {
    'customerView.loading': 'Hämtar…',
  },
  {
    'customerView.loading': 'Loading…',
  },
);
