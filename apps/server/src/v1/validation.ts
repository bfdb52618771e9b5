import type { FastifySchemaCompiler } from 'fastify';
import { type $ZodError, type $ZodType, safeParse } from 'zod/v4/core';

/**
 * A request that does not match its schema. fastify-type-provider-zod's own validator turns
 * zod's issues into Ajv-style records; this one keeps the zod error whole, so the problem's
 * `errors` come from `fieldErrorsFromZod`, the same words the widget's forms and `/trpc` use.
 * Fastify passes an Error returned by a validator through as the validation error.
 */
export class V1ValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly zodError: $ZodError,
    readonly part: string,
  ) {
    super('VALIDATION_FAILED');
    this.name = 'V1ValidationError';
  }
}

/** Validates params, query and body with the contracts' zod schemas (and coerces/defaults). */
export function createV1ValidatorCompiler(): FastifySchemaCompiler<$ZodType> {
  return ({ schema, httpPart }) =>
    (data) => {
      const result = safeParse(schema, data);
      if (result.success) return { value: result.data };
      return { error: new V1ValidationError(result.error, httpPart ?? 'body') };
    };
}
