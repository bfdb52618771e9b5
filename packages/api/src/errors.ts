import {
  type ErrorCode,
  type ErrorParams,
  errorCatalog,
  type FieldErrors,
} from '@collab/contracts';
import { TRPCError } from '@trpc/server';

/**
 * The cause carried by every TRPCError the domain throws. The error formatter turns it into
 * `data.appCode`, `data.params` and a message in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly appCode: ErrorCode,
    readonly params: ErrorParams = {},
    readonly fieldErrors?: FieldErrors,
    /** Structured data the client needs to recover, such as the current values on a conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(appCode);
    this.name = 'AppError';
  }
}

/** A TRPCError with the standard code that the error catalog gives `appCode`. */
export function fail(
  appCode: ErrorCode,
  params: ErrorParams = {},
  fieldErrors?: FieldErrors,
  details?: Record<string, unknown>,
): TRPCError {
  return new TRPCError({
    code: errorCatalog[appCode].status,
    message: appCode,
    cause: new AppError(appCode, params, fieldErrors, details),
  });
}

/**
 * An error about one field, for rules only the domain can check (a schema cannot know the
 * task's customer). The form shows it at the field; the message names the rule.
 */
export function failField(field: string, appCode: ErrorCode, params: ErrorParams = {}): TRPCError {
  return fail(appCode, params, { [field]: [{ code: appCode, message: appCode }] });
}
