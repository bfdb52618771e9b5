import type { Clock } from '@collab/api';
import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where rendered e-mails go. `send` resolves once the message is handed over, or throws. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export interface SmtpTransportOptions {
  /** For example `smtp://user:pass@smtp.example.com:587` or `smtps://…`; query options apply. */
  url: string;
  /** The From header, for example `Collab <no-reply@example.com>`. */
  from: string;
}

/**
 * Limits a hanging mail server to under a minute per message. Nodemailer's defaults (two
 * minutes to connect, ten minutes of socket silence) would hold the worker, and a graceful
 * shutdown waiting for it, far too long. The URL may override these.
 */
const smtpTimeouts = {
  connectionTimeout: 15_000,
  greetingTimeout: 15_000,
  socketTimeout: 30_000,
};

export function createSmtpTransport(options: SmtpTransportOptions): MailTransport {
  // With an object, options in the URL win and the keys next to it fill in the rest.
  const transporter = createTransport({ url: options.url, ...smtpTimeouts });
  return {
    async send(message) {
      await transporter.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    },
    async close() {
      transporter.close();
    },
  };
}

export type DeliveredMail = MailMessage & { sentAt: string };

export interface DevMailbox extends MailTransport {
  /** The delivered messages, oldest first, newest last. */
  list(): DeliveredMail[];
}

export interface DevMailboxOptions {
  /** Stamps `sentAt`; defaults to the system clock. */
  clock?: Clock;
  /** How many messages are kept; the oldest are dropped first. */
  capacity?: number;
}

/**
 * Development without SMTP: messages are kept in memory, and the server lists them at
 * `/dev/mailbox`. Bounded, so a long-running dev server does not grow without end.
 */
export function createDevMailbox(options: DevMailboxOptions = {}): DevMailbox {
  const capacity = options.capacity ?? 500;
  const now = () => (options.clock ? options.clock.now() : new Date());
  const delivered: DeliveredMail[] = [];
  return {
    async send(message) {
      delivered.push({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        sentAt: now().toISOString(),
      });
      if (delivered.length > capacity) delivered.splice(0, delivered.length - capacity);
    },
    async close() {},
    list() {
      return delivered.map((mail) => ({ ...mail }));
    },
  };
}
