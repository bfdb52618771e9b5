import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineCollabElements } from '../elements/define.js';
import { mountElement, shadowOf } from '../test-support/element-page.js';
import { createFakeApi, customerWithAccount } from '../test-support/fake-api.js';

/*
 * Focus the widget moves by itself (a step's heading) shows no ring, so it does not look like
 * a selected control; a control reached by the keyboard keeps its ring (widget.css).
 */

defineCollabElements();

beforeEach(() => {
  vi.stubGlobal('fetch', createFakeApi().fetch);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('given the keyboard, which makes Chromium show focus rings', () => {
  it('rings the button the person tabbed to, and not the heading the widget focused', async () => {
    const widget = mountElement('collab-invite-dialog', {
      'api-url': 'https://collab.test/focus/trpc',
      'customer-id': customerWithAccount.id,
    });
    const root = shadowOf(widget);
    await expect.poll(() => root.querySelector('button')).toBeTruthy();

    await userEvent.keyboard('{Tab}');
    const opener = root.activeElement as HTMLElement;
    expect(opener.localName).toBe('button');
    expect(opener.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(opener).outlineStyle).toBe('solid');

    await userEvent.keyboard('{Enter}');
    await expect.poll(() => root.activeElement?.localName).toBe('h3');
    const heading = root.activeElement as HTMLElement;
    expect(heading.textContent).toContain('Välj tjänster');
    // Chromium counts focus moved by a script after a key press as visible focus.
    expect(heading.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(heading).outlineStyle).toBe('none');
  });
});
