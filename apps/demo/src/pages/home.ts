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
