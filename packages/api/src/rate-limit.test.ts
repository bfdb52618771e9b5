import { describe, expect, it } from 'vitest';
import { createInnerContext } from './context.js';
import { createFixedWindowLimiter } from './rate-limit.js';
import { createCaller } from './root.js';
import { createTestWorld } from './test-support/world.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, seconds));

describe('given a fixed window of 2 attempts a minute', () => {
  it('lets 2 through per key, refuses the 3rd with the seconds left, and starts afresh after', async () => {
    const limiter = createFixedWindowLimiter({ limit: 2, windowMs: 60_000 });
    expect(await limiter.hit('a', at(0))).toEqual({ allowed: true });
    expect(await limiter.hit('a', at(10))).toEqual({ allowed: true });
    expect(await limiter.hit('a', at(15))).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(await limiter.hit('b', at(15))).toEqual({ allowed: true });
    expect(await limiter.hit('a', at(60))).toEqual({ allowed: true });
  });

  it('forgets the oldest keys beyond its bound, so memory stays bounded', async () => {
    const limiter = createFixedWindowLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    await limiter.hit('first', at(0));
    expect(await limiter.hit('first', at(1))).toMatchObject({ allowed: false });
    await limiter.hit('second', at(2));
    await limiter.hit('third', at(3));
    // `first` was dropped to make room: it starts a new window.
    expect(await limiter.hit('first', at(4))).toEqual({ allowed: true });
    expect(await limiter.hit('third', at(5))).toMatchObject({ allowed: false });
  });
});

describe('given the invitation-token procedures', () => {
  it('counts every call against the caller’s IP, whichever token procedure, and refuses with RATE_LIMITED', async () => {
    const world = createTestWorld();
    const limiter = createFixedWindowLimiter({ limit: 2, windowMs: 60_000 });
    const callerFrom = (clientIp: string) =>
      createCaller(
        createInnerContext({
          db: world.db,
          secrets: world.secrets,
          clock: world.clock,
          locale: 'en',
          clientIp,
          tokenAttemptLimiter: limiter,
        }),
      );
    const guess = (clientIp: string) =>
      callerFrom(clientIp).invitations.byToken({ token: 'x'.repeat(43) });

    await expect(guess('203.0.113.1')).resolves.toEqual({ state: 'invalid' });
    await expect(
      callerFrom('203.0.113.1').invitations.decline({ token: 'x'.repeat(43) }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(guess('203.0.113.1')).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      cause: { appCode: 'RATE_LIMITED', params: { retryAfterSeconds: 60 } },
    });
    await expect(guess('203.0.113.2')).resolves.toEqual({ state: 'invalid' });
  });
});
