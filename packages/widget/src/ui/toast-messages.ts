import { defineMessages } from '../i18n/define-messages.js';

/** The texts of the shared toast (`ui/toast.tsx`), Swedish then English. */
export const toastMessages = defineMessages(
  { 'toast.dismiss': 'Stäng meddelandet' },
  { 'toast.dismiss': 'Dismiss the message' },
);
