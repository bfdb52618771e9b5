/**
 * The webhook endpoints and events in the /v1 bad-input table (bad-input-cases.ts). The ids
 * are well formed but exist nowhere: every generated case must be refused before that matters.
 */
const endpointId = 'whe_01938f2c-6e1a-7b3c-9d4e-5f6a7b8c9d0e';
const eventId = 'evt_01938f2c-6e1a-7b3c-9d4e-5f6a7b8c9d0e';
const endpointBody = {
  url: 'https://hooks.host.example/collab',
  eventTypes: ['access.granted'],
  description: 'Värdens mottagare',
  enabled: true,
};
const item = '/v1/webhook-endpoints/{endpointId}';

interface TableEndpoint {
  method: string;
  template: string;
  ids: Record<string, string>;
  body?: Record<string, unknown>;
  list?: boolean;
}
const feed: TableEndpoint = { method: 'GET', template: '/v1/events', ids: {} };

export const webhookEndpoints: TableEndpoint[] = [
  { method: 'POST', template: '/v1/webhook-endpoints', ids: {}, body: endpointBody },
  { method: 'GET', template: '/v1/webhook-endpoints', ids: {}, list: true },
  { method: 'GET', template: item, ids: { endpointId } },
  { method: 'PUT', template: item, ids: { endpointId }, body: endpointBody },
  { method: 'PATCH', template: item, ids: { endpointId }, body: endpointBody },
  { method: 'DELETE', template: item, ids: { endpointId } },
  {
    method: 'POST',
    template: `${item}/rotate-secret`,
    ids: { endpointId },
    // Its one field is a number, which the table's generator would send as a valid value.
    body: {},
  },
  { method: 'GET', template: `${item}/attempts`, ids: { endpointId }, list: true },
  // Its query (after, types, limit) is checked in endpoints-http.test.ts: the table's list
  // cases are about `cursor`, which the feed calls `after`.
  feed,
  { method: 'GET', template: '/v1/events/{eventId}', ids: { eventId } },
  {
    method: 'POST',
    template: '/v1/events/{eventId}/resend',
    ids: { eventId },
    body: { endpointId },
  },
];

/** The feed's own junk: its cursor is `after`, an event id. */
export function feedCases() {
  return [
    ['after=garbage', 'after'],
    [`after=${'x'.repeat(601)}`, 'after'],
    ['types=nope', 'types'],
    ['types=access.granted,nope', 'types'],
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1000000000', 'limit'],
    ['limitt=5', '_'],
  ].map(([query, field]) => ({
    name: `GET /v1/events: ${query?.slice(0, 40)}`,
    endpoint: feed,
    path: `/v1/events?${query}`,
    status: 400,
    field,
  }));
}
