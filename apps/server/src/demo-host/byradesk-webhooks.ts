import { type CollabEvent, eventSchema } from '@collab/contracts';
import type { FastifyInstance } from 'fastify';
import { Webhook } from 'standardwebhooks';

/**
 * STANDS FOR THE HOST'S OWN BACKEND (see byradesk-backend.ts): Byrådesk's receiver of Collab's
 * webhooks, the worked example of README "Webhooks" and docs/webhooks.md "Verifying". It
 * verifies the raw body byte for byte with `standardwebhooks`, drops repeats by `webhook-id`
 * (delivery is at least once, docs/events.md "Guarantees") and keeps the last deliveries in
 * memory for the demo's "Webhooks" page. A real host would queue the event for processing.
 */
export const byradeskWebhookPath = '/byradesk/webhooks';
/** How many deliveries the page can show; older ones are forgotten. */
export const keptDeliveries = 200;

export interface ReceivedDelivery {
  webhookId: string;
  /** The event type, or null when the body is not an event. */
  type: string | null;
  eventId: string | null;
  receivedAt: string;
  /** When it arrived again under the same webhook-id (at-least-once delivery). */
  lastReceivedAt: string;
  verified: boolean;
  /** Why it was not verified; null when it was. */
  reason: string | null;
  eventTimestamp: string | null;
  sequence: number | null;
  summary: string;
  /** Arrivals after the first under the same webhook-id. */
  repeats: number;
  payload: unknown;
}

export interface ByradeskWebhooksOptions {
  /** The endpoint's signing secret (`whsec_…`); null until the endpoint is registered. */
  secret: () => string | null;
  now?: () => Date;
}

export async function byradeskWebhooks(
  app: FastifyInstance,
  options: ByradeskWebhooksOptions,
): Promise<void> {
  const now = options.now ?? (() => new Date());
  const deliveries: ReceivedDelivery[] = [];

  // Verification needs the exact bytes Collab signed: never JSON.parse before verifying. A
  // parser added in this plugin holds only in its own context (registered without
  // fastify-plugin), so the rest of the server keeps Fastify's JSON parser.
  app.addContentTypeParser(
    ['application/json', 'text/plain'],
    { parseAs: 'string', bodyLimit: 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );

  app.post(byradeskWebhookPath, async (request, reply) => {
    const body = typeof request.body === 'string' ? request.body : '';
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
    };
    const headers = {
      'webhook-id': header('webhook-id'),
      'webhook-timestamp': header('webhook-timestamp'),
      'webhook-signature': header('webhook-signature'),
    };
    const verdict = verify(body, headers, options.secret());
    const at = now().toISOString();
    const known = deliveries.find(
      (delivery) => delivery.webhookId === headers['webhook-id'] && delivery.verified,
    );
    if (verdict.verified && known) {
      known.repeats += 1;
      known.lastReceivedAt = at;
      return reply.code(204).send();
    }
    deliveries.unshift(describe(headers['webhook-id'], body, verdict, at));
    deliveries.splice(keptDeliveries);
    if (!verdict.verified) {
      request.log.warn({ reason: verdict.reason }, 'Byrådesk refused an unverified webhook');
      // Someone without the secret is posting: 400, and Collab would retry a real one.
      return reply.code(400).send({ error: 'Not verified.' });
    }
    return reply.code(204).send();
  });

  app.get(byradeskWebhookPath, async () => ({ deliveries }));
}

type Verdict = { verified: true; event: unknown } | { verified: false; reason: string };

function verify(body: string, headers: Record<string, string>, secret: string | null): Verdict {
  if (!secret) return { verified: false, reason: 'No webhook endpoint registered yet.' };
  if (!headers['webhook-id'] || !headers['webhook-signature']) {
    return { verified: false, reason: 'Missing webhook headers.' };
  }
  try {
    // Throws on a wrong signature or a timestamp more than 5 minutes off.
    return { verified: true, event: new Webhook(secret).verify(body, headers) };
  } catch (error) {
    return { verified: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function describe(webhookId: string, body: string, verdict: Verdict, at: string) {
  const payload = verdict.verified ? verdict.event : parseOrText(body);
  const parsed = eventSchema.safeParse(payload);
  // The union schema is built from a list, so its output type is widened; it is a CollabEvent.
  const event = parsed.success ? (parsed.data as CollabEvent) : null;
  return {
    webhookId,
    type: event?.type ?? null,
    eventId: event?.id ?? null,
    receivedAt: at,
    lastReceivedAt: at,
    verified: verdict.verified,
    reason: verdict.verified ? null : verdict.reason,
    eventTimestamp: event?.timestamp ?? null,
    sequence: event?.sequence ?? null,
    summary: event ? summarize(event) : '',
    repeats: 0,
    payload,
  } satisfies ReceivedDelivery;
}

/** One line a person reads: who and what, in the event's own words. */
function summarize(event: CollabEvent): string {
  switch (event.type) {
    case 'access.granted':
    case 'access.revoked':
      return `${event.data.subject.name} · ${event.data.service}`;
    case 'invitation.accepted':
    case 'invitation.declined':
    case 'invitation.expired':
    case 'invitation.cancelled':
    case 'invitation.resent':
    case 'invitation.restored':
      return `${event.data.customer.name} · ${event.data.invitation.services.join(', ')}`;
    default:
      return `${event.data.collaboration.customer.name} · ${event.data.collaboration.service ?? '—'}`;
  }
}

function parseOrText(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body.slice(0, 2000);
  }
}
