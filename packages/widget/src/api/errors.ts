import { isErrorCode } from '@collab/contracts';
import { TRPCClientError } from '@trpc/client';
import type { CollabErrorCode } from '../events.js';
import type { Translator } from '../i18n/translator.js';

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
 * Any failure to the code and message the user sees. The server's own text is never shown:
 * its `appCode` picks our message, so it is in the widget's language and the host's wording.
 */
export function describeError(error: unknown, translator: Translator): DescribedError {
  const data: ErrorData | undefined =
    error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined;
  if (!data) {
    return {
      code: 'NETWORK_ERROR',
      message: translator.text('problem.network'),
      httpStatus: null,
      procedure: null,
    };
  }
  const code = isErrorCode(data.appCode) ? data.appCode : 'INTERNAL';
  return {
    code,
    message: translator.error(code, isParams(data.params) ? data.params : {}),
    httpStatus: typeof data.httpStatus === 'number' ? data.httpStatus : null,
    procedure: typeof data.path === 'string' ? data.path : null,
  };
}
