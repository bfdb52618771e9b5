import type { Query, QueryClient } from '@tanstack/react-query';

/**
 * Which failures the host has already been told of (`collab:error`), per query client, so
 * per API URL on the page (src/api/connection.ts). When the API is down, the token is
 * unavailable or the origin refused, every query of every view fails at once; the host
 * hears of it once, from the first view that shows it, not once per query.
 *
 * A failure is told again after something went right (a query or a change went through) or
 * someone tried again: the person ("Try again", or anything they did that asked a failed
 * query again), or the host (`refresh()`, a new token). Then it is a new failure. A view that
 * mounts later and asks a failed query again by itself (React Query's retry on mount) is
 * part of the same failure.
 */
export class FailureReports {
  readonly #told = new Set<string>();
  /** The queries whose last fetch failed: a new fetch of one of them may be a retry. */
  readonly #failed = new WeakSet<Query>();

  constructor(client: QueryClient) {
    for (const query of client.getQueryCache().findAll({ predicate: isFailed }))
      this.#failed.add(query);
    client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated') return;
      const { action, query } = event;
      if (action.type === 'success') this.#told.clear();
      else if (action.type === 'error') this.#failed.add(query);
      else if (this.#failed.has(query) && isRetry(action.type)) {
        this.#failed.delete(query);
        this.#told.clear();
      }
    });
    client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') this.#told.clear();
    });
  }

  /** True when a failure with this key is news to the host, and marks it as told. */
  claim(key: string): boolean {
    if (this.#told.has(key)) return false;
    this.#told.add(key);
    return true;
  }
}

/**
 * A failed query asked again on purpose: invalidated (`refresh()`) or reset (a new token),
 * or fetched while the person has just acted on the page (their click or key press, the
 * browser's transient user activation). Without that API, every new fetch counts.
 */
function isRetry(action: string): boolean {
  if (action === 'invalidate' || action === 'setState') return true;
  if (action !== 'fetch') return false;
  const activation = typeof navigator === 'undefined' ? undefined : navigator.userActivation;
  return activation ? activation.isActive : true;
}

function isFailed(query: Query): boolean {
  return query.state.status === 'error';
}

const reports = new WeakMap<QueryClient, FailureReports>();

export function failureReportsOf(client: QueryClient): FailureReports {
  let found = reports.get(client);
  if (!found) {
    found = new FailureReports(client);
    reports.set(client, found);
  }
  return found;
}
