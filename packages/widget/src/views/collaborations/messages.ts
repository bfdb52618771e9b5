import { defineMessages } from '../../i18n/define-messages.js';

/** The texts of this view, Swedish then English. Keys start with `overview.`. */
export const collaborationsMessages = defineMessages(
  {
    'overview.loading': 'Hämtar…',
  },
  {
    'overview.loading': 'Loading…',
  },
);
