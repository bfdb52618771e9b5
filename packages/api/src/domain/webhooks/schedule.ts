/**
 * The retry schedule of a webhook delivery (docs/webhooks.md, "Retries"), after the Standard
 * Webhooks / Svix one: the wait before retry 1 is 5 s, then 5 min, 30 min, 2 h, 5 h, and 10 h
 * for the rest, so the last of the 13 attempts is about three days (77.6 h) after the first.
 * After it the delivery is `failed`; the event stays in the feed and can be resent.
 */
export const retryDelaysMs: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  ...Array.from({ length: 7 }, () => 10 * 3_600_000),
];

/** An endpoint failing without a success for this long is disabled (and its contact told). */
export const defaultDisableAfterMs = 3 * 24 * 3_600_000;

/** The wait before the next attempt, given how many were made; null when none is left. */
export function nextDelay(attemptsMade: number, schedule: readonly number[]): number | null {
  return schedule[attemptsMade - 1] ?? null;
}
