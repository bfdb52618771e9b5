import type { LookupAddress, LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress, resolveAddresses, type WebhookUrlPolicy } from '@collab/api';

/*
 * One POST of a signed webhook (docs/webhooks.md). node:http rather than fetch, for two
 * reasons: it never follows a redirect (a 3xx is a failed attempt, so a receiver cannot
 * bounce Collab into the private network), and its `lookup` hook lets the SSRF guard check
 * the very addresses the socket then connects to, at every delivery (DNS rebinding).
 */

export interface SendOutcome {
  statusCode: number | null;
  error: string | null;
  /** The start of the answer, for the attempts list. */
  responseBody: string | null;
  durationMs: number;
}

/** Enough of the answer to see what went wrong, not so much that attempts bloat the database. */
export const responseBodyLimit = 1024;

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for sockets that refuses private addresses unless the policy allows them. */
export function guardedLookup(policy: WebhookUrlPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolveAddresses(hostname, policy).then(
      (addresses) => {
        const blocked = policy.allowPrivate
          ? undefined
          : addresses.find((address) => !isPublicAddress(address));
        const first = addresses[0];
        if (blocked !== undefined || first === undefined) {
          const error: NodeJS.ErrnoException = new Error(
            blocked
              ? `refused: ${hostname} resolves to a private address`
              : `${hostname} has no address`,
          );
          error.code = 'EWEBHOOKADDRESS';
          callback(error, '');
          return;
        }
        if (options.all) {
          callback(
            null,
            addresses.map((address) => ({ address, family: isIP(address) })),
          );
        } else callback(null, first, isIP(first));
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

export interface Sender {
  send(url: string, headers: Record<string, string>, body: string): Promise<SendOutcome>;
  /** Aborts the requests in flight (their outcome says `aborted`) and closes the sockets. */
  close(): void;
}

/** The error of a request that `close` cut off: not the receiver's fault, not an attempt. */
export const abortedByShutdown = 'aborted: the worker stopped';

export function createSender(options: { policy: WebhookUrlPolicy; timeoutMs: number }): Sender {
  const { policy, timeoutMs } = options;
  const lookup = guardedLookup(policy);
  const stopAll = new AbortController();
  // Keep-alive: a busy endpoint gets its events over a few warm connections.
  const agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };

  function refusal(url: URL): string | null {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not an http(s) address';
    if (policy.allowPrivate) return null;
    if (url.protocol !== 'https:') return 'refused: not https';
    // The socket skips `lookup` for an address literal: judge it here.
    const bare = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(bare) && !isPublicAddress(bare)) return `refused: ${bare} is a private address`;
    return null;
  }

  function send(target: string, headers: Record<string, string>, body: string) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    return new Promise<SendOutcome>((resolve) => {
      let settled = false;
      const finish = (outcome: Omit<SendOutcome, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        resolve({ ...outcome, durationMs: elapsed() });
      };
      const url = new URL(target);
      const refused = refusal(url);
      if (refused) {
        finish({ statusCode: null, error: refused, responseBody: null });
        return;
      }
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: agents[url.protocol as 'http:' | 'https:'],
          lookup,
          signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), stopAll.signal]),
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            if (size < responseBodyLimit) chunks.push(chunk);
            size += chunk.length;
          });
          response.on('end', () =>
            finish({
              statusCode: response.statusCode ?? null,
              error: null,
              responseBody: trimmed(Buffer.concat(chunks)),
            }),
          );
          response.on('error', (error) =>
            finish({
              statusCode: response.statusCode ?? null,
              error: describe(error, timeoutMs),
              responseBody: trimmed(Buffer.concat(chunks)),
            }),
          );
        },
      );
      request.on('error', (error) =>
        finish({
          statusCode: null,
          error: stopAll.signal.aborted ? abortedByShutdown : describe(error, timeoutMs),
          responseBody: null,
        }),
      );
      request.end(body);
    });
  }

  return {
    send,
    close() {
      stopAll.abort();
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

function trimmed(body: Buffer): string | null {
  if (body.length === 0) return null;
  return body.subarray(0, responseBodyLimit).toString('utf8');
}

function describe(error: Error & { code?: string }, timeoutMs: number): string {
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return `timed out after ${timeoutMs / 1000} s`;
  }
  return error.code ? `${error.code}: ${error.message}` : error.message;
}
