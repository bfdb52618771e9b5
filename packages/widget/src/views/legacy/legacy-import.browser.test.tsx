import type { RouterOutputs } from '@collab/api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  FakeApiError,
  type FakeApiHandlers,
  FakeNoAnswer,
  fullRightsEmployee,
} from '../../test-support/fake-api.js';
import { standardEmployee } from '../../test-support/fixtures/collaboration-actions.js';
import { listCollaborationsOf } from '../../test-support/fixtures/collaborations.js';
import {
  expectNoAxeViolations,
  mountOverview,
  shadowOf,
  useApi,
} from '../collaborations/overview-test-support.js';

/*
 * Flow 6, the old system's file: the overview's Import tab (full rights only), a file chosen
 * or dropped, checked in the browser for size and encoding, a row per line of the result, and
 * the errors downloaded as CSV with formulas made plain text. Keyboard only where a person
 * can use the keyboard (the browser's own file chooser is the browser's).
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

type ImportAnswer = RouterOutputs['collaborations']['importLegacy'];

const hostileOrgNumber = "=cmd|' /C calc'!A0";

const answer: ImportAnswer = {
  total: 3,
  created: 1,
  skipped: 1,
  failed: 1,
  rows: [
    { row: 2, orgNumber: '556036-0793', outcome: 'created', collaborationId: crypto.randomUUID() },
    {
      row: 3,
      orgNumber: '556036-0793',
      outcome: 'skipped_duplicate',
      collaborationId: crypto.randomUUID(),
    },
    {
      row: 4,
      orgNumber: hostileOrgNumber,
      outcome: 'error',
      error: {
        code: 'ORG_NUMBER_INVALID_CHARACTERS',
        message: 'Organisationsnumret får bara innehålla siffror och bindestreck.',
      },
    },
  ],
};

const goodCsv =
  'organisationsnummer;kundnamn;tjänst;startdatum\n556036-0793;Ägarbolaget AB;Bokföring;2024-01-01\n';

function useImportApi(
  options: {
    session?: typeof standardEmployee;
    importLegacy?: FakeApiHandlers['collaborations.importLegacy'];
  } = {},
) {
  const imports: string[] = [];
  useApi({
    'session.me': () => options.session ?? fullRightsEmployee,
    'collaborations.list': (input) => listCollaborationsOf([], input),
    'collaborations.filterOptions': () => ({ taskNames: [], taskOwners: [], accountManagers: [] }),
    'collaborations.importLegacy': (input) => {
      imports.push(input.csv);
      return options.importLegacy ? options.importLegacy(input) : answer;
    },
  });
  return imports;
}

async function tabTo(widget: HTMLElement, target: () => Element | null | undefined) {
  for (let step = 0; step < 40; step += 1) {
    if (shadowOf(widget).activeElement === target()) return;
    await userEvent.tab();
  }
  throw new Error('Tab never reached the element');
}

/** To the Import tab with the keyboard: into the tab list, then End. */
async function openImportTab(widget: HTMLElement, tabName = 'Importera') {
  const firstTab = page
    .getByRole('tab', { name: 'Samarbeten' })
    .or(page.getByRole('tab', { name: 'Collaborations' }));
  await expect.element(page.getByRole('tab', { name: tabName })).toBeVisible();
  await tabTo(widget, () => firstTab.element());
  await userEvent.keyboard('{End}');
  await expect
    .element(page.getByRole('tab', { name: tabName }))
    .toHaveAttribute('aria-selected', 'true');
}

/** The Import button, pressed with Enter. */
async function pressImport(widget: HTMLElement) {
  const start = page.getByRole('button', { name: 'Importera', exact: true });
  await tabTo(widget, () => start.element());
  await userEvent.keyboard('{Enter}');
}

describe('given a full-rights employee and the old system’s file', () => {
  it('imports it, shows a row per line, and downloads the errors with formulas made plain text', {
    timeout: 60_000,
  }, async () => {
    const imports = useImportApi();
    const widget = mountOverview();
    await openImportTab(widget);
    const panel = page.getByRole('tabpanel');
    await expect
      .element(panel.getByRole('heading', { name: 'Importera tidigare samarbeten' }))
      .toBeVisible();
    expect(panel.element().textContent).toContain('Högst 5 MB och 50 000 rader per fil.');
    await expectNoAxeViolations(widget);

    const input = page.getByLabelText('CSV-fil');
    await tabTo(widget, () => input.element());
    await userEvent.upload(input, new File([goodCsv], 'export.csv', { type: 'text/csv' }));
    await expect.element(page.getByText(/Vald fil: export\.csv/)).toBeVisible();

    const start = page.getByRole('button', { name: 'Importera', exact: true });
    await tabTo(widget, () => start.element());
    await userEvent.keyboard('{Enter}');
    const done = page.getByRole('heading', { name: 'Importen är klar' });
    await expect.element(done).toBeVisible();
    expect(shadowOf(widget).activeElement).toBe(done.element());
    expect(imports).toEqual([goodCsv]);
    const text = panel.element().textContent ?? '';
    expect(text).toContain('1 importerade, 1 fanns redan, 1 med fel.');
    const rows = [...shadowOf(widget).querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['2', '556036-0793', 'Importerad', ''],
      ['3', '556036-0793', 'Hoppades över', 'Finns redan.'],
      [
        '4',
        hostileOrgNumber,
        'Fel',
        'Organisationsnumret får bara innehålla siffror och bindestreck.',
      ],
    ]);
    await expectNoAxeViolations(widget);

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:import-errors';
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const download = page.getByRole('button', { name: 'Ladda ner felen (CSV)' });
    await tabTo(widget, () => download.element());
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('importfel.csv');
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv).toBe(
      '\uFEFF"Rad";"Organisationsnummer";"Orsak"\r\n' +
        `"4";"'=cmd|' /C calc'!A0";"Organisationsnumret får bara innehålla siffror och bindestreck."\r\n`,
    );

    // Another file: back to the empty form, with the focus on the file input.
    await tabTo(widget, () =>
      page.getByRole('button', { name: 'Importera en fil till' }).element(),
    );
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(shadowOf(widget).activeElement).toBe(input.element()));
    expect(panel.element().textContent).toContain('Ingen fil vald.');
  });

  it('says to choose a file first, and takes a dropped file', async () => {
    const imports = useImportApi();
    const widget = mountOverview();
    await openImportTab(widget);
    await userEvent.click(page.getByRole('button', { name: 'Importera', exact: true }));
    await expect.element(page.getByText('Välj en fil först.')).toBeVisible();
    const input = page.getByLabelText('CSV-fil');
    expect(shadowOf(widget).activeElement).toBe(input.element());
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(widget);
    expect(imports).toEqual([]);

    const zone = shadowOf(widget).querySelector('.collab-legacy-drop');
    const transfer = new DataTransfer();
    transfer.items.add(new File([goodCsv], 'släppt.csv', { type: 'text/csv' }));
    zone?.dispatchEvent(new DragEvent('dragover', { bubbles: true, dataTransfer: transfer }));
    await expect.element(page.getByRole('group')).toHaveAttribute('data-dragging', 'true');
    zone?.dispatchEvent(new DragEvent('drop', { bubbles: true, dataTransfer: transfer }));
    await expect.element(page.getByText(/Vald fil: släppt\.csv/)).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Importera', exact: true }));
    await expect.element(page.getByRole('heading', { name: 'Importen är klar' })).toBeVisible();
    expect(imports).toEqual([goodCsv]);
  });

  it('refuses a file over 5 MB before reading or sending it', async () => {
    const imports = useImportApi();
    const widget = mountOverview();
    await openImportTab(widget);
    // Chosen in the page: sending 5 MB through the test driver would take long.
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1).fill(65)], 'stor.csv');
    const input = page.getByLabelText('CSV-fil').element() as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(huge);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.element(page.getByText(/^Filen är 5 MB, men får vara högst 5 MB\./)).toBeVisible();
    await pressImport(widget);
    expect(imports).toEqual([]);
    await expectNoAxeViolations(widget);
  });

  it('refuses a file that is not UTF-8, in the server’s words, without sending it', async () => {
    const imports = useImportApi();
    const widget = mountOverview();
    await openImportTab(widget);
    // "Bokföring" saved as Latin-1: ö is the byte 0xF6, which is not UTF-8.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('organisationsnummer;kundnamn;tj'),
      0xe4,
      0x0a,
    ]);
    await userEvent.upload(page.getByLabelText('CSV-fil'), new File([latin1], 'latin1.csv'));
    await expect.element(page.getByText(/inte sparad som UTF-8/)).toBeVisible();
    await pressImport(widget);
    expect(imports).toEqual([]);
    await expectNoAxeViolations(widget);
  });

  it('shows the import running, and takes no second press meanwhile', async () => {
    const imports = useImportApi({
      importLegacy: () => {
        throw new FakeNoAnswer();
      },
    });
    const widget = mountOverview();
    await openImportTab(widget);
    await userEvent.upload(page.getByLabelText('CSV-fil'), new File([goodCsv], 'export.csv'));
    await expect.element(page.getByText(/Vald fil: export\.csv/)).toBeVisible();
    await pressImport(widget);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Importerar…' }))
      .toHaveTextContent('Importerar… Det kan ta en stund för en stor fil.');
    await expect
      .element(page.getByRole('button', { name: 'Importera', exact: true }))
      .toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(widget);
    await pressImport(widget);
    expect(imports).toHaveLength(1);
  });

  it('shows the server’s refusal of the whole file, with the way to fix it', async () => {
    useImportApi({
      importLegacy: () => {
        throw new FakeApiError('LEGACY_WRONG_COLUMNS', {
          expected: 'organisationsnummer;kundnamn;tjänst;startdatum',
        });
      },
    });
    const widget = mountOverview();
    await openImportTab(widget);
    await userEvent.upload(page.getByLabelText('CSV-fil'), new File([goodCsv], 'export.csv'));
    await expect.element(page.getByText(/Vald fil: export\.csv/)).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Importera', exact: true }));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(
        'Filen importerades inte: Filen har fel kolumner. Första raden ska vara: organisationsnummer;kundnamn;tjänst;startdatum.',
      );
    await expectNoAxeViolations(widget);
  });

  it('reads the same in English, in the dark theme', async () => {
    useImportApi();
    const widget = mountOverview({ locale: 'en', theme: 'dark' });
    await openImportTab(widget, 'Import');
    await expect
      .element(page.getByRole('heading', { name: 'Import earlier collaborations' }))
      .toBeVisible();
    await expectNoAxeViolations(widget);
    await userEvent.upload(page.getByLabelText('CSV file'), new File([goodCsv], 'export.csv'));
    await userEvent.click(page.getByRole('button', { name: 'Import', exact: true }));
    await expect.element(page.getByRole('heading', { name: 'The import is done' })).toBeVisible();
    expect(shadowOf(widget).textContent).toContain('1 imported, 1 already there, 1 with errors.');
    // The panel's new state; the tabs above it were checked in this theme before. (Over the
    // whole widget, axe takes the page's white for the transparent tabs' background here,
    // though the overview's dark section is under them.)
    const panel = shadowOf(widget).querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
    if (!panel) throw new Error('no panel');
    await expectNoAxeViolations(panel);
  });
});

describe('given an employee with standard rights', () => {
  it('offers no Import tab', async () => {
    useImportApi({ session: standardEmployee });
    const widget = mountOverview();
    await expect.element(page.getByRole('tab', { name: 'Samarbeten' })).toBeVisible();
    await vi.waitFor(() => expect(shadowOf(widget).textContent).toContain('Samarbeten'));
    expect(shadowOf(widget).querySelectorAll('[role="tab"]')).toHaveLength(2);
  });
});
