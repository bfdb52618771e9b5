import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { init } from '../../collab.js';
import type { CollabElement } from '../../elements/collab-element.js';
import { mountElement } from '../../test-support/element-page.js';
import {
  customerWithAccount,
  type FakeApiHandlers,
  fakeActivationResult,
} from '../../test-support/fake-api.js';
import {
  type CollaborationView,
  collaborationsFixture,
  collaborationView,
  listCollaborationsOf,
  overviewFilterOptionsFixture,
} from '../../test-support/fixtures/collaborations.js';
import { apiUrl, mountOverview, useApi } from './overview-test-support.js';

/*
 * Views on one page share one cache per API URL: a change made in one view shows in the others
 * without a reload, and the host can ask every view to read again after a change of its own.
 * The fake keeps one list of collaborations that the overview reads and an activation adds to.
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** A pending Scanner collaboration at Exempel AB, as an invitation to it leaves one. */
const pendingScanner = collaborationView({
  id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a400',
  service: 'scanner',
  options: {},
  status: 'pending',
  createdAt: '2026-11-27T09:00:00.000Z',
  activatedAt: null,
});

function useSharedApi() {
  const collaborations: CollaborationView[] = [...collaborationsFixture];
  const handlers = {
    'collaborations.list': (input) => listCollaborationsOf(collaborations, input),
    'collaborations.filterOptions': () => overviewFilterOptionsFixture,
    'collaborations.activate': (input) => {
      const result = fakeActivationResult(input);
      collaborations.unshift(pendingScanner);
      return result;
    },
  } satisfies FakeApiHandlers;
  useApi(handlers);
  return { collaborations };
}

/** The overview's count of pending collaborations, e.g. `Väntande 2`. */
function pendingCount(widget: HTMLElement) {
  return page
    .elementLocator(widget)
    .getByRole('group', { name: 'Antal per status – välj för att filtrera' })
    .getByRole('button', { name: /^Väntande/ });
}

describe('given the invite dialog and the overview on one page', () => {
  it('shows the sent invitation as pending in the overview without a reload', async () => {
    useSharedApi();
    const overview = mountOverview();
    const dialog: CollabElement = mountElement('collab-invite-dialog', {
      'api-url': apiUrl,
      'customer-id': customerWithAccount.id,
    });
    await expect.element(pendingCount(overview)).toHaveAccessibleName('Väntande 2');

    const inDialog = page.elementLocator(dialog);
    await userEvent.click(inDialog.getByRole('button', { name: 'Bjud in till samarbete' }));
    await userEvent.click(inDialog.getByRole('checkbox', { name: 'Scanner' }));
    await userEvent.click(inDialog.getByRole('button', { name: 'Nästa', exact: true }));
    await userEvent.click(inDialog.getByRole('radio', { name: 'Bokföring' }));
    await userEvent.click(inDialog.getByRole('button', { name: 'Nästa', exact: true }));
    await userEvent.click(inDialog.getByRole('button', { name: 'Skicka inbjudan', exact: true }));
    await expect.element(inDialog.getByText('Inbjudan är skickad')).toBeVisible();

    await expect.element(pendingCount(overview)).toHaveAccessibleName('Väntande 3');
  });
});

describe('given a change the host made behind the widget’s back', () => {
  it('shows it after collab.refresh()', async () => {
    const { collaborations } = useSharedApi();
    const collab = init({ apiUrl, getToken: () => 'token' });
    const slot = document.createElement('main');
    document.body.append(slot);
    const overview = collab.mount('collaborations', slot, {});
    await expect.element(pendingCount(overview)).toHaveAccessibleName('Väntande 2');

    collaborations.unshift(pendingScanner);
    await collab.refresh();

    await expect.element(pendingCount(overview)).toHaveAccessibleName('Väntande 3');
    collab.destroy();
  });

  it('shows it after element.refresh()', async () => {
    const { collaborations } = useSharedApi();
    const overview = mountOverview();
    await expect.element(pendingCount(overview)).toHaveAccessibleName('Väntande 2');

    collaborations.unshift(pendingScanner);
    await overview.refresh();

    await expect.element(pendingCount(overview)).toHaveAccessibleName('Väntande 3');
  });
});
