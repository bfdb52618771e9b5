import { startV1Server } from '../../v1/test-support/v1-server.js';
import { agencyCollabId } from './events.js';

/**
 * A /v1 server whose webhook worker polls every 20 ms and retries after 50 ms (the real
 * schedule is docs/webhooks.md's), with agency ag-1 for integration A and ag-b for B.
 * WEBHOOK_ALLOW_PRIVATE_URLS lets it POST to the loopback receivers of the tests.
 */
export async function startWebhookWorld(
  options: Parameters<typeof startV1Server>[0] = {},
  environment: NodeJS.ProcessEnv = { WEBHOOK_ALLOW_PRIVATE_URLS: '1' },
) {
  const server = await startV1Server(
    {
      ...options,
      webhooks: { pollIntervalMs: 20, retryDelaysMs: Array(8).fill(50), ...options.webhooks },
    },
    environment,
  );
  const body = (seed: number) => ({
    name: `Byrå ${seed} AB`,
    orgNumber: ['556036-0793', '556016-0680'][seed],
  });
  await server.v1('PUT', '/v1/agencies/ag-1', { body: body(0) });
  await server.v1('PUT', '/v1/agencies/ag-b', { body: body(1), key: server.keyB.key });
  const agencyA = agencyCollabId(server.db, server.integrationA.id, 'ag-1');
  const agencyB = agencyCollabId(server.db, server.integrationB.id, 'ag-b');

  async function createEndpoint(
    url: string,
    extra: Record<string, unknown> = {},
    key: string = server.keyA.key,
  ): Promise<{ id: string; secret: string }> {
    const response = await server.v1('POST', '/v1/webhook-endpoints', {
      body: { url, ...extra },
      key,
    });
    if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string; secret: string };
  }

  return { ...server, agencyA, agencyB, createEndpoint };
}
export type WebhookWorld = Awaited<ReturnType<typeof startWebhookWorld>>;
