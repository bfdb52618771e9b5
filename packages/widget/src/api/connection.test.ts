import type { AppRouter } from '@collab/api';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import { type FetchFunction, liveTokenSource } from './authorized-fetch.js';
import {
  acquireQueryClient,
  normaliseApiUrl,
  openConnection,
  shouldRetry,
  withFailureDiagnosis,
  withTypedRateLimit,
} from './connection.js';
import { transportFailureOf } from './failures.js';

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

describe('given a connection', () => {
  it('asks for refusals as answers in the body, so the browser logs no 4xx for an expected one', async () => {
    const sent: Headers[] = [];
    const connection = openConnection({
      apiUrl: 'https://collab.test/headers/trpc',
      tokens: liveTokenSource(() => 'token'),
      getLocale: () => 'sv',
      fetch: async (_input, init) => {
        sent.push(new Headers(init?.headers));
        return Response.json([{ result: { data: [] } }]);
      },
    });
    await connection.trpcClient.catalog.services.query();
    connection.release();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.get('prefer')).toBe('collab-errors-in-body');
    expect(sent[0]?.get('accept-language')).toBe('sv');
  });

  it('still fails a call whose refusal came as 200 with the error in the body', async () => {
    const connection = openConnection({
      apiUrl: 'https://collab.test/refusal/trpc',
      tokens: liveTokenSource(() => 'token'),
      getLocale: () => 'en',
      fetch: async () =>
        Response.json(
          [
            {
              error: {
                message: 'VERSION_CONFLICT',
                code: -32603,
                data: { code: 'CONFLICT', httpStatus: 409, appCode: 'VERSION_CONFLICT' },
              },
            },
          ],
          { headers: { 'preference-applied': 'collab-errors-in-body' } },
        ),
    });
    const failure = await connection.trpcClient.catalog.services.query().catch((error) => error);
    connection.release();
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect((failure as TRPCClientError<AppRouter>).data).toMatchObject({
      appCode: 'VERSION_CONFLICT',
      httpStatus: 409,
    });
  });
});

describe('given an API URL', () => {
  it('drops the trailing slash', () => {
    expect(normaliseApiUrl('https://collab.test/trpc///')).toBe('https://collab.test/trpc');
  });
});

describe('given a 429 from a proxy in front of the API, without tRPC’s body', () => {
  async function failureThrough(wrap: (send: FetchFunction) => FetchFunction) {
    const proxy: FetchFunction = async () =>
      new Response('<h1>Too Many Requests</h1>', {
        status: 429,
        headers: { 'content-type': 'text/html', 'retry-after': '30' },
      });
    const client = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: 'https://collab.test/trpc', fetch: wrap(proxy) })],
    });
    return client.catalog.services.query().then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error,
    );
  }

  it('reads it as RATE_LIMITED with the wait from Retry-After, and does not retry it', async () => {
    const error = await failureThrough(withTypedRateLimit);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data).toMatchObject({
      httpStatus: 429,
      appCode: 'RATE_LIMITED',
      params: { retryAfterSeconds: 30 },
    });
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('does not retry a JSON 429 of another shape even unwrapped, by the response’s status', async () => {
    const send: FetchFunction = async () =>
      new Response(JSON.stringify({ statusCode: 429, error: 'Too Many Requests' }), {
        status: 429,
        headers: { 'content-type': 'application/json' },
      });
    const client = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: 'https://collab.test/trpc', fetch: send })],
    });
    const error = await client.catalog.services.query().catch((failure: unknown) => failure);
    expect(shouldRetry(0, error)).toBe(false);
  });
});

describe('given the API’s own 429', () => {
  it('passes it on as it is', async () => {
    const body = JSON.stringify({
      error: { message: 'x', code: -32029, data: { appCode: 'RATE_LIMITED' } },
    });
    const send = withTypedRateLimit(async () => new Response(body, { status: 429 }));
    expect(await (await send('https://collab.test/trpc/a')).text()).toBe(body);
  });
});

describe('given a request the browser fails without an answer', () => {
  const failing: FetchFunction = async () => {
    throw new TypeError('Failed to fetch');
  };

  it('names a refused origin when a no-cors probe of the API gets an answer, and does not retry it', async () => {
    const probe = vi.fn<FetchFunction>(async () => new Response(null, { status: 200 }));
    const send = withFailureDiagnosis('https://collab.test/trpc', failing, probe);
    const failures = await Promise.all([
      send('https://collab.test/trpc/a').catch((error: unknown) => error),
      send('https://collab.test/trpc/b').catch((error: unknown) => error),
    ]);
    expect(failures.map((failure) => transportFailureOf(failure)?.code)).toEqual([
      'ORIGIN_NOT_ALLOWED',
      'ORIGIN_NOT_ALLOWED',
    ]);
    // One probe for the requests that failed together, not subject to CORS.
    expect(probe).toHaveBeenCalledTimes(1);
    expect(probe.mock.calls[0]).toEqual([
      'https://collab.test/trpc/catalog.services',
      { mode: 'no-cors', cache: 'no-store', credentials: 'omit' },
    ]);
    expect(shouldRetry(0, failures[0])).toBe(false);
  });

  it('names an unreachable API when the probe fails too, and retries it', async () => {
    const send = withFailureDiagnosis('https://collab.test/trpc', failing, failing);
    const failure = await send('https://collab.test/trpc/a').catch((error: unknown) => error);
    expect(transportFailureOf(failure)?.code).toBe('NETWORK_ERROR');
    expect(shouldRetry(0, failure)).toBe(true);
  });

  it('passes a cancelled request on as it is, without probing', async () => {
    const probe = vi.fn<FetchFunction>(async () => new Response());
    const send = withFailureDiagnosis('https://collab.test/trpc', failing, probe);
    const controller = new AbortController();
    controller.abort();
    const failure = await send('https://collab.test/trpc/a', { signal: controller.signal }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect(probe).not.toHaveBeenCalled();
  });
});
