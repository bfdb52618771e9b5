import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, overviewIn, showCustomer, useDemo } from './support/demo.js';

const demo = useDemo();

/*
 * Flow 6 against the real server: two earlier collaborations linked at once (`collaborations.linkMany`), and a file imported in the Import tab with its
 * errors downloaded as CSV, formulas made plain text.
 */

describe('given earlier collaborations from the old system', () => {
  it('a full employee links two at once', async () => {
    const page = await demo.open('/settings/customer/collaborations', { as: 'Anna Lindqvist' });
    const overview = overviewIn(page);
    await overview.getByRole('combobox', { name: 'Linking' }).selectOption({ label: 'Unlinked' });

    await showCustomer(overview, 'Nordisk Designstudio AB');
    await overview
      .getByRole('checkbox', { name: 'Select Byråstöd Bokföring for Nordisk Designstudio AB' })
      .check();
    await overview
      .getByRole('checkbox', { name: 'Select Byråstöd Bokslut for Nordisk Designstudio AB' })
      .check();
    await overview.getByText('2 earlier collaborations selected').waitFor();
    await overview.getByRole('button', { name: 'Link selected' }).click();
    const dialog = overview.getByRole('dialog', { name: 'Link earlier collaborations' });
    const service = (name: string) =>
      dialog.getByRole('combobox', { name: `Service for “${name}”, Nordisk Designstudio AB` });
    const task = (name: string) =>
      dialog.getByRole('combobox', { name: `Task for “${name}”, Nordisk Designstudio AB` });
    await expect.poll(() => service('Byråstöd Bokföring').inputValue()).toBe('eekonomi');
    await expect.poll(() => service('Byråstöd Bokslut').inputValue()).toBe('skatt_bokslut_pro');
    await task('Byråstöd Bokföring').selectOption({ label: 'Bokföring' });
    await task('Byråstöd Bokslut').selectOption({ label: 'Bokslut 2025' });
    await expectNoAxeViolations(page, 'the review of the earlier collaborations');
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();

    await dialog.getByRole('heading', { name: 'Result' }).waitFor();
    await dialog.getByText('2 linked, 0 not linked.').first().waitFor();
    // The company has an account with admins: each link invites it (flow 6).
    await dialog.getByText('Linked to eEkonomi. The company has been invited.').waitFor();
    await dialog
      .getByText('Linked to Skatt & Bokslut Pro. The company has been invited.')
      .waitFor();
    await expectNoAxeViolations(page, 'the result per row');
  });

  it('a full employee imports a file and downloads its errors', async () => {
    const page = await demo.open('/settings/customer/collaborations', { as: 'Anna Lindqvist' });
    const overview = overviewIn(page);
    await overview.getByRole('tab', { name: 'Import' }).click();
    await overview.getByRole('heading', { name: 'Import earlier collaborations' }).waitFor();
    const csv = [
      'organisationsnummer;kundnamn;tjänst;startdatum',
      '556036-0793;Ägarbolaget AB;Byråstöd Bokföring;2024-01-01',
      "=cmd|' /C calc'!A0;Elak AB;Bokföring;2024-01-01",
      '',
    ].join('\n');
    await overview
      .getByLabel('CSV file')
      .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await overview.getByText(/Chosen file: export\.csv/).waitFor();
    await overview.getByRole('button', { name: 'Import', exact: true }).click();
    await overview.getByRole('heading', { name: 'The import is done' }).waitFor();
    await overview.getByText('1 imported, 0 already there, 1 with errors.').waitFor();
    await expectNoAxeViolations(page, 'the import result');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      overview.getByRole('button', { name: 'Download the errors (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('import-errors.csv');
    const path = await download.path();
    const errors = await readFile(path, 'utf8');
    expect(errors).toMatch(
      /^\uFEFF"Row","Organisation number","Reason"\r\n"3","'=cmd\|' \/C calc'!A0",/,
    );
  });
});
