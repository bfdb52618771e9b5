import {
  type CollabEvent,
  type EventDataOf,
  type EventType,
  eventDataSchemas,
} from '@collab/contracts';
import {
  agencies,
  events,
  type Transaction,
  webhookDeliveries,
  webhookEndpoints,
} from '@collab/db';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { sequentialId } from '../sequential-id.js';

/** What a change says happened; `recordEvent` adds the envelope (see docs/events.md). */
export interface EventInput<Type extends EventType> {
  type: Type;
  /** Collab's own id of the agency; the envelope carries the integration's external one. */
  agencyId: string;
  /** The collaboration the event is about: its events are numbered 1, 2, 3… */
  collaborationId?: string | null;
  data: EventDataOf<Type>;
}

/**
 * Writes one event of the catalogue in the caller's transaction, with one pending delivery
 * per enabled webhook endpoint of the agency's integration that subscribes to its type, so
 * the event and its deliveries exist exactly when the change does (docs/events.md).
 *
 * `data` that does not fit the type's schema throws, which rolls the change back: an event a
 * receiver cannot parse is never written. An agency no integration provisions gets no event,
 * since nobody could receive it. Returns the event, or null when none was written.
 *
 * This is on the hot path of every change, so it is four statements at most: the agency's
 * integration with the collaboration's last sequence, the event, the subscribed endpoints and
 * their deliveries.
 */
export function recordEvent<Type extends EventType>(
  transaction: Transaction,
  input: EventInput<Type>,
  now: Date,
): CollabEvent | null {
  const parsed = eventDataSchemas[input.type].safeParse(input.data);
  if (!parsed.success) {
    throw new Error(
      `Event ${input.type} does not fit its schema:\n${z.prettifyError(parsed.error)}`,
    );
  }
  const collaborationId = input.collaborationId ?? null;
  const target = transaction
    .select({
      integrationId: agencies.integrationId,
      externalId: agencies.externalId,
      lastSequence:
        collaborationId === null
          ? sql<null>`null`
          : sql<
              number | null
            >`(select max(${events.sequence}) from ${events} where ${events.collaborationId} = ${collaborationId})`,
    })
    .from(agencies)
    .where(eq(agencies.id, input.agencyId))
    .get();
  if (!target?.integrationId) return null;
  const integrationId = target.integrationId;
  const event = {
    id: `evt_${sequentialId()}`,
    type: input.type,
    timestamp: now.toISOString(),
    integrationId,
    agencyId: target.externalId,
    sequence: collaborationId === null ? null : (target.lastSequence ?? 0) + 1,
    data: parsed.data,
  } as CollabEvent;
  transaction
    .insert(events)
    .values({
      id: event.id,
      type: event.type,
      integrationId,
      agencyId: input.agencyId,
      collaborationId,
      sequence: event.sequence,
      payload: event,
      createdAt: now,
    })
    .run();
  fanOut(transaction, { integrationId, eventId: event.id, type: input.type }, now);
  return event;
}

/** One pending delivery per enabled endpoint that wants the type (no types listed: all). */
function fanOut(
  transaction: Transaction,
  event: { integrationId: string; eventId: string; type: EventType },
  now: Date,
): void {
  const endpoints = transaction
    .select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.integrationId, event.integrationId),
        eq(webhookEndpoints.status, 'enabled'),
      ),
    )
    .all()
    .filter(({ eventTypes }) => eventTypes.length === 0 || eventTypes.includes(event.type));
  if (endpoints.length === 0) return;
  transaction
    .insert(webhookDeliveries)
    .values(
      endpoints.map((endpoint) => ({
        id: `msg_${sequentialId()}`,
        endpointId: endpoint.id,
        eventId: event.eventId,
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      })),
    )
    .run();
}
