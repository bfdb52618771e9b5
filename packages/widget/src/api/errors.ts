import { type ErrorParams, isErrorCode } from '@collab/contracts';
import { TRPCClientError } from '@trpc/client';
import type { CollabErrorCode } from '../events.js';
import type { Translator } from '../i18n/translator.js';
import { transportFailureOf } from './failures.js';

export interface DescribedError {
  code: CollabErrorCode;
  message: string;
  httpStatus: number | null;
  procedure: string | null;
}

interface ErrorData {
  appCode?: unknown;
  params?: unknown;
  httpStatus?: unknown;
  path?: unknown;
}

function isParams(value: unknown): value is Record<string, string | number> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string' || typeof item === 'number')
  );
}

/**
 * The code of any failure, as `collab:error` names it (README "Troubleshooting"): the
 * widget's own findings first (`TOKEN_UNAVAILABLE`, `ORIGIN_NOT_ALLOWED`, `NETWORK_ERROR`),
 * then the API's `appCode`; its `UNAUTHENTICATED`, still refused after the token was renewed,
 * is `SIGNED_OUT`. A call that got no tRPC answer at all is `NETWORK_ERROR`.
 */
export function errorCodeOf(error: unknown): CollabErrorCode {
  const failure = transportFailureOf(error);
  if (failure) return failure.code;
  const data = error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined;
  if (!data) return 'NETWORK_ERROR';
  if (!isErrorCode(data.appCode)) return 'INTERNAL';
  return data.appCode === 'UNAUTHENTICATED' ? 'SIGNED_OUT' : data.appCode;
}

/** A code's text in the widget's language: the widget's own messages, or the error catalog. */
export function errorMessageOf(
  translator: Translator,
  code: CollabErrorCode,
  params: ErrorParams,
): string {
  switch (code) {
    case 'NETWORK_ERROR':
      return translator.text('problem.network');
    case 'MISSING_API_URL':
      return translator.text('problem.missingApiUrl');
    case 'TOKEN_UNAVAILABLE':
      return translator.text('problem.tokenUnavailable');
    case 'ORIGIN_NOT_ALLOWED':
      return translator.text('problem.originNotAllowed');
    case 'SIGNED_OUT':
      return translator.text('problem.signedOut');
    default:
      return translator.error(code, params);
  }
}

/**
 * Any failure to the code and message the user sees. The server's own text is never shown:
 * its `appCode` picks our message, so it is in the widget's language and the host's wording.
 */
export function describeError(error: unknown, translator: Translator): DescribedError {
  const code = errorCodeOf(error);
  const data =
    error instanceof TRPCClientError && !transportFailureOf(error)
      ? (error.data as ErrorData | undefined)
      : undefined;
  return {
    code,
    message: errorMessageOf(translator, code, isParams(data?.params) ? data.params : {}),
    httpStatus: typeof data?.httpStatus === 'number' ? data.httpStatus : null,
    procedure: typeof data?.path === 'string' ? data.path : null,
  };
}
