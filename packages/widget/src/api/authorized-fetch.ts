import { TransportFailure } from './failures.js';

/**
 * What the host supplies: the current user's token, or null when nobody is signed in. Anything
 * else (undefined, an empty string, not a string), a throw, a rejection or no answer within
 * `tokenTimeoutMs` is `TOKEN_UNAVAILABLE` (README "Troubleshooting").
 */
export type GetToken = () => string | null | Promise<string | null>;

export interface TokenSource {
  /** The token to send now. */
  current(): Promise<string | null>;
  /** A new token after `rejected` got a 401. Concurrent callers share one `getToken` call. */
  refresh(rejected: string | null): Promise<string | null>;
}

/** How long the host's `getToken` may take before the views say the token is unavailable. */
export const tokenTimeoutMs = 10_000;

/**
 * A token is asked for again this long before the `exp` in its payload, so that the expected
 * renewal does not cost a refused request (a 401, which browsers log as a console error on
 * the host's page) and a clock a little ahead or behind the server's does not matter.
 */
export const tokenRenewalMarginMs = 30_000;

/**
 * When a JWT stops working, in milliseconds, from the `exp` of its payload. Not verified: the
 * widget only uses it to ask for the next token in time; the server checks the token itself.
 * Null for a token that is not a JWT or has no `exp`.
 */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(json);
    if (typeof claims !== 'object' || claims === null || !('exp' in claims)) return null;
    return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  } catch {
    return null;
  }
}

function expiresSoon(token: string | null, now: number): boolean {
  const expiry = token ? tokenExpiry(token) : null;
  return expiry !== null && expiry - tokenRenewalMarginMs <= now;
}

/**
 * The host's `getToken`, checked: a string or null within the timeout, or a
 * `TransportFailure` with `TOKEN_UNAVAILABLE` (thrown at once, so the views need not wait for
 * retries or a skeleton to time out).
 */
async function askHost(getToken: GetToken, timeoutMs: number): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new TransportFailure(
            'TOKEN_UNAVAILABLE',
            `getToken gave no answer within ${timeoutMs} ms.`,
          ),
        ),
      timeoutMs,
    );
  });
  let token: unknown;
  try {
    token = await Promise.race([Promise.resolve().then(getToken), timeout]);
  } catch (error) {
    if (error instanceof TransportFailure) throw error;
    throw new TransportFailure('TOKEN_UNAVAILABLE', 'getToken failed.', { cause: error });
  } finally {
    clearTimeout(timer);
  }
  if (token === null) return null;
  if (typeof token !== 'string' || token.trim() === '')
    throw new TransportFailure(
      'TOKEN_UNAVAILABLE',
      `getToken gave ${token === '' ? 'an empty string' : typeof token}, not a token or null.`,
    );
  return token;
}

export interface CachedTokenOptions {
  timeoutMs?: number;
  now?: () => number;
}

/**
 * Keeps the host's token between requests and asks for a new one when the server has
 * rejected the one we hold or shortly before its `exp`, so a page with several widgets does
 * not call `getToken` for every request, a burst of 401s (one batch each) leads to one
 * refresh, not several, and a token that runs out is renewed before it is refused.
 */
export function cachedTokenSource(
  getToken: GetToken,
  { timeoutMs = tokenTimeoutMs, now = Date.now }: CachedTokenOptions = {},
): TokenSource {
  let known: { token: string | null; renewAt: number } | null = null;
  let pending: Promise<string | null> | null = null;

  /** When to ask again without a 401: before `exp`, or never for a token we cannot read. */
  function renewalOf(token: string | null): number {
    const expiry = token ? tokenExpiry(token) : null;
    if (expiry === null) return Number.POSITIVE_INFINITY;
    if (expiry - tokenRenewalMarginMs > now()) return expiry - tokenRenewalMarginMs;
    // The host gave a token about to run out even when asked again: keep it until it does,
    // and after that let the server's 401 decide.
    return expiry > now() ? expiry : Number.POSITIVE_INFINITY;
  }

  function fetchToken(): Promise<string | null> {
    pending ??= (async () => {
      try {
        let token = await askHost(getToken, timeoutMs);
        // A host that hands out the token it stored earlier may give one that has run out
        // meanwhile; asked again it usually renews it. Once: it may also never do better.
        if (expiresSoon(token, now())) token = await askHost(getToken, timeoutMs);
        known = { token, renewAt: renewalOf(token) };
        return token;
      } finally {
        pending = null;
      }
    })();
    return pending;
  }

  return {
    current() {
      if (pending) return pending;
      if (known && known.renewAt > now()) return Promise.resolve(known.token);
      known = null;
      return fetchToken();
    },
    refresh(rejected) {
      if (pending) return pending;
      if (known && known.token !== rejected) return Promise.resolve(known.token);
      known = null;
      return fetchToken();
    },
  };
}

/**
 * A token read afresh for every request (the element's `token` attribute): the host
 * updates the attribute, and the retry after a 401 picks up the new value.
 */
export function liveTokenSource(read: () => string | null): TokenSource {
  return {
    current: async () => read(),
    refresh: async () => read(),
  };
}

export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * `fetch` with `Authorization: Bearer …`. On a 401 it asks the token source for a new token
 * and sends the same request once more; a second 401 goes back to the caller as it is.
 * The global `fetch` is looked up per call, so a test (or a host's instrumentation) that
 * replaces it afterwards is used.
 */
export function createAuthorizedFetch(
  tokens: TokenSource,
  send: FetchFunction = (input, init) => globalThis.fetch(input, init),
): FetchFunction {
  function withToken(init: RequestInit | undefined, token: string | null): RequestInit {
    const headers = new Headers(init?.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    else headers.delete('authorization');
    return { ...init, headers };
  }

  return async (input, init) => {
    const token = await tokens.current();
    const response = await send(input, withToken(init, token));
    if (response.status !== 401) return response;
    const refreshed = await tokens.refresh(token);
    return send(input, withToken(init, refreshed));
  };
}
