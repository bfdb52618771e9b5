import { describe, it } from 'vitest';
import { expectNoAxeViolations, overviewIn, showCustomer, useDemo } from './support/demo.js';

const demo = useDemo();

describe('given collaborations imported from the old system, not linked yet', () => {
  it('a full employee links one to a service and a task', async () => {
    const page = await demo.open('/settings/customer/collaborations', { as: 'Anna Lindqvist' });
    const overview = overviewIn(page);
    await overview.getByRole('combobox', { name: 'Linking' }).selectOption({ label: 'Unlinked' });
    await showCustomer(overview, 'Älvdalens Fiskevårdsförening ek. för.');
    const row = overview.getByRole('listitem').filter({ hasText: 'Byråstöd Bokföring' }).last();
    await row.waitFor();
    await expectNoAxeViolations(page, 'the unlinked collaborations');
    await row.getByRole('button', { name: 'Link' }).click();
    const dialog = overview.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^eEkonomi/ }).check();
    await dialog.getByRole('radio', { name: /^Bokföring/ }).check();
    await expectNoAxeViolations(page, 'the link dialog');
    await dialog.getByRole('button', { name: /^Link/ }).last().click();
    await overview
      .getByText('The collaboration with Älvdalens Fiskevårdsförening ek. för. is linked.')
      .waitFor();

    await overview.getByRole('combobox', { name: 'Linking' }).selectOption({ label: 'Linked' });
    await overview
      .getByRole('heading', { name: /^eEkonomi/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'the linked collaboration');
  });
});
