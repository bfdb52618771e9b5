import type { FastifyInstance } from 'fastify';

/**
 * The preference (RFC 7240 `Prefer`) by which a client says it reads every answer from the
 * body, so an expected refusal need not be an HTTP error status. The widget sends it: a
 * browser logs every 4xx answer as a console error ("Failed to load resource …"), and a host's
 * error monitor then reports a stale edit's 409 or a taken service's refusal as if something
 * had broken, although the widget shows it as a normal screen. tRPC's client reads success or
 * failure from the body alone, and the error keeps its status in `error.data.httpStatus`.
 * Without the preference nothing changes.
 */
export const errorsInBodyPreference = 'collab-errors-in-body';

/**
 * The statuses of refusals a view expects and shows. Not 401 (the widget renews its token on
 * it), 429 (its wait is also a header) or 413/415 (a broken request, not a refusal).
 */
const expectedRefusals = new Set([400, 403, 404, 409, 412, 422]);

function prefersErrorsInBody(header: string | string[] | undefined): boolean {
  const values = Array.isArray(header) ? header : header ? [header] : [];
  return values.some((value) =>
    value
      .split(',')
      .some(
        (preference) => preference.split(';')[0]?.trim().toLowerCase() === errorsInBodyPreference,
      ),
  );
}

/**
 * tRPC's Fastify adapter sends its answer as a web `Response`, whose status and headers Fastify
 * takes only after the onSend hooks. This hook, for `/trpc` only, turns it into status, headers
 * and a buffer on the reply first (tRPC's answers here are whole JSON documents, never a
 * stream), so that the hooks after it (compression: over 1 KB, with a length it can see) work
 * on a plain body, and a stream never stands between a closing server and its last answers.
 * With the preference, an expected refusal gets status 200 (`Preference-Applied`). The
 * integration API `/v1` keeps its statuses (problem+json).
 */
export function registerTrpcAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/trpc/') || !(payload instanceof Response)) return payload;
    const body = Buffer.from(await payload.arrayBuffer());
    for (const [name, value] of payload.headers) {
      if (name !== 'content-length') reply.header(name, value);
    }
    reply.code(payload.status);
    if (prefersErrorsInBody(request.headers.prefer)) {
      const vary = reply.getHeader('vary');
      reply.header('vary', vary ? `${String(vary)}, prefer` : 'prefer');
      if (expectedRefusals.has(payload.status)) {
        reply.code(200);
        reply.header('preference-applied', errorsInBodyPreference);
      }
    }
    return body;
  });
}
