import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../test-support/axe.js';
import { createFakeApi, FakeApiError } from '../../test-support/fake-api.js';
import {
  type ActionsWorld,
  actionIds,
  actionTasks,
  createActionsWorld,
  standardEmployee,
  unlinkedNextToEEkonomi,
} from '../../test-support/fixtures/collaboration-actions.js';
import { ActionHarness, openerLabel } from './action-harness.js';
import { LinkCollaborationDialog } from './link-collaboration-dialog.js';

/* Linking an unlinked collaboration from the old system (flow 6), in the overview's harness. */

let apiNumber = 0;

afterEach(() => {
  vi.unstubAllGlobals();
});

type Handlers = NonNullable<Parameters<typeof createFakeApi>[0]>['handlers'];

async function openLink(
  world: ActionsWorld,
  options: { locale?: 'sv' | 'en'; handlers?: Handlers } = {},
) {
  const api = createFakeApi({ handlers: { ...world.handlers, ...options.handlers } });
  vi.stubGlobal('fetch', api.fetch);
  apiNumber += 1;
  const onLinked = vi.fn();
  const onClose = vi.fn();
  const screen = await render(
    <ActionHarness
      apiUrl={`https://collab.test/link-${apiNumber}/trpc`}
      locale={options.locale ?? 'sv'}
    >
      {(close) => (
        <LinkCollaborationDialog
          collaborationId={actionIds.unlinked}
          onClose={() => {
            onClose();
            close();
          }}
          onLinked={onLinked}
        />
      )}
    </ActionHarness>,
  );
  await userEvent.click(page.getByRole('button', { name: openerLabel }));
  const host = screen.container.querySelector<HTMLElement>('[data-collab-view]');
  if (!host?.shadowRoot) throw new Error('no view host');
  const shadow = host.shadowRoot;
  return {
    host,
    onLinked,
    onClose,
    dialogText: () => shadow.querySelector('dialog')?.textContent ?? '',
    status: () => shadow.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '',
    focused: () => shadow.activeElement,
    links: () => world.calls.filter((call) => call.procedure === 'collaborations.link'),
  };
}

describe('given an unlinked “Scanner” from the old system, next to an active eEkonomi', () => {
  it('suggests Scanner, explains that eEkonomi is taken, and links it to the chosen task', async () => {
    const world = createActionsWorld({ collaborations: unlinkedNextToEEkonomi });
    const view = await openLink(world);
    await expect.element(page.getByRole('heading', { name: 'Koppla Scanner' })).toBeVisible();
    expect(view.focused()?.textContent).toBe('Koppla Scanner');
    await expect.element(page.getByRole('radio', { name: 'Scanner' })).toBeChecked();
    await expect
      .element(page.getByRole('radio', { name: 'Scanner' }))
      .toHaveAccessibleDescription('Föreslagen utifrån namnet');
    const eEkonomi = page.getByRole('radio', { name: 'eEkonomi' });
    await expect.element(eEkonomi).toBeDisabled();
    await expect
      .element(eEkonomi)
      .toHaveAccessibleDescription(
        'Kunden har redan eEkonomi, och en kund kan bara ha ett samarbete per tjänst.',
      );
    expect(view.dialogText()).toContain('Finns redan (aktivt)');
    expect(view.dialogText()).toContain('Samarbetet kom från det gamla systemet som ”Scanner”');
    await expectNoAxeViolations(view.host);

    await userEvent.click(page.getByRole('button', { name: 'Koppla', exact: true }));
    await expect
      .element(page.getByRole('radio', { name: 'Bokföring' }))
      .toHaveAttribute('aria-invalid', 'true');
    expect(view.dialogText()).toContain('Välj ett uppdrag.');
    expect(view.focused()?.getAttribute('type')).toBe('radio');
    expect(view.links()).toEqual([]);
    await expectNoAxeViolations(view.host);

    await userEvent.click(page.getByRole('radio', { name: 'Bokföring' }));
    await userEvent.click(page.getByRole('button', { name: 'Koppla', exact: true }));
    await expect
      .element(page.getByRole('heading', { name: 'Samarbetet är kopplat' }))
      .toBeVisible();
    expect(view.focused()?.textContent).toBe('Samarbetet är kopplat');
    await expect
      .poll(view.status)
      .toBe(
        '”Scanner” är nu Scanner i uppdraget Bokföring. Får åtkomst: Karin Lund och Olle Berg.',
      );
    expect(view.links().map((call) => call.input)).toEqual([
      {
        collaborationId: actionIds.unlinked,
        taskId: actionTasks.bokforing.id,
        selection: { service: 'scanner', options: {} },
      },
    ]);
    expect(view.onLinked).toHaveBeenCalledTimes(1);
    expect(world.current(actionIds.unlinked).service).toBe('scanner');
    await expectNoAxeViolations(view.host);
  });

  it('says the company was invited, and that nobody gets access yet, when it has an account', async () => {
    const world = createActionsWorld({ collaborations: unlinkedNextToEEkonomi });
    const linkInWorld = world.handlers['collaborations.link'];
    if (!linkInWorld) throw new Error('the world has no link handler');
    const view = await openLink(world, {
      handlers: {
        'collaborations.link': (input) => ({
          ...linkInWorld(input),
          status: 'pending' as const,
        }),
      },
    });
    await userEvent.click(page.getByRole('radio', { name: 'Bokföring' }));
    await userEvent.click(page.getByRole('button', { name: 'Koppla', exact: true }));
    await expect
      .element(page.getByRole('heading', { name: 'Samarbetet är kopplat' }))
      .toBeVisible();
    await expect
      .poll(view.status)
      .toBe(
        '”Scanner” är nu Scanner i uppdraget Bokföring. Kunden har ett konto och har fått en inbjudan. Ingen på byrån får åtkomst förrän en av kundens administratörer har accepterat den.',
      );
    expect(view.dialogText()).not.toContain('Får åtkomst');
    await expectNoAxeViolations(view.host);
  });

  it('links another service with its options, in English', async () => {
    const world = createActionsWorld({ collaborations: unlinkedNextToEEkonomi });
    const view = await openLink(world, { locale: 'en' });
    await expect.element(page.getByRole('heading', { name: 'Link Scanner' })).toBeVisible();
    await userEvent.click(page.getByRole('radio', { name: 'Ekonomiöversikt' }));
    await userEvent.selectOptions(page.getByLabelText('Period'), '3');
    await userEvent.click(page.getByRole('radio', { name: 'Bokslut', exact: true }));
    await expectNoAxeViolations(view.host);
    await userEvent.click(page.getByRole('button', { name: 'Link', exact: true }));
    await expect
      .element(page.getByRole('heading', { name: 'The collaboration is linked' }))
      .toBeVisible();
    expect(view.links().map((call) => call.input)).toEqual([
      {
        collaborationId: actionIds.unlinked,
        taskId: actionTasks.bokslut.id,
        selection: {
          service: 'ekonomioversikt',
          options: { period: '3', invoiceRecipient: 'customer' },
        },
      },
    ]);
    await expectNoAxeViolations(view.host);
  });

  it('shows at the service when someone took it meanwhile', async () => {
    const world = createActionsWorld({ collaborations: unlinkedNextToEEkonomi });
    const view = await openLink(world, {
      handlers: {
        'collaborations.link': () => {
          throw new FakeApiError(
            'COLLABORATION_EXISTS',
            { service: 'Scanner', status: 'pending', collaborationId: actionIds.scanner },
            { 'selection.service': ['COLLABORATION_EXISTS'] },
          );
        },
      },
    });
    await userEvent.click(page.getByRole('radio', { name: 'Bokföring' }));
    await userEvent.click(page.getByRole('button', { name: 'Koppla', exact: true }));
    await expect
      .element(page.getByRole('radio', { name: 'Scanner' }))
      .toHaveAttribute('aria-invalid', 'true');
    expect(view.dialogText()).toContain('Scanner är redan väntande för kunden');
    expect(view.onLinked).not.toHaveBeenCalled();
    await expectNoAxeViolations(view.host);
  });
});

describe('given an employee with standard rights', () => {
  it('explains that only full rights can link', async () => {
    const world = createActionsWorld({
      session: standardEmployee,
      collaborations: unlinkedNextToEEkonomi,
    });
    const view = await openLink(world);
    await expect.poll(view.dialogText).toContain('Du kan inte koppla samarbeten.');
    await expect
      .element(page.getByRole('button', { name: 'Koppla', exact: true }))
      .not.toBeInTheDocument();
    await expectNoAxeViolations(view.host);
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(view.focused()?.textContent).toBe(openerLabel);
  });
});
