import { STATUS_CODES } from 'node:http';
import { AppError } from '@collab/api';
import {
  type ErrorCode,
  type ErrorParams,
  type FieldErrors,
  fieldErrorsFromZod,
  formatErrorMessage,
  type Locale,
  type Problem,
} from '@collab/contracts';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { $ZodError } from 'zod/v4/core';
import { localeOfHeaders } from '../http-errors.js';
import { V1ValidationError } from './validation.js';

/**
 * Every error under `/v1` is an RFC 9457 problem (`application/problem+json`): the contracts'
 * `problemSchema`, with our `appCode`, its params and field errors, worded in the caller's
 * language from the error catalog. Never internal text. See docs/architecture.md ("/v1").
 */
export const problemContentType = 'application/problem+json; charset=utf-8';

/** Whether a request went to the integration API, from its URL as sent. */
export function isV1Url(url: string): boolean {
  return /^\/v1(\/|\?|$)/.test(url);
}

export interface ProblemInput {
  status: number;
  appCode: ErrorCode;
  params?: ErrorParams;
  errors?: FieldErrors | null;
}

/** Builds the problem body; `type` points at the error's entry in the API reference. */
export function problemBody(
  input: ProblemInput,
  context: { url: string; locale: Locale; requestId?: string; publicUrl: string },
): Problem {
  const params = input.params ?? {};
  return {
    type: `${context.publicUrl}/v1/reference#error-${input.appCode}`,
    title: STATUS_CODES[input.status] ?? 'Error',
    status: input.status,
    detail: formatErrorMessage(input.appCode, context.locale, params),
    // The path only: a query string can carry a cursor, which is nobody's business in a log.
    instance: context.url.split('?')[0] ?? context.url,
    appCode: input.appCode,
    params,
    errors: input.errors ?? null,
    ...(context.requestId ? { requestId: context.requestId } : {}),
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  input: ProblemInput,
  publicUrl: string,
): FastifyReply {
  const body = problemBody(input, {
    url: request.url,
    locale: localeOfHeaders(request.headers),
    requestId: request.id,
    publicUrl,
  });
  if (input.status === 401) reply.header('www-authenticate', 'Bearer');
  // Sent as text so no route's response serializer ever reshapes (or refuses) a problem.
  return reply.code(input.status).type(problemContentType).send(JSON.stringify(body));
}

/** For `answerClientError` (http-errors.ts): the problem text for a `/v1` URL, else null. */
export function socketProblemFor(publicUrl: string) {
  return (status: number, url: string, locale: Locale): string | null =>
    isV1Url(url)
      ? JSON.stringify(
          problemBody({ status, appCode: appCodeForStatus(status) }, { url, locale, publicUrl }),
        )
      : null;
}

/** The appCode for a status Fastify or a plugin answered with, when nothing more is known. */
function appCodeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'INTEGRATION_KEY_REQUIRED';
    case 404:
      return 'ROUTE_NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 431:
      return 'HEADERS_TOO_LARGE';
    default:
      return status >= 500 ? 'INTERNAL' : 'REQUEST_INVALID';
  }
}

/** Field errors as the domain put them (codes), worded in the caller's language. */
function wordFieldErrors(cause: AppError, locale: Locale): FieldErrors | null {
  if (!cause.fieldErrors) return null;
  return Object.fromEntries(
    Object.entries(cause.fieldErrors).map(([field, errors]) => [
      field,
      errors.map(({ code }) => ({ code, message: formatErrorMessage(code, locale, cause.params) })),
    ]),
  );
}

/**
 * What any thrown error means as a problem: schema validation (ours, with the zod error kept
 * whole), a domain error (a TRPCError whose cause is an AppError), a Fastify or plugin error
 * with a status (413, 415, 429, malformed JSON), or anything else: 500, logged, never shown.
 */
export function problemForError(
  error: unknown,
  request: FastifyRequest,
): ProblemInput & { retryAfterSeconds?: number } {
  const locale = localeOfHeaders(request.headers);
  if (error instanceof V1ValidationError) {
    return {
      status: 400,
      appCode: 'VALIDATION_FAILED',
      errors: fieldErrorsFromZod(error.zodError, locale),
    };
  }
  if (error instanceof TRPCError) {
    const cause = error.cause;
    if (cause instanceof AppError) {
      return {
        status: getHTTPStatusCodeFromError(error),
        appCode: cause.appCode,
        params: cause.params,
        errors: wordFieldErrors(cause, locale),
      };
    }
    if (cause instanceof $ZodError) {
      return {
        status: 400,
        appCode: 'VALIDATION_FAILED',
        errors: fieldErrorsFromZod(cause, locale),
      };
    }
  }
  const described =
    error !== null && typeof error === 'object'
      ? (error as { statusCode?: unknown; retryAfterSeconds?: unknown; code?: unknown })
      : {};
  const status =
    typeof described.statusCode === 'number' &&
    described.statusCode >= 400 &&
    described.statusCode < 500
      ? described.statusCode
      : 500;
  const retryAfterSeconds =
    typeof described.retryAfterSeconds === 'number' ? described.retryAfterSeconds : undefined;
  return {
    status,
    appCode: appCodeForStatus(status),
    params: retryAfterSeconds === undefined ? {} : { retryAfterSeconds },
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}
