import type { PutResult } from '@collab/api';
import { externalIdSchema, listPageSchema, problemSchema } from '@collab/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/** Path parameters: the host's ids, URL-encoded, checked like every other field. */
export const agencyParams = z.object({ agencyId: externalIdSchema });
export const accountParams = z.object({ accountId: externalIdSchema });
export const employeeParams = agencyParams.extend({ employeeId: externalIdSchema });
export const customerParams = agencyParams.extend({ customerId: externalIdSchema });
export const taskParams = agencyParams.extend({ taskId: externalIdSchema });
export const accountUserParams = accountParams.extend({ userId: externalIdSchema });

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** The problems every authenticated route can answer, documented once. */
const commonProblems = {
  400: problemResponse('The request is invalid: `errors` names each field and what is wrong.'),
  401: problemResponse('No key, or a key that is unknown or revoked.'),
  413: problemResponse('The body is over the limit.'),
  415: problemResponse('The body is not JSON.'),
  429: problemResponse('Too many requests; see Retry-After.'),
  500: problemResponse('Something went wrong on our side.'),
};
export const readProblems = {
  ...commonProblems,
  404: problemResponse('No such resource (or not yours: the same answer).'),
};
export const writeProblems = {
  ...readProblems,
  409: problemResponse('The change conflicts with the data (the appCode says how).'),
};

export function ok<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function listOf<Schema extends z.ZodType>(item: Schema, description: string) {
  return ok(listPageSchema(item), description);
}

/** A PUT's answer: 201 when it created the resource, 200 when it updated it or changed nothing. */
export function answerPut<Resource extends { version: number }>(
  reply: FastifyReply,
  result: PutResult<Resource>,
): Resource {
  reply.code(result.outcome === 'created' ? 201 : 200);
  tagVersion(reply, result.resource);
  reply.header('collab-outcome', result.outcome);
  return result.resource;
}

/** `ETag` from the resource's version: it changes exactly when the resource does. */
export function tagVersion(reply: FastifyReply, resource: { version: number }): void {
  reply.header('etag', `"${resource.version}"`);
}

export const putDescription =
  'Creates the resource under your id, or replaces it. Answers 201 when created, 200 when ' +
  'updated or unchanged (the same body twice keeps the version). `Collab-Outcome` says which.';
