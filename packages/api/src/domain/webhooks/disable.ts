import { type Database, integrations, webhookAttempts, webhookEndpoints } from '@collab/db';
import { and, desc, eq } from 'drizzle-orm';
import { queueEmail } from '../outbox.js';

/**
 * Collab stops sending to an endpoint that has failed without a success for days
 * (docs/webhooks.md, "Disabling"), and tells the integration's contact by e-mail, queued in
 * the same transaction as the disabling: the e-mail exists exactly when the endpoint was
 * disabled. Resolves to whether this call disabled it (another worker may have first).
 */
export function disableFailingEndpoint(db: Database, endpointId: string, now: Date): boolean {
  return db.transaction(
    (transaction) => {
      const endpoint = transaction
        .select()
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.status, 'enabled')))
        .get();
      if (!endpoint) return false;
      transaction
        .update(webhookEndpoints)
        .set({
          status: 'disabled',
          disabledReason: 'failing',
          version: endpoint.version + 1,
          updatedAt: now,
        })
        .where(eq(webhookEndpoints.id, endpointId))
        .run();
      const integration = transaction
        .select({ name: integrations.name, contactEmail: integrations.contactEmail })
        .from(integrations)
        .where(eq(integrations.id, endpoint.integrationId))
        .get();
      if (integration?.contactEmail) {
        const last = transaction
          .select({ statusCode: webhookAttempts.statusCode, error: webhookAttempts.error })
          .from(webhookAttempts)
          .where(eq(webhookAttempts.endpointId, endpointId))
          .orderBy(desc(webhookAttempts.id))
          .limit(1)
          .get();
        queueEmail(
          transaction,
          {
            template: 'webhook_endpoint_disabled',
            to: integration.contactEmail,
            // Integrations have no language of their own; their developers read English.
            locale: 'en',
            // About the integration, not an agency: its links are this server's own.
            agencyId: null,
            payload: {
              integrationName: integration.name,
              endpointId,
              url: endpoint.url,
              failingSince: (endpoint.failingSince ?? now).toISOString(),
              lastError: last
                ? (last.error ?? (last.statusCode === null ? null : `HTTP ${last.statusCode}`))
                : null,
            },
            relatedId: endpointId,
          },
          now,
        );
      }
      return true;
    },
    { behavior: 'immediate' },
  );
}
