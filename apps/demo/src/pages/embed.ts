import { h } from '../dom.js';
import { type MessageKey, translate } from '../i18n.js';
import { pageHeader } from '../parts.js';
import { startPage } from '../shell.js';

/** "Embed it": the integration code to copy, with this server's address filled in. */
const page = startPage({ page: 'embed', audience: 'anyone', title: 'embed.title' });

const origin = location.origin;

const snippets: { id: string; title: MessageKey; text: MessageKey; code: string }[] = [
  {
    // What this demo's own backend does (apps/server/src/demo-host/), README "Integrate Collab".
    id: 'session',
    title: 'embed.sessionTitle',
    text: 'embed.sessionText',
    code: `// Your backend (Node): open a widget session for the signed-in user, by your own ids.
// The secret key (collab_sk_…) stays on your server; never send it to the page.
app.post('/collab-session', async (request, reply) => {
  const user = request.user; // your own sign-in
  const response = await fetch('${origin}/v1/sessions', {
    method: 'POST',
    headers: {
      authorization: \`Bearer \${process.env.COLLAB_SECRET_KEY}\`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      user: { type: 'employee', agencyId: user.agencyId, employeeId: user.id },
      // or { type: 'account_user', accountId: …, userId: … } for a company's user
    }),
  });
  const { token, expiresAt } = await response.json(); // 15 minutes by default
  return { token, expiresAt };
});

// Your page: the widget calls getToken when it needs a token, and again after a 401.
let session = null;
async function getToken() {
  if (!session || Date.parse(session.expiresAt) - Date.now() < 60_000) {
    session = await (await fetch('/collab-session', { method: 'POST' })).json();
  }
  return session.token;
}`,
  },
  {
    id: 'script',
    title: 'embed.scriptTitle',
    text: 'embed.scriptText',
    code: `<script src="${origin}/widget/collab-widget.standalone.js"></script>

<collab-collaborations api-url="${origin}/trpc" customer-id="…" locale="sv" theme="light">
</collab-collaborations>

<script>
  // Keep the token out of the DOM: give the element a function instead of a token attribute.
  document.querySelector('collab-collaborations').getToken = getToken; // from the first block
</script>`,
  },
  {
    id: 'api',
    title: 'embed.apiTitle',
    text: 'embed.apiText',
    code: `const collab = Collab.init({
  apiUrl: '${origin}/trpc',
  getToken, // from the first block
  locale: 'sv', // or 'en'
  appearance: { theme: 'light' }, // or 'dark', plus { variables: { colorPrimary: '#1d5c87' } }
});

// The customer page: an activate button and the customer's collaborations.
collab.mount('invite-dialog', document.getElementById('activate'), { customerId });
collab.mount('collaborations', document.getElementById('collaborations'), { customerId });

// The customer portal, and the accept page the invitation e-mail links to (/accept?token=…).
collab.mount('customer-collaborations', document.getElementById('my-collaborations'));
collab.mount('accept-invitation', document.getElementById('accept'), {
  onSignInRequired: ({ returnUrl }) =>
    location.assign('/sign-in?return=' + encodeURIComponent(returnUrl)),
});

// The language and theme switches: every view changes in place.
collab.update({ locale: 'en', appearance: { theme: 'dark' } });`,
  },
  {
    id: 'react',
    title: 'embed.reactTitle',
    text: 'embed.reactText',
    code: `import { CollabProvider, Collaborations, InviteDialog } from '@collab/widget';

export function CustomerCollaborations({ customerId }: { customerId: string }) {
  return (
    <CollabProvider
      apiUrl="${origin}/trpc"
      getToken={getToken}
      locale="sv"
      appearance={{ theme: 'light' }}
    >
      <InviteDialog customerId={customerId} />
      <Collaborations customerId={customerId} />
    </CollabProvider>
  );
}`,
  },
  {
    id: 'events',
    title: 'embed.eventsTitle',
    text: 'embed.eventsText',
    code: `document.addEventListener('collab:activated', (event) => refreshCustomer(event.detail.customerId));
document.addEventListener('collab:accepted', (event) => showToast('Accepted'));
document.addEventListener('collab:ended', (event) => audit(event.detail.collaborationId));
document.addEventListener('collab:error', (event) => showToast(event.detail.message));`,
  },
  {
    id: 'csp',
    title: 'embed.cspTitle',
    text: 'embed.cspText',
    code: `Content-Security-Policy: script-src 'self' ${origin}; connect-src 'self' ${origin}

# On the Collab server, allow your app's origin to call the API:
CORS_ORIGINS=https://app.example.se`,
  },
];

function codeBlock(id: string, code: string): HTMLElement {
  const status = h('p', { class: 'copy-status', role: 'status', id: `copy-status-${id}` });
  const copy = h(
    'button',
    { type: 'button', class: 'button copy', 'aria-describedby': `code-title-${id}` },
    h('span', { i18n: 'embed.copy' }),
  );
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = translate('embed.copied');
    } catch {
      status.textContent = translate('embed.copyFailed');
    }
  });
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'code-block' },
      h('pre', { tabindex: '0', 'aria-labelledby': `code-title-${id}` }, h('code', {}, code)),
      copy,
    ),
    status,
  );
}

if (page) {
  page.main.append(
    pageHeader('embed.title', 'embed.lead'),
    h(
      'div',
      { class: 'stack' },
      ...snippets.map((snippet) =>
        h(
          'section',
          { class: 'card', 'aria-labelledby': `code-title-${snippet.id}` },
          h('h2', { id: `code-title-${snippet.id}`, i18n: snippet.title }),
          h('p', { class: 'muted', i18n: snippet.text }),
          codeBlock(snippet.id, snippet.code),
        ),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'examples-title' },
        h('h2', { id: 'examples-title', i18n: 'embed.examples' }),
        h(
          'ul',
          {},
          h('li', {}, h('a', { href: '/examples/plain-page.html', i18n: 'embed.plainExample' })),
          h(
            'li',
            {},
            h('a', { href: '/settings/customer/collaborations', i18n: 'embed.reactExample' }),
          ),
        ),
      ),
    ),
  );
}
