import { type CollabEvent, eventSchema } from '@collab/contracts';
import { type Database, events, webhookDeliveries, webhookEndpoints } from '@collab/db';
import { asc, eq } from 'drizzle-orm';

/** A webhook endpoint written directly (the endpoints API is the delivery side's). */
export function addWebhookEndpoint(
  db: Database,
  integrationId: string,
  options: { eventTypes?: string[]; status?: 'enabled' | 'disabled'; now?: Date } = {},
): string {
  const id = `ep_${crypto.randomUUID()}`;
  const now = options.now ?? new Date('2026-12-03T09:00:00.000Z');
  db.insert(webhookEndpoints)
    .values({
      id,
      integrationId,
      url: 'https://receiver.example/hooks',
      eventTypes: options.eventTypes ?? [],
      status: options.status ?? 'enabled',
      disabledReason: options.status === 'disabled' ? 'by_integration' : null,
      sealedSecret: 'sealed',
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return id;
}

/**
 * Every stored event, oldest first, each checked against the catalogue's schema: a test
 * that reads events through here fails on any payload a receiver could not parse.
 */
export function storedEvents(db: Database, integrationId?: string): CollabEvent[] {
  const rows = (
    integrationId === undefined
      ? db.select().from(events)
      : db.select().from(events).where(eq(events.integrationId, integrationId))
  )
    .orderBy(asc(events.id))
    .all();
  return rows.map((row) => eventSchema.parse(row.payload) as CollabEvent);
}

export function storedDeliveries(db: Database) {
  return db.select().from(webhookDeliveries).orderBy(asc(webhookDeliveries.id)).all();
}
