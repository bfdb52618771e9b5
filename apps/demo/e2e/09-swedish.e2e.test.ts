import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { acceptLink, expectNoAxeViolations, overviewIn, useDemo } from './support/demo.js';
import { activateThroughApi } from './support/setup.js';

const demo = useDemo();

/** Words of the English interface that must not show up anywhere in the Swedish one. */
const english =
  /\b(Customers|Collaborations|Settings|Loading|Active|Invite|Sign in|Accept|Decline|Next|Service|Task|Mailbox|Switch user|Search|Paid by|Details)\b/;

async function expectSwedish(page: Page, scope: Locator, state: string): Promise<void> {
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
  const snapshot = await scope.ariaSnapshot();
  expect(snapshot.match(english)?.[0], `English on ${state}:\n${snapshot}`).toBeUndefined();
  await expectNoAxeViolations(page, state);
}

describe('given the Swedish locale', () => {
  it('the host and every widget view speak Swedish throughout', async () => {
    const page = await demo.open('/customers', { as: 'Anna Lindqvist', locale: 'sv' });
    await page.getByRole('heading', { level: 1, name: 'Kunder' }).waitFor();
    await page.getByRole('searchbox', { name: 'Sök kund' }).fill('Fjällbäckens');
    await expectSwedish(page, page.locator('body'), 'the customer list');

    await page.getByRole('link', { name: 'Fjällbäckens Bageri AB' }).click();
    await page.getByRole('tab', { name: 'Samarbeten' }).click();
    const overview = page.locator('collab-collaborations');
    await overview.getByRole('heading', { name: 'eEkonomi Aktiv' }).waitFor();
    await expectSwedish(page, page.locator('body'), 'the customer page');

    const invite = page.locator('collab-invite-dialog');
    await invite.getByRole('button', { name: 'Aktivera' }).click();
    const dialog = invite.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Välj tjänster' }).waitFor();
    await expectSwedish(page, dialog, 'the invite dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Inställningar' }).click();
    await overviewIn(page)
      .getByRole('tab', { name: /^Skickade förfrågningar/ })
      .waitFor();
    await expectSwedish(page, page.locator('body'), 'the overview (React)');

    await page.getByRole('link', { name: 'E-postlåda' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-postlåda' }).waitFor();
    await expectSwedish(page, page.locator('body'), 'the mailbox');

    await activateThroughApi(demo.server, {
      employee: 'Karin Holm',
      customer: 'Lilla Tryckeriet HB',
      task: 'Bokslut 2025',
      services: ['eekonomi'],
    });
    const invitation = await demo.server.mailTo('Sanna Berglund', 'bjuder in Lilla Tryckeriet HB');
    const customer = await demo.open(acceptLink(invitation), {
      as: 'Sanna Berglund',
      locale: 'sv',
    });
    const accept = customer.locator('collab-accept-invitation');
    await accept
      .getByRole('heading', { name: 'Inbjudan från Siffra & Balans Redovisning' })
      .waitFor();
    await expectSwedish(customer, customer.locator('body'), 'the accept page');

    await customer.getByRole('link', { name: 'Mina samarbeten' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Mina samarbeten' }).waitFor();
    await customer.locator('collab-customer-collaborations').getByRole('heading').first().waitFor();
    await expectSwedish(customer, customer.locator('body'), 'the customer portal');
  });

  it('the language switch changes the host and the widget in place', async () => {
    const page = await demo.open('/portal', { as: 'Lena Forsberg', locale: 'sv' });
    await page.getByRole('heading', { level: 1, name: 'Mina samarbeten' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My collaborations' }).waitFor();
    await expect
      .poll(() => page.locator('collab-customer-collaborations').getAttribute('locale'))
      .toBe('en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina samarbeten' }).waitFor();
    await expect
      .poll(() => page.locator('collab-customer-collaborations').getAttribute('locale'))
      .toBe('sv');
  });
});
