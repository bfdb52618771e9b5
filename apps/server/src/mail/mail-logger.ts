/**
 * The part of a pino logger the mail code uses, so that tests can pass a recorder and the
 * server its pino instance. Log message ids and topics; never addresses or tokens.
 */
export interface MailLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}
