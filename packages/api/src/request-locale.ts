import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@collab/contracts';

const requestLocale = new AsyncLocalStorage<Locale>();

/**
 * Runs `work` with the caller's language known for the rest of the request. tRPC formats some
 * errors before it has a context (a refused content type, a batch over the limit, a token
 * refused while the context is made): the error formatter reads the language from here then,
 * so those errors are in the caller's language too.
 */
export function withRequestLocale<Result>(locale: Locale, work: () => Result): Result {
  return requestLocale.run(locale, work);
}

/** The language set by `withRequestLocale` for the request being handled, if any. */
export function currentRequestLocale(): Locale | undefined {
  return requestLocale.getStore();
}
