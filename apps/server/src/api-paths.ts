import { appRouter } from '@collab/api';
import { maxBatchSize } from '@collab/contracts';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  HTTPMethods,
} from 'fastify';
import { httpErrorBody, isTrpcUrl, localeOfHeaders } from './http-errors.js';
import { isV1Url, sendProblem } from './v1/problem.js';

/**
 * The answers for paths the router cannot take: each API answers in its own shape (tRPC's
 * for `/trpc`, problem+json for `/v1`), never echoing the URL back.
 */

/**
 * A batch names its procedures in the path (`/trpc/a,b,c`), and Fastify refuses a path
 * parameter longer than `maxParamLength` (100 characters by default), which cut off the
 * widget's own refetch after an edit (7 procedures, 141 characters). Sized so that the longest
 * batch the API takes (`maxBatchSize` calls of the longest procedure name, each character
 * possibly percent-encoded) fits; a longer one gets BATCH_TOO_LARGE.
 */
const longestProcedurePath = Math.max(
  ...Object.keys(appRouter._def.procedures).map((path) => path.length),
);
export const maxBatchPathLength = maxBatchSize * (longestProcedurePath + 1) * 3;

/** An error about a `/trpc` path, in tRPC's shape; a 414 is a batch longer than the API takes. */
function answerTrpcPath(request: FastifyRequest, reply: FastifyReply, status: number) {
  const tooLong = status === 414;
  return reply.code(status).send(
    httpErrorBody({
      status,
      url: request.url,
      locale: localeOfHeaders(request.headers),
      ...(tooLong
        ? { appCode: 'BATCH_TOO_LARGE' as const, params: { maximum: maxBatchSize } }
        : {}),
      requestId: request.id,
    }),
  );
}

/**
 * A path Fastify cannot route (a bad percent-encoding: 400, a procedure list longer than any
 * batch the API takes: 414) is answered here, before any hook; by default Fastify would echo
 * the whole URL back, query string and all.
 */
export function answerFrameworkError(
  publicUrl: string,
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const status = error.statusCode ?? 400;
  if (isV1Url(request.url)) {
    sendProblem(request, reply, { status, appCode: 'REQUEST_INVALID' }, publicUrl);
    return;
  }
  if (isTrpcUrl(request.url)) {
    answerTrpcPath(request, reply, status);
    return;
  }
  reply.code(status).send(
    httpErrorBody({
      status,
      url: request.url,
      locale: localeOfHeaders(request.headers),
      requestId: request.id,
    }),
  );
}

/**
 * A static folder at `/` (the demo) registers `/*`, which would take every path the router
 * cannot match, the API's included: a batch path too long for `/trpc/:path` would be looked
 * up as a file (403), and an unknown `/v1/…` answered as a missing page. These catch-alls are
 * more specific than `/*`, so the API's paths always get the API's answers. OPTIONS stays with
 * CORS's preflight handler.
 */
export function registerApiCatchAlls(
  app: FastifyInstance,
  answerV1NotFound: (request: FastifyRequest, reply: FastifyReply) => FastifyReply,
): void {
  const methods: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
  for (const url of ['/v1', '/v1/*'])
    app.route({ method: methods, url, handler: answerV1NotFound });
  app.route({
    method: methods,
    url: '/trpc/*',
    handler: (request, reply) =>
      answerTrpcPath(
        request,
        reply,
        (request.url.split('?')[0] ?? '').length > maxBatchPathLength ? 414 : 404,
      ),
  });
}
