import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { defineCollabElements } from '../../elements/define.js';
import { mountElement, shadowOf } from '../../test-support/element-page.js';
import { createFakeApi, customerWithoutAccount } from '../../test-support/fake-api.js';

/*
 * The invite dialog keeps one size through its steps, its header and footer stay where they
 * are while only the body scrolls, and a choice's control keeps its size beside a long label
 * (issue #16, item 7).
 */

defineCollabElements();

beforeEach(() => {
  vi.stubGlobal('fetch', createFakeApi().fetch);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function partsOf(widget: HTMLElement) {
  const dialog = shadowOf(widget).querySelector('dialog');
  const part = (name: string) => dialog?.querySelector<HTMLElement>(`.collab-dialog__${name}`);
  return { dialog, header: part('header'), body: part('body'), footer: part('footer') };
}

async function onStep(widget: HTMLElement, heading: string) {
  await expect
    .poll(() => shadowOf(widget).activeElement?.textContent, { timeout: 5000 })
    .toBe(heading);
}

describe.each([
  { name: 'a desktop', width: 1400, height: 900 },
  { name: 'a phone', width: 390, height: 844 },
])('on $name', ({ width, height }) => {
  it('keeps one size through the steps, with the header and the footer fixed and the body scrolling', async () => {
    await page.viewport(width, height);
    const widget = mountElement('collab-invite-dialog', {
      'api-url': 'https://collab.test/layout/trpc',
      'customer-id': customerWithoutAccount.id,
    });
    await userEvent.click(page.getByRole('button', { name: 'Bjud in till samarbete' }));
    await onStep(widget, 'Välj tjänster');
    const { dialog, header, body, footer } = partsOf(widget);
    if (!dialog || !header || !body || !footer) throw new Error('the dialog has no parts');
    const servicesHeight = dialog.getBoundingClientRect().height;
    expect(servicesHeight).toBeLessThanOrEqual(height);

    // The body scrolls on its own; the header and the footer stay in view, where they were.
    const headerTop = header.getBoundingClientRect().top;
    const footerTop = footer.getBoundingClientRect().top;
    expect(getComputedStyle(body).overflowY).toBe('auto');
    body.scrollTop = body.scrollHeight;
    expect(header.getBoundingClientRect().top).toBe(headerTop);
    expect(footer.getBoundingClientRect().top).toBe(footerTop);
    expect(footer.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      dialog.getBoundingClientRect().bottom + 1,
    );

    // The next step, with far less in it, is as tall.
    await userEvent.click(page.getByRole('checkbox', { name: 'Utlägg' }));
    await userEvent.click(page.getByRole('button', { name: 'Nästa', exact: true }));
    await onStep(widget, 'Välj uppdrag');
    expect(dialog.getBoundingClientRect().height).toBe(servicesHeight);

    // A radio beside its label keeps its 18 px, whatever the label's length.
    for (const radio of dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      expect(radio.getBoundingClientRect().width).toBe(18);
    }
  });
});
