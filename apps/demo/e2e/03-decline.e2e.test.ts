import { describe, it } from 'vitest';
import {
  acceptLink,
  collaborationRow,
  expectNoAxeViolations,
  overviewIn,
  showCustomer,
  useDemo,
} from './support/demo.js';
import { activateThroughApi } from './support/setup.js';

const demo = useDemo();

describe('given an invitation to Bygg & Fog Norr AB', () => {
  it('an admin declines with a reason; the agency sees Declined and the reason', async () => {
    await activateThroughApi(demo.server, {
      employee: 'Anna Lindqvist',
      customer: 'Bygg & Fog Norr AB',
      task: 'Bokföring',
      services: ['eekonomi'],
    });
    const invitation = await demo.server.mailTo('Tomas Hedlund', 'bjuder in Bygg & Fog Norr AB');
    const page = await demo.open(acceptLink(invitation), { as: 'Tomas Hedlund' });
    const accept = page.locator('collab-accept-invitation');
    await accept.getByRole('button', { name: 'Decline', exact: true }).click();
    await accept
      .getByRole('textbox', { name: /Reason/ })
      .fill('We keep the books ourselves this year.');
    await expectNoAxeViolations(page, 'the decline form');
    await accept.getByRole('button', { name: 'Decline invitation' }).click();
    await accept.getByRole('heading', { name: 'You have declined the invitation' }).waitFor();
    await accept.getByText('We keep the books ourselves this year.').waitFor();
    await expectNoAxeViolations(page, 'the accept page, declined');

    const agency = await demo.open('/settings/customer/collaborations', { as: 'Anna Lindqvist' });
    const overview = overviewIn(agency);
    await showCustomer(overview, 'Bygg & Fog Norr AB');
    const row = collaborationRow(overview, 'eEkonomi Declined');
    await row.waitFor();
    await row
      .getByText('The customer’s reason: “We keep the books ourselves this year.”')
      .waitFor();
    await expectNoAxeViolations(agency, 'the overview with the declined collaboration');
    // The history has it too, with who declined and when.
    await row.getByRole('button', { name: 'History' }).click();
    await overview.getByText('We keep the books ourselves this year.').first().waitFor();
    await expectNoAxeViolations(agency, 'the overview with the declined collaboration’s history');
  });
});
