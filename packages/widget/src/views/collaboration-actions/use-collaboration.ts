import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc.js';

/** After a change, everything that lists or shows collaborations is read again. */
export function useInvalidateCollaborations(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.collaborations.pathFilter()),
      queryClient.invalidateQueries(trpc.customers.pathFilter()),
      queryClient.invalidateQueries(trpc.account.pathFilter()),
      queryClient.invalidateQueries(trpc.audit.pathFilter()),
      queryClient.invalidateQueries(trpc.access.pathFilter()),
    ]);
  };
}
