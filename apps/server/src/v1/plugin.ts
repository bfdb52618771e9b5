import type { Clock, SecretBox, WebhookUrlPolicy } from '@collab/api';
import type { Database } from '@collab/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SessionTokens } from '../session-tokens.js';
import { actorOf, createIntegrationAuthentication } from './auth.js';
import { registerOpenApi } from './openapi.js';
import { problemForError, sendProblem } from './problem.js';
import { registerAccountUserRoutes } from './routes/account-users.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerAgencyRoutes } from './routes/agencies.js';
import { registerCustomerRoutes } from './routes/customers.js';
import { registerEmployeeRoutes } from './routes/employees.js';
import { registerEventRoutes } from './routes/events.js';
import { registerSessionRoutes } from './routes/sessions.js';
import { registerSyncRoutes } from './routes/sync.js';
import { registerTaskRoutes } from './routes/tasks.js';
import { registerWebhookEndpointRoutes } from './routes/webhook-endpoints.js';
import { createV1ValidatorCompiler } from './validation.js';

/**
 * The integration API, `/v1`: a host's backend provisions its directory by its own ids and
 * mints widget sessions (issue #13; docs/integration-api.md, docs/architecture.md). One
 * encapsulated Fastify plugin with its own validation (the contracts' zod schemas), its own
 * error and not-found handlers (RFC 9457 problems, never tRPC's shape) and its own document.
 */
export interface V1Dependencies {
  db: Database;
  clock: Clock;
  sessionTokens: SessionTokens;
  publicUrl: string;
  /** Requests per minute per integration; a host's sync loop should not starve the widget. */
  requestsPerMinute: number;
  /** Seals webhook signing secrets; the URL policy guards their addresses (docs/webhooks.md). */
  secrets: SecretBox;
  webhookUrlPolicy: WebhookUrlPolicy;
}

function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
export type V1Api = ReturnType<typeof typed>;

/** What each routes file gets: the typed instance and what its handlers need. */
export interface V1RouteSet {
  api: V1Api;
  dependencies: V1Dependencies;
  /** Spread into each route's `config`: the per-integration rate limit. */
  config: Record<string, unknown>;
}

/**
 * Registers `/v1`. Returns its not-found answer (405 with Allow, or 404), which the server's
 * root not-found handler also uses: a static folder served at `/` (the demo) catches every
 * path Fastify's router cannot match, `/v1/…` included, before this plugin's handler.
 */
export async function registerIntegrationApi(
  app: FastifyInstance,
  dependencies: V1Dependencies,
): Promise<(request: FastifyRequest, reply: FastifyReply) => FastifyReply> {
  // A known address with a method it does not take is a 405 with Allow (RFC 9110), not 404.
  const routes: { method: string; pattern: RegExp }[] = [];
  const answerNotFound = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const allowed = allowedMethods(routes, request);
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(
        request,
        reply,
        {
          status: 405,
          appCode: 'METHOD_NOT_ALLOWED',
          params: { method: request.method, allowed: allowed.join(', ') },
        },
        dependencies.publicUrl,
      );
    }
    return sendProblem(
      request,
      reply,
      { status: 404, appCode: 'ROUTE_NOT_FOUND' },
      dependencies.publicUrl,
    );
  };
  await app.register(
    async (v1) => {
      v1.setValidatorCompiler(createV1ValidatorCompiler());
      v1.setSerializerCompiler(serializerCompiler);
      // JSON only: without this, Fastify's default text/plain parser would hand a string to
      // validation (400); a body in another type is a 415, as on /trpc.
      v1.removeContentTypeParser('text/plain');

      v1.setErrorHandler((error, request, reply) => {
        const problem = problemForError(error, request);
        if (problem.status >= 500) request.log.error({ err: error }, 'v1 request failed');
        if (problem.retryAfterSeconds !== undefined)
          reply.header('retry-after', String(problem.retryAfterSeconds));
        return sendProblem(request, reply, problem, dependencies.publicUrl);
      });

      v1.addHook('onRoute', (route) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        const pattern = new RegExp(
          `^${route.url
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/:\w+/g, '[^/]+')
            .replace(/\*/g, '.*')}/?$`,
        );
        for (const method of methods) routes.push({ method, pattern });
      });
      v1.setNotFoundHandler(answerNotFound);

      await registerOpenApi(v1, dependencies.publicUrl);

      await v1.register(async (authenticated) => {
        authenticated.addHook('onRequest', createIntegrationAuthentication(dependencies));
        const set: V1RouteSet = {
          api: typed(authenticated),
          dependencies,
          config: {
            rateLimit: {
              max: dependencies.requestsPerMinute,
              timeWindow: 60_000,
              // After authentication (an earlier onRequest hook): counted per integration.
              keyGenerator: (request: FastifyRequest) => `v1|${actorOf(request).id}`,
            },
          },
        };
        registerAgencyRoutes(set);
        registerEmployeeRoutes(set);
        registerCustomerRoutes(set);
        registerTaskRoutes(set);
        registerAccountRoutes(set);
        registerAccountUserRoutes(set);
        registerSyncRoutes(set);
        registerSessionRoutes(set);
        registerWebhookEndpointRoutes(set);
        registerEventRoutes(set);
      });
    },
    { prefix: '/v1' },
  );
  return answerNotFound;
}

function allowedMethods(
  routes: { method: string; pattern: RegExp }[],
  request: FastifyRequest,
): string[] {
  const path = request.url.split('?')[0] ?? '';
  const found = new Set(
    routes.filter((route) => route.pattern.test(path)).map((route) => route.method),
  );
  return [...found].filter((method) => method !== request.method).sort();
}
