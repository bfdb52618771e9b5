import { getAgency, listAgencies, putAgency } from '@collab/api';
import { agencyPutSchema, agencySchema, listQuerySchema } from '@collab/contracts';
import { integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import {
  agencyParams,
  answerPut,
  listOf,
  ok,
  putDescription,
  readProblems,
  tagVersion,
  writeProblems,
} from './shared.js';

const tags = ['Agencies'];

export function registerAgencyRoutes({ api, dependencies, config }: V1RouteSet): void {
  api.put(
    '/agencies/:agencyId',
    {
      config,
      schema: {
        operationId: 'putAgency',
        summary: 'Create or replace an agency',
        description: putDescription,
        tags,
        params: agencyParams,
        body: agencyPutSchema,
        response: {
          200: ok(agencySchema, 'Updated, or unchanged.'),
          201: ok(agencySchema, 'Created.'),
          ...writeProblems,
        },
      },
    },
    async (request, reply) =>
      answerPut(
        reply,
        await putAgency(
          integrationContextOf(request, dependencies),
          request.params.agencyId,
          request.body,
        ),
      ),
  );

  api.get(
    '/agencies/:agencyId',
    {
      config,
      schema: {
        operationId: 'getAgency',
        summary: 'Get an agency',
        tags,
        params: agencyParams,
        response: { 200: ok(agencySchema, 'The agency.'), ...readProblems },
      },
    },
    async (request, reply) => {
      const agency = await getAgency(
        integrationContextOf(request, dependencies),
        request.params.agencyId,
      );
      tagVersion(reply, agency);
      return agency;
    },
  );

  api.get(
    '/agencies',
    {
      config,
      schema: {
        operationId: 'listAgencies',
        summary: 'List your agencies',
        description: 'Ordered by id. Pass `nextCursor` as `cursor` for the next page.',
        tags,
        querystring: listQuerySchema,
        response: { 200: listOf(agencySchema, 'A page of agencies.'), ...readProblems },
      },
    },
    async (request) => listAgencies(integrationContextOf(request, dependencies), request.query),
  );
}
