import { maxBatchSize } from '@collab/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  actionIds,
  createActionsWorld,
} from '../../test-support/fixtures/collaboration-actions.js';
import { listCollaborationsOf } from '../../test-support/fixtures/collaborations.js';
import { mountOverview, useApi } from './overview-test-support.js';

/*
 * What the overview sends after an edit is saved: it reads its queries again in one batched
 * GET whose path names every procedure. Fastify refused paths over 100 characters, and this
 * one is 141; the server's test (apps/server/src/http-errors.test.ts, "given the widget’s batch
 * after an edit") sends this exact list to the real server. If the list changes, change it there.
 */

const refetchAfterEdit = [
  'collaborations.list',
  'collaborations.list',
  'collaborations.list',
  'collaborations.filterOptions',
  'collaborations.list',
  'collaborations.get',
  'customers.get',
];

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('given an edit saved from the overview', () => {
  it('reads the overview again in one GET batch of 7 calls, 141 characters, within the limit', async () => {
    const world = createActionsWorld({
      collaborations: [{ id: actionIds.eEkonomi, service: 'eekonomi' }],
    });
    const api = useApi({
      ...world.handlers,
      'collaborations.list': (input) =>
        listCollaborationsOf([world.current(actionIds.eEkonomi)], input),
      'collaborations.filterOptions': () => ({
        taskNames: [],
        taskOwners: [],
        accountManagers: [],
      }),
    });
    mountOverview();
    await userEvent.click(page.getByRole('button', { name: 'Redigera' }).last());
    const drawer = page.getByRole('dialog', { name: 'Ändra eEkonomi' });
    await expect.element(drawer.getByLabelText('Variant')).toHaveValue('smart');
    await userEvent.selectOptions(drawer.getByLabelText('Variant'), 'pro');
    const before = api.requests.length;
    await userEvent.click(drawer.getByRole('button', { name: 'Spara ändringar' }));

    await expect
      .poll(() => api.requests.slice(before).find((request) => request.method === 'GET'))
      .toBeDefined();
    const refetch = api.requests.slice(before).find((request) => request.method === 'GET');
    expect(refetch?.procedures).toEqual(refetchAfterEdit);
    expect(refetchAfterEdit.join(',')).toHaveLength(141);
    expect(refetchAfterEdit.length).toBeLessThanOrEqual(maxBatchSize);
  });
});
