/**
 * Tokens already verified, with what they said, until they expire: a widget sends the same
 * session token with every request for up to an hour, and checking its signature again on
 * each (jose: decode, HMAC, claims) was a measurable share of the overview's time
 * (bench:floor, README "Measured"). Only the signature check is skipped: who the token names
 * is still read from the database on every request, so a deactivated person is refused at once.
 *
 * Bounded: at most `capacity` tokens, the oldest dropped first. An expired entry is never
 * served; it is dropped when met.
 */
export class VerifiedTokenCache<Value> {
  readonly #entries = new Map<string, { value: Value; expiresAtMs: number }>();

  constructor(private readonly capacity = 10_000) {}

  get(token: string, nowMs: number): Value | undefined {
    const entry = this.#entries.get(token);
    if (!entry) return undefined;
    if (nowMs >= entry.expiresAtMs) {
      this.#entries.delete(token);
      return undefined;
    }
    return entry.value;
  }

  set(token: string, value: Value, expiresAtMs: number): void {
    this.#entries.delete(token);
    this.#entries.set(token, { value, expiresAtMs });
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}
