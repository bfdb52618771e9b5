import { type SessionUser, sessionSchema } from '@collab/contracts';
import { accountUsers, agencies, customerAccounts, type Database, employees } from '@collab/db';
import { assignDemoExternalIds } from '@collab/db/seed';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/**
 * STANDS FOR THE HOST'S OWN BACKEND. Byrådesk, the demo host app, is served by Collab's server
 * only for convenience; this plugin plays the part that a real host (Smarta Byrån) runs on its
 * own servers: it signs its users in its own way (here: pick a demo user) and opens a widget
 * session for them by calling Collab's `POST /v1/sessions` over HTTP with its secret key, as
 * README "Integrate Collab into your app" shows. The key never reaches the page; the page gets
 * only the short-lived session token. Registered in development only (DEV_LOGIN and SEED_DEMO).
 *
 * It reads Collab's database for one thing a real host never needs: its own ids of the user
 * the demo's picker names. A real host knows its users by its own ids already.
 */
export interface ByradeskBackendOptions {
  db: Database;
  integrationId: string;
  /** The dev integration's secret key (data/dev-integration.key). */
  secretKey: string;
  /** Collab's base URL, known once the server listens. */
  collabUrl: () => string;
}

const sessionBodySchema = z.object({ userId: z.uuid() });

export async function byradeskBackend(
  app: FastifyInstance,
  options: ByradeskBackendOptions,
): Promise<void> {
  const { db, integrationId, secretKey, collabUrl } = options;

  app.post('/byradesk/session', async (request, reply) => {
    const body = sessionBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'Send {"userId": "<uuid>"}.' });
    // A person that an activation made since the last start gets Byrådesk's id first: the
    // stand-in for a host that provisions its users with PUT before they sign in.
    assignDemoExternalIds(db, integrationId);
    const user = byradeskUser(db, body.data.userId);
    if (!user) return reply.code(404).send({ error: 'Byrådesk has no such user.' });

    const response = await fetch(`${collabUrl()}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
    });
    if (!response.ok) {
      request.log.warn({ status: response.status }, 'Collab refused the widget session');
      return reply.code(502).send({ error: `Collab answered ${response.status}.` });
    }
    const session = sessionSchema.parse(await response.json());
    return { token: session.token, expiresAt: session.expiresAt };
  });
}

/** The demo user in Byrådesk's own ids, as `/v1/sessions` takes them. */
function byradeskUser(db: Database, userId: string): SessionUser | null {
  const employee = db
    .select({ employeeId: employees.externalId, agencyId: agencies.externalId })
    .from(employees)
    .innerJoin(agencies, eq(agencies.id, employees.agencyId))
    .where(eq(employees.id, userId))
    .get();
  if (employee?.employeeId && employee.agencyId) {
    return { type: 'employee', agencyId: employee.agencyId, employeeId: employee.employeeId };
  }
  const accountUser = db
    .select({ userId: accountUsers.externalId, accountId: customerAccounts.externalId })
    .from(accountUsers)
    .innerJoin(customerAccounts, eq(customerAccounts.id, accountUsers.accountId))
    .where(eq(accountUsers.id, userId))
    .get();
  if (accountUser?.userId && accountUser.accountId) {
    return { type: 'account_user', accountId: accountUser.accountId, userId: accountUser.userId };
  }
  return null;
}
