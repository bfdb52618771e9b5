import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { accessRouter } from './routers/access.js';
import { accountRouter } from './routers/account.js';
import { activationRequestsRouter } from './routers/activation-requests.js';
import { auditRouter } from './routers/audit.js';
import { catalogRouter } from './routers/catalog.js';
import { collaborationsRouter } from './routers/collaborations.js';
import { customersRouter } from './routers/customers.js';
import { invitationsRouter } from './routers/invitations.js';
import { sessionRouter } from './routers/session.js';
import { tasksRouter } from './routers/tasks.js';
import { createCallerFactory, router } from './trpc.js';

/**
 * Every procedure is reachable without a session at the tRPC level; the domain functions
 * decide who may do what, so the rules hold whichever way a procedure is called.
 */
export const appRouter = router({
  session: sessionRouter,
  catalog: catalogRouter,
  customers: customersRouter,
  collaborations: collaborationsRouter,
  invitations: invitationsRouter,
  tasks: tasksRouter,
  audit: auditRouter,
  account: accountRouter,
  access: accessRouter,
  activationRequests: activationRequestsRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
