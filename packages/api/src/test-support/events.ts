import { type CollabEvent, eventSchema } from '@collab/contracts';
import {
  accessGrants,
  type Database,
  events,
  webhookDeliveries,
  webhookEndpoints,
} from '@collab/db';
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

/**
 * The access grants the integration would hold after applying every `access.granted` and
 * `access.revoked` event in order, as "collaborationId subjectType subjectId reason service"
 * lines, sorted. A revocation of a grant it does not hold, or a second grant for one person,
 * throws: a receiver applying the events one by one would be lost there too.
 */
export function replayAccessEvents(replayed: CollabEvent[]): string[] {
  const held = new Map<string, string>();
  for (const event of replayed) {
    if (event.type !== 'access.granted' && event.type !== 'access.revoked') continue;
    const { collaborationCollabId, subject, reason, service } = event.data;
    const key = `${collaborationCollabId} ${subject.type} ${subject.collabId}`;
    const line = `${key} ${reason} ${service}`;
    if (event.type === 'access.granted') {
      if (held.has(key)) throw new Error(`${event.id} grants ${key} twice`);
      held.set(key, line);
    } else {
      if (held.get(key) !== line) throw new Error(`${event.id} revokes ${line}, not held`);
      held.delete(key);
    }
  }
  return [...held.values()].sort();
}

/** The stored grants in the same lines as `replayAccessEvents`. */
export function storedGrantLines(db: Database): string[] {
  return db
    .select()
    .from(accessGrants)
    .all()
    .map(
      (grant) =>
        `${grant.collaborationId} ${grant.subjectType} ${grant.subjectId} ${grant.reason} ${grant.service}`,
    )
    .sort();
}

/** Each collaboration's events must be numbered 1, 2, 3… in the order they were written. */
export function sequenceGaps(replayed: CollabEvent[]): string[] {
  const last = new Map<string, number>();
  const gaps: string[] = [];
  for (const event of replayed) {
    const collaborationId = collaborationOf(event);
    if (collaborationId === null) {
      if (event.sequence !== null) gaps.push(`${event.id} ${event.type} has a sequence`);
      continue;
    }
    const expected = (last.get(collaborationId) ?? 0) + 1;
    if (event.sequence !== expected) {
      gaps.push(`${event.id} ${event.type}: ${event.sequence}, expected ${expected}`);
    }
    last.set(collaborationId, event.sequence ?? expected);
  }
  return gaps;
}

function collaborationOf(event: CollabEvent): string | null {
  if (event.type === 'access.granted' || event.type === 'access.revoked') {
    return event.data.collaborationCollabId;
  }
  return 'collaboration' in event.data ? event.data.collaboration.collabId : null;
}
