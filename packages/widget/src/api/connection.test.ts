import { describe, expect, it } from 'vitest';
import { acquireQueryClient, normaliseApiUrl } from './connection.js';

describe('given several widgets on one page', () => {
  it('shares one query client per API URL', () => {
    const first = acquireQueryClient('https://collab.test/trpc');
    const second = acquireQueryClient('https://collab.test/trpc/');
    const other = acquireQueryClient('https://other.test/trpc');

    expect(second.client).toBe(first.client);
    expect(other.client).not.toBe(first.client);

    first.release();
    second.release();
    other.release();
  });

  it('clears the cache when the last widget of an API lets go, and starts a new one after', () => {
    const first = acquireQueryClient('https://collab.test/trpc');
    const second = acquireQueryClient('https://collab.test/trpc');
    first.client.setQueryData(['probe'], 1);

    first.release();
    first.release(); // a second release of the same lease changes nothing
    expect(second.client.getQueryData(['probe'])).toBe(1);

    second.release();
    expect(second.client.getQueryData(['probe'])).toBeUndefined();
    const third = acquireQueryClient('https://collab.test/trpc');
    expect(third.client).not.toBe(first.client);
    third.release();
  });
});

describe('given an API URL', () => {
  it('drops the trailing slash', () => {
    expect(normaliseApiUrl('https://collab.test/trpc///')).toBe('https://collab.test/trpc');
  });
});
