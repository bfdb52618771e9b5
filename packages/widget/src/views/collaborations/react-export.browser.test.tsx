import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { CollabErrorDetail, CollabInvitationChangedDetail } from '../../events.js';
import { CollabProvider } from '../../react/collab-provider.js';
import { Collaborations } from '../../react/collaborations.js';
import { FakeApiError } from '../../test-support/fake-api.js';
import {
  collaborationsApi,
  collaborationsFixture,
} from '../../test-support/fixtures/collaborations.js';
import { expectNoAxeViolations, listInputs, useApi } from './overview-test-support.js';

/* `<Collaborations>` for React hosts: the same view in a shadow root, events as callbacks. */

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('given a React host', () => {
  it('shows one customer from `customerId` and hands a resend to onInvitationChanged', async () => {
    const api = useApi(collaborationsApi().handlers);
    const onInvitationChanged = vi.fn<(detail: CollabInvitationChangedDetail) => void>();
    const customerId = collaborationsFixture[0]?.customer.id ?? '';
    const screen = await render(
      <main>
        <CollabProvider apiUrl="https://collab.test/trpc" getToken={() => 'token'} locale="en">
          <Collaborations customerId={customerId} onInvitationChanged={onInvitationChanged} />
        </CollabProvider>
      </main>,
    );
    await expect.element(page.getByText('Showing 4 of 4 collaborations')).toBeVisible();
    expect(listInputs(api.requests)).toContainEqual({ limit: 50, customerId });
    await userEvent.click(page.getByRole('tab', { name: /Sent requests/ }));
    await userEvent.click(page.getByRole('button', { name: 'Resend' }));
    await expect
      .poll(() => onInvitationChanged.mock.calls)
      .toEqual([[{ invitationId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a501', change: 'resent' }]]);
    const host = screen.container.querySelector('[data-collab-view="collaborations"]');
    if (!(host instanceof HTMLElement)) throw new Error('no host element');
    await expectNoAxeViolations(host);
    screen.unmount();
  });

  it('hands a failed list to onError', async () => {
    useApi({
      ...collaborationsApi().handlers,
      'collaborations.list': () => {
        throw new FakeApiError('EMPLOYEE_REQUIRED');
      },
    });
    const onError = vi.fn<(detail: CollabErrorDetail) => void>();
    const screen = await render(
      <CollabProvider apiUrl="https://collab.test/trpc" getToken={() => 'token'} locale="sv">
        <Collaborations onError={onError} />
      </CollabProvider>,
    );
    await expect
      .element(page.getByText('Bara byråns medarbetare kan göra detta.').first())
      .toBeVisible();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'EMPLOYEE_REQUIRED',
      view: 'collaborations',
      procedure: 'collaborations.list',
    });
    screen.unmount();
  });
});
