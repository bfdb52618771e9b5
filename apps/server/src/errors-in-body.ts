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
 * For `/trpc` answers only; the integration API `/v1` keeps its statuses (problem+json).
 * Registered before compression, so it sees tRPC's answer as the web `Response` tRPC's Fastify
 * adapter sends (Fastify takes its status after the onSend hooks): an expected refusal is
 * given again with status 200, the same headers and the same body.
 */
export function registerErrorsInBody(app: FastifyInstance): void {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!request.url.startsWith('/trpc/') || !prefersErrorsInBody(request.headers.prefer))
      return payload;
    if (!(payload instanceof Response)) return payload;
    const headers = new Headers(payload.headers);
    headers.append('vary', 'prefer');
    if (!expectedRefusals.has(payload.status))
      return new Response(payload.body, { status: payload.status, headers });
    headers.set('preference-applied', errorsInBodyPreference);
    return new Response(payload.body, { status: 200, headers });
  });
}
