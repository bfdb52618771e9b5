import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { acquireQueryClient } from '../api/connection.js';
import { type CollabInstance, init } from '../collab.js';
import type { CollabErrorDetail } from '../events.js';
import { svMessages } from '../i18n/messages.js';
import { shadowOf } from '../test-support/element-page.js';
import { createFakeApi, type FakeApiOptions } from '../test-support/fake-api.js';

/*
 * What a host hears when the widget cannot work: each cause with its own code and message
 * (README "Troubleshooting"), once per failure rather than once per query, and at once when
 * asking again cannot help. Two views of one `Collab.init` instance on the page, as a host
 * with the overview and the customer's view would have them, against the typed fake API.
 */

let instance: CollabInstance | null = null;
let apiCount = 0;

afterEach(() => {
  instance?.destroy();
  instance = null;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function openPage(
  getToken: () => string | null | Promise<string | null>,
  api: FakeApiOptions = {},
) {
  const fake = createFakeApi(api);
  vi.stubGlobal('fetch', fake.fetch);
  apiCount += 1;
  const errors: CollabErrorDetail[] = [];
  document.addEventListener('collab:error', (event) => errors.push(event.detail));
  const main = document.createElement('main');
  const first = document.createElement('section');
  const second = document.createElement('section');
  main.append(first, second);
  document.body.append(main);
  const apiUrl = `https://collab.test/failures-${apiCount}/trpc`;
  instance = init({ apiUrl, getToken });
  const overview = instance.mount('collaborations', first);
  const customerView = instance.mount('customer-collaborations', second);
  return { fake, errors, overview, customerView, apiUrl };
}

function textOf(element: HTMLElement): string {
  return shadowOf(element).textContent ?? '';
}

/** Both views show the failure: every query they started has failed by then. */
async function expectShownInBoth(views: HTMLElement[], message: string) {
  for (const view of views) await vi.waitFor(() => expect(textOf(view)).toContain(message));
}

describe('given a host whose getToken throws', () => {
  it('says the token is unavailable at once, in both views, and tells the host once', async () => {
    let firstAsked: number | null = null;
    const getToken = vi.fn(() => {
      firstAsked ??= performance.now();
      throw new Error('the host’s session store is broken');
    });
    const { fake, errors, overview, customerView, apiUrl } = openPage(getToken);

    await expectShownInBoth([overview, customerView], svMessages['problem.tokenUnavailable']);
    // No retries with back-off (1 s, then 2 s) before the views give up, and nothing was sent.
    expect(performance.now() - (firstAsked ?? 0)).toBeLessThan(2_000);
    const shared = acquireQueryClient(apiUrl);
    const failed = shared.client
      .getQueryCache()
      .findAll({ predicate: (query) => query.state.status === 'error' });
    shared.release();
    expect(failed.length).toBeGreaterThan(2);
    expect(failed.map((query) => query.state.fetchFailureCount)).toEqual(failed.map(() => 1));
    expect(fake.requests).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'TOKEN_UNAVAILABLE',
        message: svMessages['problem.tokenUnavailable'],
        httpStatus: null,
        procedure: null,
      }),
    ]);

    // Trying again is a new failure, and the host hears of it again, once.
    await userEvent.click(
      page.elementLocator(customerView).getByRole('button', { name: 'Försök igen' }).first(),
    );
    await vi.waitFor(() => expect(errors).toHaveLength(2));
    expect(errors[1]?.code).toBe('TOKEN_UNAVAILABLE');
  });
});

describe('given a getToken that gives no token', () => {
  for (const [what, answer] of [
    ['undefined', undefined],
    ['an empty string', ''],
    ['an object', { token: 'x' }],
  ] as const) {
    it(`takes ${what} as TOKEN_UNAVAILABLE, not as signed out`, async () => {
      const { errors, overview } = openPage(() => answer as unknown as string);
      await vi.waitFor(() =>
        expect(textOf(overview)).toContain(svMessages['problem.tokenUnavailable']),
      );
      expect(errors.map((error) => error.code)).toEqual(['TOKEN_UNAVAILABLE']);
    });
  }
});

describe('given an API that refuses the page’s origin', () => {
  it('says so with ORIGIN_NOT_ALLOWED, once, without retrying', async () => {
    const { fake, errors, overview, customerView } = openPage(() => 'employee', {
      refusesOrigin: true,
    });
    await expectShownInBoth([overview, customerView], svMessages['problem.originNotAllowed']);
    expect(errors.map((error) => error.code)).toEqual(['ORIGIN_NOT_ALLOWED']);
    // The first batch of each view, and none again: asking again cannot help.
    const sentBefore = fake.requests.length;
    expect(sentBefore).toBeGreaterThan(0);
    expect(sentBefore).toBeLessThanOrEqual(3);
  });
});

describe('given a token the API refuses even after a new one', () => {
  it('says the person is signed out with SIGNED_OUT, once', async () => {
    const { errors, overview, customerView } = openPage(() => 'revoked', {
      acceptsToken: () => false,
    });
    await expectShownInBoth([overview, customerView], svMessages['problem.signedOut']);
    expect(errors).toEqual([expect.objectContaining({ code: 'SIGNED_OUT', httpStatus: 401 })]);
  });
});
