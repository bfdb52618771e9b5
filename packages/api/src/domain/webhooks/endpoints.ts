import type {
  ListPage,
  WebhookEndpointCreate,
  WebhookEndpointPatch,
  WebhookEndpointResource,
} from '@collab/contracts';
import {
  type Transaction,
  transact,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from '@collab/db';
import { and, asc, eq, gt } from 'drizzle-orm';
import { fail } from '../../errors.js';
import { sequentialId } from '../sequential-id.js';
import {
  type EndpointRow,
  endpointResource,
  guardUrl,
  newWebhookSecret,
  type WebhookContext,
} from './context.js';

/*
 * Webhook endpoints of an integration (docs/webhooks.md). Every function is scoped to the
 * calling integration: another integration's endpoint is WEBHOOK_ENDPOINT_NOT_FOUND, the same
 * answer as an id that exists nowhere.
 */

export type EndpointWithSecret = WebhookEndpointResource & { secret: string };

export function ownEndpoint(
  transaction: Transaction,
  integrationId: string,
  endpointId: string,
): EndpointRow {
  const row = transaction
    .select()
    .from(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.integrationId, integrationId)),
    )
    .get();
  if (!row) throw fail('WEBHOOK_ENDPOINT_NOT_FOUND');
  return row;
}

export async function createWebhookEndpoint(
  context: WebhookContext,
  input: WebhookEndpointCreate,
): Promise<EndpointWithSecret> {
  await guardUrl(context, input.url);
  const secret = newWebhookSecret();
  const now = context.clock.now();
  const row = await transact(context.db, (transaction) =>
    transaction
      .insert(webhookEndpoints)
      .values({
        id: `whe_${sequentialId()}`,
        integrationId: context.integration.id,
        url: input.url,
        description: input.description || null,
        eventTypes: [...new Set(input.eventTypes)],
        status: input.enabled ? 'enabled' : 'disabled',
        disabledReason: input.enabled ? null : 'by_integration',
        sealedSecret: context.secrets.seal(secret),
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get(),
  );
  return { ...endpointResource(row), secret };
}

export function listWebhookEndpoints(
  context: WebhookContext,
  query: { limit: number; cursor?: string | undefined },
): ListPage<WebhookEndpointResource> {
  const conditions = [eq(webhookEndpoints.integrationId, context.integration.id)];
  if (query.cursor) conditions.push(gt(webhookEndpoints.id, query.cursor));
  const rows = context.db
    .select()
    .from(webhookEndpoints)
    .where(and(...conditions))
    .orderBy(asc(webhookEndpoints.id))
    .limit(query.limit + 1)
    .all();
  const page = rows.slice(0, query.limit);
  return {
    object: 'list',
    data: page.map(endpointResource),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export function getWebhookEndpoint(
  context: WebhookContext,
  endpointId: string,
): WebhookEndpointResource {
  return endpointResource(
    context.db.transaction((transaction) =>
      ownEndpoint(transaction, context.integration.id, endpointId),
    ),
  );
}

/**
 * A PATCH (only the fields given) or, with every field, a PUT. Enabling an endpoint Collab
 * disabled for failing starts a fresh run: `failingSince` is cleared.
 */
export async function updateWebhookEndpoint(
  context: WebhookContext,
  endpointId: string,
  patch: WebhookEndpointPatch,
): Promise<WebhookEndpointResource> {
  if (patch.url !== undefined) await guardUrl(context, patch.url);
  const now = context.clock.now();
  const row = await transact(context.db, (transaction) => {
    const current = ownEndpoint(transaction, context.integration.id, endpointId);
    const changes: Partial<EndpointRow> = {};
    if (patch.url !== undefined) changes.url = patch.url;
    if (patch.description !== undefined) changes.description = patch.description || null;
    if (patch.eventTypes !== undefined) changes.eventTypes = [...new Set(patch.eventTypes)];
    if (patch.enabled === true && current.status !== 'enabled') {
      Object.assign(changes, { status: 'enabled', disabledReason: null, failingSince: null });
    }
    if (patch.enabled === false && current.status === 'enabled') {
      Object.assign(changes, { status: 'disabled', disabledReason: 'by_integration' });
    }
    const changed = Object.entries(changes).some(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key as keyof EndpointRow]),
    );
    if (!changed) return current;
    return transaction
      .update(webhookEndpoints)
      .set({ ...changes, version: current.version + 1, updatedAt: now })
      .where(eq(webhookEndpoints.id, current.id))
      .returning()
      .get();
  });
  return endpointResource(row);
}

/** Deletes the endpoint with its deliveries and attempts: nothing more is sent to it. */
export async function deleteWebhookEndpoint(
  context: WebhookContext,
  endpointId: string,
): Promise<void> {
  await transact(context.db, (transaction) => {
    const row = ownEndpoint(transaction, context.integration.id, endpointId);
    transaction.delete(webhookAttempts).where(eq(webhookAttempts.endpointId, row.id)).run();
    transaction.delete(webhookDeliveries).where(eq(webhookDeliveries.endpointId, row.id)).run();
    transaction.delete(webhookEndpoints).where(eq(webhookEndpoints.id, row.id)).run();
  });
}

/**
 * A new secret, answered once. The old one keeps signing next to it for `overlapSeconds`
 * (both signatures in `webhook-signature`), so a receiver can switch without losing events.
 */
export async function rotateWebhookSecret(
  context: WebhookContext,
  endpointId: string,
  overlapSeconds: number,
): Promise<EndpointWithSecret> {
  const secret = newWebhookSecret();
  const now = context.clock.now();
  const row = await transact(context.db, (transaction) => {
    const current = ownEndpoint(transaction, context.integration.id, endpointId);
    return transaction
      .update(webhookEndpoints)
      .set({
        sealedSecret: context.secrets.seal(secret),
        previousSealedSecret: overlapSeconds > 0 ? current.sealedSecret : null,
        previousSecretExpiresAt:
          overlapSeconds > 0 ? new Date(now.getTime() + overlapSeconds * 1000) : null,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(eq(webhookEndpoints.id, current.id))
      .returning()
      .get();
  });
  return { ...endpointResource(row), secret };
}
