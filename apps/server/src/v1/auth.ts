import {
  AppError,
  authenticateIntegrationKey,
  type Clock,
  type IntegrationActor,
  type IntegrationContext,
} from '@collab/api';
import type { Database } from '@collab/db';
import { TRPCError } from '@trpc/server';
import type { FastifyRequest } from 'fastify';
import { localeOfHeaders } from '../http-errors.js';

/**
 * `/v1` takes an integration's secret key only: `Authorization: Bearer collab_sk_…`. A widget
 * session token (a JWT) is refused like any other wrong key. The key is looked up on every
 * request (see keys.ts), so a revoked key stops at once. The header is redacted from the logs
 * by the server's pino settings (app.ts); nothing here logs or echoes it.
 */
const actors = new WeakMap<FastifyRequest, IntegrationActor>();

function refuse(appCode: 'INTEGRATION_KEY_REQUIRED' | 'INTEGRATION_KEY_INVALID'): TRPCError {
  return new TRPCError({ code: 'UNAUTHORIZED', message: appCode, cause: new AppError(appCode) });
}

/** The onRequest hook of every authenticated `/v1` route: before the body is even read. */
export function createIntegrationAuthentication(dependencies: { db: Database; clock: Clock }) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') throw refuse('INTEGRATION_KEY_REQUIRED');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
    if (!match?.[1]) throw refuse('INTEGRATION_KEY_INVALID');
    actors.set(
      request,
      authenticateIntegrationKey(dependencies.db, match[1], dependencies.clock.now()),
    );
  };
}

/** The integration the request's key names; only after `authenticate` ran. */
export function actorOf(request: FastifyRequest): IntegrationActor {
  const actor = actors.get(request);
  if (!actor) throw new Error('The /v1 route ran without authentication.');
  return actor;
}

/** What every domain call of the integration API takes: who, when, in which language. */
export function integrationContextOf(
  request: FastifyRequest,
  dependencies: { db: Database; clock: Clock },
): IntegrationContext {
  return {
    db: dependencies.db,
    clock: dependencies.clock,
    integration: actorOf(request),
    locale: localeOfHeaders(request.headers),
  };
}
