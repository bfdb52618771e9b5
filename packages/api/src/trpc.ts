import {
  type ErrorCode,
  type ErrorParams,
  type FieldErrors,
  fieldErrorsFromZod,
  formatErrorMessage,
} from '@collab/contracts';
import { initTRPC, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { $ZodError } from 'zod/v4/core';
import type { InnerContext } from './context.js';
import { AppError, fail } from './errors.js';
import { currentRequestLocale } from './request-locale.js';

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
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
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

/** The JSON error every client reads: tRPC's shape, with our code, params and message. */
export interface AppErrorShape {
  code: number;
  message: string;
  data: { code: TRPC_ERROR_CODE_KEY; httpStatus: number; path: string | undefined } & AppErrorData;
}

/**
 * Shapes an error as the error formatter does. The HTTP server uses it too, for the errors it
 * answers itself before tRPC runs (a body over the limit, a request with headers too large),
 * so that every error from `/trpc` looks the same to a client.
 */
export function appErrorShape(options: {
  trpcCode: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path: string | undefined;
  locale: InnerContext['locale'];
  described: AppErrorData;
}): AppErrorShape {
  const { described, locale } = options;
  return {
    code: TRPC_ERROR_CODES_BY_KEY[options.trpcCode],
    // Never raw server text: the message always comes from the error catalog.
    message: formatErrorMessage(described.appCode, locale, described.params),
    data: {
      code: options.trpcCode,
      httpStatus: options.httpStatus,
      path: options.path,
      ...described,
    },
  };
}

/** An error of ours with no field errors or details, as `appErrorShape` wants it. */
export function describeAppCode(appCode: ErrorCode, params: ErrorParams = {}): AppErrorData {
  return { appCode, params, fieldErrors: null, details: null };
}

const t = initTRPC.context<InnerContext>().create({
  errorFormatter({ shape, error, ctx }) {
    // Without a context (tRPC refused the request before making one), the server still
    // knows the caller's language for this request.
    const locale = ctx?.locale ?? currentRequestLocale() ?? 'sv';
    return appErrorShape({
      trpcCode: shape.data.code,
      httpStatus: shape.data.httpStatus,
      path: shape.data.path,
      locale,
      described: describeError(error, locale),
    });
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;

/**
 * The procedures that take an invitation token, where guessing must be slowed: every call
 * counts against the caller's IP, each call of a batch on its own. It runs after routing, on
 * the procedure actually called, so no spelling of the URL escapes it.
 */
export const tokenAttemptProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const decision = await ctx.tokenAttemptLimiter.hit(
    `invitation-token|${ctx.clientIp ?? 'in-process'}`,
    ctx.clock.now(),
  );
  if (!decision.allowed)
    throw fail('RATE_LIMITED', { retryAfterSeconds: decision.retryAfterSeconds });
  return next();
});
