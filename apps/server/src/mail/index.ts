export { describeDeliveryError } from './delivery-error.js';
export type { EmailBlock, RenderedEmail, ServiceLine } from './email-layout.js';
export type { MailLogger } from './mail-logger.js';
export {
  backoffDelay,
  createOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from './outbox-worker.js';
export {
  queueExpiryReminders,
  type ReminderSchedule,
  reminderLeadDays,
  startReminderSchedule,
} from './reminders.js';
export {
  type EmailLinks,
  type EmailTopic,
  type EmailToRender,
  emailTopics,
  isEmailTopic,
  needsAcceptLink,
  renderEmail,
} from './templates.js';
export {
  createDevMailbox,
  createSmtpTransport,
  type DeliveredMail,
  type DevMailbox,
  type DevMailboxOptions,
  type MailMessage,
  type MailTransport,
  type SmtpTransportOptions,
} from './transport.js';
