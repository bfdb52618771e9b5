import { describe, expect, it } from 'vitest';
import { acceptLink, expectNoAxeViolations, overviewIn, useDemo } from './support/demo.js';
import { activateThroughApi } from './support/setup.js';

const demo = useDemo();

describe('given an invitation to Fjällbäckens Bageri AB that is sent again', () => {
  it('the old link says it was replaced by a newer invitation, and the new link works', async () => {
    await activateThroughApi(demo.server, {
      employee: 'Anna Lindqvist',
      customer: 'Fjällbäckens Bageri AB',
      task: 'Bokslut 2025',
      services: ['skatt_bokslut_pro'],
    });
    const subject = 'bjuder in Fjällbäckens Bageri AB';
    const first = await demo.server.mailTo('Lena Forsberg', subject);
    const oldLink = acceptLink(first);

    const agency = await demo.open('/settings/customer/collaborations', { as: 'Anna Lindqvist' });
    const overview = overviewIn(agency);
    await overview.getByRole('tab', { name: /^Sent requests/ }).click();
    const request = overview
      .getByRole('listitem')
      .filter({ hasText: 'Fjällbäckens Bageri AB' })
      .filter({ hasText: 'Skatt & Bokslut Pro' });
    await expectNoAxeViolations(agency, 'the sent requests');
    await request.getByRole('button', { name: 'Resend' }).click();
    await overview
      .getByText('The invitation to Fjällbäckens Bageri AB has been sent again.', { exact: false })
      .waitFor();
    await expectNoAxeViolations(agency, 'the sent requests after resending');

    await expect
      .poll(
        async () =>
          (await demo.server.mailbox()).filter((mail) => mail.subject.includes(subject)).length,
      )
      .toBe(2);
    const second = await demo.server.mailTo('Lena Forsberg', subject);
    const newLink = acceptLink(second);
    expect(newLink).not.toBe(oldLink);

    const customer = await demo.open(oldLink, { as: 'Lena Forsberg' });
    const accept = customer.locator('collab-accept-invitation');
    await accept.getByRole('heading', { name: 'This link has been replaced' }).waitFor();
    await accept
      .getByText(/newer invitation/)
      .first()
      .waitFor();
    await expect
      .poll(() => accept.getByRole('button', { name: 'Accept', exact: true }).count())
      .toBe(0);
    await expectNoAxeViolations(customer, 'the old link');

    await customer.goto(newLink);
    await accept.getByRole('button', { name: 'Accept', exact: true }).click();
    await accept.getByRole('heading', { name: 'The collaboration has started' }).waitFor();
    await expectNoAxeViolations(customer, 'the new link, accepted');
  });
});
