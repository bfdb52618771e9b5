import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  openMail,
  overviewIn,
  showCustomer,
  useDemo,
} from './support/demo.js';

const demo = useDemo();

describe('given a customer with an account and two admins (Nordisk Designstudio AB)', () => {
  it('every admin gets the invitation; one opens the link, signs in, accepts; the agency sees Active and the admins are told', async () => {
    // The agency invites, from the customer's page.
    const agency = await demo.open('/customers', { as: 'Anna Lindqvist' });
    await agency.getByRole('searchbox', { name: 'Search customers' }).fill('Nordisk');
    await agency.getByRole('link', { name: 'Nordisk Designstudio AB' }).click();
    const widget = agency.locator('collab-invite-dialog');
    await widget.getByRole('button', { name: 'Activate' }).click();
    const dialog = widget.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /^eEkonomi/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /^Bokföring/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => dialog.textContent()).toContain('2 administrators');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.getByRole('heading', { name: 'The invitation has been sent' }).waitFor();
    await expectNoAxeViolations(agency, 'the invite dialog, invited');

    // The invitation reaches every admin.
    const subject = 'bjuder in Nordisk Designstudio AB till ett samarbete';
    await demo.server.mailTo('Amanda Lind', subject);
    const customer = await demo.open('/mailbox');
    const mail = await openMail(customer, demo.server, 'Viktor Roos', subject);
    await expectNoAxeViolations(customer, 'the mailbox with the invitation');

    // Signed out, the link asks to sign in; the demo's sign-in picks a customer user and comes back.
    await mail.getByRole('link', { name: /\/accept\?token=/ }).click();
    const accept = customer.locator('collab-accept-invitation');
    await accept.getByRole('heading', { name: 'Sign in to answer the invitation' }).waitFor();
    await expectNoAxeViolations(customer, 'the accept page, signed out');
    await accept.getByRole('button', { name: 'Sign in to accept' }).click();
    await customer.waitForURL(/\/sign-in\?return=/);
    await expectNoAxeViolations(customer, 'the sign-in page');
    await customer.getByRole('searchbox').fill('Viktor');
    await customer.getByRole('button', { name: /^Viktor Roos/ }).click();
    await customer.waitForURL(/\/accept\?token=/);
    await accept
      .getByRole('heading', { name: 'Invitation from Redovisningsbyrån Norrsken AB' })
      .waitFor();
    await expectNoAxeViolations(customer, 'the accept page, signed in as an admin');
    await accept.getByRole('button', { name: 'Accept', exact: true }).click();
    await accept.getByRole('heading', { name: 'The collaboration has started' }).waitFor();
    await expectNoAxeViolations(customer, 'the accept page, accepted');

    // The agency's overview shows it Active.
    await agency.goto(`${demo.server.url}/settings/customer/collaborations`);
    const overview = overviewIn(agency);
    await showCustomer(overview, 'Nordisk Designstudio AB');
    await overview.getByRole('heading', { name: 'eEkonomi Active' }).waitFor();
    await expectNoAxeViolations(agency, 'the overview');

    // Both admins are told that the company now has access.
    for (const admin of ['Viktor Roos', 'Amanda Lind']) {
      const told = await demo.server.mailTo(
        admin,
        'Samarbetet med Redovisningsbyrån Norrsken AB har börjat',
      );
      expect(told.text).toContain('Nordisk Designstudio AB har nu tillgång');
    }
    const hasAccess = await openMail(customer, demo.server, 'Amanda Lind', 'har börjat');
    await expect.poll(() => hasAccess.textContent()).toContain('har nu tillgång');
  });
});
