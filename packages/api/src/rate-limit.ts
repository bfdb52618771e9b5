/** What a limiter answers for one attempt. */
export type RateLimitDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** Whole seconds until the key's window ends and attempts are counted afresh. */
      retryAfterSeconds: number;
    };

/**
 * Counts attempts per key. Kept this small so that a store shared by several server
 * instances (PostgreSQL, Redis) can replace the in-memory one without touching the callers:
 * `hit` is asynchronous for that reason.
 */
export interface RateLimiter {
  /** Counts one attempt for `key` at `now` and says whether it may go ahead. */
  hit(key: string, now: Date): Promise<RateLimitDecision>;
}

/** Lets everything through: for callers in the same process (tests, the CLI), which have no IP. */
export const unlimitedRateLimiter: RateLimiter = {
  hit: async () => ({ allowed: true }),
};

export interface FixedWindowOptions {
  /** Attempts allowed per key in one window. */
  limit: number;
  windowMs: number;
  /**
   * The most keys held at once. Windows that have ended are dropped as they are met; if that
   * is not enough (a flood from very many addresses), the oldest windows go first, so memory
   * stays bounded whatever the traffic.
   */
  maxKeys?: number;
}

interface Window {
  startedAt: number;
  count: number;
}

/**
 * A fixed window per key, in memory: at most `limit` attempts per key from the first attempt
 * of a window until `windowMs` later. The time comes from the caller (the context's clock), so
 * tests move time instead of sleeping.
 */
export function createFixedWindowLimiter(options: FixedWindowOptions): RateLimiter {
  const { limit, windowMs } = options;
  const maxKeys = options.maxKeys ?? 100_000;
  // A Map iterates in insertion order, and a key is re-inserted when its window restarts,
  // so the first entries are always the oldest windows.
  const windows = new Map<string, Window>();

  function dropEnded(now: number) {
    for (const [key, window] of windows) {
      if (now - window.startedAt < windowMs) break;
      windows.delete(key);
    }
  }

  return {
    async hit(key, at) {
      const now = at.getTime();
      dropEnded(now);
      let window = windows.get(key);
      if (!window || now - window.startedAt >= windowMs) {
        windows.delete(key);
        window = { startedAt: now, count: 0 };
        windows.set(key, window);
        while (windows.size > maxKeys) {
          const oldest = windows.keys().next().value;
          if (oldest === undefined) break;
          windows.delete(oldest);
        }
      }
      window.count += 1;
      if (window.count <= limit) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)),
      };
    },
  };
}
