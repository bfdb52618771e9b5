import { describe, expect, it } from 'vitest';
import { acceptLink, expectNoAxeViolations, useDemo } from './support/demo.js';
import { activateThroughApi } from './support/setup.js';

const demo = useDemo();

describe('given an invitation to Tekniklyftet Sverige AB', () => {
  it('a user who is not an admin sees the admins masked and cannot accept', async () => {
    await activateThroughApi(demo.server, {
      employee: 'Anna Lindqvist',
      customer: 'Tekniklyftet Sverige AB',
      task: 'Bokföring',
      services: ['scanner'],
    });
    const invitation = await demo.server.mailTo('Maja Björk', 'Tekniklyftet Sverige AB');
    const page = await demo.open(acceptLink(invitation), { as: 'Leo Sandberg' });
    const accept = page.locator('collab-accept-invitation');
    await accept.getByRole('heading', { name: 'Only an administrator can answer' }).waitFor();
    const admins = accept.getByRole('list').filter({ hasText: 'Maja Björk' });
    await admins.waitFor();
    const listed = await admins.ariaSnapshot();
    for (const admin of ['Oliver Grant', 'Maja Björk']) {
      const { email } = await demo.server.user(admin);
      expect(listed).toContain(admin);
      expect(listed).not.toContain(email);
    }
    expect(listed).toMatch(/\*|•|…/);
    await expect
      .poll(() => accept.getByRole('button', { name: 'Accept', exact: true }).count())
      .toBe(0);
    await expectNoAxeViolations(page, 'the accept page for a user who is not an admin');
  });

  it('a user of another company is told it is the wrong company', async () => {
    const invitation = await demo.server.mailTo('Maja Björk', 'Tekniklyftet Sverige AB');
    const page = await demo.open(acceptLink(invitation), { as: 'Lena Forsberg' });
    const accept = page.locator('collab-accept-invitation');
    await accept.getByRole('heading', { name: 'You are signed in for another company' }).waitFor();
    await expect
      .poll(() => accept.getByRole('button', { name: 'Accept', exact: true }).count())
      .toBe(0);
    await expectNoAxeViolations(page, 'the accept page for the wrong company');
  });
});
