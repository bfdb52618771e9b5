import { type Database, events, webhookAttempts, webhookDeliveries } from '@collab/db';
import { inArray, lt } from 'drizzle-orm';
import { retentionStart } from './feed.js';

/**
 * Deletes the events older than 30 days with their deliveries and attempts, in batches of
 * `batchSize` events, each batch its own short transaction so the writers of changes never
 * wait long for it (docs/events.md). Resolves to the number of events deleted.
 */
export async function purgeExpiredEvents(
  db: Database,
  now: Date,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 1000;
  const cutoff = retentionStart(now);
  let deleted = 0;
  for (;;) {
    const count = db.transaction(
      (transaction) => {
        const ids = transaction
          .select({ id: events.id })
          .from(events)
          .where(lt(events.createdAt, cutoff))
          .limit(batchSize)
          .all()
          .map((row) => row.id);
        if (ids.length === 0) return 0;
        // By subquery, not by a list of ids: an event may have a delivery per endpoint.
        const deliveries = transaction
          .select({ id: webhookDeliveries.id })
          .from(webhookDeliveries)
          .where(inArray(webhookDeliveries.eventId, ids));
        transaction
          .delete(webhookAttempts)
          .where(inArray(webhookAttempts.deliveryId, deliveries))
          .run();
        transaction.delete(webhookDeliveries).where(inArray(webhookDeliveries.eventId, ids)).run();
        transaction.delete(events).where(inArray(events.id, ids)).run();
        return ids.length;
      },
      { behavior: 'immediate' },
    );
    deleted += count;
    if (count < batchSize) return deleted;
    // Let other work on the event loop run between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
