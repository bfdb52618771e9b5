import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { init } from '../collab.js';
import type { CollabElement } from '../elements/collab-element.js';
import { defineCollabElements } from '../elements/define.js';
import { mountElement, shadowOf } from '../test-support/element-page.js';
import {
  createFakeApi,
  customerWithAccount,
  type FakeApiHandlers,
} from '../test-support/fake-api.js';
import {
  acceptPageScenarios,
  invitationToken,
} from '../test-support/fixtures/accept-invitation.js';
import { collaborationsApi } from '../test-support/fixtures/collaborations.js';
import { customerSideHandlers } from '../test-support/fixtures/customer-collaborations.js';

/*
 * The widget's isolation from its host page, as packages/widget/README.md "Isolation" claims
 * it: every inherited property the page sets on the element's container (or on the element
 * itself, as a `*` rule does) and the page's root font size stay outside the shadow root, and
 * the `--collab-*` tokens come in from wherever the host sets them, `:root` included.
 *
 * Each view is rendered once on the test page and every computed property of every element in
 * its shadow root is read; then the hostile CSS below is switched on (a class on <html>) and
 * everything is read again. Both readings must be equal.
 */

defineCollabElements();

/** Inherited properties, each set to a value that differs from the initial one and the widget's. */
const hostileInherited: Record<string, string> = {
  'accent-color': 'rgb(255, 0, 255)',
  'border-collapse': 'collapse',
  'border-spacing': '11px 13px',
  'caption-side': 'bottom',
  'caret-color': 'rgb(255, 0, 0)',
  color: 'rgb(255, 0, 0)',
  'color-scheme': 'dark',
  cursor: 'crosshair',
  direction: 'rtl',
  'empty-cells': 'hide',
  fill: 'rgb(255, 0, 0)',
  'font-family': '"Courier New", monospace',
  'font-feature-settings': '"smcp" 1, "zero" 1',
  'font-kerning': 'none',
  'font-optical-sizing': 'none',
  'font-size': '23px',
  'font-size-adjust': '0.4',
  'font-stretch': 'condensed',
  'font-style': 'italic',
  'font-synthesis': 'none',
  'font-variant-caps': 'small-caps',
  'font-variant-east-asian': 'full-width',
  'font-variant-ligatures': 'none',
  'font-variant-numeric': 'slashed-zero',
  'font-variation-settings': '"wght" 900',
  'font-weight': '900',
  'forced-color-adjust': 'none',
  hyphens: 'auto',
  'image-rendering': 'pixelated',
  'letter-spacing': '3px',
  'line-break': 'anywhere',
  'line-height': '3',
  'list-style': 'square inside',
  orphans: '7',
  'overflow-wrap': 'anywhere',
  'paint-order': 'stroke',
  'print-color-adjust': 'exact',
  quotes: '"«" "»"',
  'ruby-position': 'under',
  stroke: 'rgb(255, 0, 0)',
  'tab-size': '17',
  'text-align': 'center',
  'text-align-last': 'right',
  'text-decoration-skip-ink': 'none',
  'text-emphasis': 'filled rgb(255, 0, 0)',
  'text-indent': '40px',
  'text-orientation': 'upright',
  'text-rendering': 'geometricPrecision',
  'text-shadow': 'rgb(255, 0, 0) 2px 2px 0px',
  'text-transform': 'uppercase',
  'text-underline-position': 'under',
  'text-wrap': 'balance',
  '-webkit-text-fill-color': 'rgb(0, 128, 0)',
  '-webkit-text-security': 'disc',
  '-webkit-text-stroke': '1px rgb(255, 0, 0)',
  'white-space': 'pre',
  widows: '7',
  'word-break': 'break-all',
  'word-spacing': '12px',
  'writing-mode': 'vertical-rl',
};

function declarationsOf(names: readonly string[]): string {
  return names.map((name) => `${name}: ${hostileInherited[name]};`).join(' ');
}

/*
 * `writing-mode` goes on the element only: on the container it would make the page lay the
 * element's own box out as an orthogonal flow (a block-level view as wide as its content),
 * which is the page's layout of the element, not something inherited; README "Isolation".
 */
const onContainer = Object.keys(hostileInherited).filter((name) => name !== 'writing-mode');
const onElement = Object.keys(hostileInherited);

const hostPageCss = `
  html.hostile { font-size: 62.5%; }
  html.hostile .isolation-container { ${declarationsOf(onContainer)} }
  html.hostile .isolation-container > * { ${declarationsOf(onElement)} }
`;

let hostStyle: HTMLStyleElement;

beforeAll(async () => {
  // A desktop page, wider than the accept card's 640 px (the test page is 414 px by default).
  await page.viewport(1200, 900);
  console.info(
    `Isolation: html { font-size: 62.5% }, ${onContainer.length} inherited properties on the ` +
      `container and ${onElement.length} on the element: ${onElement.join(', ')}`,
  );
  hostStyle = document.createElement('style');
  hostStyle.textContent = hostPageCss;
  document.head.append(hostStyle);
});

afterAll(() => {
  hostStyle.remove();
});

afterEach(() => {
  document.documentElement.classList.remove('hostile');
  document.documentElement.style.removeProperty('--collab-color-primary');
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

let mounted = 0;

/** The view in a container of the page, on an API URL of its own (no cache shared). */
function mountView(
  tag: string,
  handlers: FakeApiHandlers,
  attributes: Record<string, string> = {},
): CollabElement {
  vi.stubGlobal('fetch', createFakeApi({ handlers }).fetch);
  mounted += 1;
  const element = mountElement(tag, {
    'api-url': `https://collab.test/isolation-${mounted}/trpc`,
    ...attributes,
  });
  element.parentElement?.classList.add('isolation-container');
  return element;
}

async function expectText(element: HTMLElement, text: string) {
  await expect.poll(() => shadowOf(element).textContent ?? '', { timeout: 5000 }).toContain(text);
}

type Reading = Map<string, Map<string, string>>;

/** Every computed property of every element in the shadow root (and each list item's marker). */
function readStyles(root: ShadowRoot): Reading {
  const reading: Reading = new Map();
  const read = (key: string, style: CSSStyleDeclaration) => {
    const values = new Map<string, string>();
    for (let index = 0; index < style.length; index += 1) {
      const name = style.item(index);
      values.set(name, style.getPropertyValue(name));
    }
    reading.set(key, values);
  };
  [...root.querySelectorAll('*')].forEach((element, index) => {
    const key = `${index} <${element.localName}${element.className ? ` class="${element.className}"` : ''}>`;
    read(key, getComputedStyle(element));
    if (element instanceof HTMLDialogElement && element.open) {
      // A modal dialog is centred by auto margins, and Chromium's getComputedStyle reports
      // those margins from a stale layout in one of two equal readings (0px, then 90px, with
      // the dialog at the same place). Its box on the screen is what matters: compared instead.
      const values = reading.get(key);
      for (const name of [...(values?.keys() ?? [])]) {
        if (name.startsWith('margin')) values?.delete(name);
      }
      const box = element.getBoundingClientRect();
      values?.set('box', `${box.x},${box.y} ${box.width}×${box.height}`);
    }
    if (element.localName === 'li') read(`${key}::marker`, getComputedStyle(element, '::marker'));
  });
  return reading;
}

/** The differences between two readings, one line each: where, which property, clean → hostile. */
function differences(clean: Reading, hostile: Reading): string[] {
  const found: string[] = [];
  for (const [key, values] of clean) {
    const other = hostile.get(key);
    if (!other) {
      found.push(`${key}: gone`);
      continue;
    }
    for (const [name, value] of values) {
      if (other.get(name) !== value) found.push(`${key} ${name}: ${value} → ${other.get(name)}`);
    }
  }
  return found;
}

/** Reads the view clean, then under the hostile CSS, and expects no difference. */
function expectUntouchedByHostCss(element: HTMLElement, least: { elements: number }) {
  const root = shadowOf(element);
  const clean = readStyles(root);
  document.documentElement.classList.add('hostile');
  const hostile = readStyles(root);
  // The hostile CSS is in force outside: the container really has the values.
  const container = element.parentElement;
  if (!container) throw new Error('the view has no container');
  expect(getComputedStyle(container).wordSpacing).toBe('12px');
  expect(getComputedStyle(element).whiteSpace).toBe('pre');
  expect(getComputedStyle(document.documentElement).fontSize).toBe('10px');

  expect(differences(clean, hostile)).toEqual([]);
  const compared = [...clean.values()].reduce((sum, values) => sum + values.size, 0);
  expect(clean.size).toBeGreaterThanOrEqual(least.elements);
  console.info(`Isolation: ${clean.size} elements, ${compared} computed values compared`);
}

describe('given a host page that sets every inherited property on the container, and rem at 10px', () => {
  it('leaves the invite dialog’s button as on a clean page', async () => {
    const widget = mountView('collab-invite-dialog', {}, { 'customer-id': customerWithAccount.id });
    await expectText(widget, 'Bjud in till samarbete');
    expectUntouchedByHostCss(widget, { elements: 3 });
  });

  it('leaves the open invite dialog as on a clean page', async () => {
    const widget = mountView('collab-invite-dialog', {}, { 'customer-id': customerWithAccount.id });
    await userEvent.click(page.getByRole('button', { name: 'Bjud in till samarbete' }));
    await expectText(widget, 'Bjud in Exempel AB till samarbete');
    expectUntouchedByHostCss(widget, { elements: 40 });
  });

  it('leaves the accept page as on a clean page', async () => {
    const widget = mountView('collab-accept-invitation', acceptPageScenarios.invitation(), {
      'invitation-token': invitationToken,
      token: 'signed-in-user',
    });
    await expectText(widget, 'Acceptera');
    expectUntouchedByHostCss(widget, { elements: 40 });
    // The card of the issue: 640 px wide, not 400 px under the page's 62.5 % root font size.
    const card = shadowOf(widget).querySelector('.collab-accept');
    expect(card && getComputedStyle(card).width).toBe('640px');
  });

  it('leaves the agency’s overview as on a clean page', async () => {
    const widget = mountView('collab-collaborations', collaborationsApi().handlers);
    await expectText(widget, 'Visar 10 av 10 samarbeten');
    expectUntouchedByHostCss(widget, { elements: 60 });
  });

  it('leaves the customer’s view as on a clean page', async () => {
    const widget = mountView('collab-customer-collaborations', customerSideHandlers());
    await expectText(widget, '1 inbjudan väntar på svar');
    expectUntouchedByHostCss(widget, { elements: 60 });
  });
});

/*
 * The public tokens, read from wherever the host sets them; the widget's defaults only when
 * it sets nothing. The invite dialog's opener is a primary button: its background is
 * `--collab-color-primary`.
 */
const lightPrimary = 'rgb(29, 78, 216)';
const darkPrimary = 'rgb(147, 180, 255)';
const hostPrimary = 'rgb(0, 100, 0)';
const appearancePrimary = 'rgb(128, 0, 128)';

async function openerOf(widget: HTMLElement): Promise<HTMLButtonElement> {
  return vi.waitFor(() => {
    const button = shadowOf(widget).querySelector<HTMLButtonElement>('.collab-button--primary');
    if (!button) throw new Error('no opener yet');
    return button;
  }, 5000);
}

function backgroundOf(element: Element): string {
  return getComputedStyle(element).backgroundColor;
}

function textColourOf(widget: HTMLElement): string {
  const root = shadowOf(widget).querySelector('.collab-root');
  if (!root) throw new Error('no .collab-root');
  return getComputedStyle(root).color;
}

describe('given a host that sets no --collab-* token', () => {
  it('uses the light and the dark theme’s defaults', async () => {
    const widget = mountView('collab-invite-dialog', {});
    const opener = await openerOf(widget);
    expect(backgroundOf(opener)).toBe(lightPrimary);
    expect(getComputedStyle(opener).color).toBe('rgb(255, 255, 255)');
    expect(textColourOf(widget)).toBe('rgb(26, 29, 35)');
    expect(getComputedStyle(opener).borderTopLeftRadius).toBe('6px');

    const root = shadowOf(widget).querySelector('.collab-root');
    expect(root && getComputedStyle(root).colorScheme).toBe('light');

    widget.setAttribute('theme', 'dark');
    expect(backgroundOf(opener)).toBe(darkPrimary);
    expect(getComputedStyle(opener).color).toBe('rgb(11, 16, 32)');
    expect(textColourOf(widget)).toBe('rgb(243, 244, 246)');
    expect(root && getComputedStyle(root).colorScheme).toBe('dark');
  });

  it('keeps each element’s display, and hides it with the hidden attribute', async () => {
    const dialog = mountView('collab-invite-dialog', {});
    const overview = mountView('collab-collaborations', collaborationsApi().handlers);
    await openerOf(dialog);
    expect(getComputedStyle(dialog).display).toBe('inline-block');
    expect(getComputedStyle(overview).display).toBe('block');
    dialog.hidden = true;
    overview.hidden = true;
    expect(getComputedStyle(dialog).display).toBe('none');
    expect(getComputedStyle(overview).display).toBe('none');
  });
});

describe('given a page that hides or disables the region the widget is in', () => {
  it('hides and disables the widget with it: visibility and pointer-events follow the container', async () => {
    const dialog = mountView('collab-invite-dialog', {});
    const opener = await openerOf(dialog);
    const container = dialog.parentElement as HTMLElement;
    expect(getComputedStyle(opener).visibility).toBe('visible');
    expect(getComputedStyle(opener).pointerEvents).toBe('auto');
    container.style.visibility = 'hidden';
    container.style.pointerEvents = 'none';
    expect(getComputedStyle(opener).visibility).toBe('hidden');
    expect(getComputedStyle(opener).pointerEvents).toBe('none');
  });
});

describe('given --collab-color-primary on :root', () => {
  it('applies it in the light and in the dark theme, and nothing else changes', async () => {
    document.documentElement.style.setProperty('--collab-color-primary', hostPrimary);
    const widget = mountView('collab-invite-dialog', {});
    const opener = await openerOf(widget);
    expect(backgroundOf(opener)).toBe(hostPrimary);
    expect(textColourOf(widget)).toBe('rgb(26, 29, 35)');

    widget.setAttribute('theme', 'dark');
    expect(backgroundOf(opener)).toBe(hostPrimary);
    expect(textColourOf(widget)).toBe('rgb(243, 244, 246)');
  });

  it('takes a value on the container or on the element over the one on :root', async () => {
    document.documentElement.style.setProperty('--collab-color-primary', hostPrimary);
    const widget = mountView('collab-invite-dialog', {});
    const opener = await openerOf(widget);
    widget.parentElement?.style.setProperty('--collab-color-primary', 'rgb(0, 0, 128)');
    expect(backgroundOf(opener)).toBe('rgb(0, 0, 128)');
    widget.style.setProperty('--collab-color-primary', 'rgb(128, 0, 0)');
    expect(backgroundOf(opener)).toBe('rgb(128, 0, 0)');
  });

  it('lets appearance.variables win, in both themes, also after update({ appearance })', async () => {
    document.documentElement.style.setProperty('--collab-color-primary', hostPrimary);
    vi.stubGlobal('fetch', createFakeApi().fetch);
    mounted += 1;
    const collab = init({
      apiUrl: `https://collab.test/isolation-${mounted}/trpc`,
      getToken: () => 'token',
      appearance: { variables: { colorPrimary: appearancePrimary } },
    });
    const container = document.createElement('main');
    document.body.append(container);
    const widget = collab.mount('invite-dialog', container, {});
    const opener = await openerOf(widget);
    expect(backgroundOf(opener)).toBe(appearancePrimary);

    collab.update({
      appearance: { theme: 'dark', variables: { colorPrimary: appearancePrimary } },
    });
    expect(widget.getAttribute('theme')).toBe('dark');
    expect(backgroundOf(opener)).toBe(appearancePrimary);
    expect(textColourOf(widget)).toBe('rgb(243, 244, 246)');

    // Without variables the host's :root value is back, in the dark theme.
    collab.update({ appearance: { theme: 'dark' } });
    expect(backgroundOf(opener)).toBe(hostPrimary);
    collab.destroy();
  });
});
