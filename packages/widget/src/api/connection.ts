import type { AppRouter } from '@collab/api';
import { type Locale, maxBatchSize } from '@collab/contracts';
import { MutationCache, type Query, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import { createAuthorizedFetch, type FetchFunction, type TokenSource } from './authorized-fetch.js';
import { failureReportsOf } from './failure-reports.js';
import {
  httpStatusOfError,
  isLastingTransportFailure,
  TransportFailure,
  transportFailureOf,
} from './failures.js';

/** What a view needs to talk to the API: a tRPC client and the page's cache for that API. */
export interface Connection {
  readonly apiUrl: string;
  readonly queryClient: QueryClient;
  readonly trpcClient: TRPCClient<AppRouter>;
  /** Gives the shared query client back; the last user of an API URL clears its cache. */
  release(): void;
}

export interface ConnectionOptions {
  apiUrl: string;
  tokens: TokenSource;
  /** Read per request, so a locale change takes effect without a new connection. */
  getLocale: () => Locale;
  fetch?: FetchFunction;
}

interface SharedQueryClient {
  client: QueryClient;
  users: number;
}

const queryClients = new Map<string, SharedQueryClient>();

/** `https://x/trpc/` and `https://x/trpc` are one API; relative URLs resolve against the page. */
export function normaliseApiUrl(apiUrl: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  return new URL(apiUrl, base).href.replace(/\/+$/, '');
}

/** Whether a failed query is worth asking again. Exported for its tests. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx answer will not change by asking again (a 429 least of all: asking again is what
  // it refuses); a network failure or a 5xx might. A failed getToken and a refused origin
  // will not either: they are shown at once (README "Troubleshooting").
  if (isLastingTransportFailure(error)) return false;
  const status = httpStatusOfError(error);
  if (status !== null && status < 500) return false;
  return failureCount < 2;
}

/**
 * What the probe below asks for: a public query without input, which the API answers with
 * 200. An address the API answers with a 4xx (its root, say) would work as well, but Chromium
 * logs every 4xx as a console error on the host's page, also for a `no-cors` request.
 */
const probedProcedure = 'catalog.services';

/**
 * A request the browser failed (`TypeError: Failed to fetch`) says nothing of why: the API may
 * be down, or it answered without allowing the page's origin (CORS). A `no-cors` request tells
 * them apart: it is not subject to CORS, so it gets an (opaque) answer from a server that is
 * there, and fails like the first one from a server that is not. Requests that fail together
 * share one probe. An aborted request (a query cancelled by the view) is passed on as it is.
 * Measured in Chromium (apps/demo/e2e/12-quiet-console.e2e.test.ts): the probe adds nothing
 * to the console beside the browser's own CORS error.
 */
export function withFailureDiagnosis(
  apiUrl: string,
  send: FetchFunction,
  probe: FetchFunction = (input, init) => globalThis.fetch(input, init),
): FetchFunction {
  let probing: Promise<TransportFailure> | null = null;

  function diagnose(cause: unknown): Promise<TransportFailure> {
    probing ??= probe(`${apiUrl}/${probedProcedure}`, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
    })
      .then(
        () =>
          new TransportFailure('ORIGIN_NOT_ALLOWED', `${apiUrl} refused this page’s origin.`, {
            cause,
          }),
        () => new TransportFailure('NETWORK_ERROR', `${apiUrl} could not be reached.`, { cause }),
      )
      .finally(() => {
        probing = null;
      });
    return probing;
  }

  return async (input, init) => {
    try {
      return await send(input, init);
    } catch (error) {
      if (transportFailureOf(error) || init?.signal?.aborted) throw error;
      throw await diagnose(error);
    }
  };
}

/**
 * A 429 from something between the widget and the API (a proxy, a load balancer) has no
 * tRPC body, and would read as a network failure. It is given the API's own shape for
 * RATE_LIMITED, with the wait from its Retry-After header, so every view shows it as the
 * API's own refusal and nothing retries it.
 */
export function withTypedRateLimit(send: FetchFunction): FetchFunction {
  return async (input, init) => {
    const response = await send(input, init);
    if (response.status !== 429) return response;
    let body: unknown = null;
    try {
      body = await response.clone().json();
    } catch {
      // Not JSON: a proxy's page.
    }
    if (Array.isArray(body) || (typeof body === 'object' && body !== null && 'error' in body))
      return response;
    const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    const error = {
      message: 'RATE_LIMITED',
      code: -32029,
      data: {
        code: 'TOO_MANY_REQUESTS',
        httpStatus: 429,
        appCode: 'RATE_LIMITED',
        params: Number.isFinite(seconds) && seconds > 0 ? { retryAfterSeconds: seconds } : {},
        fieldErrors: null,
        details: null,
      },
    };
    return new Response(JSON.stringify({ error }), {
      status: 429,
      headers: { 'content-type': 'application/json' },
    });
  };
}

/**
 * What no change made through the widget can alter: who is signed in, and the service catalog.
 * Reading them again after every change would only lengthen the batch.
 */
const unchangedByMutations = new Set(['session', 'catalog']);

/** A tRPC query key starts with the procedure's path, e.g. `[['collaborations', 'list'], …]`. */
function changedByMutations(query: Query): boolean {
  const [path] = query.queryKey;
  const namespace = Array.isArray(path) ? path[0] : undefined;
  return typeof namespace !== 'string' || !unchangedByMutations.has(namespace);
}

/**
 * Every view of this API on the page reads from one cache, so one place keeps them in step:
 * any change that went through (an invitation sent or answered, a collaboration edited, ended
 * or linked…) marks everything it may have changed as stale, in every view. Narrower lists
 * per mutation would have to follow every view that reads what the mutation touches; a few
 * extra reads after a rare change are cheaper than a stale count in another view.
 *
 * The reading again waits a task: the view that made the change first reads its own queries
 * again (its own invalidation, in the mutation's callbacks), and `cancelRefetch: false` then
 * joins those reads instead of cancelling and repeating them, so the view's batch stays one
 * request of the same calls and only what the other views show is added.
 */
function keepViewsInStep(client: QueryClient): void {
  void client.invalidateQueries({ predicate: changedByMutations, refetchType: 'none' });
  setTimeout(() => {
    void client.refetchQueries(
      { predicate: changedByMutations, type: 'active', stale: true },
      { cancelRefetch: false },
    );
  }, 0);
}

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // Not returning a promise, so the mutation's own `onSuccess` does not wait for the reads.
    mutationCache: new MutationCache({ onSuccess: () => keepViewsInStep(client) }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  // From the start, so that it sees every success and retry (see failure-reports.ts).
  failureReportsOf(client);
  return client;
}

/** One QueryClient per API URL on the page, shared by every widget and instance using it. */
export function acquireQueryClient(apiUrl: string): { client: QueryClient; release(): void } {
  const key = normaliseApiUrl(apiUrl);
  let shared = queryClients.get(key);
  if (!shared) {
    shared = { client: createQueryClient(), users: 0 };
    queryClients.set(key, shared);
  }
  shared.users += 1;
  const current = shared;
  let released = false;
  return {
    client: current.client,
    release() {
      if (released) return;
      released = true;
      current.users -= 1;
      if (current.users === 0 && queryClients.get(key) === current) {
        queryClients.delete(key);
        current.client.clear();
      }
    },
  };
}

export function openConnection(options: ConnectionOptions): Connection {
  const apiUrl = normaliseApiUrl(options.apiUrl);
  const shared = acquireQueryClient(apiUrl);
  const trpcClient = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: apiUrl,
        // The server takes at most this many calls in one request; a longer batch is split.
        maxItems: maxBatchSize,
        fetch: withTypedRateLimit(
          createAuthorizedFetch(
            options.tokens,
            withFailureDiagnosis(apiUrl, options.fetch ?? ((input, init) => fetch(input, init))),
          ),
        ),
        // The server answers errors in this language (the widget maps codes itself anyway).
        // `prefer`: an expected refusal (a stale edit's 409, an unknown id's 404) comes as 200
        // with the error in the body, as tRPC's client reads it anyway, so the browser logs no
        // "Failed to load resource" into the host's error monitor (apps/server/src/trpc-answers.ts).
        headers: () => ({
          'accept-language': options.getLocale(),
          prefer: 'collab-errors-in-body',
        }),
      }),
    ],
  });
  return { apiUrl, queryClient: shared.client, trpcClient, release: shared.release };
}
