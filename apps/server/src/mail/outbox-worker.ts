import type { Clock, SecretBox } from '@collab/api';
import { agencies, type Database, integrations, outboxMessages } from '@collab/db';
import {
  type EmailLinks,
  needsAcceptLink,
  needsActivationRequestLink,
  renderEmail,
} from '@collab/emails';
import { and, asc, eq, lte } from 'drizzle-orm';
import { describeDeliveryError } from './delivery-error.js';
import type { MailLogger } from './mail-logger.js';
import type { MailTransport } from './transport.js';

type OutboxMessage = typeof outboxMessages.$inferSelect;

export interface OutboxWorkerOptions {
  db: Database;
  /** Opens the sealed invitation token that invitation e-mails carry. */
  secrets: SecretBox;
  transport: MailTransport;
  /** The server's public base URL; every link in an e-mail starts with it. */
  publicUrl: string;
  clock: Clock;
  logger: MailLogger;
  pollIntervalMs?: number;
  /** After this many failed sends a message is marked failed and left alone. */
  maxAttempts?: number;
  /** The wait after the first failure; it doubles with each further failure, up to an hour. */
  baseBackoffMs?: number;
  /** How many due messages are read at a time. */
  batchSize?: number;
  /**
   * How long a claimed message stays hidden from other workers while it is being sent. If
   * the process dies mid-send, the message is retried once this has passed.
   */
  claimLeaseMs?: number;
}

export interface OutboxWorker {
  /** Polls for due messages every `pollIntervalMs` until `stop`. */
  start(): void;
  /** Stops polling and resolves once the message being sent, if any, is finished. */
  stop(): Promise<void>;
  /** Delivers the messages that are due now; resolves to how many were sent. */
  runOnce(): Promise<number>;
}

const maximumBackoffMs = 60 * 60 * 1000;

/** The wait before retry number `attempts + 1`: base, 2 × base, 4 × base, … capped at 1 hour. */
export function backoffDelay(attempts: number, baseBackoffMs: number): number {
  return Math.min(baseBackoffMs * 2 ** Math.max(attempts - 1, 0), maximumBackoffMs);
}

/** The accept page with `token` added to its query; a query it already has is kept. */
export function withToken(acceptPage: string, token: string): string {
  const url = new URL(acceptPage);
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * Delivers the e-mails of the outbox. Rows of `kind = 'event'` are only in databases from
 * before events got their own table (`event` and `webhook_delivery`, docs/events.md); they
 * are left as they are, since marking them sent would claim a delivery that never happened.
 *
 * Exactly once, as far as this side can tell: a message is claimed with a conditional update
 * before it is sent (so two workers, or two overlapping runs, never both send it), and it is
 * marked sent right after the mail server accepted it.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, secrets, transport, clock, logger } = options;
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 8;
  const baseBackoffMs = options.baseBackoffMs ?? 2000;
  const batchSize = options.batchSize ?? 10;
  const claimLeaseMs = options.claimLeaseMs ?? 5 * 60 * 1000;

  /** Runs are chained: a run never starts while another one of this worker is going. */
  let tail: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let polling = false;
  let timer: NodeJS.Timeout | null = null;
  /**
   * Sent, but the database refused the "sent" mark. Kept so that this worker never sends
   * them a second time; it retries the mark instead.
   */
  const sentButUnrecorded = new Set<string>();

  /**
   * The message's agency as it is now: its name and logo head the e-mails it causes, and the
   * pages an e-mail links to are those of the integration that owns it (its accept and sign-in
   * URLs), else this server's. Read at delivery, so a logo or URL changed since applies to
   * e-mails still waiting. See docs/integration-api.md.
   */
  function agencyOf(message: OutboxMessage) {
    return message.agencyId
      ? db
          .select({
            name: agencies.name,
            logoUrl: agencies.logoUrl,
            acceptUrl: integrations.acceptUrl,
            signInUrl: integrations.signInUrl,
          })
          .from(agencies)
          .leftJoin(integrations, eq(integrations.id, agencies.integrationId))
          .where(eq(agencies.id, message.agencyId))
          .get()
      : undefined;
  }

  function pagesFor(message: OutboxMessage): { acceptPage: string; signInPage: string } {
    const agency = agencyOf(message);
    return {
      acceptPage: agency?.acceptUrl ?? `${publicUrl}/accept`,
      signInPage: agency?.signInUrl ?? publicUrl,
    };
  }

  function linksFor(message: OutboxMessage): EmailLinks {
    const { acceptPage, signInPage } = pagesFor(message);
    if (needsActivationRequestLink(message.topic)) {
      // The host's page (its sign-in URL) is where it shows the invite dialog; the request id
      // tells it to open the prepared invitation there (docs/flows.md, flow 9).
      const url = new URL(signInPage);
      url.searchParams.set('activationRequest', message.relatedId ?? '');
      return { appUrl: signInPage, activationRequestUrl: url.toString() };
    }
    if (!needsAcceptLink(message.topic)) return { appUrl: signInPage };
    if (!message.sealedSecret) throw new Error('The invitation token is missing.');
    return {
      appUrl: signInPage,
      acceptUrl: withToken(acceptPage, secrets.open(message.sealedSecret)),
    };
  }

  /** Takes the message for this worker, unless someone else changed it since it was read. */
  function claim(message: OutboxMessage): number | null {
    const attempts = message.attempts + 1;
    const result = db
      .update(outboxMessages)
      .set({ attempts, nextAttemptAt: new Date(clock.now().getTime() + claimLeaseMs) })
      .where(
        and(
          eq(outboxMessages.id, message.id),
          eq(outboxMessages.status, 'pending'),
          eq(outboxMessages.attempts, message.attempts),
        ),
      )
      .run();
    return result.changes === 1 ? attempts : null;
  }

  function markSent(message: OutboxMessage, attempts: number): void {
    // No status condition: if the domain superseded the message while it was being sent,
    // it was still sent, and the row should say so.
    db.update(outboxMessages)
      .set({ status: 'sent', sentAt: clock.now(), lastError: null })
      .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.attempts, attempts)))
      .run();
  }

  function markFailed(message: OutboxMessage, attempts: number, lastError: string): void {
    db.update(outboxMessages)
      .set({ status: 'failed', lastError })
      .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.attempts, attempts)))
      .run();
  }

  function scheduleRetry(message: OutboxMessage, attempts: number, lastError: string): Date {
    const nextAttemptAt = new Date(clock.now().getTime() + backoffDelay(attempts, baseBackoffMs));
    db.update(outboxMessages)
      .set({ nextAttemptAt, lastError })
      .where(
        and(
          eq(outboxMessages.id, message.id),
          eq(outboxMessages.status, 'pending'),
          eq(outboxMessages.attempts, attempts),
        ),
      )
      .run();
    return nextAttemptAt;
  }

  /** Resolves to true if the message was sent by this call. */
  async function deliver(message: OutboxMessage): Promise<boolean> {
    const attempts = claim(message);
    if (attempts === null) return false;
    const context = { messageId: message.id, topic: message.topic, attempts };

    if (sentButUnrecorded.has(message.id)) {
      markSent(message, attempts);
      sentButUnrecorded.delete(message.id);
      return false;
    }

    let rendered: ReturnType<typeof renderEmail>;
    try {
      const agency = agencyOf(message);
      rendered = renderEmail({
        topic: message.topic,
        locale: message.locale,
        payload: message.payload,
        links: linksFor(message),
        agency: agency ? { name: agency.name, logoUrl: agency.logoUrl } : null,
      });
    } catch (error) {
      // A broken template or payload will not mend itself by waiting.
      const lastError = describeDeliveryError(error);
      markFailed(message, attempts, lastError);
      logger.error({ ...context, error: lastError }, 'E-mail could not be rendered; marked failed');
      return false;
    }

    try {
      await transport.send({ to: message.recipient, ...rendered });
    } catch (error) {
      const lastError = describeDeliveryError(error);
      if (attempts >= maxAttempts) {
        markFailed(message, attempts, lastError);
        logger.error({ ...context, error: lastError }, 'E-mail delivery gave up; marked failed');
      } else {
        const nextAttemptAt = scheduleRetry(message, attempts, lastError);
        logger.warn(
          { ...context, error: lastError, nextAttemptAt: nextAttemptAt.toISOString() },
          'E-mail delivery failed; will retry',
        );
      }
      return false;
    }

    try {
      markSent(message, attempts);
    } catch (error) {
      sentButUnrecorded.add(message.id);
      logger.error(
        { ...context, error: describeDeliveryError(error) },
        'E-mail sent but not marked sent',
      );
      return true;
    }
    logger.info(context, 'E-mail sent');
    return true;
  }

  async function deliverDueMessages(): Promise<number> {
    let sent = 0;
    // A message is tried at most once per run, even if a zero backoff makes it due again.
    const tried = new Set<string>();
    while (!stopped) {
      const due = db
        .select()
        .from(outboxMessages)
        .where(
          and(
            eq(outboxMessages.status, 'pending'),
            eq(outboxMessages.kind, 'email'),
            lte(outboxMessages.nextAttemptAt, clock.now()),
          ),
        )
        .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id))
        .limit(batchSize)
        .all()
        .filter((message) => !tried.has(message.id));
      if (due.length === 0) break;
      for (const message of due) {
        if (stopped) break;
        tried.add(message.id);
        if (await deliver(message)) sent += 1;
      }
    }
    return sent;
  }

  function runOnce(): Promise<number> {
    if (stopped) return Promise.resolve(0);
    const run = tail.then(deliverDueMessages);
    tail = run.catch(() => undefined);
    return run;
  }

  function poll(): void {
    runOnce()
      .catch((error: unknown) => {
        logger.error({ error: describeDeliveryError(error) }, 'The outbox worker run failed');
      })
      .finally(() => {
        if (!polling) return;
        timer = setTimeout(poll, pollIntervalMs);
        // The HTTP server keeps the process alive; this timer alone should not.
        timer.unref();
      });
  }

  return {
    start() {
      if (polling) return;
      stopped = false;
      polling = true;
      poll();
    },
    async stop() {
      stopped = true;
      polling = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await tail;
    },
    runOnce,
  };
}
