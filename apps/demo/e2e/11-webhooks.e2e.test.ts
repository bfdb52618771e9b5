import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useDemo } from './support/demo.js';
import { activateThroughApi } from './support/setup.js';

/**
 * Byrådesk's Webhooks page shows what Collab's webhooks brought to its backend, verified on
 * the raw body (apps/server/src/demo-host/byradesk-webhooks.ts, docs/webhooks.md).
 */
const demo = useDemo();

describe('given the Webhooks page of the demo host app', () => {
  it('explains how to make one arrive, then shows a verified row after an invitation', async () => {
    const page = await demo.open('/webhooks');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Webhooks');
    const empty = page.getByRole('heading', { level: 2, name: 'No webhooks yet' });
    await expect.poll(() => empty.isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'the Webhooks page, empty');

    await activateThroughApi(demo.server, {
      employee: 'Anna Lindqvist',
      customer: 'Fjällbäckens Bageri AB',
      task: 'Bokslut 2025',
      services: ['skatt_bokslut_pro'],
    });

    // The page polls by itself; the live region tells that something arrived.
    const table = page.getByRole('table', { name: 'Webhooks received, newest first' });
    const invited = table.getByRole('row').filter({ hasText: 'collaboration.invited' });
    await expect.poll(() => invited.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => invited.getByRole('cell').nth(2).textContent()).toBe('✓ Verified');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'arrived' }).count())
      .toBe(1);
    await expect.poll(() => invited.textContent()).toContain('Fjällbäckens Bageri AB');

    // The payload opens from the keyboard.
    await invited.getByText('Show the payload').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => invited.locator('pre').textContent())
      .toContain('"type": "collaboration.invited"');
    await expectNoAxeViolations(page, 'the Webhooks page with a verified row');
  });
});
