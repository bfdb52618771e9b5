import type { RouterOutputs } from '@collab/api';
import { api } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { countText, onLocaleChange } from '../i18n.js';
import { pageHeader } from '../parts.js';
import { startPage } from '../shell.js';

type CustomerPage = RouterOutputs['customers']['list'];
type Customer = CustomerPage['items'][number];

const page = startPage({ page: 'customers', audience: 'agency', title: 'nav.customers' });

if (page) {
  const search = h('input', {
    type: 'search',
    id: 'customer-search',
    class: 'input',
    autocomplete: 'off',
    'i18n-placeholder': 'customers.searchPlaceholder',
  });
  const status = h('p', { class: 'status-line', role: 'status' });
  const body = h('tbody');
  const table = h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', i18n: 'customers.name' }),
        h('th', { scope: 'col', i18n: 'customers.orgNumber' }),
        h('th', { scope: 'col', i18n: 'customers.contact' }),
        h('th', { scope: 'col', i18n: 'customers.accountManager' }),
        h('th', { scope: 'col', i18n: 'customers.account' }),
      ),
    ),
    body,
  );
  const more = h('button', {
    type: 'button',
    class: 'button',
    i18n: 'customers.more',
    hidden: true,
  });
  const labelId = 'customers-title';
  page.main.append(
    pageHeader('customers.title', 'customers.lead'),
    h(
      'section',
      { class: 'card', 'aria-labelledby': labelId },
      h('h2', { id: labelId, class: 'visually-hidden', i18n: 'customers.title' }),
      h(
        'div',
        { class: 'toolbar' },
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'customer-search', class: 'label', i18n: 'customers.search' }),
          search,
        ),
        status,
      ),
      h('div', { class: 'table-wrap' }, table),
      h('div', { class: 'more' }, more),
    ),
  );

  let customers: Customer[] = [];
  let nextCursor: string | null = null;
  let request = 0;

  const row = (customer: Customer) =>
    h(
      'tr',
      {},
      h(
        'td',
        {},
        h(
          'a',
          { class: 'cell-link', href: `/customer?id=${encodeURIComponent(customer.id)}` },
          customer.name,
        ),
      ),
      h('td', {}, customer.orgNumber),
      h('td', {}, customer.contact.name),
      h('td', {}, customer.accountManager?.name ?? '–'),
      h(
        'td',
        {},
        h('span', {
          class: `badge ${customer.hasAccount ? 'badge-yes' : 'badge-no'}`,
          i18n: customer.hasAccount ? 'customers.hasAccount' : 'customers.noAccount',
        }),
      ),
    );

  const render = () => {
    replaceChildren(body, ...customers.map(row));
    status.textContent =
      customers.length === 0
        ? ''
        : countText('customers.countOne', 'customers.count', customers.length) +
          (nextCursor ? '+' : '');
    if (customers.length === 0)
      replaceChildren(
        body,
        h('tr', {}, h('td', { colspan: 5, class: 'muted', i18n: 'customers.none' })),
      );
    more.hidden = nextCursor === null;
  };

  async function load(append: boolean): Promise<void> {
    const current = ++request;
    const searchText = search.value.trim();
    if (!append) status.textContent = '';
    try {
      const result = await api.customers.list.query({
        ...(searchText ? { search: searchText } : {}),
        ...(append && nextCursor ? { cursor: nextCursor } : {}),
        limit: 25,
      });
      if (current !== request) return;
      customers = append ? [...customers, ...result.items] : result.items;
      nextCursor = result.nextCursor;
      render();
    } catch {
      if (current !== request) return;
      replaceChildren(
        body,
        h(
          'tr',
          {},
          h('td', { colspan: 5 }, h('span', { role: 'alert', i18n: 'customers.failed' })),
        ),
      );
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void load(false), 250);
  });
  more.addEventListener('click', () => void load(true));
  onLocaleChange(render);
  void load(false);
}
