import type { Locale } from '@collab/contracts';
import { type RenderedEmail, renderLayout } from '../layout.js';
import type { EmailPayloadOf } from '../topics.js';
import { type EmailLinks, openAppButton } from './parts.js';

/**
 * To the integration's contact: Collab stopped sending to a webhook endpoint that failed for
 * days (docs/webhooks.md, "Disabling"). Events stay in the feed; enabling the endpoint again
 * resumes delivery of new events.
 */
export function webhookEndpointDisabled(
  locale: Locale,
  payload: EmailPayloadOf<'webhook_endpoint_disabled'>,
  links: EmailLinks,
): RenderedEmail {
  const { integrationName, url, failingSince, lastError } = payload;
  if (locale === 'sv') {
    return renderLayout(locale, `Webhook-adressen för ${integrationName} har stängts av`, [
      { kind: 'heading', text: 'En webhook-adress har stängts av' },
      {
        kind: 'paragraph',
        text: `Collab har inte kunnat leverera händelser för ${integrationName} till adressen nedan sedan ${failingSince}, och slutar därför skicka dit.`,
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Adress', value: url },
          { label: 'Senaste fel', value: lastError ?? 'okänt' },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Händelserna finns kvar i flödet GET /v1/events i 30 dagar. Rätta mottagaren och slå på adressen igen med PATCH /v1/webhook-endpoints/{id} och "enabled": true.',
      },
      openAppButton(locale, links),
    ]);
  }
  return renderLayout(locale, `The webhook endpoint of ${integrationName} was disabled`, [
    { kind: 'heading', text: 'A webhook endpoint was disabled' },
    {
      kind: 'paragraph',
      text: `Collab has not been able to deliver events of ${integrationName} to the address below since ${failingSince}, and has stopped sending to it.`,
    },
    {
      kind: 'facts',
      rows: [
        { label: 'Address', value: url },
        { label: 'Last error', value: lastError ?? 'unknown' },
      ],
    },
    {
      kind: 'paragraph',
      text: 'The events stay in the feed GET /v1/events for 30 days. Fix the receiver and enable the endpoint again with PATCH /v1/webhook-endpoints/{id} and "enabled": true.',
    },
    openAppButton(locale, links),
  ]);
}
