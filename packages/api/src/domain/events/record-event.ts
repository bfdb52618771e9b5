import {
  type CollabEvent,
  type EventDataOf,
  type EventType,
  eventDataSchemas,
} from '@collab/contracts';
import { connectionOf, type Transaction } from '@collab/db';
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

/*
 * The statements of the hot path, prepared once per connection: through the query builder,
 * building and preparing the SQL cost more than running it (scripts/bench-events.ts). They
 * write what the schema's Drizzle columns would: times as epoch milliseconds, JSON as text.
 */
type Connection = ReturnType<typeof connectionOf>;

function preparedFor(connection: Connection) {
  return {
    // A collaboration's last number is read by the unique index on (collaboration, sequence).
    target: connection.prepare<
      [string | null, string],
      { integrationId: string | null; externalId: string | null; lastSequence: number | null }
    >(
      `select integration_id as integrationId, external_id as externalId,
        (select max(sequence) from event where collaboration_id = ?) as lastSequence
       from agency where id = ?`,
    ),
    event: connection.prepare(
      `insert into event (id, type, integration_id, agency_id, collaboration_id, sequence,
        payload, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // An empty list of types means all of them (webhook_endpoint.event_types).
    endpoints: connection.prepare<[string, string], { id: string }>(
      `select id from webhook_endpoint
       where integration_id = ? and status = 'enabled'
         and (json_array_length(event_types) = 0
           or exists (select 1 from json_each(event_types) where value = ?))`,
    ),
    delivery: connection.prepare(
      `insert into webhook_delivery (id, endpoint_id, event_id, status, attempts,
        next_attempt_at, created_at)
       values (?, ?, ?, 'pending', 0, ?, ?)`,
    ),
  };
}

const statements = new WeakMap<Connection, ReturnType<typeof preparedFor>>();

function prepared(transaction: Transaction): ReturnType<typeof preparedFor> {
  const connection = connectionOf(transaction);
  let found = statements.get(connection);
  if (!found) {
    found = preparedFor(connection);
    statements.set(connection, found);
  }
  return found;
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
 * On the hot path of every change, so it is three statements and one insert per delivery:
 * the agency's integration with the collaboration's last number, the event, the endpoints
 * that want it.
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
  const statement = prepared(transaction);
  const collaborationId = input.collaborationId ?? null;
  const target = statement.target.get(collaborationId, input.agencyId);
  if (!target?.integrationId) return null;
  const event = {
    id: `evt_${sequentialId()}`,
    type: input.type,
    timestamp: now.toISOString(),
    integrationId: target.integrationId,
    agencyId: target.externalId,
    sequence: collaborationId === null ? null : (target.lastSequence ?? 0) + 1,
    data: parsed.data,
  } as CollabEvent;
  const at = now.getTime();
  statement.event.run(
    event.id,
    event.type,
    target.integrationId,
    input.agencyId,
    collaborationId,
    event.sequence,
    JSON.stringify(event),
    at,
  );
  for (const endpoint of statement.endpoints.all(target.integrationId, input.type)) {
    statement.delivery.run(`msg_${sequentialId()}`, endpoint.id, event.id, at, at);
  }
  return event;
}
