import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  AppError,
  type AppRouter,
  appRouter,
  type Clock,
  createFixedWindowLimiter,
  createInnerContext,
  type RateLimiter,
  type SecretBox,
  withRequestLocale,
} from '@collab/api';
import { maxBatchSize } from '@collab/contracts';
import { type Database, pendingMigrationCount } from '@collab/db';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { TRPCError } from '@trpc/server';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { answerFrameworkError, maxBatchPathLength, registerApiCatchAlls } from './api-paths.js';
import { registerCompression } from './compression.js';
import type { Config } from './config.js';
import { registerDevelopmentRoutes } from './dev-routes.js';
import { answerClientError, httpErrorBody, isTrpcUrl, localeOfHeaders } from './http-errors.js';
import { InvalidTokenError, type TokenVerifier } from './identity.js';
import type { DeliveredMail } from './mail/index.js';
import { OneLinePerRequest } from './request-log.js';
import type { SessionTokens } from './session-tokens.js';
import { registerStaticFolder, type StaticFolder } from './static-folders.js';
import { registerTrpcAnswers } from './trpc-answers.js';
import { registerIntegrationApi } from './v1/plugin.js';
import { isV1Url, socketProblemFor } from './v1/problem.js';

export interface ServerDependencies {
  config: Config;
  db: Database;
  secrets: SecretBox;
  verifier: TokenVerifier;
  /** Mints the widget session tokens of `/v1/sessions`; the verifier takes them on `/trpc`. */
  sessionTokens: SessionTokens;
  clock: Clock;
  developmentSecret: Uint8Array;
  /** The development mailbox, when e-mail is not sent over SMTP. */
  mailbox: { list(): DeliveredMail[] } | null;
  /** Folders served as static files, by URL prefix, when they exist (widget bundles, demo). */
  staticFolders?: StaticFolder[];
  /** Calls per minute per IP of the invitation-token procedures, and of dev login. */
  tokenRouteLimit?: number;
  /**
   * Counts the invitation-token calls; in memory by default. A store shared by several
   * instances can take its place.
   */
  tokenAttemptLimiter?: RateLimiter;
  /** Where logs go; standard output unless a test listens. */
  logStream?: NodeJS.WritableStream;
  /** Requests per minute per integration on `/v1` (6,000 unless a test or benchmark says). */
  integrationRequestsPerMinute?: number;
}

/** Large enough for a legacy CSV import (5 MB of text), small enough to refuse abuse. */
const bodyLimitBytes = 6 * 1024 * 1024;

/** How many calls a `/trpc/a,b,c?batch=1` request makes; 0 for anything else. */
function batchSizeOf(request: FastifyRequest): number {
  if (!request.routeOptions.url?.startsWith('/trpc/')) return 0;
  const query = request.query as Record<string, unknown> | undefined;
  const path = (request.params as Record<string, unknown> | undefined)?.path;
  if (query?.batch !== '1' || typeof path !== 'string') return 0;
  return path.split(',').length;
}

export async function buildServer(dependencies: ServerDependencies): Promise<FastifyInstance> {
  const { config, db } = dependencies;
  const app = Fastify({
    bodyLimit: bodyLimitBytes,
    routerOptions: { maxParamLength: maxBatchPathLength },
    clientErrorHandler: (error, socket) =>
      answerClientError(error, socket, socketProblemFor(config.publicUrl)),
    frameworkErrors: (error, request, reply) =>
      answerFrameworkError(config.publicUrl, error, request, reply),
    trustProxy: config.trustProxy > 0 ? (_address, hop) => hop < config.trustProxy : false,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    logController: new OneLinePerRequest(),
    // Structured logs without secrets or personal data: tokens and addresses are redacted.
    logger: {
      level: config.logLevel,
      ...(dependencies.logStream ? { stream: dependencies.logStream } : {}),
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.token', '*.email', '*.to'],
        censor: '[redacted]',
      },
      serializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          // Query strings can carry tokens (accept links, tRPC GET input): never logged.
          url: request.url.split('?')[0],
          id: request.id,
        }),
      },
    },
  });

  // Graceful shutdown: a request in flight when the server starts closing is answered in full,
  // and its keep-alive connection is closed with the answer. Otherwise the connection would sit
  // idle until Node's keep-alive timeout, and the shutdown would wait for it (seconds, or far
  // longer with many clients).
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing && request.raw.httpVersionMajor < 2) reply.header('connection', 'close');
  });

  /** The headers that matter on an API's JSON answer, as helmet sets them on a page. */
  const jsonApiSecurityHeaders = {
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'cross-origin',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
  };

  // Helmet's headers, from a middleware built once. @fastify/helmet called `helmet(options)`
  // on every request, parsing this policy anew each time: about a twentieth of the server's
  // time on a /v1 PUT (the profile of scripts/bench-v1.ts). The headers are the same.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'", ...config.corsOrigins],
        // Only in production: in development the product is served over plain http.
        upgradeInsecureRequests: config.production ? [] : null,
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    // A JSON answer of an API is never rendered as a page: the page-only headers (the content
    // security policy, framing, opener and referrer policies…) mean nothing on it and cost
    // bytes and time on every call (bench:floor). It keeps the ones that still apply.
    if (isJsonApiUrl(request.url)) {
      reply.headers(jsonApiSecurityHeaders);
      done();
      return;
    }
    // Helmet's own header middlewares call back without an error; pass one on if they ever do.
    securityHeaders(request.raw, reply.raw, (error?: unknown) =>
      done(error instanceof Error ? error : undefined),
    );
  });

  // A preflight from an origin that is not allowed is refused outright.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS' && origin && !config.corsOrigins.includes(origin)) {
      return reply.code(403).send(
        httpErrorBody({
          status: 403,
          url: request.url,
          locale: localeOfHeaders(request.headers),
          requestId: request.id,
        }),
      );
    }
  });
  await app.register(cors, {
    origin: (origin, callback) =>
      callback(null, origin === undefined || config.corsOrigins.includes(origin)),
    allowedHeaders: [
      'authorization',
      'content-type',
      'accept-language',
      'x-request-id',
      'trpc-accept',
      'prefer',
    ],
    exposedHeaders: ['x-request-id', 'preference-applied'],
    maxAge: 600,
  });

  registerTrpcAnswers(app);
  registerCompression(app);

  // Dev login is limited per route (see dev-routes.ts), after Fastify has routed the request,
  // so every spelling of its path counts the same. The token procedures are limited inside
  // the API, per call (tokenAttemptProcedure in packages/api/src/trpc.ts).
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error('Too many attempts.'), {
        statusCode: 429,
        retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });

  // The caller's language, for errors tRPC formats before it has a context (see
  // request-locale.ts in @collab/api). The last hook before the handler: the handler runs
  // inside `done`, so inside the store.
  app.addHook('preHandler', (request, reply, done) => {
    const locale = localeOfHeaders(request.headers);
    // A batch longer than the API takes is refused before any of it runs, with its own code
    // (tRPC's `maxBatchSize` below refuses it too, but only as a generic BAD_REQUEST).
    const batchSize = batchSizeOf(request);
    if (batchSize > maxBatchSize) {
      reply.code(400).send(
        httpErrorBody({
          status: 400,
          url: request.url,
          locale,
          appCode: 'BATCH_TOO_LARGE',
          params: { maximum: maxBatchSize },
        }),
      );
      return;
    }
    withRequestLocale(locale, done);
  });

  app.setErrorHandler((error, request, reply) => {
    // Fastify's and plugins' errors (413, 415, 429, …) carry a status; anything else is ours: 500.
    const described =
      error !== null && typeof error === 'object'
        ? (error as { statusCode?: unknown; retryAfterSeconds?: unknown })
        : {};
    const status =
      typeof described.statusCode === 'number' && described.statusCode >= 400
        ? Math.min(described.statusCode, 500)
        : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const retryAfterSeconds =
      typeof described.retryAfterSeconds === 'number' ? described.retryAfterSeconds : null;
    if (retryAfterSeconds !== null) reply.header('retry-after', String(retryAfterSeconds));
    // No stack traces, and no internal messages, to clients: the words come from the catalog.
    reply.code(status).send(
      httpErrorBody({
        status,
        url: request.url,
        locale: localeOfHeaders(request.headers),
        params: retryAfterSeconds === null ? {} : { retryAfterSeconds },
        requestId: request.id,
      }),
    );
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(
      httpErrorBody({
        status: 404,
        url: request.url,
        locale: localeOfHeaders(request.headers),
        requestId: request.id,
      }),
    );
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      db.get(sql`select 1`);
      const pending = pendingMigrationCount(db);
      if (pending > 0) return reply.code(503).send({ status: 'migrations pending', pending });
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  const tokenAttemptLimiter =
    dependencies.tokenAttemptLimiter ??
    createFixedWindowLimiter({ limit: dependencies.tokenRouteLimit ?? 30, windowMs: 60_000 });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      maxBatchSize,
      createContext: async ({ req }) => {
        let identity = null;
        try {
          identity = await dependencies.verifier.identify(req.headers.authorization);
        } catch (error) {
          if (error instanceof InvalidTokenError)
            throw new TRPCError({ code: 'UNAUTHORIZED', cause: error });
          throw error;
        }
        return createInnerContext({
          db,
          secrets: dependencies.secrets,
          clock: dependencies.clock,
          identity,
          locale: localeOfHeaders(req.headers),
          // Fastify's `ip` honours TRUST_PROXY: the proxy's X-Forwarded-For only when trusted.
          clientIp: req.ip,
          tokenAttemptLimiter,
        });
      },
      // A refused attempt says when to try again, as a header too (RFC 9110 Retry-After).
      responseMeta: ({ errors }) => {
        const waits = errors.flatMap(({ cause }) =>
          cause instanceof AppError && cause.appCode === 'RATE_LIMITED'
            ? [Number(cause.params.retryAfterSeconds)]
            : [],
        );
        return waits.length > 0 ? { headers: { 'retry-after': String(Math.max(...waits)) } } : {};
      },
      onError: ({ error, path, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  // The integration API: its own validation, errors (problem+json) and document (v1/plugin.ts).
  const answerV1NotFound = await registerIntegrationApi(app, {
    db,
    clock: dependencies.clock,
    sessionTokens: dependencies.sessionTokens,
    publicUrl: config.publicUrl,
    requestsPerMinute: dependencies.integrationRequestsPerMinute ?? 6000,
    secrets: dependencies.secrets,
    webhookUrlPolicy: { allowPrivate: config.webhookAllowPrivateUrls },
  });

  registerApiCatchAlls(app, answerV1NotFound);

  if (config.devLogin) registerDevelopmentRoutes(app, dependencies);

  for (const folder of dependencies.staticFolders ?? []) {
    if (existsSync(folder.root)) await registerStaticFolder(app, folder);
  }
  return app;
}

/**
 * Whether a path is answered with an API's JSON: `/trpc`, and `/v1` but for its browsable
 * reference (an HTML page with its scripts and styles).
 */
function isJsonApiUrl(url: string): boolean {
  return isTrpcUrl(url) || (isV1Url(url) && !/^\/v1\/reference(\/|\?|$)/.test(url));
}
