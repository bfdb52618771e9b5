import { applyTranslations, h, replaceChildren } from './dom.js';
import {
  currentLocale,
  type Locale,
  type MessageKey,
  onLocaleChange,
  setLocale,
  translate,
} from './i18n.js';
import {
  currentSession,
  type DemoUser,
  isEmployee,
  listUsers,
  type Session,
  signIn,
  signOut,
} from './session.js';
import { currentTheme, setTheme, type Theme } from './theme.js';
import './styles/app.css';

export type PageId =
  | 'start'
  | 'customers'
  | 'settings'
  | 'portal'
  | 'accept'
  | 'sign-in'
  | 'mailbox'
  | 'webhooks'
  | 'embed';

/** Who a page is for: anyone, the agency's employees, or the customer companies' users. */
export type Audience = 'anyone' | 'agency' | 'customer';

interface NavigationItem {
  page: PageId;
  href: string;
  label: MessageKey;
  audience: Audience;
}

const navigation: NavigationItem[] = [
  { page: 'start', href: '/', label: 'nav.start', audience: 'anyone' },
  { page: 'customers', href: '/customers', label: 'nav.customers', audience: 'agency' },
  {
    page: 'settings',
    href: '/settings/customer/collaborations',
    label: 'nav.settings',
    audience: 'agency',
  },
  { page: 'portal', href: '/portal', label: 'nav.portal', audience: 'customer' },
  { page: 'mailbox', href: '/mailbox', label: 'nav.mailbox', audience: 'anyone' },
  { page: 'webhooks', href: '/webhooks', label: 'nav.webhooks', audience: 'anyone' },
  { page: 'embed', href: '/embed', label: 'nav.embed', audience: 'anyone' },
];

function audienceOf(user: DemoUser): Exclude<Audience, 'anyone'> {
  return isEmployee(user) ? 'agency' : 'customer';
}

/** Where a user lands after switching, when the page they were on is not for them. */
export function homeFor(user: DemoUser): string {
  return isEmployee(user) ? '/customers' : '/portal';
}

function applyPreferences(): void {
  document.documentElement.lang = currentLocale();
  document.documentElement.dataset.theme = currentTheme();
}

function logo(): SVGSVGElement {
  const namespace = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(namespace, 'svg');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '28');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const tile = document.createElementNS(namespace, 'rect');
  for (const [name, value] of Object.entries({
    x: '1',
    y: '1',
    width: '30',
    height: '30',
    rx: '8',
    class: 'logo-tile',
  }))
    tile.setAttribute(name, value);
  const mark = document.createElementNS(namespace, 'path');
  mark.setAttribute('d', 'M9 21.5 14 11l4 7 2.5-4 3.5 7.5');
  mark.setAttribute('class', 'logo-mark');
  svg.append(tile, mark);
  return svg;
}

function segmented<Value extends string>(
  label: MessageKey,
  options: { value: Value; label?: MessageKey; text?: string; lang?: string }[],
  current: Value,
  choose: (value: Value) => void,
): HTMLElement {
  const group = h('div', { class: 'segmented', role: 'group', 'i18n-aria-label': label });
  const buttons = options.map((option) => {
    const button = h(
      'button',
      {
        type: 'button',
        'aria-pressed': String(option.value === current),
        i18n: option.label,
        lang: option.lang,
      },
      option.text,
    );
    button.addEventListener('click', () => {
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      choose(option.value);
    });
    return button;
  });
  group.append(...buttons);
  return group;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

function roleKey(user: DemoUser): MessageKey {
  return `role.${user.role}`;
}

function userButton(session: Session | null, open: () => void): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'user-button', 'aria-haspopup': 'dialog' },
    session
      ? h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(session.user.name))
      : null,
    session
      ? h(
          'span',
          { class: 'user-button-text' },
          h('span', { class: 'user-name' }, session.user.name),
          h('span', { class: 'user-role', i18n: roleKey(session.user) }),
        )
      : h('span', { class: 'user-name', i18n: 'user.signIn' }),
    h('span', { class: 'visually-hidden' }, ' – '),
    h('span', { class: 'visually-hidden', i18n: 'user.switch' }),
  );
  button.addEventListener('click', open);
  return button;
}

export interface SwitcherOptions {
  /** Only these roles are offered (the accept page's sign-in offers customer users). */
  roles?: DemoUser['role'][];
  /** Where to go after signing in; otherwise the page reloads or the user's home opens. */
  after: (user: DemoUser) => void;
}

/** The list of users to pick from, grouped by organisation, each labelled with the role. */
export function userPicker(options: SwitcherOptions): HTMLElement {
  const session = currentSession();
  const filter = h('input', {
    type: 'search',
    id: 'user-filter',
    class: 'input',
    autocomplete: 'off',
  });
  const filterLabel = h('label', { for: 'user-filter', class: 'label', i18n: 'user.filter' });
  const list = h(
    'div',
    { class: 'user-groups' },
    h('p', { class: 'muted', i18n: 'customers.loading' }),
  );
  let users: DemoUser[] = [];

  function render(): void {
    const query = filter.value.trim().toLocaleLowerCase(currentLocale());
    const visible = users.filter(
      (user) =>
        (!options.roles || options.roles.includes(user.role)) &&
        (query === '' ||
          `${user.name} ${user.organisationName} ${user.email}`
            .toLocaleLowerCase(currentLocale())
            .includes(query)),
    );
    if (visible.length === 0) {
      replaceChildren(list, h('p', { class: 'muted', i18n: 'user.noMatch' }));
      return;
    }
    const groups = new Map<string, DemoUser[]>();
    for (const user of visible)
      groups.set(user.organisationName, [...(groups.get(user.organisationName) ?? []), user]);
    replaceChildren(
      list,
      ...[...groups].map(([organisation, members], index) =>
        h(
          'section',
          { class: 'user-group', 'aria-labelledby': `user-group-${index}` },
          h('h3', { id: `user-group-${index}`, class: 'user-group-title' }, organisation),
          h(
            'ul',
            { class: 'user-list' },
            ...members.map((user) => {
              const current = session?.user.id === user.id;
              const button = h(
                'button',
                {
                  type: 'button',
                  class: 'user-option',
                  'aria-current': current ? 'true' : undefined,
                },
                h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(user.name)),
                h(
                  'span',
                  { class: 'user-option-text' },
                  h('span', { class: 'user-name' }, user.name),
                  h('span', { class: `role-badge role-${user.role}`, i18n: roleKey(user) }),
                  h('span', { class: 'user-email' }, user.email),
                ),
                current ? h('span', { class: 'current-marker', i18n: 'user.current' }) : null,
              );
              button.addEventListener('click', async () => {
                button.disabled = true;
                await signIn(user);
                options.after(user);
              });
              return h('li', {}, button);
            }),
          ),
        ),
      ),
    );
  }

  filter.addEventListener('input', render);
  onLocaleChange(render);
  listUsers().then(
    (loaded) => {
      users = loaded;
      render();
    },
    () =>
      replaceChildren(
        list,
        h('p', { class: 'notice notice-error', role: 'alert', i18n: 'user.loadFailed' }),
      ),
  );
  return h(
    'div',
    { class: 'user-picker' },
    h('div', { class: 'field' }, filterLabel, filter),
    list,
  );
}

function switcherDialog(audience: Audience): HTMLDialogElement {
  const session = currentSession();
  const dialog = h('dialog', { class: 'switcher', 'aria-labelledby': 'switcher-title' });
  const close = h('button', { type: 'button', class: 'button button-quiet', i18n: 'user.close' });
  close.addEventListener('click', () => dialog.close());
  const signOutButton = session
    ? h('button', { type: 'button', class: 'button', i18n: 'user.signOut' })
    : null;
  signOutButton?.addEventListener('click', () => {
    signOut();
    location.reload();
  });
  dialog.append(
    h(
      'div',
      { class: 'switcher-header' },
      h('h2', { id: 'switcher-title', i18n: 'user.switchTitle' }),
      h('div', { class: 'switcher-actions' }, signOutButton, close),
    ),
    h('p', { class: 'muted', i18n: 'user.switchIntro' }),
    userPicker({
      after: (user) => {
        if (audience === 'anyone' || audience === audienceOf(user)) location.reload();
        else location.assign(homeFor(user));
      },
    }),
  );
  return dialog;
}

export interface PageOptions {
  page: PageId;
  audience: Audience;
  /** The page's `<title>` before " – Byrådesk". */
  title: MessageKey;
}

export interface Page {
  main: HTMLElement;
  session: Session | null;
  /** Opens the user switcher (the accept page's sign-in offers customer users only). */
  openSwitcher(): void;
}

/**
 * Builds the frame every page shares: skip link, top bar (product, navigation, language,
 * theme, user switcher) and the main landmark. When the page is not for the signed-in user
 * (or nobody is signed in), `main` explains that and offers the switcher, and null is returned.
 */
export function startPage(options: PageOptions): Page | null {
  applyPreferences();
  const session = currentSession();
  const root = document.getElementById('app') ?? document.body.appendChild(h('div', { id: 'app' }));
  let dialog: HTMLDialogElement | null = null;
  const openSwitcher = () => {
    dialog?.remove();
    dialog = switcherDialog(options.audience);
    document.body.append(dialog);
    dialog.showModal();
  };
  const userAudience = session ? audienceOf(session.user) : null;
  const items = navigation.filter(
    (item) => item.audience === 'anyone' || item.audience === userAudience,
  );
  const nav = h(
    'nav',
    { class: 'primary-nav', 'i18n-aria-label': 'nav.label' },
    h(
      'ul',
      {},
      ...items.map((item) =>
        h(
          'li',
          {},
          h('a', {
            href: item.href,
            i18n: item.label,
            'aria-current': item.page === options.page ? 'page' : undefined,
          }),
        ),
      ),
    ),
  );
  const header = h(
    'header',
    { class: 'topbar' },
    h(
      'a',
      { href: '/', class: 'brand' },
      logo(),
      h(
        'span',
        { class: 'brand-text' },
        h('span', { class: 'brand-name', i18n: 'app.name' }),
        h('span', { class: 'brand-tagline', i18n: 'app.tagline' }),
      ),
    ),
    nav,
    h(
      'div',
      { class: 'topbar-tools' },
      segmented<Locale>(
        'prefs.language',
        [
          { value: 'sv', text: 'Svenska', lang: 'sv' },
          { value: 'en', text: 'English', lang: 'en' },
        ],
        currentLocale(),
        setLocale,
      ),
      segmented<Theme>(
        'prefs.theme',
        [
          { value: 'light', label: 'prefs.light' },
          { value: 'dark', label: 'prefs.dark' },
        ],
        currentTheme(),
        setTheme,
      ),
      userButton(session, openSwitcher),
    ),
  );
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const footer = h('footer', { class: 'footer' }, h('p', {}, 'Byrådesk × Collab'));
  replaceChildren(
    root,
    h('a', { href: '#main', class: 'skip-link', i18n: 'app.skipToContent' }),
    header,
    main,
    footer,
  );
  document.title = `${translate(options.title)} – ${translate('app.name')}`;
  onLocaleChange(() => {
    applyTranslations(document.body);
    document.title = `${translate(options.title)} – ${translate('app.name')}`;
  });
  const page: Page = { main, session, openSwitcher };
  if (options.audience === 'anyone') return page;
  if (session && userAudience === options.audience) return page;
  replaceChildren(
    main,
    h(
      'section',
      { class: 'card gate', 'aria-labelledby': 'gate-title' },
      h('h1', { id: 'gate-title', i18n: 'signIn.required' }),
      h('p', {
        i18n: options.audience === 'agency' ? 'signIn.requiredAgency' : 'signIn.requiredCustomer',
      }),
      (() => {
        const button = h('button', {
          type: 'button',
          class: 'button button-primary',
          i18n: 'user.switch',
        });
        button.addEventListener('click', openSwitcher);
        return button;
      })(),
    ),
  );
  return null;
}
