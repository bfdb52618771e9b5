import type { AppRouter } from '@collab/api';
import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TRPCClientErrorLike } from '@trpc/client';
import { useTRPC } from '../../api/trpc.js';
import type {
  CollaborationDetails,
  CollaborationView,
  CustomerDetails,
  Session,
} from './labels.js';

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

/**
 * What Edit, Link and History read first: the collaboration, who is signed in, and for the
 * agency the customer (its tasks and open collaborations). A company user does not read the
 * agency's customer.
 */
type ApiQuery<Data> = UseQueryResult<Data, TRPCClientErrorLike<AppRouter>>;

export interface CollaborationContext {
  details: ApiQuery<CollaborationDetails>;
  session: ApiQuery<Session>;
  collaboration: CollaborationView | undefined;
  me: Session | undefined;
  /** Also while the session is unknown: only a company user is known not to be one. */
  isEmployee: boolean;
  customer: ApiQuery<CustomerDetails>;
  /** Until all of the above that applies is read. */
  loading: boolean;
  /** The first failed read that matters to this user, for `LoadFailure`. */
  loadError: TRPCClientErrorLike<AppRouter> | null;
  /** Reads again what failed. */
  retry: () => void;
}

export function useCollaborationContext(collaborationId: string): CollaborationContext {
  const trpc = useTRPC();
  const details = useQuery(trpc.collaborations.get.queryOptions({ collaborationId }));
  // Who is signed in only informs what is offered; the server checks the rights again.
  const session = useQuery({ ...trpc.session.me.queryOptions(), retry: false });
  const collaboration = details.data?.collaboration;
  const me = session.data;
  const isEmployee = me?.kind !== 'account_user';
  // `enabled`, not `skipToken`: the key is shared with other views' reads of the customer.
  const customer = useQuery({
    ...trpc.customers.get.queryOptions({ customerId: collaboration?.customer.id ?? '' }),
    enabled: collaboration !== undefined && isEmployee && !session.isPending,
  });
  return {
    details,
    session,
    collaboration,
    me,
    isEmployee,
    customer,
    loading:
      details.isPending ||
      session.isPending ||
      (isEmployee && collaboration !== undefined && customer.isPending),
    loadError: details.error ?? (isEmployee ? customer.error : null),
    retry: () => {
      if (details.error) void details.refetch();
      if (customer.error) void customer.refetch();
    },
  };
}
