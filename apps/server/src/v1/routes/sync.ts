import { syncAgency } from '@collab/api';
import { syncMaximumRecords, syncRequestSchema, syncResultSchema } from '@collab/contracts';
import { integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import { agencyParams, ok, writeProblems } from './shared.js';

/**
 * 10,000 records of the largest kind (a customer with contact, about 500 bytes of JSON) come
 * to about 5 MB; the server's 6 MB default would cut a real directory short. 16 MB leaves room
 * for long names and still refuses abuse with 413 before anything is parsed.
 */
export const syncBodyLimitBytes = 16 * 1024 * 1024;

export function registerSyncRoutes({ api, dependencies, config }: V1RouteSet): void {
  api.post(
    '/agencies/:agencyId/sync',
    {
      config,
      bodyLimit: syncBodyLimitBytes,
      schema: {
        operationId: 'syncAgency',
        summary: 'Sync an agency’s directory in bulk',
        description:
          `Up to ${syncMaximumRecords} employees, customers and tasks together, each applied ` +
          'as a PUT by its `id` (employees first, then customers, then tasks, so a task can ' +
          'name records of the same call). Each record succeeds or fails on its own; the ' +
          'result lists every record with its outcome, version and any error.',
        tags: ['Agencies'],
        params: agencyParams,
        body: syncRequestSchema,
        response: { 200: ok(syncResultSchema, 'What happened to each record.'), ...writeProblems },
      },
    },
    async (request) =>
      syncAgency(
        integrationContextOf(request, dependencies),
        request.params.agencyId,
        request.body,
      ),
  );
}
