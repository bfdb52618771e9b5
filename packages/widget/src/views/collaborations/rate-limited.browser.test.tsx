import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { FakeApiError } from '../../test-support/fake-api.js';
import { mountOverview, useApi } from './overview-test-support.js';

/*
 * The overview when the API (or a proxy in front of it) refuses with 429: the person is told
 * how long to wait, and the widget does not ask again by itself, which would only prolong it.
 * The overview's queries use the widget's default retry, unlike the accept page.
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Every request the page sends, by URL, to see that none is sent twice. */
function recordRequests(send: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const urls: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return send(input, init);
  });
  return urls;
}

describe('given the API refusing the overview’s list with RATE_LIMITED', () => {
  it('shows “wait 42 s” and sends nothing again', async () => {
    const api = useApi({
      'collaborations.list': () => {
        throw new FakeApiError('RATE_LIMITED', { retryAfterSeconds: 42 });
      },
    });
    const urls = recordRequests(api.fetch);
    mountOverview();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('För många försök. Vänta 42 s och försök igen.');
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('given a proxy in front of the API answering a bare 429', () => {
  it('shows the wait from Retry-After in English, not a network error, and retries nothing', async () => {
    const urls = recordRequests(
      async () =>
        new Response('<h1>429 Too Many Requests</h1>', {
          status: 429,
          headers: { 'content-type': 'text/html', 'retry-after': '30' },
        }),
    );
    mountOverview({ locale: 'en' });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Too many attempts. Wait 30 s and try again.');
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
