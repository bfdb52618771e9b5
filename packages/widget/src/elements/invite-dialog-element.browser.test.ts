import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CollabErrorDetail } from '../events.js';
import { mountElement, shadowOf } from '../test-support/element-page.js';
import {
  createFakeApi,
  customerWithAccount,
  customerWithOneAdmin,
  FakeApiError,
} from '../test-support/fake-api.js';
import type { CollabElement } from './collab-element.js';
import { defineCollabElements } from './define.js';

/*
 * The custom element registered from source, in the test's own page. (The same element from
 * the built standalone bundle, on a page with no React at all, is tested in
 * src/standalone.browser.test.ts.) The API is a typed fake of the tRPC endpoint, put in
 * place of `fetch`.
 */

defineCollabElements();

let api: ReturnType<typeof createFakeApi>;

beforeEach(() => {
  api = createFakeApi();
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function mountWidget(attributes: Record<string, string>): CollabElement {
  return mountElement('collab-invite-dialog', attributes);
}

function dialogOf(widget: HTMLElement): HTMLDialogElement {
  const dialog = shadowOf(widget).querySelector('dialog');
  if (!dialog) throw new Error('the widget has no dialog');
  return dialog;
}

async function openDialog(widget: HTMLElement, buttonName: string, loadedText: string) {
  await userEvent.click(page.getByRole('button', { name: buttonName }));
  await expect.poll(() => dialogOf(widget).textContent).toContain(loadedText);
}

/** axe-core, run in the page against the widget: it walks into the open shadow root. */
async function expectNoAxeViolations(widget: HTMLElement) {
  const results = await axe.run(widget);
  // A guard against an axe that saw nothing: the open dialog has many texts to check.
  const contrastChecked =
    results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0;
  expect(contrastChecked).toBeGreaterThan(10);
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.failureSummary).join(' | ')}`,
    ),
  ).toEqual([]);
}

const apiUrl = 'https://collab.test/trpc';

describe('given sv, the default', () => {
  it('opens from the keyboard at the services of the preset customer, each with its rules', async () => {
    const widget = mountWidget({ 'api-url': apiUrl, 'customer-id': customerWithAccount.id });
    await expect.poll(() => shadowOf(widget).querySelector('button')).toBeTruthy();

    await userEvent.keyboard('{Tab}');
    expect(shadowOf(widget).activeElement?.textContent).toBe('Bjud in till samarbete');
    await userEvent.keyboard('{Enter}');

    const dialog = dialogOf(widget);
    await expect.poll(() => dialog.textContent).toContain('Bjud in Exempel AB till samarbete');
    expect(dialog.open).toBe(true);
    const text = dialog.textContent ?? '';
    expect(text).toContain('Steg 1 av 4');
    expect(text).toContain('Välj tjänster');
    expect(text).toContain('Finns redan (aktivt)');
    expect(text).toContain('Kräver eEkonomi, som kunden redan har.');
    expect(text).toContain('Byrån arbetar alltid i Pro.');
    expect(text).toContain('Licensen följer företagsformen.');
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const widget = mountWidget({ 'api-url': apiUrl, 'customer-id': customerWithAccount.id });
    await openDialog(widget, 'Bjud in till samarbete', 'Exempel AB');

    await userEvent.keyboard('{Escape}');

    await expect.poll(() => dialogOf(widget).open).toBe(false);
    expect(shadowOf(widget).activeElement?.textContent).toBe('Bjud in till samarbete');
  });

  it('sends the locale and the token attribute to the API', async () => {
    const widget = mountWidget({
      'api-url': apiUrl,
      'customer-id': customerWithAccount.id,
      token: 'token-from-attribute',
    });
    await openDialog(widget, 'Bjud in till samarbete', 'Exempel AB');
    expect(api.requests[0]?.authorization).toBe('Bearer token-from-attribute');
    expect(api.requests[0]?.acceptLanguage).toBe('sv');
    expect(api.requests[0]?.procedures.sort()).toEqual([
      'catalog.services',
      'customers.get',
      'session.me',
    ]);
  });

  it('has no axe violations with the dialog open, light and dark', async () => {
    const widget = mountWidget({ 'api-url': apiUrl, 'customer-id': customerWithAccount.id });
    await openDialog(widget, 'Bjud in till samarbete', 'Exempel AB');
    await expectNoAxeViolations(widget);

    widget.setAttribute('theme', 'dark');
    expect(getComputedStyle(dialogOf(widget)).backgroundColor).toBe('rgb(22, 24, 29)');
    await expectNoAxeViolations(widget);
  });
});

describe('given en', () => {
  it('shows every text in English', async () => {
    const widget = mountWidget({
      'api-url': apiUrl,
      'customer-id': customerWithOneAdmin.id,
      locale: 'en',
    });
    await openDialog(widget, 'Invite to collaborate', 'Invite Solo Konsult to collaborate');
    const text = dialogOf(widget).textContent ?? '';
    expect(text).toContain('Step 1 of 4');
    expect(text).toContain('Choose services');
    expect(text).toContain('Requires eEkonomi.');
    expect(text).toContain('The agency always works in Pro.');
    expect(api.requests[0]?.acceptLanguage).toBe('en');
  });

  it('switches language in place when the locale attribute changes', async () => {
    const widget = mountWidget({ 'api-url': apiUrl, 'customer-id': customerWithAccount.id });
    await openDialog(widget, 'Bjud in till samarbete', 'Exempel AB');
    widget.locale = 'en';
    expect(widget.getAttribute('locale')).toBe('en');
    await expect.poll(() => dialogOf(widget).textContent).toContain('Already active');
  });

  it('has no axe violations with the dialog open, light and dark', async () => {
    const widget = mountWidget({
      'api-url': apiUrl,
      'customer-id': customerWithAccount.id,
      locale: 'en',
    });
    await openDialog(widget, 'Invite to collaborate', 'Exempel AB');
    await expectNoAxeViolations(widget);

    widget.theme = 'dark';
    expect(widget.getAttribute('theme')).toBe('dark');
    await expectNoAxeViolations(widget);
  });
});

describe('given the attributes', () => {
  it('mirrors each as a property', () => {
    const widget = mountWidget({});
    widget.apiUrl = apiUrl;
    widget.customerId = 'c-1';
    widget.token = 't-1';
    widget.locale = 'en-GB';
    expect(widget.getAttribute('api-url')).toBe(apiUrl);
    expect(widget.getAttribute('customer-id')).toBe('c-1');
    expect(widget.getAttribute('token')).toBe('t-1');
    expect(widget.locale).toBe('en');

    widget.setAttribute('customer-id', 'c-2');
    expect(widget.customerId).toBe('c-2');
    widget.customerId = null;
    expect(widget.hasAttribute('customer-id')).toBe(false);
  });

  it('defines each element once, however often the registration runs', () => {
    expect(() => defineCollabElements()).not.toThrow();
    expect(customElements.get('collab-invite-dialog')).toBeDefined();
  });
});

describe('given the API answers with an error code', () => {
  it('shows the contracts message, not the server text, and sends collab:error', async () => {
    api = createFakeApi({
      handlers: {
        'customers.get': () => {
          throw new FakeApiError('CUSTOMER_NOT_FOUND');
        },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    const errors: CollabErrorDetail[] = [];
    document.addEventListener('collab:error', (event) => errors.push(event.detail), {
      once: true,
    });
    const widget = mountWidget({ 'api-url': apiUrl, 'customer-id': 'missing' });

    await openDialog(widget, 'Bjud in till samarbete', 'Kunden finns inte.');

    expect(shadowOf(widget).querySelector('[role="alert"]')?.textContent).toBe(
      'Kunden finns inte.',
    );
    expect(errors).toEqual([
      {
        code: 'CUSTOMER_NOT_FOUND',
        message: 'Kunden finns inte.',
        httpStatus: 404,
        procedure: 'customers.get',
        view: 'invite-dialog',
      },
    ]);
  });

  it('uses the host’s own text for that code, and retries on request', async () => {
    let calls = 0;
    api = createFakeApi({
      handlers: {
        'customers.get': () => {
          calls += 1;
          // A 4xx: the query client retries a 5xx by itself, but not this.
          if (calls === 1) throw new FakeApiError('RATE_LIMITED');
          return customerWithAccount;
        },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    const widget = mountWidget({ 'api-url': apiUrl, 'customer-id': customerWithAccount.id });
    widget.messages = {
      sv: { 'inviteDialog.open': 'Bjud in kunden', errors: { RATE_LIMITED: 'Det gick inte nu.' } },
    };

    await openDialog(widget, 'Bjud in kunden', 'Det gick inte nu.');
    await userEvent.click(page.getByRole('button', { name: 'Försök igen' }));

    await expect.poll(() => dialogOf(widget).textContent).toContain('Exempel AB');
    expect(calls).toBe(2);
  });
});

describe('given no api-url', () => {
  it('says so, and sends collab:error', async () => {
    const errors: CollabErrorDetail[] = [];
    document.addEventListener('collab:error', (event) => errors.push(event.detail), {
      once: true,
    });
    const widget = mountWidget({ locale: 'en' });
    await expect
      .poll(() => shadowOf(widget).querySelector('[role="alert"]')?.textContent)
      .toBe('The widget has no address for the API (api-url).');
    expect(errors[0]?.code).toBe('MISSING_API_URL');
  });
});

describe('given appearance variables', () => {
  it('applies them over the theme, and ignores a value that tries to add CSS', async () => {
    const widget = mountWidget({ 'api-url': apiUrl, theme: 'dark' });
    widget.appearance = {
      variables: { colorPrimary: 'rgb(0, 100, 0)', colorText: 'red; } * { color: blue' },
    };
    const button = await vi.waitFor(() => {
      const found = shadowOf(widget).querySelector('button');
      if (!found) throw new Error('no button yet');
      return found;
    });
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(0, 100, 0)');
    const root = shadowOf(widget).querySelector('.collab-root');
    expect(root && getComputedStyle(root).color).toBe('rgb(243, 244, 246)');
  });
});
