import {
  type CollabEvent,
  type EventFeedPage,
  type EventType,
  eventRetentionDays,
} from '@collab/contracts';
import { events } from '@collab/db';
import { and, asc, eq, gt, gte, inArray } from 'drizzle-orm';
import { fail } from '../../errors.js';
import type { IntegrationContext } from '../integration/integration-context.js';

const dayInMilliseconds = 24 * 60 * 60 * 1000;

/** The oldest moment the feed still shows: events before it are being purged (purge.ts). */
export function retentionStart(now: Date): Date {
  return new Date(now.getTime() - eventRetentionDays * dayInMilliseconds);
}

export interface EventFeedOptions {
  /** An event id: the page starts after it. */
  after?: string | undefined;
  types?: EventType[] | undefined;
  /** 1–500, default 100 (the HTTP layer checks it with `eventFeedQuerySchema`). */
  limit?: number | undefined;
}

/**
 * The integration's own events after the cursor, oldest first, from the last 30 days
 * (docs/events.md, "The feed"). Ids sort by time, so `after` is the only cursor needed; the
 * page is read by the index on (integration, id).
 */
export function listEvents(context: IntegrationContext, options: EventFeedOptions): EventFeedPage {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 500);
  const conditions = [
    eq(events.integrationId, context.integration.id),
    gte(events.createdAt, retentionStart(context.clock.now())),
  ];
  if (options.after !== undefined) conditions.push(gt(events.id, options.after));
  if (options.types !== undefined && options.types.length > 0) {
    conditions.push(inArray(events.type, options.types));
  }
  const rows = context.db
    .select({ payload: events.payload })
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.id))
    .limit(limit + 1)
    .all();
  const data = rows.slice(0, limit).map((row) => row.payload as CollabEvent);
  return {
    object: 'list',
    data,
    nextCursor: data.at(-1)?.id ?? options.after ?? null,
    hasMore: rows.length > limit,
  };
}

/**
 * One event of the integration. Another integration's event, and one past the 30 days, are
 * EVENT_NOT_FOUND alike: nobody learns that an id exists elsewhere.
 */
export function getEvent(context: IntegrationContext, eventId: string): CollabEvent {
  const row = context.db
    .select({ payload: events.payload })
    .from(events)
    .where(
      and(
        eq(events.id, eventId),
        eq(events.integrationId, context.integration.id),
        gte(events.createdAt, retentionStart(context.clock.now())),
      ),
    )
    .get();
  if (!row) throw fail('EVENT_NOT_FOUND');
  return row.payload as CollabEvent;
}
