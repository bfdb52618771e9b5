import { getEvent, listEvents, resendEvent } from '@collab/api';
import {
  eventFeedPageSchema,
  eventFeedQuerySchema,
  eventIdParams,
  eventSchema,
  resendResultSchema,
  resendSchema,
} from '@collab/contracts';
import { integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import { ok, readProblems, writeProblems } from './shared.js';
import { webhookContextOf } from './webhook-endpoints.js';

const tags = ['Events'];

/** The event feed and resend (docs/webhooks.md, "The feed"; docs/events.md). */
export function registerEventRoutes({ api, dependencies, config }: V1RouteSet): void {
  api.get(
    '/events',
    {
      config,
      schema: {
        operationId: 'listEvents',
        summary: 'List events',
        description:
          'Your events of the last 30 days, oldest first. Pass the page’s `nextCursor` as ' +
          '`after` to continue; `types=a,b` filters.',
        tags,
        querystring: eventFeedQuerySchema,
        response: { 200: ok(eventFeedPageSchema, 'A page of events.'), ...readProblems },
      },
    },
    async (request) => listEvents(integrationContextOf(request, dependencies), request.query),
  );

  api.get(
    '/events/:eventId',
    {
      config,
      schema: {
        operationId: 'getEvent',
        summary: 'Get an event',
        tags,
        params: eventIdParams,
        response: { 200: ok(eventSchema, 'The event.'), ...readProblems },
      },
    },
    async (request) =>
      getEvent(integrationContextOf(request, dependencies), request.params.eventId),
  );

  api.post(
    '/events/:eventId/resend',
    {
      config,
      schema: {
        operationId: 'resendEvent',
        summary: 'Send an event again',
        description:
          'To `endpointId`, or to every enabled endpoint that wants the type. An endpoint ' +
          'that had it gets the same `webhook-id` again, with a fresh retry schedule.',
        tags,
        params: eventIdParams,
        body: resendSchema,
        response: { 202: ok(resendResultSchema, 'Queued.'), ...writeProblems },
      },
    },
    async (request, reply) => {
      reply.code(202);
      return resendEvent(webhookContextOf(request, dependencies), request.params.eventId, {
        endpointId: request.body?.endpointId,
      });
    },
  );
}
