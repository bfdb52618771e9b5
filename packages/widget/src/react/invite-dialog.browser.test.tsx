import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { CollabErrorDetail } from '../events.js';
import { createFakeApi, customerWithAccount } from '../test-support/fake-api.js';
import { CollabProvider } from './collab-provider.js';
import { InviteDialog } from './invite-dialog.js';

/* The React exports, rendered by the host's own React (here the test's). */

let api: ReturnType<typeof createFakeApi>;

beforeEach(() => {
  api = createFakeApi();
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('given a React host with a provider', () => {
  it('renders the view in its own shadow root, with the provider’s token, locale and theme', async () => {
    const getToken = vi.fn(() => 'react-host-token');
    const screen = await render(
      <main>
        <CollabProvider
          apiUrl="https://collab.test/trpc"
          getToken={getToken}
          locale="en"
          appearance={{ theme: 'dark' }}
        >
          <InviteDialog customerId={customerWithAccount.id} />
        </CollabProvider>
      </main>,
    );

    await userEvent.click(page.getByRole('button', { name: 'Invite to collaborate' }));
    await expect
      .element(page.getByRole('heading', { name: 'Invite Exempel AB to collaborate' }))
      .toBeVisible();

    const host = screen.container.querySelector('[data-collab-view="invite-dialog"]');
    expect(host?.shadowRoot?.querySelector('dialog')?.open).toBe(true);
    expect(host?.getAttribute('theme')).toBe('dark');
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(api.requests[0]?.authorization).toBe('Bearer react-host-token');

    const results = host ? await axe.run(host) : null;
    expect(results?.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('hands collab:error to onError, and still sends the event from its host element', async () => {
    const onError = vi.fn<(detail: CollabErrorDetail) => void>();
    const events: string[] = [];
    const listener = (event: Event) => events.push(event.type);
    document.addEventListener('collab:error', listener);
    await render(
      <CollabProvider apiUrl="https://collab.test/trpc" getToken={() => 'token'}>
        <InviteDialog customerId="unknown" onError={onError} />
      </CollabProvider>,
    );

    await userEvent.click(page.getByRole('button', { name: 'Bjud in till samarbete' }));

    await expect.poll(() => onError.mock.calls.length).toBe(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'CUSTOMER_NOT_FOUND',
      message: 'Kunden finns inte.',
    });
    expect(events).toEqual(['collab:error']);
    document.removeEventListener('collab:error', listener);
  });
});
