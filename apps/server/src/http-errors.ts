import type { Socket } from 'node:net';
import { appErrorShape, describeAppCode } from '@collab/api';
import {
  type ErrorCode,
  type ErrorParams,
  formatErrorMessage,
  type Locale,
  pickLocale,
} from '@collab/contracts';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { ConnectionError } from 'fastify';

/**
 * The errors Fastify answers itself, before a procedure runs (a body over the limit, a content
 * type it cannot parse, no such route, too many attempts at dev login, headers too large),
 * in the same words as the API's own: for `/trpc` in tRPC's error shape with `data.appCode`,
 * elsewhere as plain JSON that carries `appCode` too. Always in the caller's language.
 */

/** `x-collab-locale` (set by the widget) wins over `Accept-Language`; Swedish by default. */
export function localeOfHeaders(headers: Record<string, string | string[] | undefined>): Locale {
  const requested = headers['x-collab-locale'];
  if (typeof requested === 'string') return pickLocale(requested);
  const accepted = headers['accept-language'];
  return pickLocale(typeof accepted === 'string' ? accepted : undefined);
}

/** Whether a request went to the tRPC API (`/trpc/…`), from its URL as sent. */
export function isTrpcUrl(url: string): boolean {
  return /^\/trpc(\/|\?|$)/.test(url);
}

interface StatusMeaning {
  trpcCode: TRPC_ERROR_CODE_KEY;
  appCode: ErrorCode;
}

function meaningOf(status: number, trpc: boolean): StatusMeaning {
  switch (status) {
    case 401:
      return { trpcCode: 'UNAUTHORIZED', appCode: 'UNAUTHENTICATED' };
    // Fastify's only 403 of its own: a preflight from an origin not on the allowlist.
    case 403:
      return { trpcCode: 'FORBIDDEN', appCode: 'ORIGIN_NOT_ALLOWED' };
    case 404:
      return trpc
        ? { trpcCode: 'NOT_FOUND', appCode: 'UNKNOWN_PROCEDURE' }
        : { trpcCode: 'NOT_FOUND', appCode: 'ROUTE_NOT_FOUND' };
    case 405:
      return { trpcCode: 'METHOD_NOT_SUPPORTED', appCode: 'UNKNOWN_PROCEDURE' };
    case 413:
      return { trpcCode: 'PAYLOAD_TOO_LARGE', appCode: 'PAYLOAD_TOO_LARGE' };
    case 415:
      return { trpcCode: 'UNSUPPORTED_MEDIA_TYPE', appCode: 'UNSUPPORTED_MEDIA_TYPE' };
    case 429:
      return { trpcCode: 'TOO_MANY_REQUESTS', appCode: 'RATE_LIMITED' };
    // tRPC has no code of its own for 431; the nearest is "too large", with the true status.
    case 431:
      return { trpcCode: 'PAYLOAD_TOO_LARGE', appCode: 'HEADERS_TOO_LARGE' };
    default:
      return status >= 500
        ? { trpcCode: 'INTERNAL_SERVER_ERROR', appCode: 'INTERNAL' }
        : { trpcCode: 'BAD_REQUEST', appCode: 'REQUEST_INVALID' };
  }
}

/** The body for an error with HTTP `status` on `url`, in `locale`. */
export function httpErrorBody(options: {
  status: number;
  url: string;
  locale: Locale;
  /** Our code when the status alone does not say it; it travels under the status's tRPC code. */
  appCode?: ErrorCode;
  params?: ErrorParams;
  requestId?: string;
}): Record<string, unknown> {
  const trpc = isTrpcUrl(options.url);
  const meaning = meaningOf(options.status, trpc);
  const trpcCode = meaning.trpcCode;
  const appCode = options.appCode ?? meaning.appCode;
  const params = options.params ?? {};
  if (trpc) {
    const path = procedurePathOf(options.url);
    return {
      error: appErrorShape({
        trpcCode,
        httpStatus: options.status,
        path,
        locale: options.locale,
        described: describeAppCode(appCode, params),
      }),
    };
  }
  return {
    error: formatErrorMessage(appCode, options.locale, params),
    appCode,
    params,
    ...(options.requestId ? { requestId: options.requestId } : {}),
  };
}

/** `invitations.byToken` from `/trpc/invitations.byToken?…`; several in a batch stay joined. */
function procedurePathOf(url: string): string | undefined {
  const raw = url.split('?')[0]?.replace(/^\/trpc\/?/, '') ?? '';
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Node refuses some requests before Fastify sees them (headers over 16 KB: 431, a malformed
 * request: 400), and Fastify answers those on the socket. This does the same in our shape,
 * reading the path and the language from whatever part of the request arrived.
 */
export function answerClientError(
  error: ConnectionError,
  socket: Socket,
  /** The body and type for a `/v1` URL: a problem there (v1/problem.ts), not this shape. */
  problemFor?: (status: number, url: string, locale: Locale) => string | null,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  // Node hands over a Buffer, whatever Fastify's type says.
  const raw: unknown = error.rawPacket;
  const packet = Buffer.isBuffer(raw) ? raw.toString('latin1') : '';
  const url = /^[A-Z]+ (\S+)/.exec(packet)?.[1] ?? '/';
  const header = (name: string) =>
    new RegExp(`^${name}:[ \\t]*([^\\r\\n]*)`, 'im').exec(packet)?.[1]?.trim();
  const locale = localeOfHeaders({
    'x-collab-locale': header('x-collab-locale'),
    'accept-language': header('accept-language'),
  });
  const problem = problemFor?.(status, url, locale) ?? null;
  const body = problem ?? JSON.stringify(httpErrorBody({ status, url, locale }));
  const type = problem ? 'application/problem+json' : 'application/json';
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${statusText[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: ${type}; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

const statusText: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};
