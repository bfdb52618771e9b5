import type { AppRouter } from '@collab/api';
import { createTRPCClient, httpLink, type TRPCClientError } from '@trpc/client';
import { currentLocale } from './i18n.js';
import { getToken } from './session.js';

/**
 * The host's own calls to the Collab API (the customer register). Every type comes from the
 * server's `AppRouter`: the demo declares none of its own.
 */
export const api = createTRPCClient<AppRouter>({
  links: [
    httpLink({
      url: '/trpc',
      headers: async () => {
        const token = await getToken();
        return {
          'accept-language': currentLocale(),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        };
      },
    }),
  ],
});

export type ApiError = TRPCClientError<AppRouter>;
