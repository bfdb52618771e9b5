import { type CollaborationStatus, dependentsOf, type ServiceId } from '@collab/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc.js';
import type { CollaborationView, Session } from './labels.js';

export interface BlockingCollaboration {
  service: ServiceId;
  status: CollaborationStatus;
}

/**
 * The customer's open collaborations (with the same agency) whose service builds on this one:
 * while any is pending or active, the server refuses to end it (eEkonomi under Scanner or
 * Ekonomiöversikt). Known before the person confirms, from the catalog's `dependentsOf` and
 * the customer's collaborations: the agency reads them from `customers.get`, the company's
 * admin from its own `account.collaborations`. It only informs: if it cannot be read, the
 * server's refusal still says the same.
 */
export function useEndBlockers(
  collaboration: CollaborationView | undefined,
  session: Session | undefined,
): BlockingCollaboration[] {
  const trpc = useTRPC();
  const dependents = collaboration?.service ? dependentsOf(collaboration.service) : [];
  const needed = collaboration !== undefined && dependents.length > 0;
  // `enabled`, not `skipToken`: these keys are shared with the views' own lists, and a
  // disabled observer must not turn their refetches into "no query function" failures.
  const customer = useQuery({
    ...trpc.customers.get.queryOptions({ customerId: collaboration?.customer.id ?? '' }),
    enabled: needed && session?.kind === 'employee',
    retry: false,
  });
  const account = useQuery({
    ...trpc.account.collaborations.queryOptions(),
    enabled: needed && session?.kind === 'account_user',
    retry: false,
  });
  if (!collaboration || !needed) return [];
  const open: BlockingCollaboration[] =
    session?.kind === 'employee'
      ? (customer.data?.openCollaborations ?? []).map(({ service, status }) => ({
          service,
          status,
        }))
      : session?.kind === 'account_user'
        ? [
            ...(account.data?.collaborations ?? [])
              .filter(
                (other) =>
                  other.agency.id === collaboration.agency.id &&
                  other.customer.id === collaboration.customer.id &&
                  other.status === 'active',
              )
              .flatMap((other) =>
                other.service ? [{ service: other.service, status: other.status }] : [],
              ),
            ...(account.data?.pendingInvitations ?? [])
              .filter((invitation) => invitation.agencyName === collaboration.agency.name)
              .flatMap((invitation) =>
                invitation.services.map(({ service }) => ({
                  service,
                  status: 'pending' as const,
                })),
              ),
          ]
        : [];
  return open.filter(
    (other) =>
      dependents.includes(other.service) &&
      (other.status === 'active' || other.status === 'pending'),
  );
}
