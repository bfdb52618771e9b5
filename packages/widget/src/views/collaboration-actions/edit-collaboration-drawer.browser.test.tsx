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
  customerAdmin,
  standardEmployee,
} from '../../test-support/fixtures/collaboration-actions.js';
import { ActionHarness, openerLabel } from './action-harness.js';
import { EditCollaborationDrawer } from './edit-collaboration-drawer.js';

/*
 * The edit drawer (flow 4) in the harness the overview gives it, against the typed fake API
 * that keeps versions as the server does.
 */

let apiNumber = 0;

afterEach(() => {
  vi.unstubAllGlobals();
});

type Handlers = NonNullable<Parameters<typeof createFakeApi>[0]>['handlers'];

async function openEdit(
  world: ActionsWorld,
  options: { locale?: 'sv' | 'en'; theme?: 'light' | 'dark'; handlers?: Handlers } = {},
) {
  const api = createFakeApi({ handlers: { ...world.handlers, ...options.handlers } });
  vi.stubGlobal('fetch', api.fetch);
  apiNumber += 1;
  const onSaved = vi.fn<(change: 'options' | 'task') => void>();
  const onClose = vi.fn();
  const screen = await render(
    <ActionHarness
      apiUrl={`https://collab.test/edit-${apiNumber}/trpc`}
      locale={options.locale ?? 'sv'}
      theme={options.theme ?? 'light'}
    >
      {(close) => (
        <EditCollaborationDrawer
          collaborationId={actionIds.eEkonomi}
          onClose={() => {
            onClose();
            close();
          }}
          onSaved={onSaved}
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
    shadow,
    onSaved,
    onClose,
    dialogText: () => shadow.querySelector('dialog')?.textContent ?? '',
    status: () => shadow.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '',
    focused: () => shadow.activeElement,
    updates: () => world.calls.filter((call) => call.procedure === 'collaborations.update'),
  };
}

describe('given a full-rights employee', () => {
  it('shows the task and the service’s options, and saves a changed variant with the version', async () => {
    const world = createActionsWorld();
    const view = await openEdit(world);
    await expect.element(page.getByRole('heading', { name: 'Ändra eEkonomi' })).toBeVisible();
    expect(view.focused()?.textContent).toBe('Ändra eEkonomi');
    await expect.element(page.getByRole('radio', { name: 'Bokföring (nuvarande)' })).toBeChecked();
    await expect.element(page.getByLabelText('Variant')).toHaveValue('smart');
    await expect.element(page.getByLabelText('Fakturamottagare')).toHaveValue('customer');
    expect(view.dialogText()).toContain('Byrån arbetar alltid i Pro.');
    await expectNoAxeViolations(view.host);

    await userEvent.click(page.getByRole('button', { name: 'Spara ändringar' }));
    await expect.poll(view.status).toBe('Du har inte ändrat något än.');
    expect(view.updates()).toEqual([]);

    await userEvent.selectOptions(page.getByLabelText('Variant'), 'pro');
    await userEvent.click(page.getByRole('button', { name: 'Spara ändringar' }));
    await expect
      .element(page.getByRole('heading', { name: 'Ändringarna är sparade' }))
      .toBeVisible();
    expect(view.focused()?.textContent).toBe('Ändringarna är sparade');
    await expect.poll(view.status).toBe('Ändringarna av eEkonomi för Exempel AB är sparade.');
    expect(view.updates().map((call) => call.input)).toEqual([
      { collaborationId: actionIds.eEkonomi, version: 3, options: { variant: 'pro' } },
    ]);
    expect(view.onSaved).toHaveBeenCalledWith('options');
    await expectNoAxeViolations(view.host);
  });

  it('says whose access changes with the task, and saves the task', async () => {
    const world = createActionsWorld();
    const view = await openEdit(world);
    await userEvent.click(page.getByRole('radio', { name: 'Bokslut' }));
    await expect
      .poll(view.dialogText)
      .toContain('Att byta uppdrag ändrar vem på byrån som har åtkomst till eEkonomi.');
    expect(view.dialogText()).toContain('Får åtkomst: Maja Ek.');
    expect(view.dialogText()).toContain('Förlorar åtkomsten: Karin Lund och Olle Berg.');
    await expectNoAxeViolations(view.host);
    await userEvent.click(page.getByRole('button', { name: 'Spara ändringar' }));
    await expect
      .poll(view.status)
      .toBe(
        'Ändringarna av eEkonomi för Exempel AB är sparade. Uppdraget är nu Bokslut, och åtkomsten följer med direkt.',
      );
    expect(view.updates().map((call) => call.input)).toEqual([
      { collaborationId: actionIds.eEkonomi, version: 3, taskId: actionTasks.bokslut.id },
    ]);
    expect(view.onSaved).toHaveBeenCalledWith('task');
  });

  it('shows a problem the server finds at its field', async () => {
    const world = createActionsWorld();
    const view = await openEdit(world, {
      handlers: {
        'collaborations.update': () => {
          throw new FakeApiError(
            'VALIDATION_FAILED',
            { keys: 'variant' },
            {
              'options.variant': ['UNKNOWN_OPTION_VALUE'],
            },
          );
        },
      },
    });
    await userEvent.selectOptions(page.getByLabelText('Variant'), 'start');
    await userEvent.click(page.getByRole('button', { name: 'Spara ändringar' }));
    await expect
      .element(page.getByLabelText('Variant'))
      .toHaveAccessibleDescription('Tjänsten erbjuder inte det värdet.');
    await expect.element(page.getByLabelText('Variant')).toHaveAttribute('aria-invalid', 'true');
    expect(view.focused()?.tagName).toBe('SELECT');
    await expectNoAxeViolations(view.host);
  });
});

describe('given someone else saved first (a stale edit)', () => {
  it('keeps the person’s choice next to the saved values, and saves it on the new version', async () => {
    const world = createActionsWorld();
    const view = await openEdit(world);
    await expect.element(page.getByLabelText('Variant')).toHaveValue('smart');
    world.changeElsewhere(actionIds.eEkonomi, {
      options: { variant: 'start', invoiceRecipient: 'agency' },
    });

    await userEvent.selectOptions(page.getByLabelText('Variant'), 'pro');
    await userEvent.click(page.getByRole('button', { name: 'Spara ändringar' }));

    await expect
      .element(page.getByRole('heading', { name: 'Någon annan hann ändra först' }))
      .toBeVisible();
    expect(view.focused()?.textContent).toBe('Någon annan hann ändra först');
    expect(view.dialogText()).toContain(
      'Någon annan har ändrat samarbetet medan du redigerade. Se de aktuella värdena och försök igen.',
    );
    const table = page.getByRole('table', { name: 'Dina val jämfört med det som nu är sparat' });
    await expect.element(table).toBeVisible();
    const rows = [...(view.shadow.querySelectorAll('table tbody tr') ?? [])].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Uppdrag', 'Bokföring', 'Bokföring'],
      ['Variant', 'Pro (skiljer sig)', 'Start'],
      ['Fakturamottagare', 'Byrån', 'Byrån'],
    ]);
    // The form keeps the choice; what the person did not touch takes the saved value.
    await expect.element(page.getByLabelText('Variant')).toHaveValue('pro');
    await expect.element(page.getByLabelText('Fakturamottagare')).toHaveValue('agency');
    await expect.poll(view.status).toBe('Någon annan hann ändra först');
    expect(view.onSaved).not.toHaveBeenCalled();
    await expectNoAxeViolations(view.host);

    await userEvent.click(page.getByRole('button', { name: 'Spara mina val ändå' }));
    await expect
      .element(page.getByRole('heading', { name: 'Ändringarna är sparade' }))
      .toBeVisible();
    expect(view.updates().map((call) => call.input)).toEqual([
      { collaborationId: actionIds.eEkonomi, version: 3, options: { variant: 'pro' } },
      { collaborationId: actionIds.eEkonomi, version: 4, options: { variant: 'pro' } },
    ]);
    expect(world.current(actionIds.eEkonomi).options).toEqual({
      variant: 'pro',
      invoiceRecipient: 'agency',
    });
    expect(view.onSaved).toHaveBeenCalledWith('options');
  });

  it('offers to start again from the saved values, in English', async () => {
    const world = createActionsWorld();
    const view = await openEdit(world, { locale: 'en', theme: 'dark' });
    await expect.element(page.getByLabelText('Variant')).toHaveValue('smart');
    world.changeElsewhere(actionIds.eEkonomi, { taskId: actionTasks.bokslut.id });
    await userEvent.selectOptions(page.getByLabelText('Invoice recipient'), 'agency');
    await userEvent.click(page.getByRole('button', { name: 'Save changes' }));
    await expect
      .element(page.getByRole('heading', { name: 'Someone else changed it first' }))
      .toBeVisible();
    expect(view.dialogText()).toContain('Task');
    await expect.element(page.getByRole('radio', { name: 'Bokslut (current)' })).toBeChecked();
    await expectNoAxeViolations(view.host);

    await userEvent.click(
      page.getByRole('button', { name: 'Use the saved values and edit again' }),
    );
    await expect
      .element(page.getByRole('heading', { name: 'Someone else changed it first' }))
      .not.toBeInTheDocument();
    await expect.element(page.getByLabelText('Invoice recipient')).toHaveValue('customer');
    await userEvent.selectOptions(page.getByLabelText('Variant'), 'fakturering');
    await userEvent.click(page.getByRole('button', { name: 'Save changes' }));
    await expect
      .element(page.getByRole('heading', { name: 'The changes are saved' }))
      .toBeVisible();
    expect(view.updates().at(-1)?.input).toEqual({
      collaborationId: actionIds.eEkonomi,
      version: 4,
      options: { variant: 'fakturering' },
    });
    await expectNoAxeViolations(view.host);
  });
});

describe('given an employee with standard rights', () => {
  it('shows the options read-only with the reason, and may still change the task', async () => {
    const world = createActionsWorld({ session: standardEmployee });
    const view = await openEdit(world);
    await expect
      .poll(view.dialogText)
      .toContain('Du kan inte ändra variant, period eller fakturamottagare.');
    expect(view.dialogText()).toContain(
      'Bara medarbetare med full behörighet kan ändra variant, period eller fakturamottagare. Du kan byta uppdrag.',
    );
    await expect.element(page.getByRole('combobox')).not.toBeInTheDocument();
    expect(view.dialogText()).toContain('VariantSmart');
    await expectNoAxeViolations(view.host);
    await userEvent.click(page.getByRole('radio', { name: 'Bokslut' }));
    await userEvent.click(page.getByRole('button', { name: 'Spara ändringar' }));
    await expect
      .element(page.getByRole('heading', { name: 'Ändringarna är sparade' }))
      .toBeVisible();
    expect(view.updates().map((call) => call.input)).toEqual([
      { collaborationId: actionIds.eEkonomi, version: 3, taskId: actionTasks.bokslut.id },
    ]);
  });
});

describe('given the company’s admin', () => {
  it('shows the collaboration read-only: only the agency edits', async () => {
    const world = createActionsWorld({ session: customerAdmin });
    const view = await openEdit(world);
    await expect.poll(view.dialogText).toContain('Du kan se uppgifterna men inte ändra dem.');
    expect(view.dialogText()).toContain('Bara byråns medarbetare kan göra detta.');
    await expect
      .element(page.getByRole('button', { name: 'Spara ändringar' }))
      .not.toBeInTheDocument();
    await expectNoAxeViolations(view.host);
  });
});

describe('given only a keyboard', () => {
  it('starts at the title, keeps Tab inside, closes on Escape and gives the focus back', async () => {
    const world = createActionsWorld();
    const view = await openEdit(world);
    await expect.element(page.getByLabelText('Variant')).toHaveValue('smart');
    expect(view.focused()?.textContent).toBe('Ändra eEkonomi');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(view.focused()?.textContent).toBe('Avbryt');
    await userEvent.keyboard('{Tab}');
    expect(view.focused()?.getAttribute('type')).toBe('radio');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('radio', { name: 'Bokslut' })).toBeChecked();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(view.focused()?.textContent).toBe(openerLabel);
    expect(view.onClose).toHaveBeenCalledTimes(1);
    expect(view.updates()).toEqual([]);
  });
});
