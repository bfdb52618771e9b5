import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openMail, useDemo } from './support/demo.js';

const demo = useDemo();

describe('given a customer without an account (Kiruna Guideturer AB)', () => {
  it('a full employee activates eEkonomi and Scanner: both active at once, the sign-in e-mail sent, the task’s staff with access', async () => {
    const page = await demo.open('/customers', { as: 'Anna Lindqvist' });
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('Kiruna');
    await page.getByRole('link', { name: 'Kiruna Guideturer AB' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kiruna Guideturer AB' }).waitFor();
    await expectNoAxeViolations(page, 'the customer page');

    const widget = page.locator('collab-invite-dialog');
    await widget.getByRole('button', { name: 'Activate' }).click();
    const dialog = widget.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /^eEkonomi/ }).check();
    await dialog.getByRole('checkbox', { name: /^Scanner/ }).check();
    await expectNoAxeViolations(page, 'the invite dialog, services');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /^Bokföring/ }).check();
    await expect.poll(() => dialog.textContent()).toContain('Emily Carter');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => dialog.textContent()).toContain('The collaboration is active at once');
    await expectNoAxeViolations(page, 'the invite dialog, review');
    await dialog.getByRole('button', { name: 'Activate' }).click();
    await dialog.getByRole('heading', { name: 'The collaboration is active' }).waitFor();
    await expect
      .poll(() => dialog.textContent())
      .toContain('gets an email with sign-in instructions for eEkonomi and Scanner.');
    await expectNoAxeViolations(page, 'the invite dialog, result');
    await dialog.getByRole('button', { name: 'Close' }).first().click();

    // Both active at once, on the customer's Collaborations tab.
    await page.getByRole('tab', { name: 'Collaborations' }).click();
    const overview = page.locator('collab-collaborations');
    await overview.getByRole('heading', { name: 'eEkonomi Active' }).waitFor();
    await overview.getByRole('heading', { name: 'Scanner Active' }).waitFor();
    await overview.getByRole('button', { name: 'Active 2' }).waitFor();
    await expectNoAxeViolations(page, 'the customer’s collaborations');

    // The sign-in e-mail, in the mailbox.
    const mail = await openMail(
      page,
      demo.server,
      'Niklas Lantto',
      'har startat ett samarbete med Kiruna Guideturer AB',
    );
    await expect.poll(() => mail.textContent()).toContain('Niklas Lantto <');
    await expectNoAxeViolations(page, 'the mailbox');

    // The task's participants under "who has access", as the company's new admin sees it.
    const portal = await demo.open('/portal', { as: 'Niklas Lantto' });
    const view = portal.locator('collab-customer-collaborations');
    const access = view.getByRole('region', { name: /who has access/i });
    await expect.poll(() => access.ariaSnapshot()).toContain('Erik Johansson');
    await expect.poll(() => access.ariaSnapshot()).toContain('Emily Carter');
    await expectNoAxeViolations(portal, 'the customer portal');
  });
});
