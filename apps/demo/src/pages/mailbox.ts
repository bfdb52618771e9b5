import type { DeliveredMail } from '@collab/server';
import { h, replaceChildren } from '../dom.js';
import { countText, currentLocale, onLocaleChange, translate } from '../i18n.js';
import { pageHeader } from '../parts.js';
import { listUsers } from '../session.js';
import { startPage } from '../shell.js';

/**
 * The development mailbox (`/dev/mailbox`): every e-mail the server delivered, newest first,
 * with its links clickable, so an invitation can be followed from the e-mail to the answer.
 * The plain-text part is shown; nothing from the message is parsed as HTML.
 */
const page = startPage({ page: 'mailbox', audience: 'anyone', title: 'mailbox.title' });

const linkPattern = /https?:\/\/[^\s<>"]+/g;

function withLinks(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(linkPattern)) {
    const index = match.index ?? 0;
    nodes.push(document.createTextNode(text.slice(last, index)));
    nodes.push(h('a', { href: match[0] }, match[0]));
    last = index + match[0].length;
  }
  nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

if (page) {
  const refresh = h('button', { type: 'button', class: 'button', i18n: 'mailbox.refresh' });
  const filter = h('input', {
    type: 'search',
    id: 'mail-filter',
    class: 'input',
    autocomplete: 'off',
  });
  const status = h('p', { class: 'status-line', role: 'status' });
  const list = h('ol', { class: 'messages', 'i18n-aria-label': 'mailbox.messages' });
  page.main.append(
    pageHeader('mailbox.title', 'mailbox.lead', refresh),
    h(
      'div',
      { class: 'toolbar' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'mail-filter', class: 'label', i18n: 'mailbox.filter' }),
        filter,
      ),
      status,
    ),
    list,
  );

  let messages: DeliveredMail[] = [];
  const names = new Map<string, string>();
  const dateFormat = () =>
    new Intl.DateTimeFormat(currentLocale(), {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'Europe/Stockholm',
    });

  function recipient(email: string): string {
    const name = names.get(email.toLowerCase());
    return name ? `${name} <${email}>` : email;
  }

  function render(): void {
    const query = filter.value.trim().toLocaleLowerCase();
    const visible = [...messages]
      .reverse()
      .filter(
        (mail) =>
          query === '' ||
          `${recipient(mail.to)} ${mail.subject}`.toLocaleLowerCase().includes(query),
      );
    status.textContent =
      messages.length === 0 ? '' : countText('mailbox.countOne', 'mailbox.count', visible.length);
    if (visible.length === 0) {
      replaceChildren(
        list,
        h('li', {
          class: 'card muted',
          i18n: messages.length === 0 ? 'mailbox.empty' : 'mailbox.noMatch',
        }),
      );
      return;
    }
    const format = dateFormat();
    replaceChildren(
      list,
      ...visible.map((mail, index) =>
        h(
          'li',
          {},
          h(
            'article',
            { class: 'card message', 'aria-labelledby': `mail-${index}` },
            h(
              'div',
              { class: 'message-head' },
              h('h2', { id: `mail-${index}` }, mail.subject),
              h(
                'p',
                { class: 'message-meta' },
                h('span', {}, `${translate('mailbox.to')}: ${recipient(mail.to)}`),
                h(
                  'span',
                  {},
                  `${translate('mailbox.sent')}: `,
                  h('time', { datetime: mail.sentAt }, format.format(new Date(mail.sentAt))),
                ),
              ),
            ),
            h('div', { class: 'message-body' }, ...withLinks(mail.text)),
          ),
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    try {
      const response = await fetch('/dev/mailbox');
      if (!response.ok) throw new Error(`/dev/mailbox answered ${response.status}`);
      messages = ((await response.json()) as { messages: DeliveredMail[] }).messages;
      render();
    } catch {
      replaceChildren(
        list,
        h('li', { class: 'notice notice-error', role: 'alert', i18n: 'mailbox.failed' }),
      );
    }
  }

  listUsers().then(
    (users) => {
      for (const user of users) names.set(user.email.toLowerCase(), user.name);
      render();
    },
    () => undefined,
  );
  refresh.addEventListener('click', () => void load());
  filter.addEventListener('input', render);
  window.addEventListener('focus', () => void load());
  onLocaleChange(render);
  void load();
}
