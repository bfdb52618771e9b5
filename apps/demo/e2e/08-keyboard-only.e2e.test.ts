import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useDemo } from './support/demo.js';

const demo = useDemo();

/** What has focus, looking through open shadow roots: its role, and its name or label. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return '';
    const label =
      element instanceof HTMLInputElement && element.labels?.[0]
        ? element.labels[0].textContent
        : (element.getAttribute('aria-label') ?? element.textContent);
    const role =
      element.getAttribute('role') ??
      (element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase());
    return `${role}: ${(label ?? '').replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab until the focused element matches; fails after `limit` presses. */
async function tabTo(page: Page, target: RegExp, limit = 40): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    const current = await focused(page);
    if (target.test(current)) return;
    seen.push(current);
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}. Focus went through:\n${seen.join('\n')}`);
}

describe('given only a keyboard', () => {
  it('a full employee finds a customer and completes an invite without the mouse', async () => {
    const page = await demo.open('/customers', { as: 'Anna Lindqvist' });
    await page.locator('tbody tr').first().waitFor();

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a: Skip to content');
    await page.keyboard.press('Enter');
    await tabTo(page, /^search: Search customers$/);
    await page.keyboard.type('Jonas Ekman');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await tabTo(page, /^a: Jonas Ekmans Snickeri$/);
    await Promise.all([page.waitForURL(/\/customer\?id=/), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: 'Jonas Ekmans Snickeri' }).waitFor();
    // The widget renders its button once its view is in (a lazy view, then session and
    // customer): a person sees the button before reaching for it, so the test waits too.
    await page.locator('collab-invite-dialog').getByRole('button', { name: 'Activate' }).waitFor();

    await tabTo(page, /^button: Activate$/);
    await page.keyboard.press('Enter');
    const dialog = page.locator('collab-invite-dialog').getByRole('dialog');
    await dialog.waitFor();
    await tabTo(page, /^checkbox: eEkonomi/);
    await page.keyboard.press('Space');
    await tabTo(page, /^button: Next$/);
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Choose the task' }).waitFor();
    await tabTo(page, /^radio: Bokföring/);
    await page.keyboard.press('Space');
    await tabTo(page, /^button: Next$/);
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Review and confirm' }).waitFor();
    await tabTo(page, /^button: Activate$/);
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'The collaboration is active' }).waitFor();
    await expectNoAxeViolations(page, 'the result, reached by keyboard');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await focused(page)).toBe('button: Activate');

    // And on to the customer's collaborations, still by keyboard.
    await tabTo(page, /^tab: Details$/);
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('tab: Collaborations');
    await page
      .locator('collab-collaborations')
      .getByRole('heading', { name: 'eEkonomi Active' })
      .waitFor();
  });
});
