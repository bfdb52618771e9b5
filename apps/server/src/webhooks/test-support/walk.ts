import { expect } from 'vitest';
import type { V1Server } from '../../v1/test-support/v1-server.js';
import { agencyCollabId, emitEvents } from './events.js';

/**
 * The webhook part of the /v1 walk (walk.test.ts): every operation of /v1/webhook-endpoints
 * and /v1/events called once with a good request, through the walk's recording `call`.
 */
export async function walkWebhooks(
  server: V1Server,
  call: (method: string, path: string, body?: unknown) => Promise<Response>,
): Promise<void> {
  const created = await call('POST', '/v1/webhook-endpoints', {
    url: 'http://127.0.0.1:9/hooks',
    eventTypes: ['access.granted'],
    description: 'Walk',
  });
  expect(created.status).toBe(201);
  const endpoint = (await created.json()) as { id: string; secret: string };
  expect(endpoint.secret).toMatch(/^whsec_/);
  const item = `/v1/webhook-endpoints/${endpoint.id}`;
  expect((await call('GET', '/v1/webhook-endpoints?limit=10')).status).toBe(200);
  expect((await call('GET', item)).status).toBe(200);
  expect((await call('PATCH', item, { description: 'Walk 2', enabled: false })).status).toBe(200);
  expect((await call('PUT', item, { url: 'http://127.0.0.1:9/hooks2' })).status).toBe(200);
  expect((await call('POST', `${item}/rotate-secret`, { overlapSeconds: 60 })).status).toBe(200);
  expect((await call('GET', `${item}/attempts`)).status).toBe(200);

  const [eventId] = emitEvents(
    server.db,
    agencyCollabId(server.db, server.integrationA.id, 'ag-1'),
    1,
  );
  const feed = (await (await call('GET', '/v1/events?types=access.granted')).json()) as {
    data: { id: string }[];
  };
  expect(feed.data.map((event) => event.id)).toContain(eventId);
  expect((await call('GET', `/v1/events/${eventId}`)).status).toBe(200);
  expect((await call('POST', `/v1/events/${eventId}/resend`, {})).status).toBe(202);
  expect((await call('DELETE', item)).status).toBe(204);
}
