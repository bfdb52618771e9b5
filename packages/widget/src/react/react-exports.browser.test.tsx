import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
// Only the pure entry, as a host that wants to decide when elements are defined imports it.
import {
  Collaborations,
  CollabProvider,
  type CollabViewHandle,
  defineCollabElements,
  InviteDialog,
  viewElements,
} from '../pure.js';
import { createFakeApi, customerWithAccount } from '../test-support/fake-api.js';
import {
  type CollaborationView,
  collaborationsFixture,
  collaborationView,
  listCollaborationsOf,
  overviewFilterOptionsFixture,
} from '../test-support/fixtures/collaborations.js';

/*
 * The React exports through `@collab/widget/pure`: they render without any custom element
 * defined (each view is its own shadow host, `shadow-view.tsx`), and a ref on a view gives the
 * host `refresh()`, as `element.refresh()` does for an element.
 */

const apiUrl = 'https://collab.test/trpc';
let collaborations: CollaborationView[];

beforeEach(() => {
  collaborations = [...collaborationsFixture];
  const api = createFakeApi({
    handlers: {
      'collaborations.list': (input) => listCollaborationsOf(collaborations, input),
      'collaborations.filterOptions': () => overviewFilterOptionsFixture,
    },
  });
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function definedTags(): string[] {
  return Object.values(viewElements)
    .map(({ tagName }) => tagName)
    .filter((tagName) => customElements.get(tagName) !== undefined);
}

describe('given a React host that imports @collab/widget/pure', () => {
  it('renders a view and completes a step without any custom element defined; defineCollabElements() defines them all', async () => {
    expect(definedTags()).toEqual([]);
    await render(
      <CollabProvider apiUrl={apiUrl} getToken={() => 'token'} locale="en">
        <InviteDialog customerId={customerWithAccount.id} />
      </CollabProvider>,
    );
    await userEvent.click(page.getByRole('button', { name: 'Invite to collaborate' }));
    await expect
      .element(page.getByRole('heading', { name: 'Invite Exempel AB to collaborate' }))
      .toBeVisible();
    expect(definedTags()).toEqual([]);

    defineCollabElements();
    expect(definedTags()).toEqual(Object.values(viewElements).map(({ tagName }) => tagName));
  });

  it('reads again after ref.current.refresh(), for a change made behind the widget’s back', async () => {
    const ref = createRef<CollabViewHandle>();
    await render(
      <CollabProvider apiUrl={apiUrl} getToken={() => 'token'}>
        <Collaborations ref={ref} />
      </CollabProvider>,
    );
    const pending = page
      .getByRole('group', { name: 'Antal per status – välj för att filtrera' })
      .getByRole('button', { name: /^Väntande/ });
    await expect.element(pending).toHaveAccessibleName('Väntande 2');

    collaborations.unshift(
      collaborationView({
        id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a400',
        service: 'scanner',
        options: {},
        status: 'pending',
        createdAt: '2026-11-27T09:00:00.000Z',
        activatedAt: null,
      }),
    );
    expect(ref.current).not.toBeNull();
    await ref.current?.refresh();

    await expect.element(pending).toHaveAccessibleName('Väntande 3');
  });
});
