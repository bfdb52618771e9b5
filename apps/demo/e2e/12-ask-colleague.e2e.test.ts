import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openMail, useDemo } from './support/demo.js';

const demo = useDemo();

describe('given an employee with standard rights (Sara Nilsson) and a customer with an account', () => {
  it('she prepares the invitation and asks Anna Lindqvist, who opens the e-mail’s link and sends it', async () => {
    // Sara is told at the start that she can prepare it and ask a colleague.
    const agency = await demo.open('/customers', { as: 'Sara Nilsson' });
    await agency.getByRole('searchbox', { name: 'Search customers' }).fill('Nordisk');
    await agency.getByRole('link', { name: 'Nordisk Designstudio AB' }).click();
    const widget = agency.locator('collab-invite-dialog');
    await widget.getByRole('button', { name: 'Activate' }).click();
    const dialog = widget.getByRole('dialog');
    await expect
      .poll(() => dialog.getByRole('status').allTextContents())
      .toContain('You can prepare the invitation and ask a colleague with full rights to send it.');
    await dialog.getByRole('checkbox', { name: /^eEkonomi/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /^Bokföring/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog
      .getByLabel('Colleague with full rights', { exact: true })
      .selectOption({ label: 'Anna Lindqvist' });
    await dialog.getByLabel('Message to your colleague (optional)').fill('Viktor väntar på den.');
    await expectNoAxeViolations(agency, 'the invite dialog, asking a colleague');
    await dialog.getByRole('button', { name: 'Ask a colleague to send it' }).click();
    await dialog.getByRole('heading', { name: 'The request has been sent' }).waitFor();

    // Anna gets the e-mail, in Swedish, with a link to Byrådesk.
    const subject =
      'Sara Nilsson på Redovisningsbyrån Norrsken AB ber dig skicka en inbjudan till Nordisk Designstudio AB';
    const asked = await demo.server.mailTo('Anna Lindqvist', subject);
    expect(asked.text).toContain('Viktor väntar på den.');
    const colleague = await demo.open('/mailbox', { as: 'Anna Lindqvist' });
    const mail = await openMail(colleague, demo.server, 'Anna Lindqvist', subject);
    await mail.getByRole('link', { name: /activationRequest=/ }).click();

    // The link opens the customer's page, where the dialog shows the prepared invitation.
    await colleague.waitForURL(/\/customer\?id=.*activationRequest=/);
    const colleagueWidget = colleague.locator('collab-invite-dialog');
    await colleagueWidget.getByRole('button', { name: 'Activate' }).click();
    const review = colleagueWidget.getByRole('dialog');
    await review.getByRole('heading', { name: 'Review and confirm' }).waitFor();
    await expect
      .poll(() => review.textContent())
      .toContain('Sara Nilsson prepared this invitation and asks you to send it.');
    await expectNoAxeViolations(colleague, 'the prepared invitation at its review');
    await review.getByRole('button', { name: 'Send invitation' }).click();
    await review.getByRole('heading', { name: 'The invitation has been sent' }).waitFor();

    // The company's admins are invited, as by any activation.
    await demo.server.mailTo('Viktor Roos', 'bjuder in Nordisk Designstudio AB till ett samarbete');
  });
});
