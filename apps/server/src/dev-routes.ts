import { accountUsers, employees, listDemoUsers } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerDependencies } from './app.js';
import { signDevelopmentToken } from './identity.js';

const loginBodySchema = z.object({ userId: z.uuid() });

/**
 * Development identity (DEV_LOGIN=1 only, never in production): pick a seeded user and get a
 * token for them, and read the e-mails the dev mailbox caught.
 */
export function registerDevelopmentRoutes(
  app: FastifyInstance,
  dependencies: ServerDependencies,
): void {
  const { config, db } = dependencies;

  app.get('/dev/users', async () => ({ users: listDemoUsers(db) }));

  // Limited on the route, after Fastify has routed the request: `/dev/%6Cogin` is this route
  // too and counts the same. Per IP (Fastify's `ip`, which honours TRUST_PROXY).
  const loginLimit = {
    rateLimit: { max: dependencies.tokenRouteLimit ?? 30, timeWindow: '1 minute' },
  };
  app.post('/dev/login', { config: loginLimit }, async (request, reply) => {
    const body = loginBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'Send {"userId": "<uuid>"}.' });
    const { userId } = body.data;
    const known =
      db.select({ id: employees.id }).from(employees).where(eq(employees.id, userId)).get() ??
      db
        .select({ id: accountUsers.id })
        .from(accountUsers)
        .where(eq(accountUsers.id, userId))
        .get();
    if (!known) return reply.code(404).send({ error: 'There is no such user.' });
    return { token: await signDevelopmentToken(config, dependencies.developmentSecret, userId) };
  });

  app.get('/dev/mailbox', async (_request, reply) => {
    if (!dependencies.mailbox) {
      return reply
        .code(404)
        .send({ error: 'E-mail goes out over SMTP (SMTP_URL is set); there is no dev mailbox.' });
    }
    return { messages: dependencies.mailbox.list() };
  });
}
