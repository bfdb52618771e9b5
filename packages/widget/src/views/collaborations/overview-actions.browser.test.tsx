import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CollabEndedDetail, CollabUpdatedDetail } from '../../events.js';
import type { FakeApiHandlers } from '../../test-support/fake-api.js';
import {
  type ActionsWorld,
  actionIds,
  type CollaborationSeed,
  createActionsWorld,
  eEkonomiWithDependents,
  standardEmployee,
  unlinkedNextToEEkonomi,
} from '../../test-support/fixtures/collaboration-actions.js';
import { listCollaborationsOf } from '../../test-support/fixtures/collaborations.js';
import {
  announcement,
  expectNoAxeViolations,
  filterResult,
  listInputs,
  mountOverview,
  shadowOf,
  useApi,
} from './overview-test-support.js';

/*
 * The overview's side of the collaboration actions: opened from a row, the list and counts
 * read again after a change, the host told, and the focus back where it was. The actions are
 * the real components of `collaboration-actions/`, over their fake world
 * (`fixtures/collaboration-actions.ts`); the overview lists what that world holds.
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** The actions' world, with `collaborations.list` answering from what it holds now. */
function overviewOver(seeds: CollaborationSeed[]): {
  world: ActionsWorld;
  handlers: FakeApiHandlers;
} {
  const world = createActionsWorld({ collaborations: seeds });
  const ids = seeds.map((seed) => seed.id);
  return {
    world,
    handlers: {
      ...world.handlers,
      'collaborations.list': (input) =>
        listCollaborationsOf(
          ids.map((id) => world.current(id)),
          input,
        ),
      'collaborations.filterOptions': () => ({
        taskNames: [],
        taskOwners: [],
        accountManagers: [],
      }),
    },
  };
}

function rowOf(service: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${service}`) }) })
    .last();
}

describe('given eEkonomi with Scanner and Ekonomiöversikt building on it', () => {
  it('opens End from the row, shows the block naming both, and gives the focus back', async () => {
    const { handlers } = overviewOver(eEkonomiWithDependents);
    useApi(handlers);
    const widget = mountOverview();
    const end = rowOf('eEkonomi').getByRole('button', { name: 'Avsluta' });
    await userEvent.click(end);
    const dialog = page.getByRole('dialog', { name: 'Avsluta eEkonomi' });
    await expect.element(dialog).toBeVisible();
    await expect
      .element(dialog.getByRole('heading', { name: 'Kan inte avslutas än' }))
      .toBeVisible();
    expect(dialog.element().textContent).toContain('Scanner');
    expect(dialog.element().textContent).toContain('Ekonomiöversikt');
    await expectNoAxeViolations(widget);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.poll(() => shadowOf(widget).activeElement).toBe(end.element());
  });

  it('ends Scanner: tells the host, reads the list again, and moves the focus to the row', async () => {
    const { handlers, world } = overviewOver(eEkonomiWithDependents);
    const api = useApi(handlers);
    const ended: CollabEndedDetail[] = [];
    document.addEventListener('collab:ended', (event) => ended.push(event.detail));
    const widget = mountOverview();
    await expect.element(page.getByRole('button', { name: 'Aktiva 2' })).toBeVisible();
    const listCalls = listInputs(api.requests).length;
    await userEvent.click(rowOf('Scanner').getByRole('button', { name: 'Avsluta' }));
    const dialog = page.getByRole('dialog', { name: 'Avsluta Scanner' });
    await userEvent.click(dialog.getByRole('button', { name: 'Avsluta samarbetet' }));
    await expect
      .element(dialog.getByRole('heading', { name: 'Samarbetet är avslutat' }))
      .toBeVisible();
    expect(world.current(actionIds.scanner).status).toBe('ended');
    expect(ended).toEqual([
      { collaborationId: actionIds.scanner, service: 'scanner', endedAt: expect.any(String) },
    ]);
    await expect.poll(() => listInputs(api.requests).length).toBeGreaterThan(listCalls);
    // Said once, in the dialog (its focused heading); the view's region does not repeat it.
    expect(announcement(widget)).toBe('');

    await userEvent.click(dialog.getByRole('button', { name: 'Stäng' }));
    await expect.element(dialog).not.toBeInTheDocument();
    // Scanner is ended, so its row has no End any more: the focus goes to its History.
    await expect.element(page.getByRole('button', { name: 'Aktiva 1' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Avslutade 1' })).toBeVisible();
    await expect.poll(() => shadowOf(widget).activeElement?.textContent).toBe('Historik');
    expect(
      shadowOf(widget)
        .activeElement?.closest('[data-collaboration-id]')
        ?.getAttribute('data-collaboration-id'),
    ).toBe(actionIds.scanner);
  });
});

describe('given someone else saving eEkonomi while it is being edited from the overview', () => {
  it('shows the conflict, tells the host only once saved, and shows the saved options', async () => {
    const { handlers, world } = overviewOver([{ id: actionIds.eEkonomi, service: 'eekonomi' }]);
    useApi(handlers);
    const updated: CollabUpdatedDetail[] = [];
    document.addEventListener('collab:updated', (event) => updated.push(event.detail));
    const widget = mountOverview();
    const edit = rowOf('eEkonomi').getByRole('button', { name: 'Redigera' });
    await userEvent.click(edit);
    const drawer = page.getByRole('dialog', { name: 'Ändra eEkonomi' });
    await expect.element(drawer.getByLabelText('Variant')).toHaveValue('smart');
    world.changeElsewhere(actionIds.eEkonomi, {
      options: { variant: 'start', invoiceRecipient: 'agency' },
    });
    await userEvent.selectOptions(drawer.getByLabelText('Variant'), 'pro');
    await userEvent.click(drawer.getByRole('button', { name: 'Spara ändringar' }));
    await expect
      .element(drawer.getByRole('heading', { name: 'Någon annan hann ändra först' }))
      .toBeVisible();
    expect(updated).toEqual([]);
    await expectNoAxeViolations(widget);

    await userEvent.click(drawer.getByRole('button', { name: 'Spara mina val ändå' }));
    await expect
      .element(drawer.getByRole('heading', { name: 'Ändringarna är sparade' }))
      .toBeVisible();
    expect(updated).toEqual([{ collaborationId: actionIds.eEkonomi, change: 'options' }]);
    await expect
      .poll(() => announcement(widget))
      .toBe('Ändringen av eEkonomi för Exempel AB är sparad.');
    await userEvent.keyboard('{Escape}');
    await expect.element(drawer).not.toBeInTheDocument();
    await expect.poll(() => shadowOf(widget).activeElement).toBe(edit.element());
    await expect
      .poll(() => rowOf('eEkonomi').element().textContent)
      .toContain('Variant: Pro · Betalas av: Byrån');
  });
});

describe('given an unlinked collaboration from the old system', () => {
  it('links it from the Unlinked filter: collab:updated, gone from the filter, focus on the heading', async () => {
    const { handlers, world } = overviewOver(unlinkedNextToEEkonomi);
    useApi(handlers);
    const updated: CollabUpdatedDetail[] = [];
    document.addEventListener('collab:updated', (event) => updated.push(event.detail));
    const widget = mountOverview();
    await expect.element(page.getByRole('button', { name: /Exempel AB/ })).toBeVisible();
    await userEvent.selectOptions(page.getByLabelText('Koppling'), 'unlinked');
    await expect.poll(() => filterResult(widget)).toBe('1 samarbete matchar.');
    await userEvent.click(rowOf('Scanner').getByRole('button', { name: 'Koppla' }));
    const dialog = page.getByRole('dialog', { name: 'Koppla Scanner' });
    await expect.element(dialog).toBeVisible();
    await userEvent.click(dialog.getByRole('radio', { name: /^Scanner/ }));
    await userEvent.click(dialog.getByRole('radio', { name: /^Bokföring/ }));
    await expectNoAxeViolations(widget);
    await userEvent.click(dialog.getByRole('button', { name: 'Koppla', exact: true }));
    await expect
      .element(dialog.getByRole('heading', { name: 'Samarbetet är kopplat' }))
      .toBeVisible();
    expect(world.current(actionIds.unlinked).service).toBe('scanner');
    expect(updated).toEqual([{ collaborationId: actionIds.unlinked, change: 'linked' }]);
    await expect.poll(() => announcement(widget)).toBe('Samarbetet med Exempel AB är kopplat.');

    await userEvent.click(dialog.getByRole('button', { name: 'Stäng' }));
    await expect.element(dialog).not.toBeInTheDocument();
    await expect
      .element(page.getByRole('heading', { name: 'Inga samarbeten matchar filtren' }))
      .toBeVisible();
    await expect.poll(() => shadowOf(widget).activeElement?.textContent).toBe('Samarbeten');
  });
});

describe('given a standard employee reading the history', () => {
  it('opens History from a row without End or Link, and closes it back to its button', async () => {
    const { handlers } = overviewOver(unlinkedNextToEEkonomi);
    useApi({ ...handlers, 'session.me': () => standardEmployee });
    const widget = mountOverview({ locale: 'en' });
    const row = rowOf('eEkonomi');
    const history = row.getByRole('button', { name: 'History' });
    await expect.element(history).toBeVisible();
    expect(row.getByRole('button', { name: 'End' }).elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: 'Link', exact: true }).elements()).toHaveLength(0);
    await userEvent.click(history);
    const panel = page.getByRole('dialog', { name: 'History of eEkonomi' });
    await expect.element(panel).toBeVisible();
    await expect.element(panel.getByText(/events? (are |is )?shown\./)).toBeVisible();
    await expectNoAxeViolations(widget);
    await userEvent.keyboard('{Escape}');
    await expect.element(panel).not.toBeInTheDocument();
    await expect.poll(() => shadowOf(widget).activeElement).toBe(history.element());
  });
});
