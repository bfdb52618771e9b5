import type { ReceivedDelivery } from '@collab/server';
import { h, replaceChildren } from '../dom.js';
import { countText, currentLocale, onLocaleChange } from '../i18n.js';
import { pageHeader } from '../parts.js';
import { startPage } from '../shell.js';

/**
 * What Collab's webhooks brought to Byrådesk's backend (`GET /byradesk/webhooks`, served by
 * apps/server/src/demo-host/byradesk-webhooks.ts, which verifies each one on its raw body as
 * docs/webhooks.md "Verifying" shows). Newest first; polled while the page is visible, and a
 * live region tells screen readers when new ones arrive. Nothing from a payload is parsed as
 * HTML: it is shown as text.
 */
const page = startPage({ page: 'webhooks', audience: 'anyone', title: 'webhooks.title' });

/** Often enough to see a change land, seldom enough to stay quiet. */
const pollMs = 3000;

if (page) {
  const refresh = h('button', { type: 'button', class: 'button', i18n: 'webhooks.refresh' });
  const count = h('p', { class: 'status-line' });
  const announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const content = h('div', {});
  page.main.append(
    pageHeader('webhooks.title', 'webhooks.lead', refresh),
    h('div', { class: 'toolbar' }, count, announcer),
    content,
  );

  let deliveries: ReceivedDelivery[] | null = null;
  /** Payloads the user opened stay open when the table is drawn again. */
  const open = new Set<string>();
  const dateFormat = () =>
    new Intl.DateTimeFormat(currentLocale(), {
      dateStyle: 'short',
      timeStyle: 'medium',
      timeZone: 'Europe/Stockholm',
    });

  function row(delivery: ReceivedDelivery, format: Intl.DateTimeFormat): HTMLTableRowElement {
    const key = `${delivery.webhookId}@${delivery.receivedAt}`;
    const details = h(
      'details',
      { class: 'payload', open: open.has(key) },
      h('summary', { i18n: 'webhooks.payload' }),
      // Focusable, so a long payload scrolls from the keyboard too (axe: scrollable-region-focusable).
      h('pre', { tabindex: 0 }, JSON.stringify(delivery.payload, null, 2)),
    );
    details.addEventListener('toggle', () => {
      if (details.open) open.add(key);
      else open.delete(key);
    });
    return h(
      'tr',
      { 'data-webhook-id': delivery.webhookId },
      h(
        'td',
        {},
        h('time', { datetime: delivery.receivedAt }, format.format(new Date(delivery.receivedAt))),
      ),
      h(
        'td',
        {},
        h('code', {}, delivery.type ?? '—'),
        delivery.summary ? h('div', { class: 'muted' }, delivery.summary) : null,
      ),
      h(
        'td',
        {},
        delivery.verified
          ? h('span', { class: 'badge badge-yes', i18n: 'webhooks.yes' })
          : h(
              'span',
              {},
              h('span', { class: 'badge badge-no', i18n: 'webhooks.no' }),
              h('div', { class: 'muted' }, delivery.reason ?? ''),
            ),
      ),
      h('td', {}, h('code', {}, delivery.webhookId || '—')),
      h('td', {}, delivery.sequence === null ? '—' : String(delivery.sequence)),
      h('td', {}, String(delivery.repeats)),
      h('td', {}, details),
    );
  }

  function render(): void {
    if (deliveries === null) return;
    count.textContent =
      deliveries.length === 0
        ? ''
        : countText('webhooks.countOne', 'webhooks.count', deliveries.length);
    if (deliveries.length === 0) {
      replaceChildren(
        content,
        h(
          'section',
          { class: 'card', 'aria-labelledby': 'webhooks-empty' },
          h('h2', { id: 'webhooks-empty', i18n: 'webhooks.emptyTitle' }),
          h('p', { class: 'muted', i18n: 'webhooks.empty' }),
        ),
      );
      return;
    }
    const format = dateFormat();
    const columns = [
      'webhooks.time',
      'webhooks.type',
      'webhooks.verified',
      'webhooks.id',
      'webhooks.sequence',
      'webhooks.repeats',
      'webhooks.payloadColumn',
    ] as const;
    replaceChildren(
      content,
      h(
        'div',
        { class: 'card table-wrap' },
        h(
          'table',
          { class: 'webhooks-table' },
          h('caption', { class: 'visually-hidden', i18n: 'webhooks.caption' }),
          h(
            'thead',
            {},
            h('tr', {}, ...columns.map((key) => h('th', { scope: 'col', i18n: key }))),
          ),
          h('tbody', {}, ...deliveries.map((delivery) => row(delivery, format))),
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    try {
      const response = await fetch('/byradesk/webhooks');
      if (!response.ok) throw new Error(`/byradesk/webhooks answered ${response.status}`);
      const next = ((await response.json()) as { deliveries: ReceivedDelivery[] }).deliveries;
      if (deliveries !== null) {
        const seen = new Set(deliveries.map((delivery) => delivery.webhookId));
        const arrived = next.filter((delivery) => !seen.has(delivery.webhookId)).length;
        if (arrived > 0) {
          announcer.textContent = countText('webhooks.arrivedOne', 'webhooks.arrived', arrived);
        }
      }
      deliveries = next;
      render();
    } catch {
      replaceChildren(
        content,
        h('p', { class: 'notice notice-error', role: 'alert', i18n: 'webhooks.failed' }),
      );
    }
  }

  refresh.addEventListener('click', () => void load());
  window.setInterval(() => {
    if (document.visibilityState === 'visible') void load();
  }, pollMs);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void load();
  });
  onLocaleChange(render);
  void load();
}
