import { h } from '../dom.js';
import { pageHeader } from '../parts.js';
import { startPage, userPicker } from '../shell.js';

/**
 * Where the accept page's "Sign in" leads: pick a customer user, then go back. Only a path on
 * this site is followed, so the page cannot be used to send people elsewhere.
 */
function returnPath(): string {
  const requested = new URLSearchParams(location.search).get('return') ?? '/portal';
  try {
    const url = new URL(requested, location.origin);
    return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : '/portal';
  } catch {
    return '/portal';
  }
}

const page = startPage({ page: 'sign-in', audience: 'anyone', title: 'signIn.title' });

if (page) {
  const target = returnPath();
  page.main.append(
    pageHeader('signIn.title', 'signIn.intro'),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'sign-in-users' },
      h('h2', { id: 'sign-in-users', class: 'visually-hidden', i18n: 'signIn.title' }),
      userPicker({
        roles: ['customer_admin', 'customer_user'],
        after: () => location.assign(target),
      }),
    ),
    h('p', {}, h('a', { href: target, i18n: 'signIn.back' })),
  );
}
