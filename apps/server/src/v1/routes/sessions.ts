import { resolveSessionUser } from '@collab/api';
import { sessionCreateSchema, sessionSchema } from '@collab/contracts';
import { actorOf, integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import { ok, problemResponse, writeProblems } from './shared.js';

/**
 * A widget session for one of the host's signed-in users (the pattern of Stripe's Account
 * Sessions): the host's backend asks, its page hands the token to the widget's `getToken`.
 * The token is good on `/trpc` for that user only, never on `/v1` (session-tokens.ts).
 */
export function registerSessionRoutes({ api, dependencies, config }: V1RouteSet): void {
  api.post(
    '/sessions',
    {
      config,
      schema: {
        operationId: 'createSession',
        summary: 'Create a widget session for a user',
        description:
          'Refused with 403 EMPLOYEE_DEACTIVATED / ACCOUNT_USER_DEACTIVATED for a deactivated ' +
          'person, 404 when the user is not yours. The token stops working at `expiresAt`, and ' +
          'at once when the person is deactivated.',
        tags: ['Sessions'],
        body: sessionCreateSchema,
        response: {
          201: ok(sessionSchema, 'The session.'),
          403: problemResponse('The person is deactivated.'),
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      const context = integrationContextOf(request, dependencies);
      const resolved = await resolveSessionUser(context, request.body.user);
      const { token, expiresAt } = await dependencies.sessionTokens.mint(
        {
          userId: resolved.userId,
          integrationId: actorOf(request).id,
          expiresInSeconds: request.body.expiresInSeconds,
        },
        dependencies.clock.now(),
      );
      reply.code(201).header('cache-control', 'no-store');
      return {
        object: 'session' as const,
        token,
        expiresAt: expiresAt.toISOString(),
        user: request.body.user,
      };
    },
  );
}
