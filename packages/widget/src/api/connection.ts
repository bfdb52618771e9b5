import type { AppRouter } from '@collab/api';
import type { Locale } from '@collab/contracts';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, type TRPCClient, TRPCClientError } from '@trpc/client';
import { createAuthorizedFetch, type FetchFunction, type TokenSource } from './authorized-fetch.js';

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

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx answer will not change by asking again; a network failure or a 5xx might.
  if (error instanceof TRPCClientError) {
    const status = (error.data as { httpStatus?: unknown } | undefined)?.httpStatus;
    if (typeof status === 'number' && status < 500) return false;
  }
  return failureCount < 2;
}

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
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
        fetch: createAuthorizedFetch(options.tokens, options.fetch),
        // The server answers errors in this language (the widget maps codes itself anyway).
        headers: () => ({ 'accept-language': options.getLocale() }),
      }),
    ],
  });
  return { apiUrl, queryClient: shared.client, trpcClient, release: shared.release };
}
