import { TRPCClientError } from '@trpc/client';

/**
 * The failures the widget finds out about itself, before or instead of an answer from the
 * API: the host's `getToken` gave no token, the API refused the page's origin (CORS), or the
 * API could not be reached. Thrown from the widget's `fetch`, so tRPC hands them to the
 * query as the `cause` of its `TRPCClientError`. Each code is told apart in `collab:error`
 * (packages/widget/README.md, "Troubleshooting").
 */
export type TransportFailureCode = 'TOKEN_UNAVAILABLE' | 'ORIGIN_NOT_ALLOWED' | 'NETWORK_ERROR';

export class TransportFailure extends Error {
  readonly code: TransportFailureCode;

  constructor(code: TransportFailureCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportFailure';
    this.code = code;
  }
}

/** The widget's own failure behind an error, following `cause` (tRPC wraps what fetch threw). */
export function transportFailureOf(error: unknown): TransportFailure | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if (current instanceof TransportFailure) return current;
    current = current instanceof Error ? current.cause : null;
  }
  return null;
}

/**
 * Whether a failed call is worth repeating by itself: not when the host's `getToken` failed (it
 * is asked again on "Try again") nor when the API refuses the origin (only its configuration
 * changes that). An unreachable API may be back in a moment.
 */
export function isLastingTransportFailure(error: unknown): boolean {
  const code = transportFailureOf(error)?.code;
  return code === 'TOKEN_UNAVAILABLE' || code === 'ORIGIN_NOT_ALLOWED';
}

/** The HTTP status of the API's answer to a failed call, when it answered. */
export function httpStatusOfError(error: unknown): number | null {
  if (!(error instanceof TRPCClientError)) return null;
  const status = (error.data as { httpStatus?: unknown } | undefined)?.httpStatus;
  if (typeof status === 'number') return status;
  const response = (error.meta as { response?: unknown } | undefined)?.response;
  return response instanceof Response ? response.status : null;
}
