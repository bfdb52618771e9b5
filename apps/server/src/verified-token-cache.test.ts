import { describe, expect, it } from 'vitest';
import { VerifiedTokenCache } from './verified-token-cache.js';

describe('given the verified-token cache', () => {
  it('serves a token until it expires, and never after', () => {
    const cache = new VerifiedTokenCache<string>();
    cache.set('t', 'user-x', 1_000);
    expect(cache.get('t', 999)).toBe('user-x');
    expect(cache.get('t', 1_000)).toBeUndefined();
    expect(cache.get('t', 10)).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the oldest', () => {
    const cache = new VerifiedTokenCache<number>(2);
    cache.set('a', 1, 10_000);
    cache.set('b', 2, 10_000);
    cache.set('c', 3, 10_000);
    expect(cache.get('a', 0)).toBeUndefined();
    expect(cache.get('b', 0)).toBe(2);
    expect(cache.get('c', 0)).toBe(3);
  });
});
