import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookAttempts,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
  type WebhookContext,
} from '@collab/api';
import {
  attemptListQuerySchema,
  endpointListQuerySchema,
  rotateSecretSchema,
  webhookAttemptSchema,
  webhookEndpointCreateSchema,
  webhookEndpointParams,
  webhookEndpointPatchSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from '@collab/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { integrationContextOf } from '../auth.js';
import type { V1Dependencies, V1RouteSet } from '../plugin.js';
import { listOf, ok, readProblems, tagVersion, writeProblems } from './shared.js';

const tags = ['Webhooks'];

export function webhookContextOf(
  request: FastifyRequest,
  dependencies: V1Dependencies,
): WebhookContext {
  return {
    ...integrationContextOf(request, dependencies),
    secrets: dependencies.secrets,
    urlPolicy: dependencies.webhookUrlPolicy,
  };
}

/** `/v1/webhook-endpoints`: where events are POSTed, signed (docs/webhooks.md). */
export function registerWebhookEndpointRoutes({ api, dependencies, config }: V1RouteSet): void {
  const item = '/webhook-endpoints/:endpointId';
  const context = (request: FastifyRequest) => webhookContextOf(request, dependencies);

  api.post(
    '/webhook-endpoints',
    {
      config,
      schema: {
        operationId: 'createWebhookEndpoint',
        summary: 'Create a webhook endpoint',
        description:
          'Answers the signing secret (`whsec_…`) once: store it, Collab keeps it only sealed. ' +
          'In production the URL must be https and resolve to public addresses only.',
        tags,
        body: webhookEndpointCreateSchema,
        response: {
          201: ok(webhookEndpointWithSecretSchema, 'Created, with its secret.'),
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      const created = await createWebhookEndpoint(context(request), request.body);
      reply.code(201);
      tagVersion(reply, created);
      return created;
    },
  );

  api.get(
    '/webhook-endpoints',
    {
      config,
      schema: {
        operationId: 'listWebhookEndpoints',
        summary: 'List webhook endpoints',
        tags,
        querystring: endpointListQuerySchema,
        response: { 200: listOf(webhookEndpointSchema, 'A page of endpoints.'), ...readProblems },
      },
    },
    async (request) => listWebhookEndpoints(context(request), request.query),
  );

  api.get(
    item,
    {
      config,
      schema: {
        operationId: 'getWebhookEndpoint',
        summary: 'Get a webhook endpoint',
        tags,
        params: webhookEndpointParams,
        response: { 200: ok(webhookEndpointSchema, 'The endpoint.'), ...readProblems },
      },
    },
    async (request, reply) => {
      const endpoint = getWebhookEndpoint(context(request), request.params.endpointId);
      tagVersion(reply, endpoint);
      return endpoint;
    },
  );

  for (const [method, operationId, body, summary] of [
    ['put', 'replaceWebhookEndpoint', webhookEndpointCreateSchema, 'Replace a webhook endpoint'],
    ['patch', 'updateWebhookEndpoint', webhookEndpointPatchSchema, 'Change a webhook endpoint'],
  ] as const) {
    api[method](
      item,
      {
        config,
        schema: {
          operationId,
          summary,
          description:
            '`enabled: true` turns on an endpoint Collab disabled after days of failures.',
          tags,
          params: webhookEndpointParams,
          body,
          response: { 200: ok(webhookEndpointSchema, 'The endpoint.'), ...writeProblems },
        },
      },
      async (request, reply) => {
        const input = request.body as z.output<typeof webhookEndpointPatchSchema>;
        const endpoint = await updateWebhookEndpoint(context(request), request.params.endpointId, {
          ...input,
          ...(method === 'put' ? { description: input.description ?? '' } : {}),
        });
        tagVersion(reply, endpoint);
        return endpoint;
      },
    );
  }

  api.delete(
    item,
    {
      config,
      schema: {
        operationId: 'deleteWebhookEndpoint',
        summary: 'Delete a webhook endpoint',
        description: 'Nothing more is sent to it; its attempts are deleted with it.',
        tags,
        params: webhookEndpointParams,
        response: {
          204: {
            description: 'Deleted.',
            content: { 'application/json': { schema: z.undefined() } },
          },
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      await deleteWebhookEndpoint(context(request), request.params.endpointId);
      return reply.code(204).send();
    },
  );

  api.post(
    `${item}/rotate-secret`,
    {
      config,
      schema: {
        operationId: 'rotateWebhookSecret',
        summary: 'Rotate the signing secret',
        description:
          'Answers the new secret once. The old one keeps signing for `overlapSeconds` ' +
          '(default 24 hours): meanwhile `webhook-signature` carries both signatures.',
        tags,
        params: webhookEndpointParams,
        body: rotateSecretSchema,
        response: {
          200: ok(webhookEndpointWithSecretSchema, 'The endpoint with its new secret.'),
          ...writeProblems,
        },
      },
    },
    async (request) =>
      rotateWebhookSecret(
        context(request),
        request.params.endpointId,
        request.body?.overlapSeconds ?? 24 * 3600,
      ),
  );

  api.get(
    `${item}/attempts`,
    {
      config,
      schema: {
        operationId: 'listWebhookAttempts',
        summary: 'List an endpoint’s delivery attempts',
        description: 'Newest first: time, status, duration, the start of the answer.',
        tags,
        params: webhookEndpointParams,
        querystring: attemptListQuerySchema,
        response: { 200: listOf(webhookAttemptSchema, 'A page of attempts.'), ...readProblems },
      },
    },
    async (request) =>
      listWebhookAttempts(context(request), request.params.endpointId, request.query),
  );
}
