import type { ListPage, ResendResult, WebhookAttemptResource } from '@collab/contracts';
import { events, transact, webhookAttempts, webhookDeliveries, webhookEndpoints } from '@collab/db';
import { and, desc, eq, lt } from 'drizzle-orm';
import { fail } from '../../errors.js';
import { getEvent } from '../events/feed.js';
import { sequentialId } from '../sequential-id.js';
import type { WebhookContext } from './context.js';
import { ownEndpoint } from './endpoints.js';

/** An endpoint's attempts, newest first; the cursor is the last attempt's id. */
export function listWebhookAttempts(
  context: WebhookContext,
  endpointId: string,
  query: { limit: number; cursor?: string | undefined },
): ListPage<WebhookAttemptResource> {
  const endpoint = context.db.transaction((transaction) =>
    ownEndpoint(transaction, context.integration.id, endpointId),
  );
  const conditions = [eq(webhookAttempts.endpointId, endpoint.id)];
  if (query.cursor) conditions.push(lt(webhookAttempts.id, query.cursor));
  const rows = context.db
    .select({
      attempt: webhookAttempts,
      eventId: webhookDeliveries.eventId,
      eventType: events.type,
    })
    .from(webhookAttempts)
    .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .where(and(...conditions))
    .orderBy(desc(webhookAttempts.id))
    .limit(query.limit + 1)
    .all();
  const page = rows.slice(0, query.limit);
  return {
    object: 'list',
    data: page.map(({ attempt, eventId, eventType }) => ({
      object: 'webhook_attempt',
      id: attempt.id,
      endpointId: attempt.endpointId,
      webhookId: attempt.deliveryId,
      eventId,
      eventType,
      attemptedAt: attempt.attemptedAt.toISOString(),
      durationMs: attempt.durationMs,
      statusCode: attempt.statusCode,
      succeeded:
        attempt.statusCode !== null && attempt.statusCode >= 200 && attempt.statusCode < 300,
      error: attempt.error,
      responseBody: attempt.responseBody,
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.attempt.id ?? null) : null,
  };
}

/**
 * Sends an event again (docs/webhooks.md, "Resend"): to one endpoint, or to every enabled
 * endpoint of the integration that wants its type. An endpoint that had the event gets its
 * delivery back as pending with a fresh attempt count, so the `webhook-id` stays the same and
 * a receiver that already has it can drop it; one that never had it gets a new delivery.
 */
export async function resendEvent(
  context: WebhookContext,
  eventId: string,
  options: { endpointId?: string | undefined },
): Promise<ResendResult> {
  const event = getEvent(context, eventId);
  const now = context.clock.now();
  const deliveries = await transact(context.db, (transaction) => {
    const targets = options.endpointId
      ? [ownEndpoint(transaction, context.integration.id, options.endpointId)]
      : transaction
          .select()
          .from(webhookEndpoints)
          .where(
            and(
              eq(webhookEndpoints.integrationId, context.integration.id),
              eq(webhookEndpoints.status, 'enabled'),
            ),
          )
          .all()
          .filter(
            (endpoint) =>
              endpoint.eventTypes.length === 0 || endpoint.eventTypes.includes(event.type),
          );
    const result: ResendResult['deliveries'] = [];
    for (const endpoint of targets) {
      if (endpoint.status !== 'enabled') throw fail('WEBHOOK_ENDPOINT_DISABLED');
      const existing = transaction
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.endpointId, endpoint.id),
            eq(webhookDeliveries.eventId, event.id),
          ),
        )
        .get();
      const webhookId = existing?.id ?? `msg_${sequentialId()}`;
      if (existing) {
        transaction
          .update(webhookDeliveries)
          .set({ status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null })
          .where(eq(webhookDeliveries.id, existing.id))
          .run();
      } else {
        transaction
          .insert(webhookDeliveries)
          .values({
            id: webhookId,
            endpointId: endpoint.id,
            eventId: event.id,
            status: 'pending',
            attempts: 0,
            nextAttemptAt: now,
            createdAt: now,
          })
          .run();
      }
      result.push({ endpointId: endpoint.id, webhookId });
    }
    return result;
  });
  return { object: 'resend', eventId: event.id, deliveries };
}
