import type { Locale } from '@collab/contracts';
import type { Database } from '@collab/db';
import { type RateLimiter, unlimitedRateLimiter } from './rate-limit.js';
import type { SecretBox } from './secret-box.js';

/** Who the caller is, as a verified token says. Rights come from the database, never from here. */
export interface Identity {
  userId: string;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Everything a procedure needs, independent of HTTP, so that tests call the router directly
 * with an in-memory database and a fixed clock.
 */
export interface InnerContext {
  db: Database;
  identity: Identity | null;
  clock: Clock;
  /** The caller's language, for error messages. */
  locale: Locale;
  /** Encrypts invitation tokens while they wait in the outbox. */
  secrets: SecretBox;
  /**
   * The caller's IP as the HTTP server sees it (from X-Forwarded-For only when the server
   * trusts its proxy); null for callers in the same process.
   */
  clientIp: string | null;
  /**
   * Counts calls of the invitation-token procedures per IP, so that guessing tokens is slow.
   * Callers in the same process get no limit.
   */
  tokenAttemptLimiter: RateLimiter;
}

export function createInnerContext(
  options: Pick<InnerContext, 'db' | 'secrets'> & Partial<Omit<InnerContext, 'db' | 'secrets'>>,
): InnerContext {
  return {
    db: options.db,
    secrets: options.secrets,
    identity: options.identity ?? null,
    clock: options.clock ?? systemClock,
    locale: options.locale ?? 'sv',
    clientIp: options.clientIp ?? null,
    tokenAttemptLimiter: options.tokenAttemptLimiter ?? unlimitedRateLimiter,
  };
}
