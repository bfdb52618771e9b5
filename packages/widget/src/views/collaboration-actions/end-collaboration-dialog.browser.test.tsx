import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../test-support/axe.js';
import { createFakeApi, FakeApiError, FakeNetworkFailure } from '../../test-support/fake-api.js';
import {
  type ActionsWorld,
  actionIds,
  createActionsWorld,
  customerAdmin,
  customerUser,
  eEkonomiWithDependents,
  standardEmployee,
  utlaggAlone,
} from '../../test-support/fixtures/collaboration-actions.js';
import { ActionHarness, openerLabel } from './action-harness.js';
import { EndCollaborationDialog } from './end-collaboration-dialog.js';

/*
 * Ending a collaboration (flow 5), in the harness the overview and the customer view give it:
 * a button in a view's shadow root mounts the dialog, onClose unmounts it. The API is the
 * typed fake, holding the collaborations as the server would.
 */

let apiNumber = 0;

afterEach(() => {
  vi.unstubAllGlobals();
});

type Handlers = NonNullable<Parameters<typeof createFakeApi>[0]>['handlers'];

async function openEnd(
  world: ActionsWorld,
  collaborationId: string,
  options: { locale?: 'sv' | 'en'; theme?: 'light' | 'dark'; handlers?: Handlers } = {},
) {
  const api = createFakeApi({ handlers: { ...world.handlers, ...options.handlers } });
  vi.stubGlobal('fetch', api.fetch);
  apiNumber += 1;
  const onEnded = vi.fn<(detail: { collaborationId: string; endedAt: string }) => void>();
  const onClose = vi.fn();
  const screen = await render(
    <ActionHarness
      apiUrl={`https://collab.test/end-${apiNumber}/trpc`}
      locale={options.locale ?? 'sv'}
      theme={options.theme ?? 'light'}
    >
      {(close) => (
        <EndCollaborationDialog
          collaborationId={collaborationId}
          onClose={() => {
            onClose();
            close();
          }}
          onEnded={onEnded}
        />
      )}
    </ActionHarness>,
  );
  await userEvent.click(page.getByRole('button', { name: openerLabel }));
  const host = screen.container.querySelector<HTMLElement>('[data-collab-view]');
  if (!host?.shadowRoot) throw new Error('no view host');
  const shadow = host.shadowRoot;
  return {
    api,
    host,
    shadow,
    onEnded,
    onClose,
    dialogText: () => shadow.querySelector('dialog')?.textContent ?? '',
    status: () => shadow.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '',
    focused: () => shadow.activeElement,
  };
}

describe('given an eEkonomi that nothing builds on, and a full-rights employee', () => {
  it('says who loses access and who is told, ends it, and shows the result', async () => {
    const world = createActionsWorld();
    const view = await openEnd(world, actionIds.eEkonomi);
    await expect.element(page.getByRole('heading', { name: 'Avsluta eEkonomi' })).toBeVisible();
    expect(view.focused()?.textContent).toBe('Avsluta eEkonomi');
    await expect
      .poll(view.dialogText)
      .toContain('Byråns medarbetare förlorar åtkomsten till eEkonomi: Karin Lund och Olle Berg.');
    expect(view.dialogText()).toContain(
      'Kundens administratörer får ett e-postmeddelande om att samarbetet är avslutat.',
    );
    expect(view.dialogText()).toContain('Exempel AB');
    await expectNoAxeViolations(view.host);

    await userEvent.fill(page.getByLabelText('Anledning (valfritt)'), 'Kunden byter byrå');
    await userEvent.click(page.getByRole('button', { name: 'Avsluta samarbetet' }));

    await expect
      .element(page.getByRole('heading', { name: 'Samarbetet är avslutat' }))
      .toBeVisible();
    // Said once: the focused heading with its mark, and one line; no live region repeats it.
    expect(view.focused()?.textContent).toBe('Samarbetet är avslutat');
    expect(view.focused()?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(view.dialogText()).toContain('eEkonomi för Exempel AB avslutades 27 november 2026.');
    expect(view.dialogText().split('avslutades')).toHaveLength(2);
    expect(view.status()).toBe('');
    expect(view.onEnded).toHaveBeenCalledWith({
      collaborationId: actionIds.eEkonomi,
      endedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(world.calls.filter((call) => call.procedure === 'collaborations.end')).toEqual([
      {
        procedure: 'collaborations.end',
        input: { collaborationId: actionIds.eEkonomi, reason: 'Kunden byter byrå' },
      },
    ]);
    await expectNoAxeViolations(view.host);
    await userEvent.click(page.getByRole('button', { name: 'Stäng' }));
    expect(view.onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps the person’s reason and offers to try again when the network drops', async () => {
    const world = createActionsWorld();
    let attempts = 0;
    const view = await openEnd(world, actionIds.eEkonomi, {
      handlers: {
        'collaborations.end': (input) => {
          attempts += 1;
          if (attempts === 1) throw new FakeNetworkFailure();
          const end = world.handlers['collaborations.end'];
          if (!end) throw new Error('no end handler');
          return end(input);
        },
      },
    });
    await userEvent.fill(page.getByLabelText('Anledning (valfritt)'), 'Flyttar');
    await userEvent.click(page.getByRole('button', { name: 'Avsluta samarbetet' }));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Tjänsten gick inte att nå. Kontrollera anslutningen och försök igen.');
    await expect.element(page.getByLabelText('Anledning (valfritt)')).toHaveValue('Flyttar');
    await expectNoAxeViolations(view.host);
    await userEvent.click(page.getByRole('button', { name: 'Försök igen' }));
    await expect
      .element(page.getByRole('heading', { name: 'Samarbetet är avslutat' }))
      .toBeVisible();
    expect(view.onEnded).toHaveBeenCalledTimes(1);
  });
});

describe('given an eEkonomi with Scanner active and Ekonomiöversikt pending on it', () => {
  it('says before anything is sent that those two block it, and offers no end', async () => {
    const world = createActionsWorld({ collaborations: eEkonomiWithDependents });
    const view = await openEnd(world, actionIds.eEkonomi);
    await expect.element(page.getByRole('heading', { name: 'Kan inte avslutas än' })).toBeVisible();
    expect(view.dialogText()).toContain(
      'eEkonomi kan inte avslutas medan Scanner och Ekonomiöversikt är igång, eftersom de bygger på eEkonomi.',
    );
    expect(view.dialogText()).toContain('Scanner (aktivt)');
    expect(view.dialogText()).toContain('Ekonomiöversikt (väntande)');
    expect(view.dialogText()).toContain('Avsluta Scanner och Ekonomiöversikt först.');
    await expect
      .element(page.getByRole('button', { name: 'Avsluta samarbetet' }))
      .not.toBeInTheDocument();
    await expectNoAxeViolations(view.host);
    expect(world.calls.some((call) => call.procedure === 'collaborations.end')).toBe(false);
  });

  it('says the same in English, axe-clean in the dark theme', async () => {
    const world = createActionsWorld({ collaborations: eEkonomiWithDependents });
    const view = await openEnd(world, actionIds.eEkonomi, { locale: 'en', theme: 'dark' });
    await expect.element(page.getByRole('heading', { name: 'Cannot be ended yet' })).toBeVisible();
    expect(view.dialogText()).toContain(
      'eEkonomi cannot be ended while Scanner and Ekonomiöversikt are still in use, because they build on eEkonomi.',
    );
    expect(view.dialogText()).toContain('Scanner (active)');
    await expectNoAxeViolations(view.host);
  });

  it('shows what the API names when it refuses, if the customer’s services could not be read', async () => {
    const world = createActionsWorld({ collaborations: eEkonomiWithDependents });
    const view = await openEnd(world, actionIds.eEkonomi, {
      handlers: {
        'customers.get': () => {
          throw new FakeNetworkFailure();
        },
      },
    });
    await expect
      .poll(view.dialogText)
      .toContain('Byråns medarbetare förlorar åtkomsten till eEkonomi');
    await userEvent.click(page.getByRole('button', { name: 'Avsluta samarbetet' }));
    await expect.element(page.getByRole('heading', { name: 'Kan inte avslutas än' })).toBeVisible();
    expect(view.dialogText()).toContain(
      'eEkonomi kan inte avslutas medan Scanner och Ekonomiöversikt är igång',
    );
    await expect
      .poll(view.status)
      .toBe(
        'eEkonomi kan inte avslutas medan Scanner och Ekonomiöversikt är igång, eftersom de bygger på eEkonomi.',
      );
    await expect
      .element(page.getByRole('button', { name: 'Avsluta samarbetet' }))
      .not.toBeInTheDocument();
    expect(view.onEnded).not.toHaveBeenCalled();
    await expectNoAxeViolations(view.host);
  });
});

describe('given Utlägg, whose data is deleted when it ends', () => {
  it('warns, and ends only once the person has ticked the confirmation', async () => {
    const world = createActionsWorld({ collaborations: utlaggAlone });
    const view = await openEnd(world, actionIds.utlagg);
    await expect.element(page.getByRole('heading', { name: 'Datan raderas' })).toBeVisible();
    expect(view.dialogText()).toContain(
      'All data i Utlägg raderas när samarbetet avslutas. Det går inte att ångra.',
    );
    expect(view.dialogText()).toContain('förlorar åtkomsten till Utlägg: Maja Ek.');
    await expectNoAxeViolations(view.host);

    await userEvent.click(page.getByRole('button', { name: 'Avsluta samarbetet' }));
    const confirmation = page.getByRole('checkbox', {
      name: 'Jag förstår att all data i Utlägg raderas',
    });
    await expect.element(confirmation).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(confirmation)
      .toHaveAccessibleDescription(
        'All data i Utlägg raderas när samarbetet avslutas. Det går inte att ångra. Bekräfta att datan får raderas innan du avslutar.',
      );
    expect(view.focused()?.getAttribute('type')).toBe('checkbox');
    expect(world.calls.some((call) => call.procedure === 'collaborations.end')).toBe(false);
    await expectNoAxeViolations(view.host);

    await userEvent.click(confirmation);
    await expect.element(confirmation).not.toHaveAttribute('aria-invalid');
    await userEvent.click(page.getByRole('button', { name: 'Avsluta samarbetet' }));
    await expect
      .element(page.getByRole('heading', { name: 'Samarbetet är avslutat' }))
      .toBeVisible();
    expect(world.calls.find((call) => call.procedure === 'collaborations.end')?.input).toEqual({
      collaborationId: actionIds.utlagg,
      confirmDataDeletion: true,
    });
  });

  it('is worded in English too', async () => {
    const world = createActionsWorld({ collaborations: utlaggAlone });
    const view = await openEnd(world, actionIds.utlagg, { locale: 'en' });
    await expect
      .element(
        page.getByRole('checkbox', { name: 'I understand that all data in Utlägg is deleted' }),
      )
      .toBeVisible();
    expect(view.dialogText()).toContain(
      'All data in Utlägg is deleted when the collaboration ends.',
    );
    await expectNoAxeViolations(view.host);
  });
});

describe('given the company’s admin, in the customer’s own view', () => {
  it('names the agency, tells that the agency is told, and ends it', async () => {
    const world = createActionsWorld({ session: customerAdmin, collaborations: utlaggAlone });
    const view = await openEnd(world, actionIds.utlagg);
    await expect
      .poll(view.dialogText)
      .toContain('Lund & Berg Redovisning får ett e-postmeddelande om att samarbetet är avslutat.');
    expect(view.dialogText()).toContain('Byrå');
    await userEvent.click(
      page.getByRole('checkbox', { name: 'Jag förstår att all data i Utlägg raderas' }),
    );
    await userEvent.click(page.getByRole('button', { name: 'Avsluta samarbetet' }));
    await expect
      .element(page.getByRole('heading', { name: 'Samarbetet är avslutat' }))
      .toBeVisible();
    await expectNoAxeViolations(view.host);
  });

  it('knows from the company’s own collaborations that eEkonomi is blocked', async () => {
    const world = createActionsWorld({
      session: customerAdmin,
      collaborations: eEkonomiWithDependents.map((seed) => ({ ...seed, status: 'active' })),
    });
    const view = await openEnd(world, actionIds.eEkonomi, { locale: 'en' });
    await expect.element(page.getByRole('heading', { name: 'Cannot be ended yet' })).toBeVisible();
    expect(view.dialogText()).toContain('Scanner (active)');
    expect(view.dialogText()).toContain('Ekonomiöversikt (active)');
    await expectNoAxeViolations(view.host);
  });
});

describe('given a user of the company who is not an admin', () => {
  it('says who the admins are, from the API’s refusal, and offers no retry', async () => {
    const world = createActionsWorld({
      session: customerUser,
    });
    const view = await openEnd(world, actionIds.eEkonomi, {
      handlers: {
        'collaborations.get': () => {
          throw new FakeApiError('ACCOUNT_ADMIN_REQUIRED', {
            accountName: 'Exempel AB',
            admins: 'a***@exempel.se, p***@exempel.se',
          });
        },
      },
    });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(
        'Bara en administratör för Exempel AB kan göra det här. Administratörer: a***@exempel.se, p***@exempel.se.',
      );
    await expect.element(page.getByRole('button', { name: 'Försök igen' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Stäng' })).toBeVisible();
    await expectNoAxeViolations(view.host);
  });
});

describe('given an employee with standard rights', () => {
  it('explains why ending is not possible, and offers only Close', async () => {
    const world = createActionsWorld({ session: standardEmployee });
    const view = await openEnd(world, actionIds.eEkonomi);
    await expect.poll(view.dialogText).toContain('Du kan inte avsluta samarbeten.');
    expect(view.dialogText()).toContain('Du behöver full behörighet på byrån');
    await expect
      .element(page.getByRole('button', { name: 'Avsluta samarbetet' }))
      .not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Stäng' })).toBeVisible();
    await expectNoAxeViolations(view.host);
  });
});

describe('given a collaboration that cannot be read', () => {
  it('says so and reads it again on "Try again"', async () => {
    const world = createActionsWorld();
    let reads = 0;
    const view = await openEnd(world, actionIds.eEkonomi, {
      locale: 'en',
      handlers: {
        'collaborations.get': (input) => {
          reads += 1;
          if (reads <= 3) throw new FakeNetworkFailure();
          const get = world.handlers['collaborations.get'];
          if (!get) throw new Error('no get handler');
          return get(input);
        },
      },
    });
    await expect
      .element(page.getByRole('alert'), { timeout: 10_000 })
      .toHaveTextContent('The details could not be loaded.');
    await expectNoAxeViolations(view.host);
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect.element(page.getByRole('heading', { name: 'End eEkonomi' })).toBeVisible();
  });

  it('gives no retry for a refusal: another company’s collaboration is not found', async () => {
    const world = createActionsWorld();
    const view = await openEnd(world, '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1afff');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Uppgifterna kunde inte hämtas.');
    await expect.element(page.getByRole('button', { name: 'Försök igen' })).not.toBeInTheDocument();
    await expectNoAxeViolations(view.host);
  });
});

describe('given only a keyboard', () => {
  it('opens on Enter, starts at the title, keeps Tab inside, closes on Escape and returns focus', async () => {
    const world = createActionsWorld({ collaborations: utlaggAlone });
    const view = await openEnd(world, actionIds.utlagg);
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(view.focused()?.textContent).toBe(openerLabel);
    expect(view.onClose).toHaveBeenCalledTimes(1);

    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('heading', { name: 'Avsluta Utlägg' })).toBeVisible();
    expect(view.focused()?.textContent).toBe('Avsluta Utlägg');
    await expect.element(page.getByRole('checkbox')).toBeVisible();

    // Tab order: the checkbox, the reason, End, Cancel, and round to the checkbox again.
    const seen: string[] = [];
    for (let presses = 0; presses < 5; presses += 1) {
      await userEvent.keyboard('{Tab}');
      const active = view.focused();
      seen.push(
        active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
          ? `${active.tagName}:${active.labels?.[0]?.textContent ?? ''}`
          : (active?.textContent ?? ''),
      );
    }
    expect(seen).toEqual([
      'INPUT:Jag förstår att all data i Utlägg raderas',
      'TEXTAREA:Anledning (valfritt)',
      'Avsluta samarbetet',
      'Avbryt',
      'INPUT:Jag förstår att all data i Utlägg raderas',
    ]);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(view.focused()?.textContent).toBe('Avbryt');

    await userEvent.keyboard('{Shift>}{Tab}{Tab}{Tab}{/Shift}');
    await userEvent.keyboard(' ');
    await expect.element(page.getByRole('checkbox')).toBeChecked();
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    await expect
      .element(page.getByRole('heading', { name: 'Samarbetet är avslutat' }))
      .toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(view.focused()?.textContent).toBe(openerLabel);
  });
});
