import {
  type ErrorCode,
  type ErrorParams,
  type FieldErrors,
  fieldErrorsFromZod,
  formatErrorMessage,
} from '@collab/contracts';
import { initTRPC, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { $ZodError } from 'zod/v4/core';
import type { InnerContext } from './context.js';
import { AppError } from './errors.js';

/** What every error carries besides tRPC's own code: our code, its params and field errors. */
export interface AppErrorData {
  appCode: ErrorCode;
  params: ErrorParams;
  fieldErrors: FieldErrors | null;
  details: Record<string, unknown> | null;
}

/** tRPC's own errors (a malformed request, an unknown procedure) mapped to our codes. */
const appCodeForTrpcCode: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorCode>> = {
  BAD_REQUEST: 'VALIDATION_FAILED',
  PARSE_ERROR: 'VALIDATION_FAILED',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  NOT_FOUND: 'UNKNOWN_PROCEDURE',
  METHOD_NOT_SUPPORTED: 'UNKNOWN_PROCEDURE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
};

function describeError(
  error: { code: TRPC_ERROR_CODE_KEY; cause?: unknown },
  locale: InnerContext['locale'],
): AppErrorData {
  const cause = error.cause;
  // Classic schemas throw ZodError, zod/mini ones (activateInputSchema) $ZodRealError: both are $ZodError.
  if (cause instanceof $ZodError) {
    return {
      appCode: 'VALIDATION_FAILED',
      params: {},
      fieldErrors: fieldErrorsFromZod(cause, locale),
      details: null,
    };
  }
  if (cause instanceof AppError) {
    const fieldErrors = cause.fieldErrors
      ? Object.fromEntries(
          Object.entries(cause.fieldErrors).map(([field, errors]) => [
            field,
            errors.map(({ code }) => ({
              code,
              message: formatErrorMessage(code, locale, cause.params),
            })),
          ]),
        )
      : null;
    return {
      appCode: cause.appCode,
      params: cause.params,
      fieldErrors,
      details: cause.details ?? null,
    };
  }
  return {
    appCode: appCodeForTrpcCode[error.code] ?? 'INTERNAL',
    params: {},
    fieldErrors: null,
    details: null,
  };
}

const t = initTRPC.context<InnerContext>().create({
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? 'sv';
    const described = describeError(error, locale);
    return {
      code: shape.code,
      // Never raw server text: the message always comes from the error catalog.
      message: formatErrorMessage(described.appCode, locale, described.params),
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        ...described,
      },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
