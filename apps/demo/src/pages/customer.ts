import type { RouterOutputs } from '@collab/api';
import { api } from '../api.js';
import { createCollab } from '../collab.js';
import { h, replaceChildren } from '../dom.js';
import { type MessageKey, onLocaleChange, translate } from '../i18n.js';
import { mountView } from '../parts.js';
import { startPage } from '../shell.js';

type Customer = RouterOutputs['customers']['get'];
type TabId = 'details' | 'collaborations';

const page = startPage({ page: 'customers', audience: 'agency', title: 'nav.customers' });

function companyTypeKey(companyType: string): MessageKey | null {
  const key = `companyType.${companyType}`;
  return [
    'aktiebolag',
    'enskild_firma',
    'handelsbolag',
    'ekonomisk_forening',
    'privatperson',
  ].includes(companyType)
    ? (key as MessageKey)
    : null;
}

function details(customer: Customer): HTMLElement {
  const typeKey = companyTypeKey(customer.companyType);
  const fact = (label: MessageKey, value: Node | string) => [
    h('dt', { i18n: label }),
    h('dd', {}, value),
  ];
  const contact = [customer.contact.name, customer.contact.email, customer.contact.phone]
    .filter(Boolean)
    .join(' · ');
  const tasks = h('ul', { class: 'task-list' });
  const renderTasks = () =>
    replaceChildren(
      tasks,
      ...customer.tasks.map((task) =>
        h(
          'li',
          {},
          h('strong', {}, task.name),
          h('div', { class: 'muted' }, translate('customer.taskOwner', { name: task.owner.name })),
          h(
            'div',
            { class: 'muted' },
            task.participants.length > 0
              ? translate('customer.taskParticipants', {
                  names: new Intl.ListFormat(document.documentElement.lang).format(
                    task.participants.map((person) => person.name),
                  ),
                })
              : translate('customer.noParticipants'),
          ),
        ),
      ),
    );
  renderTasks();
  onLocaleChange(renderTasks);
  return h(
    'div',
    { class: 'grid' },
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'facts-title' },
      h('h2', { id: 'facts-title', i18n: 'customer.tabDetails' }),
      h(
        'dl',
        { class: 'facts' },
        ...fact('customers.orgNumber', customer.orgNumber),
        ...fact(
          'customer.companyType',
          typeKey ? h('span', { i18n: typeKey }) : customer.companyType,
        ),
        ...fact('customer.contact', contact),
        ...fact(
          'customer.accountManager',
          customer.accountManager?.name ?? h('span', { i18n: 'customer.none' }),
        ),
        ...fact(
          'customer.account',
          h('span', {
            class: `badge ${customer.hasAccount ? 'badge-yes' : 'badge-no'}`,
            i18n: customer.hasAccount ? 'customers.hasAccount' : 'customers.noAccount',
          }),
        ),
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'tasks-title' },
      h('h2', { id: 'tasks-title', i18n: 'customer.tasks' }),
      customer.tasks.length > 0 ? tasks : h('p', { class: 'muted', i18n: 'customer.noTasks' }),
    ),
  );
}

/** Tabs in the ARIA pattern: arrow keys move between them, Tab goes into the panel. */
function tabs(
  panels: Record<TabId, { label: MessageKey; render: () => Node }>,
  initial: TabId,
): HTMLElement {
  const ids = Object.keys(panels) as TabId[];
  const list = h('div', { role: 'tablist', class: 'tabs', 'i18n-aria-label': 'customer.tabs' });
  const panelElements = new Map<TabId, HTMLElement>();
  const buttons = new Map<TabId, HTMLButtonElement>();
  const select = (id: TabId, focus: boolean) => {
    for (const other of ids) {
      const selected = other === id;
      buttons.get(other)?.setAttribute('aria-selected', String(selected));
      buttons.get(other)?.setAttribute('tabindex', selected ? '0' : '-1');
      const panel = panelElements.get(other);
      if (panel) panel.hidden = !selected;
    }
    const panel = panelElements.get(id);
    if (panel && panel.childElementCount === 0) panel.append(panels[id].render());
    if (focus) buttons.get(id)?.focus();
    history.replaceState(null, '', `${location.pathname}${location.search}#${id}`);
  };
  for (const id of ids) {
    const button = h('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${id}`,
      class: 'tab',
      'aria-controls': `panel-${id}`,
      i18n: panels[id].label,
    });
    button.addEventListener('click', () => select(id, false));
    button.addEventListener('keydown', (event) => {
      const index = ids.indexOf(id);
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const target =
        event.key === 'Home'
          ? ids[0]
          : event.key === 'End'
            ? ids.at(-1)
            : step
              ? ids[(index + step + ids.length) % ids.length]
              : undefined;
      if (target) {
        event.preventDefault();
        select(target, true);
      }
    });
    buttons.set(id, button);
    list.append(button);
    panelElements.set(
      id,
      h('div', {
        role: 'tabpanel',
        id: `panel-${id}`,
        'aria-labelledby': `tab-${id}`,
        tabindex: '0',
      }),
    );
  }
  const container = h('div', {}, list, ...panelElements.values());
  select(initial, false);
  return container;
}

if (page) {
  const customerId = new URLSearchParams(location.search).get('id');
  const collab = createCollab({
    sv: { 'inviteDialog.open': 'Aktivera' },
    en: { 'inviteDialog.open': 'Activate' },
  });
  if (!customerId) {
    page.main.append(
      h(
        'p',
        { class: 'notice' },
        h('span', { i18n: 'customer.missing' }),
        ' ',
        h('a', { href: '/customers', i18n: 'customer.back' }),
      ),
    );
  } else {
    const loading = h('h1', { class: 'muted', i18n: 'customer.loading' });
    page.main.append(loading);
    api.customers.get.query({ customerId }).then(
      (customer) => {
        document.title = `${customer.name} – ${translate('app.name')}`;
        onLocaleChange(() => {
          document.title = `${customer.name} – ${translate('app.name')}`;
        });
        const activateSlot = h('div', { class: 'widget-slot activate-slot' });
        const collaborationsSlot = h('div', { class: 'widget-slot' });
        const mountCollaborations = () =>
          mountView(collab, 'collaborations', collaborationsSlot, { customerId });
        // The link of a colleague's request (flow 9) opens the prepared invitation here.
        const activationRequestId = new URLSearchParams(location.search).get('activationRequest');
        mountView(collab, 'invite-dialog', activateSlot, { customerId, activationRequestId });
        // After an activation the list shows the new collaborations at once.
        activateSlot.addEventListener('collab:activated', () => {
          if (collaborationsSlot.isConnected) mountCollaborations();
        });
        const typeKey = companyTypeKey(customer.companyType);
        const initial: TabId = location.hash === '#collaborations' ? 'collaborations' : 'details';
        replaceChildren(
          page.main,
          h(
            'nav',
            { class: 'breadcrumb', 'i18n-aria-label': 'settings.breadcrumb' },
            h(
              'ol',
              {},
              h('li', {}, h('a', { href: '/customers', i18n: 'nav.customers' })),
              h('li', {}, h('span', { 'aria-current': 'page' }, customer.name)),
            ),
          ),
          h(
            'div',
            { class: 'page-header' },
            h(
              'div',
              {},
              h('h1', {}, customer.name),
              h(
                'p',
                { class: 'customer-meta' },
                h('span', {}, customer.orgNumber),
                typeKey ? h('span', { i18n: typeKey }) : null,
              ),
            ),
            activateSlot,
          ),
          tabs(
            {
              details: { label: 'customer.tabDetails', render: () => details(customer) },
              collaborations: {
                label: 'customer.tabCollaborations',
                render: () => {
                  mountCollaborations();
                  return collaborationsSlot;
                },
              },
            },
            initial,
          ),
        );
      },
      () =>
        replaceChildren(
          page.main,
          h('h1', { i18n: 'customer.failed' }),
          h('p', {}, h('a', { href: '/customers', i18n: 'customer.back' })),
        ),
    );
  }
}
