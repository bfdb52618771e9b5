import { describe, expect, it, vi } from 'vitest';
import {
  cachedTokenSource,
  createAuthorizedFetch,
  liveTokenSource,
  tokenExpiry,
  tokenRenewalMarginMs,
} from './authorized-fetch.js';
import { TransportFailure } from './failures.js';

function fakeServer(...acceptedTokens: string[]) {
  const seen: (string | null)[] = [];
  const send = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const authorization = new Headers(init?.headers).get('authorization');
    seen.push(authorization);
    const accepted = acceptedTokens.some((token) => authorization === `Bearer ${token}`);
    return new Response(null, { status: accepted ? 200 : 401 });
  });
  return { send, seen };
}

describe('given a token the server accepts', () => {
  it('asks the host for it once and sends it with every request', async () => {
    const getToken = vi.fn(() => 'good');
    const server = fakeServer('good');
    const authorizedFetch = createAuthorizedFetch(cachedTokenSource(getToken), server.send);

    expect((await authorizedFetch('https://api.test/trpc/a')).status).toBe(200);
    expect((await authorizedFetch('https://api.test/trpc/b')).status).toBe(200);

    expect(getToken).toHaveBeenCalledTimes(1);
    expect(server.seen).toEqual(['Bearer good', 'Bearer good']);
  });

  it('keeps the request’s own headers', async () => {
    const server = fakeServer('good');
    const authorizedFetch = createAuthorizedFetch(
      cachedTokenSource(() => 'good'),
      server.send,
    );
    await authorizedFetch('https://api.test/trpc/a', { headers: { 'accept-language': 'en' } });
    const init = server.send.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('accept-language')).toBe('en');
  });
});

describe('given a token that has expired', () => {
  it('calls getToken again on the 401 and retries the request once, with the new token', async () => {
    const getToken = vi.fn<() => Promise<string>>();
    getToken.mockResolvedValueOnce('expired').mockResolvedValueOnce('fresh');
    const server = fakeServer('fresh');
    const authorizedFetch = createAuthorizedFetch(cachedTokenSource(getToken), server.send);

    const response = await authorizedFetch('https://api.test/trpc/customers.get', {
      method: 'POST',
      body: '{"0":{}}',
    });

    expect(response.status).toBe(200);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(server.seen).toEqual(['Bearer expired', 'Bearer fresh']);
    expect(server.send.mock.calls[1]?.[1]?.body).toBe('{"0":{}}');
  });

  it('keeps the new token for the requests after', async () => {
    const getToken = vi.fn<() => string>();
    getToken.mockReturnValueOnce('expired').mockReturnValueOnce('fresh');
    const server = fakeServer('fresh');
    const authorizedFetch = createAuthorizedFetch(cachedTokenSource(getToken), server.send);

    await authorizedFetch('https://api.test/trpc/a');
    await authorizedFetch('https://api.test/trpc/b');

    expect(getToken).toHaveBeenCalledTimes(2);
    expect(server.seen).toEqual(['Bearer expired', 'Bearer fresh', 'Bearer fresh']);
  });

  it('refreshes once for requests that fail together', async () => {
    const getToken = vi.fn<() => Promise<string>>();
    getToken.mockResolvedValueOnce('expired').mockResolvedValueOnce('fresh');
    const server = fakeServer('fresh');
    const authorizedFetch = createAuthorizedFetch(cachedTokenSource(getToken), server.send);

    const responses = await Promise.all([
      authorizedFetch('https://api.test/trpc/a'),
      authorizedFetch('https://api.test/trpc/b'),
      authorizedFetch('https://api.test/trpc/c'),
    ]);

    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(server.send).toHaveBeenCalledTimes(6);
  });
});

describe('given a host whose new token is refused too', () => {
  it('retries only once and hands the 401 back', async () => {
    const getToken = vi.fn(() => 'revoked');
    const server = fakeServer('never');
    const authorizedFetch = createAuthorizedFetch(cachedTokenSource(getToken), server.send);

    const response = await authorizedFetch('https://api.test/trpc/a');

    expect(response.status).toBe(401);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(server.send).toHaveBeenCalledTimes(2);
  });
});

describe('given nobody is signed in', () => {
  it('sends no authorization header', async () => {
    const send = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response());
    const authorizedFetch = createAuthorizedFetch(
      cachedTokenSource(() => null),
      send,
    );
    await authorizedFetch('https://api.test/trpc/catalog.services');
    expect(new Headers(send.mock.calls[0]?.[1]?.headers).has('authorization')).toBe(false);
  });
});

describe('given getToken fails', () => {
  it('fails the request, and asks again next time', async () => {
    const getToken = vi.fn<() => Promise<string>>();
    getToken.mockRejectedValueOnce(new Error('signed out')).mockResolvedValueOnce('good');
    const server = fakeServer('good');
    const authorizedFetch = createAuthorizedFetch(cachedTokenSource(getToken), server.send);

    await expect(authorizedFetch('https://api.test/trpc/a')).rejects.toMatchObject({
      code: 'TOKEN_UNAVAILABLE',
      cause: new Error('signed out'),
    });
    expect((await authorizedFetch('https://api.test/trpc/a')).status).toBe(200);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it('takes no answer within the timeout as TOKEN_UNAVAILABLE, and sends nothing', async () => {
    const server = fakeServer('good');
    const authorizedFetch = createAuthorizedFetch(
      cachedTokenSource(() => new Promise<string>(() => {}), { timeoutMs: 20 }),
      server.send,
    );
    await expect(authorizedFetch('https://api.test/trpc/a')).rejects.toBeInstanceOf(
      TransportFailure,
    );
    expect(server.send).not.toHaveBeenCalled();
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
    ['a number', 42],
  ])('takes %s as TOKEN_UNAVAILABLE (null alone means signed out)', async (_, answer) => {
    const server = fakeServer('good');
    const authorizedFetch = createAuthorizedFetch(
      cachedTokenSource(() => answer as unknown as string),
      server.send,
    );
    await expect(authorizedFetch('https://api.test/trpc/a')).rejects.toMatchObject({
      code: 'TOKEN_UNAVAILABLE',
    });
    expect(server.send).not.toHaveBeenCalled();
  });
});

/** A JWT whose payload says it expires at `exp` (seconds); the signature is never checked here. */
function jwt(exp: number, id: string): string {
  const part = (value: object) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${part({ alg: 'HS256' })}.${part({ sub: id, exp })}.signature`;
}

describe('given a JWT that runs out', () => {
  const start = Date.parse('2026-12-03T09:00:00Z');

  it('reads its exp without verifying it', () => {
    expect(tokenExpiry(jwt(start / 1000, 'a'))).toBe(start);
    expect(tokenExpiry('not-a-jwt')).toBeNull();
  });

  it('asks the host again before the exp, so the renewal costs no 401', async () => {
    let now = start;
    const first = jwt(start / 1000 + 600, 'first');
    const second = jwt(start / 1000 + 1200, 'second');
    const getToken = vi.fn<() => string>().mockReturnValueOnce(first).mockReturnValueOnce(second);
    const server = fakeServer(first, second);
    const authorizedFetch = createAuthorizedFetch(
      cachedTokenSource(getToken, { now: () => now }),
      server.send,
    );

    await authorizedFetch('https://api.test/trpc/a');
    now = start + 600_000 - tokenRenewalMarginMs + 1;
    await authorizedFetch('https://api.test/trpc/b');

    expect(getToken).toHaveBeenCalledTimes(2);
    expect(server.seen).toEqual([`Bearer ${first}`, `Bearer ${second}`]);
  });

  it('asks once more at once when the host’s first token has already run out', async () => {
    const expired = jwt(start / 1000 - 60, 'expired');
    const fresh = jwt(start / 1000 + 900, 'fresh');
    const getToken = vi.fn<() => string>().mockReturnValueOnce(expired).mockReturnValueOnce(fresh);
    const server = fakeServer(fresh);
    const authorizedFetch = createAuthorizedFetch(
      cachedTokenSource(getToken, { now: () => start }),
      server.send,
    );

    expect((await authorizedFetch('https://api.test/trpc/a')).status).toBe(200);
    expect(server.seen).toEqual([`Bearer ${fresh}`]);
  });

  it('sends a host’s token that is still expired when asked again, and leaves it to the server', async () => {
    const expired = jwt(start / 1000 - 60, 'expired');
    const getToken = vi.fn(() => expired);
    const server = fakeServer('never');
    const authorizedFetch = createAuthorizedFetch(
      cachedTokenSource(getToken, { now: () => start }),
      server.send,
    );

    expect((await authorizedFetch('https://api.test/trpc/a')).status).toBe(401);
    // Twice for the first request, twice for the refresh after its 401: never more.
    expect(getToken).toHaveBeenCalledTimes(4);
    expect(server.send).toHaveBeenCalledTimes(2);
  });
});

describe('given a token read from an attribute', () => {
  it('reads the current value again for the retry', async () => {
    let attribute = 'expired';
    const server = fakeServer('fresh');
    server.send.mockImplementationOnce(async () => {
      attribute = 'fresh'; // the host replaces the attribute while the first request is out
      return new Response(null, { status: 401 });
    });
    const authorizedFetch = createAuthorizedFetch(
      liveTokenSource(() => attribute),
      server.send,
    );

    const response = await authorizedFetch('https://api.test/trpc/a');

    expect(response.status).toBe(200);
    expect(server.send).toHaveBeenCalledTimes(2);
    expect(server.seen).toEqual(['Bearer fresh']);
  });
});
