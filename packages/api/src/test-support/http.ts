import type { Locale } from '@collab/contracts';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createInnerContext } from '../context.js';
import { appRouter } from '../root.js';
import type { TestWorld } from './world.js';

/**
 * Calls a procedure the way any HTTP client would, as plain JSON, through tRPC's fetch
 * adapter, in-process. Returns the status and the parsed JSON body exactly as sent.
 */
export async function callOverHttp(
  world: TestWorld,
  options: {
    userId: string | null;
    procedure: string;
    input: unknown;
    type: 'query' | 'mutation';
    locale?: Locale;
  },
): Promise<{ status: number; body: unknown }> {
  const base = 'http://collab.test/trpc';
  const request =
    options.type === 'query'
      ? new Request(
          `${base}/${options.procedure}?input=${encodeURIComponent(JSON.stringify(options.input))}`,
        )
      : new Request(`${base}/${options.procedure}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(options.input),
        });
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    req: request,
    router: appRouter,
    createContext: () =>
      createInnerContext({
        db: world.db,
        secrets: world.secrets,
        clock: world.clock,
        locale: options.locale ?? 'en',
        identity: options.userId ? { userId: options.userId } : null,
      }),
  });
  return { status: response.status, body: await response.json() };
}
