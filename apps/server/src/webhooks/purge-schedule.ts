import { type Clock, purgeExpiredEvents } from '@collab/api';
import type { Database } from '@collab/db';
import type { MailLogger } from '../mail/index.js';

/** Deletes events past the 30 days of the feed, hourly (docs/events.md, docs/webhooks.md). */
export function startEventPurge(options: {
  db: Database;
  clock: Clock;
  logger: MailLogger;
  intervalMs?: number;
}): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= purgeExpiredEvents(options.db, options.clock.now())
      .then((deleted) => {
        if (deleted > 0) options.logger.info({ deleted }, 'expired events purged');
      })
      .catch((error: unknown) => options.logger.error({ err: error }, 'event purge failed'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, options.intervalMs ?? 60 * 60 * 1000);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
