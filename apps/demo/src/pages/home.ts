import { api } from '../api.js';
import { h } from '../dom.js';
import { type MessageKey, onLocaleChange, translate } from '../i18n.js';
import { pageHeader } from '../parts.js';
import { startPage } from '../shell.js';

const page = startPage({ page: 'start', audience: 'anyone', title: 'nav.start' });

function card(title: MessageKey, text: MessageKey, href: string): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': `card-${href.replace(/\W/g, '') || 'home'}` },
    h('h2', { id: `card-${href.replace(/\W/g, '') || 'home'}`, i18n: title }),
    h('p', { class: 'muted', i18n: text }),
    h(
      'a',
      { href, class: 'button' },
      h('span', { i18n: 'home.open' }),
      h('span', { class: 'visually-hidden' }, ': '),
      h('span', { class: 'visually-hidden', i18n: title }),
    ),
  );
}

/**
 * The e-mail asking a colleague to send a prepared invitation (flow 9 in docs/flows.md) links to
 * the host's page with `?activationRequest=<id>`; Byrådesk shows the invite dialog on the
 * customer's page, so it goes there with the request.
 */
async function followActivationRequest(activationRequestId: string): Promise<void> {
  const request = await api.activationRequests.get.query({ activationRequestId });
  const query = new URLSearchParams({
    id: request.customer.id,
    activationRequest: activationRequestId,
  });
  location.replace(`/customer?${query}`);
}

const requested = new URLSearchParams(location.search).get('activationRequest');

if (page && requested && page.session) {
  // Not the agency's request (or no longer there): the start page stays, as for any other link.
  void followActivationRequest(requested).catch(() => undefined);
}

if (page) {
  const { session } = page;
  const signedInAs = h('p', { class: 'notice' });
  const describe = () => {
    if (session)
      signedInAs.textContent = translate('home.signedInAs', {
        name: session.user.name,
        role: translate(`role.${session.user.role}`).toLocaleLowerCase(),
      });
  };
  describe();
  onLocaleChange(describe);
  const switchButton = h('button', {
    type: 'button',
    class: 'button button-primary',
    i18n: 'user.switch',
  });
  switchButton.addEventListener('click', page.openSwitcher);
  page.main.append(pageHeader('home.title', 'home.lead', switchButton));
  if (session) page.main.append(signedInAs);
  page.main.append(
    h(
      'div',
      { class: 'grid' },
      card('home.agencyTitle', 'home.agencyText', '/customers'),
      card('home.customerTitle', 'home.customerText', '/portal'),
      card('home.mailboxTitle', 'home.mailboxText', '/mailbox'),
      card('home.embedTitle', 'home.embedText', '/embed'),
      // Built by `pnpm start` (and `pnpm build-storybook`); the server serves it there.
      card('home.storybookTitle', 'home.storybookText', '/storybook/'),
    ),
  );
}
