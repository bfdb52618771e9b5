import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollabErrorDetail } from './events.js';
import type * as StandaloneBundle from './standalone.js';
import {
  createFakeApi,
  customerWithAccount,
  customerWithOneAdmin,
} from './test-support/fake-api.js';

/*
 * The built standalone bundle (dist/collab-widget.standalone.js) on a plain HTML page with no
 * React and no module of this test: test-pages/plain-host.html, loaded in an iframe and
 * served byte for byte with a real Content-Security-Policy header (script-src 'self',
 * style-src 'self'). The page's own CSS is hostile: `* { color: red }` and
 * `button { all: unset }`. The test reaches into the page only to put a fake API in place of
 * its `fetch` and to look at what the page shows.
 */

interface HostWindow extends Window {
  Collab: typeof StandaloneBundle;
  cspViolations: string[];
}

async function openHostPage(): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.title = 'A host page';
  frame.width = '1000';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/host-page/plain-host.html';
  document.body.append(frame);
  await loaded;
  const host = frame.contentWindow as HostWindow | null;
  if (!host?.Collab) throw new Error('the host page did not load the standalone bundle');
  return host;
}

function addWidget(host: HostWindow, slot: string, attributes: Record<string, string>) {
  const widget = host.document.createElement('collab-invite-dialog');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  host.document.getElementById(slot)?.append(widget);
  return widget;
}

function inShadow<T extends Element>(widget: Element, selector: string): T {
  const found = widget.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in the shadow root`);
  return found;
}

async function openDialog(widget: Element, loadedText: string): Promise<HTMLDialogElement> {
  const button = await vi.waitFor(() => inShadow<HTMLButtonElement>(widget, 'button'));
  button.click();
  const dialog = inShadow<HTMLDialogElement>(widget, 'dialog');
  await expect.poll(() => dialog.textContent).toContain(loadedText);
  return dialog;
}

const apiUrl = '/trpc';
let host: HostWindow;

afterEach(() => {
  // Whatever a test did, the page's CSP must not have blocked anything the widget tried.
  expect(host.cspViolations).toEqual([]);
  document.body.replaceChildren();
});

describe('given a plain HTML page with no React of its own', () => {
  it('registers the element from one classic script, and puts no React on the page', async () => {
    host = await openHostPage();
    const scripts = [...host.document.scripts].map((script) => script.src.split('/').pop());
    expect(scripts).toEqual(['record-csp-violations.js', 'collab-widget.standalone.js']);
    expect(host.document.querySelector('script[type="module"]')).toBeNull();
    expect('React' in host).toBe(false);
    expect(typeof host.Collab.init).toBe('function');
    expect(host.customElements.get('collab-invite-dialog')).toBeDefined();
  });

  it('survives the bundle being loaded a second time', async () => {
    host = await openHostPage();
    const errors: string[] = [];
    host.addEventListener('error', (event) => errors.push(event.message));
    const second = host.document.createElement('script');
    const loaded = new Promise((resolve) => second.addEventListener('load', resolve));
    second.src = 'collab-widget.standalone.js';
    host.document.head.append(second);
    await loaded;
    expect(errors).toEqual([]);
  });
});

describe('given two widgets on one page', () => {
  it('shows each its own customer, and fetches the shared catalog once', async () => {
    host = await openHostPage();
    const api = createFakeApi();
    host.fetch = api.fetch;
    const first = addWidget(host, 'slot-a', {
      'api-url': apiUrl,
      'customer-id': customerWithAccount.id,
    });
    const second = addWidget(host, 'slot-b', {
      'api-url': apiUrl,
      'customer-id': customerWithOneAdmin.id,
      locale: 'en',
    });

    const firstDialog = await openDialog(first, 'Bjud in Exempel AB till samarbete');
    firstDialog.close();
    const secondDialog = await openDialog(second, 'Invite Solo Konsult to collaborate');

    expect(secondDialog.textContent).not.toContain('Exempel AB');
    expect(firstDialog.textContent).not.toContain('Solo Konsult');
    const catalogCalls = api.requests.flatMap((request) =>
      request.procedures.filter((procedure) => procedure === 'catalog.services'),
    );
    expect(catalogCalls).toHaveLength(1);
  });
});

describe('given host CSS that restyles everything', () => {
  it('keeps it out of the shadow root', async () => {
    host = await openHostPage();
    host.fetch = createFakeApi().fetch;
    const widget = addWidget(host, 'slot-a', {
      'api-url': apiUrl,
      'customer-id': customerWithAccount.id,
    });
    const style = (element: Element) => host.getComputedStyle(element);

    // The host's rules are in force on the host's own elements…
    const hostText = host.document.getElementById('host-text');
    const hostButton = host.document.getElementById('host-button');
    if (!hostText || !hostButton) throw new Error('the host page is incomplete');
    expect(style(hostText).color).toBe('rgb(255, 0, 0)');
    expect(style(hostButton).borderTopStyle).toBe('none');
    expect(style(hostButton).cursor).toBe('auto');

    // …and not on the widget's.
    const dialog = await openDialog(widget, 'Exempel AB');
    const opener = inShadow<HTMLButtonElement>(widget, 'button');
    expect(style(opener).display).toBe('inline-flex');
    expect(style(opener).borderTopStyle).toBe('solid');
    expect(style(opener).cursor).toBe('pointer');
    expect(style(opener).color).toBe('rgb(255, 255, 255)');
    expect(style(opener).backgroundColor).toBe('rgb(29, 78, 216)');
    expect(style(inShadow(widget, '.collab-root')).color).toBe('rgb(26, 29, 35)');
    expect(style(dialog).color).toBe('rgb(26, 29, 35)');
    const heading = inShadow(widget, 'h2');
    expect(style(heading).color).toBe('rgb(26, 29, 35)');
    const closeButton = [...dialog.querySelectorAll('button')].at(-1);
    if (!closeButton) throw new Error('the dialog has no close button');
    expect(style(closeButton).borderTopStyle).toBe('solid');
    expect(style(closeButton).color).toBe('rgb(26, 29, 35)');
  });
});

describe('given Collab.init with a token that has expired', () => {
  it('calls getToken again on the 401 and retries the request once', async () => {
    host = await openHostPage();
    const api = createFakeApi({ acceptsToken: (token) => token === 'fresh' });
    host.fetch = api.fetch;
    const getToken = vi.fn<() => Promise<string>>();
    getToken.mockResolvedValueOnce('expired').mockResolvedValueOnce('fresh');
    const collab = host.Collab.init({ apiUrl, getToken });
    const slot = host.document.getElementById('slot-a');
    if (!slot) throw new Error('the host page is incomplete');

    const widget = collab.mount('invite-dialog', slot, { customerId: customerWithAccount.id });
    await openDialog(widget, 'Bjud in Exempel AB till samarbete');

    expect(getToken).toHaveBeenCalledTimes(2);
    // The first two requests: a full-rights employee's dialog then also reads the requests
    // from colleagues (flow 9), once `session.me` has answered, with the same fresh token.
    const [first, second] = api.requests;
    expect(
      [first, second].map((request) => ({
        authorization: request?.authorization,
        status: request?.status,
      })),
    ).toEqual([
      { authorization: 'Bearer expired', status: 401 },
      { authorization: 'Bearer fresh', status: 200 },
    ]);
    expect(api.requests.filter((request) => request.status === 401)).toHaveLength(1);
    collab.destroy();
  });
});

describe('given Collab.init with two views', () => {
  it('updates the language and the theme in place, and unmount and destroy remove them', async () => {
    host = await openHostPage();
    host.fetch = createFakeApi().fetch;
    const collab = host.Collab.init({ apiUrl, getToken: () => 'token' });
    const slotA = host.document.getElementById('slot-a');
    const slotB = host.document.getElementById('slot-b');
    if (!slotA || !slotB) throw new Error('the host page is incomplete');
    const first = collab.mount('invite-dialog', slotA, { customerId: customerWithAccount.id });
    const second = collab.mount('invite-dialog', slotB, {});
    await expect
      .poll(() => first.shadowRoot?.querySelector('button')?.textContent)
      .toBe('Bjud in till samarbete');

    collab.update({ locale: 'en', appearance: { theme: 'dark' } });

    await expect
      .poll(() => second.shadowRoot?.querySelector('button')?.textContent)
      .toBe('Invite to collaborate');
    expect(first.getAttribute('theme')).toBe('dark');
    const opener = inShadow(first, 'button');
    expect(host.getComputedStyle(opener).backgroundColor).toBe('rgb(147, 180, 255)');

    collab.unmount(slotA);
    expect(slotA.children).toHaveLength(0);
    expect(slotB.children).toHaveLength(1);
    collab.destroy();
    expect(slotB.children).toHaveLength(0);
    expect(() => collab.mount('invite-dialog', slotA, {})).toThrow(/destroyed/);
  });
});

describe('given a failure inside the widget', () => {
  it('sends collab:error out of the shadow root, bubbling to the host document', async () => {
    host = await openHostPage();
    host.fetch = createFakeApi().fetch;
    const events: { detail: CollabErrorDetail; target: EventTarget | null; composed: boolean }[] =
      [];
    host.document.addEventListener('collab:error', (event) =>
      events.push({ detail: event.detail, target: event.target, composed: event.composed }),
    );
    const widget = addWidget(host, 'slot-b', { 'api-url': apiUrl, 'customer-id': 'unknown' });

    await openDialog(widget, 'Kunden finns inte.');

    expect(events).toHaveLength(1);
    expect(events[0]?.target).toBe(widget);
    expect(events[0]?.composed).toBe(true);
    expect(events[0]?.detail).toMatchObject({
      code: 'CUSTOMER_NOT_FOUND',
      message: 'Kunden finns inte.',
      httpStatus: 404,
    });
  });
});
