import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  webhookId: string;
  timestamp: string;
  signature: string;
  body: string;
  /** Whether `standardwebhooks`' verify accepted it with the receiver's secrets. */
  verified: boolean;
  /** What the receiver answered; null while it hangs. */
  status: number | null;
}

/**
 * A webhook receiver on a free loopback port, as a host would run one: it verifies every
 * request with `standardwebhooks` and answers as the test says (status, delay, hang).
 */
export async function startReceiver(
  options: {
    secrets?: () => string[];
    respond?: (request: Received, count: number) => number | 'hang' | Promise<number>;
  } = {},
) {
  const received: Received[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = {
      'webhook-id': String(request.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
    };
    const verified = (options.secrets?.() ?? []).some((secret) => {
      try {
        new Webhook(secret).verify(body, headers);
        return true;
      } catch {
        return false;
      }
    });
    const entry: Received = {
      webhookId: headers['webhook-id'],
      timestamp: headers['webhook-timestamp'],
      signature: headers['webhook-signature'],
      body,
      verified,
      status: null,
    };
    received.push(entry);
    const answer = (await options.respond?.(entry, received.length)) ?? 204;
    if (answer === 'hang') {
      hanging.add(response);
      return;
    }
    entry.status = answer;
    response.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? '' : 'nope');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    /** The event ids received at least once. */
    eventIds: () => new Set(received.map((entry) => (JSON.parse(entry.body) as { id: string }).id)),
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}
export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
