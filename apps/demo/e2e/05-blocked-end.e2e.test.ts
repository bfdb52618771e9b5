import { describe, it } from 'vitest';
import { collaborationRow, expectNoAxeViolations, overviewIn, useDemo } from './support/demo.js';
import { activateThroughApi } from './support/setup.js';

const demo = useDemo();

describe('given eEkonomi and Scanner active for Strömmens Städservice AB', () => {
  it('ending eEkonomi is refused while Scanner is active; ending Scanner, then eEkonomi, works', async () => {
    await activateThroughApi(demo.server, {
      employee: 'Erik Johansson',
      customer: 'Strömmens Städservice AB',
      task: 'Bokföring',
      services: ['eekonomi', 'scanner'],
    });
    const page = await demo.open('/customers', { as: 'Anna Lindqvist' });
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('Strömmens');
    await page.getByRole('link', { name: 'Strömmens Städservice AB' }).click();
    await page.getByRole('tab', { name: 'Collaborations' }).click();
    const overview = overviewIn(page);
    const row = (heading: string) => collaborationRow(overview, heading);

    await row('eEkonomi Active').getByRole('button', { name: 'End' }).click();
    const endEekonomi = overview.getByRole('dialog');
    await endEekonomi
      .getByText(/Scanner/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'ending eEkonomi, blocked by Scanner');
    await page.keyboard.press('Escape');

    await row('Scanner Active').getByRole('button', { name: 'End' }).click();
    const endScanner = overview.getByRole('dialog');
    await expectNoAxeViolations(page, 'ending Scanner');
    await endScanner.getByRole('button', { name: /^End/ }).last().click();
    await row('Scanner Ended').waitFor();

    await row('eEkonomi Active').getByRole('button', { name: 'End' }).click();
    await overview.getByRole('dialog').getByRole('button', { name: /^End/ }).last().click();
    await row('eEkonomi Ended').waitFor();
    await expectNoAxeViolations(page, 'both ended');
  });
});
