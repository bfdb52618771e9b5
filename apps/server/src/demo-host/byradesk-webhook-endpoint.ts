import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { webhookEndpointSchema, webhookEndpointWithSecretSchema } from '@collab/contracts';
import { z } from 'zod';
import { byradeskWebhookPath } from './byradesk-webhooks.js';

/**
 * STANDS FOR THE HOST'S OWN SETUP: Byrådesk registers its webhook receiver with Collab through
 * `POST /v1/webhook-endpoints` with the dev integration's key (docs/webhooks.md "Endpoints"),
 * once. The secret is answered only then, so it is kept in the data folder next to the key
 * (mode 0600) and reused on later starts; a stored endpoint that is gone is made again, one
 * whose address changed (another port) is pointed at the receiver again.
 */
export const devWebhookEndpointFile = 'dev-webhook-endpoint.json';

const storedSchema = z.object({ id: z.string(), secret: z.string() });
export type ByradeskWebhookEndpoint = z.infer<typeof storedSchema>;

export async function ensureByradeskWebhookEndpoint(options: {
  dataDirectory: string;
  /** Collab's listening URL: the receiver is served by the same server. */
  collabUrl: string;
  secretKey: string;
}): Promise<ByradeskWebhookEndpoint> {
  const { dataDirectory, collabUrl, secretKey } = options;
  const url = `${collabUrl}${byradeskWebhookPath}`;
  const path = join(dataDirectory, devWebhookEndpointFile);
  const v1 = (method: string, route: string, body?: unknown) =>
    fetch(`${collabUrl}/v1${route}`, {
      method,
      headers: {
        authorization: `Bearer ${secretKey}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  const stored = readStored(path);
  if (stored) {
    const response = await v1('GET', `/webhook-endpoints/${stored.id}`);
    if (response.ok) {
      const endpoint = webhookEndpointSchema.parse(await response.json());
      if (endpoint.url !== url || !endpoint.enabled) {
        const changed = await v1('PATCH', `/webhook-endpoints/${stored.id}`, {
          url,
          enabled: true,
        });
        if (!changed.ok) throw new Error(`Collab answered ${changed.status} to the PATCH.`);
      }
      return stored;
    }
    if (response.status !== 404) throw new Error(`Collab answered ${response.status}.`);
  }
  const response = await v1('POST', '/webhook-endpoints', {
    url,
    description: 'Byrådesk (demo): the Webhooks page',
  });
  if (response.status !== 201) {
    throw new Error(`Collab answered ${response.status}: ${await response.text()}`);
  }
  const created = webhookEndpointWithSecretSchema.parse(await response.json());
  const endpoint = { id: created.id, secret: created.secret };
  writeFileSync(path, `${JSON.stringify(endpoint)}\n`, { mode: 0o600 });
  // A file left from an earlier endpoint keeps its old mode unless told.
  chmodSync(path, 0o600);
  return endpoint;
}

function readStored(path: string): ByradeskWebhookEndpoint | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
