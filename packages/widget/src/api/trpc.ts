import type { AppRouter } from '@collab/api';
import { createTRPCContext } from '@trpc/tanstack-react-query';

type TrpcContext = ReturnType<typeof createTRPCContext<AppRouter>>;

const trpcContext: TrpcContext = createTRPCContext<AppRouter>();

/** The typed tRPC hooks of every view. Only the router's type crosses from the server. */
export const TRPCProvider: TrpcContext['TRPCProvider'] = trpcContext.TRPCProvider;
export const useTRPC: TrpcContext['useTRPC'] = trpcContext.useTRPC;
