/** What the host supplies: the current user's token, or null when nobody is signed in. */
export type GetToken = () => string | null | Promise<string | null>;

export interface TokenSource {
  /** The token to send now. */
  current(): Promise<string | null>;
  /** A new token after `rejected` got a 401. Concurrent callers share one `getToken` call. */
  refresh(rejected: string | null): Promise<string | null>;
}

/**
 * Keeps the host's token between requests and asks for a new one only when the server has
 * rejected the one we hold, so a page with several widgets does not call `getToken` for
 * every request, and a burst of 401s (one batch each) leads to one refresh, not several.
 */
export function cachedTokenSource(getToken: GetToken): TokenSource {
  let known: { token: string | null } | null = null;
  let pending: Promise<string | null> | null = null;

  function fetchToken(): Promise<string | null> {
    pending ??= (async () => {
      try {
        const token = await getToken();
        known = { token };
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
      if (known) return Promise.resolve(known.token);
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
