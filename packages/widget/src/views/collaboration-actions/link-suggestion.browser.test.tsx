import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../test-support/axe.js';
import { createFakeApi } from '../../test-support/fake-api.js';
import {
  actionIds,
  actionTasks,
  createActionsWorld,
} from '../../test-support/fixtures/collaboration-actions.js';
import { ActionHarness, openerLabel } from './action-harness.js';
import { LinkCollaborationDialog } from './link-collaboration-dialog.js';

/*
 * The link dialog's suggestion from the old system's name (flow 6): the contracts' matcher
 * chooses the service, says so, and marks a name the catalog has no service for.
 */

let apiNumber = 0;

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openLinkFor(legacyServiceName: string, locale: 'sv' | 'en' = 'sv') {
  const world = createActionsWorld({
    collaborations: [
      { id: actionIds.unlinked, service: null, taskId: null, legacyServiceName, options: {} },
    ],
  });
  const api = createFakeApi({ handlers: world.handlers });
  vi.stubGlobal('fetch', api.fetch);
  apiNumber += 1;
  const screen = await render(
    <ActionHarness apiUrl={`https://collab.test/suggest-${apiNumber}/trpc`} locale={locale}>
      {(close) => (
        <LinkCollaborationDialog
          collaborationId={actionIds.unlinked}
          onClose={close}
          onLinked={() => {}}
        />
      )}
    </ActionHarness>,
  );
  await userEvent.click(page.getByRole('button', { name: openerLabel }));
  const host = screen.container.querySelector<HTMLElement>('[data-collab-view]');
  if (!host?.shadowRoot) throw new Error('no view host');
  return { world, host, shadow: host.shadowRoot };
}

describe('given an earlier collaboration called “Byråstöd Bokföring”', () => {
  it('chooses eEkonomi, says it was suggested from the name, and links it with the keyboard', async () => {
    const { world, host } = await openLinkFor('Byråstöd Bokföring');
    const eEkonomi = page.getByRole('radio', { name: 'eEkonomi' });
    await expect.element(eEkonomi).toBeChecked();
    await expect.element(eEkonomi).toHaveAccessibleDescription('Föreslagen utifrån namnet');
    await expect
      .element(page.getByRole('radio', { name: 'Scanner' }))
      .not.toHaveAccessibleDescription('Föreslagen utifrån namnet');
    await expectNoAxeViolations(host);

    // Keyboard only: to the task radios, choose Bokföring, and confirm.
    (eEkonomi.element() as HTMLElement).focus();
    const taskRadio = page.getByRole('radio', { name: 'Bokföring' });
    while (host.shadowRoot?.activeElement !== taskRadio.element()) await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect.element(taskRadio).toBeChecked();
    const confirm = page.getByRole('button', { name: 'Koppla', exact: true });
    while (host.shadowRoot?.activeElement !== confirm.element()) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect
      .element(page.getByRole('heading', { name: 'Samarbetet är kopplat' }))
      .toBeVisible();
    expect(
      world.calls.filter((call) => call.procedure === 'collaborations.link').map((c) => c.input),
    ).toEqual([
      {
        collaborationId: actionIds.unlinked,
        taskId: actionTasks.bokforing.id,
        selection: {
          service: 'eekonomi',
          options: { variant: 'smart', invoiceRecipient: 'customer' },
        },
      },
    ]);
  });

  it('says so in English', async () => {
    const { host } = await openLinkFor('Byråstöd Bokföring', 'en');
    await expect
      .element(page.getByRole('radio', { name: 'eEkonomi' }))
      .toHaveAccessibleDescription('Suggested from the name');
    await expectNoAxeViolations(host);
  });
});

describe('given an earlier collaboration the catalog has no service for (“Lönehantering”)', () => {
  it('chooses nothing, and says that no service matches', async () => {
    const { host, shadow } = await openLinkFor('Lönehantering');
    await expect
      .element(
        page.getByText(
          'Det finns ingen tjänst i katalogen som motsvarar ”Lönehantering”. Koppla bara om du vet vilken tjänst det är.',
        ),
      )
      .toBeVisible();
    expect(shadow.querySelectorAll('input[type="radio"]:checked')).toHaveLength(0);
    await expectNoAxeViolations(host);
  });
});
