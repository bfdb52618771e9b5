import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  type AppRouter,
  appRouter,
  type Clock,
  createInnerContext,
  type SecretBox,
} from '@collab/api';
import { pickLocale } from '@collab/contracts';
import { type Database, pendingMigrationCount } from '@collab/db';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { TRPCError } from '@trpc/server';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import { registerDevelopmentRoutes } from './dev-routes.js';
import { InvalidTokenError, type TokenVerifier } from './identity.js';
import type { DeliveredMail } from './mail/index.js';
import type { StaticFolder } from './static-folders.js';

export interface ServerDependencies {
  config: Config;
  db: Database;
  secrets: SecretBox;
  verifier: TokenVerifier;
  clock: Clock;
  developmentSecret: Uint8Array;
  /** The development mailbox, when e-mail is not sent over SMTP. */
  mailbox: { list(): DeliveredMail[] } | null;
  /** Folders served as static files, by URL prefix, when they exist (widget bundles, demo). */
  staticFolders?: StaticFolder[];
  /** Requests per minute per IP on the invitation-token routes and dev login. */
  tokenRouteLimit?: number;
  /** Where logs go; standard output unless a test listens. */
  logStream?: NodeJS.WritableStream;
}

/** Invitation-token procedures and dev login: the routes where guessing must be slowed. */
const limitedRoute = /^\/(trpc\/[^?]*invitations\.(byToken|accept|decline)|dev\/login)/;

/** Large enough for a legacy CSV import (5 MB of text), small enough to refuse abuse. */
const bodyLimitBytes = 6 * 1024 * 1024;

export async function buildServer(dependencies: ServerDependencies): Promise<FastifyInstance> {
  const { config, db } = dependencies;
  const app = Fastify({
    bodyLimit: bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
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

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
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

  // A preflight from an origin that is not allowed is refused outright.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS' && origin && !config.corsOrigins.includes(origin)) {
      return reply.code(403).send({ error: 'This origin may not call the Collab API.' });
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
    ],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });

  await app.register(rateLimit, {
    global: true,
    max: dependencies.tokenRouteLimit ?? 30,
    timeWindow: '1 minute',
    allowList: (request) => !limitedRoute.test(request.url),
    // Token guessing and dev logins are counted apart, per IP.
    keyGenerator: (request) =>
      `${request.ip}|${request.url.startsWith('/dev/') ? 'login' : 'token'}`,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `Too many attempts. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
    }),
  });

  app.setErrorHandler((error, request, reply) => {
    // Fastify's and plugins' errors (413, 429, …) carry a status; anything else is ours: 500.
    const described =
      error !== null && typeof error === 'object'
        ? (error as { statusCode?: unknown; message?: unknown })
        : {};
    const status =
      typeof described.statusCode === 'number' ? Math.min(described.statusCode, 500) : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // No stack traces, and no internal messages, to clients.
    reply.code(status).send({
      error:
        status < 500 && typeof described.message === 'string'
          ? described.message
          : 'Something went wrong on our side.',
      requestId: request.id,
    });
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

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: async ({ req }) => {
        let identity = null;
        try {
          identity = await dependencies.verifier.identify(req.headers.authorization);
        } catch (error) {
          if (error instanceof InvalidTokenError)
            throw new TRPCError({ code: 'UNAUTHORIZED', cause: error });
          throw error;
        }
        const requested = req.headers['x-collab-locale'];
        return createInnerContext({
          db,
          secrets: dependencies.secrets,
          clock: dependencies.clock,
          identity,
          locale: pickLocale(
            typeof requested === 'string' ? requested : req.headers['accept-language'],
          ),
        });
      },
      onError: ({ error, path, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  if (config.devLogin) registerDevelopmentRoutes(app, dependencies);

  for (const folder of dependencies.staticFolders ?? []) {
    if (!existsSync(folder.root)) continue;
    const policy = folder.contentSecurityPolicy;
    await app.register(fastifyStatic, {
      root: folder.root,
      prefix: folder.prefix,
      decorateReply: false,
      ...(folder.cleanUrls ? { extensions: ['html'] } : {}),
      ...(policy
        ? {
            // Runs after helmet's hook, so this policy replaces the product's for these files.
            setHeaders: (reply: FastifyReply) => reply.header('content-security-policy', policy),
          }
        : {}),
    });
  }
  return app;
}
