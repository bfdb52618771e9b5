import { randomBytes } from 'node:crypto';
import type { WebhookEndpointResource } from '@collab/contracts';
import type { webhookEndpoints } from '@collab/db';
import { failField } from '../../errors.js';
import type { SecretBox } from '../../secret-box.js';
import type { IntegrationContext } from '../integration/integration-context.js';
import { checkWebhookUrl, type WebhookUrlPolicy, WebhookUrlRefused } from './url-guard.js';

/** What the webhook functions need besides an integration call's context. */
export interface WebhookContext extends IntegrationContext {
  /** Seals the signing secrets: the database never holds one in clear. */
  secrets: SecretBox;
  urlPolicy: WebhookUrlPolicy;
}

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The URL checked against the policy, or a problem that names `url`. */
export async function guardUrl(context: WebhookContext, url: string): Promise<void> {
  try {
    await checkWebhookUrl(url, context.urlPolicy);
  } catch (error) {
    if (error instanceof WebhookUrlRefused) {
      throw failField('url', 'WEBHOOK_URL_REFUSED', { reason: error.message });
    }
    throw error;
  }
}

export function endpointResource(row: EndpointRow): WebhookEndpointResource {
  return {
    object: 'webhook_endpoint',
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    enabled: row.status === 'enabled',
    disabledReason: row.status === 'enabled' ? null : (row.disabledReason ?? 'by_integration'),
    failingSince: row.failingSince?.toISOString() ?? null,
    previousSecretExpiresAt: row.previousSecretExpiresAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
