import {
  type CollaborationStatus,
  type ErrorCode,
  type ErrorParams,
  isCollaborationStatus,
  isErrorCode,
  type ServiceOptions,
} from '@collab/contracts';
import { TRPCClientError } from '@trpc/client';
import { errorCodeOf as sharedErrorCodeOf } from '../../api/errors.js';
import type { CollabErrorCode } from '../../events.js';

/** The parts of the server's error data (`AppErrorData`) these dialogs read. */
interface ErrorData {
  appCode?: unknown;
  params?: unknown;
  fieldErrors?: unknown;
  details?: unknown;
}

function dataOf(error: unknown): ErrorData | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null ? (data as ErrorData) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A failure's code, as `collab:error` names it (src/api/errors.ts). */
export const errorCodeOf: (error: unknown) => CollabErrorCode = sharedErrorCodeOf;

export function errorParamsOf(error: unknown): ErrorParams {
  const params = dataOf(error)?.params;
  if (!isRecord(params)) return {};
  const result: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') result[name] = value;
  }
  return result;
}

/** The first code the server put at each field (`taskId`, `selection.service`, `options.variant`). */
export function fieldCodesOf(error: unknown): Record<string, ErrorCode> {
  const fieldErrors = dataOf(error)?.fieldErrors;
  if (!isRecord(fieldErrors)) return {};
  const result: Record<string, ErrorCode> = {};
  for (const [field, errors] of Object.entries(fieldErrors)) {
    const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
    if (isRecord(first) && isErrorCode(first.code)) result[field] = first.code;
  }
  return result;
}

/** What the server holds now, sent with a `VERSION_CONFLICT` in `data.details.current`. */
export interface CurrentValues {
  version: number;
  status: CollaborationStatus;
  taskId: string | null;
  options: ServiceOptions;
}

export function conflictCurrentOf(error: unknown): CurrentValues | null {
  const details = dataOf(error)?.details;
  const current = isRecord(details) ? details.current : undefined;
  if (!isRecord(current)) return null;
  const { version, status, taskId, options } = current;
  if (typeof version !== 'number' || !isCollaborationStatus(status)) return null;
  if (taskId !== null && typeof taskId !== 'string') return null;
  if (!isRecord(options)) return null;
  const stringOptions: ServiceOptions = {};
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === 'string') stringOptions[name] = value;
  }
  return { version, status, taskId, options: stringOptions };
}

/** Failures that asking again may cure; the others are answers, not accidents. */
export function isWorthRetrying(code: CollabErrorCode): boolean {
  return (
    code === 'NETWORK_ERROR' ||
    code === 'INTERNAL' ||
    code === 'RATE_LIMITED' ||
    code === 'TOKEN_UNAVAILABLE'
  );
}
