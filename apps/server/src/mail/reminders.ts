import { type Clock, queueExpiryReminders } from '@collab/api';
import type { Database } from '@collab/db';
import { describeDeliveryError } from './delivery-error.js';
import type { MailLogger } from './mail-logger.js';

/*
 * Which invitations get a reminder, and when, is the domain's rule (`queueExpiryReminders`
 * in @collab/api); the server only runs it now and then.
 */

export interface ReminderSchedule {
  /** Stops the schedule and resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

/** Runs `queueExpiryReminders` now and then every `intervalMs`, logging what it queued. */
export function startReminderSchedule(options: {
  db: Database;
  clock: Clock;
  intervalMs: number;
  logger: MailLogger;
}): ReminderSchedule {
  const { logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const run = () => {
    running = queueExpiryReminders(options)
      .then((queued) => {
        if (queued > 0) logger.info({ queued }, 'Invitation expiry reminders queued');
      })
      .catch((error: unknown) => {
        logger.error({ error: describeDeliveryError(error) }, 'Queueing expiry reminders failed');
      })
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(run, options.intervalMs);
        timer.unref();
      });
  };
  run();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
