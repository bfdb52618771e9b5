import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../test-support/axe.js';
import { createFakeApi } from '../../test-support/fake-api.js';
import {
  type ActionsWorld,
  actionIds,
  createActionsWorld,
  customerAdmin,
  longHistory,
} from '../../test-support/fixtures/collaboration-actions.js';
import { ActionHarness, openerLabel } from './action-harness.js';
import { CollaborationHistoryPanel } from './collaboration-history-panel.js';

/* The history panel: the audit trail, readable, paged, in the overview's harness. */

let apiNumber = 0;

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openHistory(world: ActionsWorld, locale: 'sv' | 'en' = 'sv') {
  const api = createFakeApi({ handlers: world.handlers });
  vi.stubGlobal('fetch', api.fetch);
  apiNumber += 1;
  const onClose = vi.fn();
  const screen = await render(
    <ActionHarness apiUrl={`https://collab.test/history-${apiNumber}/trpc`} locale={locale}>
      {(close) => (
        <CollaborationHistoryPanel
          collaborationId={actionIds.eEkonomi}
          onClose={() => {
            onClose();
            close();
          }}
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
    onClose,
    items: () => [...shadow.querySelectorAll('ol > li')].map((item) => item.textContent ?? ''),
    status: () => shadow.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '',
    focused: () => shadow.activeElement,
  };
}

describe('given a collaboration with 25 events', () => {
  it('shows readable events with who and when, ten at a time, and focuses each new page', async () => {
    const world = createActionsWorld({ history: { [actionIds.eEkonomi]: longHistory(25) } });
    const view = await openHistory(world);
    await expect
      .element(page.getByRole('heading', { name: 'Historik för eEkonomi' }))
      .toBeVisible();
    await expect.poll(view.status).toBe('10 händelser visas.');
    const [newest, second, third, fourth] = view.items();
    expect(newest).toMatch(/^Samarbetet ändrades/);
    expect(newest).toContain('Maja Ek, byrån, 26 november 2026 kl. 14:30');
    expect(newest).toContain('Variant: Smart → Pro');
    expect(second).toContain('Uppdrag: Bokföring → Bokslut');
    expect(third).toMatch(/^Inbjudan accepterades/);
    expect(third).toContain('Anna Svensson, Exempel AB');
    expect(third).toContain('Status: väntande → aktivt');
    expect(fourth).toMatch(/^En inbjudan skickades/);
    await expectNoAxeViolations(view.host);

    await userEvent.click(page.getByRole('button', { name: 'Visa fler händelser' }));
    await expect.poll(view.status).toBe('20 händelser visas.');
    expect(view.items()).toHaveLength(20);
    // Focus follows once the new page is drawn, which can be a frame after the count.
    await expect.poll(() => view.focused()?.textContent).toBe(view.items()[10]);
    expect(view.items()[10]).toContain('Fakturamottagare:');

    await userEvent.click(page.getByRole('button', { name: 'Visa fler händelser' }));
    await expect.poll(view.status).toBe('Alla 25 händelser visas.');
    await expect
      .element(page.getByRole('button', { name: 'Visa fler händelser' }))
      .not.toBeInTheDocument();
    expect(
      world.calls
        .filter((call) => call.procedure === 'audit.list')
        .map((call) => (call.input as { cursor?: string }).cursor),
    ).toEqual([undefined, '10', '20']);
    await expectNoAxeViolations(view.host);

    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.poll(() => view.focused()?.textContent).toBe(openerLabel);
  });

  it('reads in English', async () => {
    const world = createActionsWorld({ history: { [actionIds.eEkonomi]: longHistory(25) } });
    const view = await openHistory(world, 'en');
    await expect.element(page.getByRole('heading', { name: 'History of eEkonomi' })).toBeVisible();
    await expect.poll(view.status).toBe('10 events shown.');
    expect(view.items()[0]).toMatch(/^The collaboration was changed/);
    expect(view.items()[0]).toContain('Maja Ek, the agency, 26 November 2026');
    expect(view.items()[0]).toContain('Variant: Smart → Pro');
    expect(view.items()[2]).toContain('Anna Svensson, Exempel AB');
    await expectNoAxeViolations(view.host);
  });
});

describe('given the company’s admin', () => {
  it('reads the same history, without the agency’s task names', async () => {
    const world = createActionsWorld({
      session: customerAdmin,
      history: { [actionIds.eEkonomi]: longHistory(4) },
    });
    const view = await openHistory(world);
    await expect.poll(view.status).toBe('Alla 4 händelser visas.');
    expect(view.items()[1]).toContain('Uppdraget byttes.');
    await expectNoAxeViolations(view.host);
  });
});

describe('given a collaboration with no events yet', () => {
  it('says so', async () => {
    const world = createActionsWorld({ history: { [actionIds.eEkonomi]: [] } });
    const view = await openHistory(world, 'en');
    await expect.element(page.getByText('No events yet.')).toBeVisible();
    await expectNoAxeViolations(view.host);
  });
});
