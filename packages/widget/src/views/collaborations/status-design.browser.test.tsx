import { collaborationStatuses } from '@collab/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { collaborationsApi } from '../../test-support/fixtures/collaborations.js';
import {
  expectNoAxeViolations,
  mountOverview,
  shadowOf,
  textOf,
  useApi,
} from './overview-test-support.js';

/*
 * The overview's statuses are told apart by word, colour and icon, in both themes; the
 * status filter looks like filters that are on or off, not like tabs; the view has inner
 * padding and says "Samarbeten" once where it can be seen (issue #16, item 8).
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function mountWithEveryGroupOpen(theme: 'light' | 'dark') {
  const widget = mountOverview({ theme });
  await expect.poll(() => textOf(widget), { timeout: 5000 }).toContain('Exempel AB');
  for (const toggle of shadowOf(widget).querySelectorAll<HTMLButtonElement>(
    '.collab-overview__group-toggle[aria-expanded="false"]',
  )) {
    toggle.click();
  }
  await expect
    .poll(() => shadowOf(widget).querySelectorAll('.collab-overview__row').length)
    .toBeGreaterThanOrEqual(10);
  return widget;
}

describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
  it('gives every status its own colour and an icon beside its word, with enough contrast', async () => {
    useApi(collaborationsApi().handlers);
    const widget = await mountWithEveryGroupOpen(theme);
    const root = shadowOf(widget);
    const colours = new Map<string, string>();
    for (const kind of [...collaborationStatuses, 'unlinked']) {
      const badge = root.querySelector<HTMLElement>(
        `.collab-overview__row .collab-status--${kind}`,
      );
      expect(badge, kind).not.toBeNull();
      if (!badge) continue;
      expect(badge.querySelector('svg[aria-hidden="true"]'), kind).not.toBeNull();
      expect(badge.textContent?.trim().length, kind).toBeGreaterThan(0);
      colours.set(kind, getComputedStyle(badge).backgroundColor);
    }
    expect(new Set(colours.values()).size).toBe(colours.size);
    await expectNoAxeViolations(widget);
  });
});

describe('the status filter', () => {
  it('shows a pressed status as a filter that is on (outlined, with a tick), not as a filled tab', async () => {
    useApi(collaborationsApi().handlers);
    const widget = await mountWithEveryGroupOpen('light');
    const root = shadowOf(widget);
    const tab = root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    const pending = page.getByRole('button', { name: /Väntande/ });
    await userEvent.click(pending);
    const chip = pending.element() as HTMLElement;
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    const primary = tab ? getComputedStyle(tab).borderBottomColor : '';
    expect(getComputedStyle(chip).backgroundColor).not.toBe(primary);
    expect(getComputedStyle(chip, '::after').content).toBe('"✓"');
    expect(getComputedStyle(chip).borderRadius).toBe('999px');
  });
});

describe('the layout', () => {
  it('has inner padding, and shows the word Samarbeten once (the tab), the heading kept for screen readers', async () => {
    useApi(collaborationsApi().handlers);
    const widget = await mountWithEveryGroupOpen('light');
    const root = shadowOf(widget);
    const section = root.querySelector<HTMLElement>('.collab-overview');
    expect(section && getComputedStyle(section).paddingTop).toBe('16px');
    const heading = root.querySelector<HTMLElement>('h2');
    expect(heading?.textContent).toBe('Samarbeten');
    expect(heading?.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    expect(section?.getAttribute('aria-labelledby')).toBe(heading?.id);
    const visible = [...root.querySelectorAll<HTMLElement>('h2, h3, [role="tab"]')].filter(
      (element) =>
        element.textContent?.trim() === 'Samarbeten' && element.getBoundingClientRect().height > 1,
    );
    expect(visible.length).toBe(1);
  });
});
