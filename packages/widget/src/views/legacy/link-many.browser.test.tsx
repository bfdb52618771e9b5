import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  actionIds,
  actionTasks,
  standardEmployee,
} from '../../test-support/fixtures/collaboration-actions.js';
import { createLegacyWorld, legacyIds } from '../../test-support/fixtures/legacy.js';
import {
  expectNoAxeViolations,
  mountOverview,
  shadowOf,
  useApi,
} from '../collaborations/overview-test-support.js';

/*
 * Flow 6 in the overview: earlier collaborations marked when the catalog has no service for
 * them, selected with checkboxes, reviewed with the suggested services, linked in one call,
 * and a result per row. Keyboard only.
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const ids = legacyIds;

/** The legacy world behind `fetch`. */
function useOverviewWorld(options: Parameters<typeof createLegacyWorld>[0] = {}) {
  const world = createLegacyWorld(options);
  useApi(world.handlers);
  return { world, linkManyCalls: world.linkManyCalls };
}

function rowOf(widget: HTMLElement, id: string): HTMLElement {
  const row = shadowOf(widget).querySelector<HTMLElement>(`[data-collaboration-id="${id}"]`);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

/** Presses Tab until `target` has the focus (at most 60 times). */
async function tabTo(widget: HTMLElement, target: () => Element | null | undefined) {
  for (let step = 0; step < 60; step += 1) {
    const wanted = target();
    if (wanted && shadowOf(widget).activeElement === wanted) return;
    await userEvent.tab();
  }
  throw new Error('Tab never reached the element');
}

describe('given four earlier collaborations, one of them payroll', () => {
  // Many Tab presses, each a round trip to the browser: more time than the default on a busy machine.
  it('marks the payroll one, and links the others at once with the keyboard alone', {
    timeout: 60_000,
  }, async () => {
    const { world, linkManyCalls } = useOverviewWorld();
    const widget = mountOverview();
    const shadow = shadowOf(widget);
    await expect.element(page.getByText('Ingen motsvarande tjänst')).toBeVisible();
    const lon = rowOf(widget, ids.lon);
    expect(lon.textContent).toContain(
      'Det finns ingen tjänst i katalogen som motsvarar ”Lönehantering”, så det kan inte kopplas.',
    );
    expect(lon.querySelector('input[type="checkbox"]')).toBeNull();
    expect([...lon.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Historik',
    ]);
    expect(rowOf(widget, ids.bokforing).querySelector('button')?.textContent).toBe('Koppla');
    await expectNoAxeViolations(widget);

    // Select one with Space, then every one shown.
    await tabTo(widget, () => rowOf(widget, ids.bokforing).querySelector('input[type="checkbox"]'));
    await userEvent.keyboard(' ');
    await expect.element(page.getByText('1 tidigare samarbete valt')).toBeVisible();
    const selectAll = page.getByRole('button', { name: 'Välj alla tidigare samarbeten som visas' });
    (shadow.activeElement as HTMLElement | null)?.blur();
    await tabTo(widget, () => selectAll.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('3 tidigare samarbeten valda')).toBeVisible();
    await expectNoAxeViolations(widget);

    const linkSelected = page.getByRole('button', { name: 'Koppla valda' });
    await tabTo(widget, () => linkSelected.element());
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: 'Koppla tidigare samarbeten' });
    await expect.element(dialog).toBeVisible();
    const service = (name: string) =>
      dialog.getByRole('combobox', { name: `Tjänst för ”${name}”, Exempel AB` });
    const task = (name: string) =>
      dialog.getByRole('combobox', { name: `Uppdrag för ”${name}”, Exempel AB` });
    await expect.element(service('Byråstöd Bokföring')).toHaveValue('eekonomi');
    await expect
      .element(service('Byråstöd Bokföring'))
      .toHaveAccessibleDescription('Föreslagen utifrån namnet');
    await expect.element(service('Kvittohantering')).toHaveValue('scanner');
    await expect.element(service('Paket A')).toHaveValue('');
    await expectNoAxeViolations(widget);

    // Confirming with choices missing says so, at the first one.
    const confirm = dialog.getByRole('button', { name: 'Koppla', exact: true });
    await tabTo(widget, () => confirm.element());
    await userEvent.keyboard('{Enter}');
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent('3 samarbeten saknar tjänst eller uppdrag.');
    expect(shadow.activeElement).toBe(task('Byråstöd Bokföring').element());
    expect(linkManyCalls).toEqual([]);
    await expectNoAxeViolations(widget);

    // Tasks with the arrow keys; Paket A gets eEkonomi too, which the server refuses.
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(widget, () => task('Kvittohantering').element());
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(widget, () => service('Paket A').element());
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(widget, () => task('Paket A').element());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.element(task('Paket A')).toHaveValue(actionTasks.bokslut.id);
    await tabTo(widget, () => confirm.element());
    await userEvent.keyboard('{Enter}');

    const result = dialog.getByRole('heading', { name: 'Resultat' });
    await expect.element(result).toBeVisible();
    expect(shadow.activeElement).toBe(result.element());
    expect(linkManyCalls).toEqual([
      {
        links: [
          {
            collaborationId: ids.bokforing,
            taskId: actionTasks.bokforing.id,
            selection: {
              service: 'eekonomi',
              options: { variant: 'smart', invoiceRecipient: 'customer' },
            },
          },
          {
            collaborationId: ids.kvitto,
            taskId: actionTasks.bokforing.id,
            selection: { service: 'scanner', options: {} },
          },
          {
            collaborationId: ids.paket,
            taskId: actionTasks.bokslut.id,
            selection: {
              service: 'eekonomi',
              options: { variant: 'smart', invoiceRecipient: 'customer' },
            },
          },
        ],
      },
    ]);
    const resultText = dialog.element().textContent ?? '';
    expect(resultText).toContain('2 kopplade, 1 inte kopplade.');
    expect(resultText).toContain('Kopplat till eEkonomi i uppdraget Bokföring.');
    expect(resultText).toContain('Kopplat till Scanner i uppdraget Bokföring.');
    expect(resultText).toContain('Inte kopplat: eEkonomi är redan aktivt för kunden');
    expect(world.current(ids.bokforing).service).toBe('eekonomi');
    expect(world.current(ids.paket).service).toBeNull();
    await expectNoAxeViolations(widget);

    // Closed with Escape: the failed one stays selected, and the focus is back on the opener.
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByText('1 tidigare samarbete valt')).toBeVisible();
    await vi.waitFor(() => expect(shadow.activeElement).toBe(linkSelected.element()));
  });

  it('reads the same in English, in the dark theme', async () => {
    useOverviewWorld();
    const widget = mountOverview({ locale: 'en', theme: 'dark' });
    await expect.element(page.getByText('No matching service')).toBeVisible();
    await userEvent.click(
      page.getByRole('button', { name: 'Select all earlier collaborations shown' }),
    );
    await expect.element(page.getByText('3 earlier collaborations selected')).toBeVisible();
    await expectNoAxeViolations(widget);
    await userEvent.click(page.getByRole('button', { name: 'Link selected' }));
    const dialog = page.getByRole('dialog', { name: 'Link earlier collaborations' });
    await expect
      .element(
        dialog.getByRole('combobox', { name: 'Service for “Byråstöd Bokföring”, Exempel AB' }),
      )
      .toHaveAccessibleDescription('Suggested from the name');
    await expectNoAxeViolations(widget);
  });

  it('offers no selection to an employee with standard rights', async () => {
    useOverviewWorld({ session: standardEmployee });
    const widget = mountOverview();
    await expect.element(page.getByText('Ingen motsvarande tjänst')).toBeVisible();
    expect(shadowOf(widget).querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(shadowOf(widget).textContent).not.toContain('Koppla valda');
  });
});

describe('given a customer that already has eEkonomi, and an earlier “Byråstöd Bokföring”', () => {
  it('does not choose eEkonomi for it, and says why it cannot be chosen', async () => {
    useOverviewWorld({
      seeds: [
        { id: actionIds.eEkonomi, service: 'eekonomi' },
        {
          id: ids.bokforing,
          service: null,
          taskId: null,
          legacyServiceName: 'Byråstöd Bokföring',
          options: {},
        },
      ],
    });
    const widget = mountOverview();
    await userEvent.click(
      page.getByRole('button', { name: 'Välj alla tidigare samarbeten som visas' }),
    );
    await userEvent.click(page.getByRole('button', { name: 'Koppla valda' }));
    const service = page.getByRole('combobox', {
      name: 'Tjänst för ”Byråstöd Bokföring”, Exempel AB',
    });
    await expect.element(service).toBeVisible();
    await expect.element(service).toHaveValue('');
    const option = [...(service.element() as HTMLSelectElement).options].find(
      (candidate) => candidate.value === 'eekonomi',
    );
    expect(option?.disabled).toBe(true);
    expect(option?.textContent).toBe('eEkonomi (kunden har den redan)');
    await expectNoAxeViolations(widget);
  });
});

describe('given only unlinked collaborations shown, all of them linked at once', () => {
  it('keeps the result open when the list empties behind it', async () => {
    const { world } = useOverviewWorld({
      seeds: [
        {
          id: ids.bokforing,
          service: null,
          taskId: null,
          legacyServiceName: 'Byråstöd Bokföring',
          options: {},
        },
      ],
    });
    const widget = mountOverview();
    await userEvent.selectOptions(page.getByLabelText('Koppling'), 'unlinked');
    await userEvent.click(
      page.getByRole('button', { name: 'Välj alla tidigare samarbeten som visas' }),
    );
    await userEvent.click(page.getByRole('button', { name: 'Koppla valda' }));
    const dialog = page.getByRole('dialog', { name: 'Koppla tidigare samarbeten' });
    await userEvent.selectOptions(
      dialog.getByRole('combobox', { name: 'Uppdrag för ”Byråstöd Bokföring”, Exempel AB' }),
      actionTasks.bokforing.id,
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Koppla', exact: true }));
    await expect.element(dialog.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    expect(world.current(ids.bokforing).service).toBe('eekonomi');
    // The list is read again and is empty now: the result is still there to read.
    await expect.element(page.getByText('Inga samarbeten matchar filtren')).toBeVisible();
    await expect.element(dialog.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expectNoAxeViolations(widget);
  });
});
