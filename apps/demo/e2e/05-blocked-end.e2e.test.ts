import { describe, expect, it } from 'vitest';
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
    const blocked = overview.getByRole('dialog');
    await blocked.getByRole('heading', { name: 'Cannot be ended yet' }).waitFor();
    await blocked.getByText('eEkonomi cannot be ended while Scanner is still in use').waitFor();
    await blocked.getByText('End Scanner first.').waitFor();
    await expect
      .poll(() => blocked.getByRole('button', { name: 'End the collaboration' }).count())
      .toBe(0);
    await expectNoAxeViolations(page, 'ending eEkonomi, blocked by Scanner');
    await page.keyboard.press('Escape');
    await expect.poll(() => blocked.count()).toBe(0);

    const end = async (service: string) => {
      await row(`${service} Active`).getByRole('button', { name: 'End' }).click();
      const dialog = overview.getByRole('dialog');
      await dialog.getByRole('heading', { name: `End ${service}` }).waitFor();
      await expectNoAxeViolations(page, `ending ${service}`);
      await dialog.getByRole('button', { name: 'End the collaboration' }).click();
      await dialog.getByRole('heading', { name: 'The collaboration has ended' }).waitFor();
      await page.keyboard.press('Escape');
      await row(`${service} Ended`).waitFor();
    };
    await end('Scanner');
    await end('eEkonomi');
    await expectNoAxeViolations(page, 'both ended');
  });
});
