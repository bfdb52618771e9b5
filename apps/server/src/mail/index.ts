export { describeDeliveryError } from './delivery-error.js';
export type { MailLogger } from './mail-logger.js';
export {
  backoffDelay,
  createOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from './outbox-worker.js';
export { type ReminderSchedule, startReminderSchedule } from './reminders.js';
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
