import type { RouterInputs, RouterOutputs } from '@collab/api';
import { type CollaborationStatus, type ServiceId, serviceCatalog } from '@collab/contracts';

/** The overview's shapes and the pure functions over them; no React here. */

export type CollaborationView = RouterOutputs['collaborations']['list']['items'][number];
export type CountsByStatus = NonNullable<RouterOutputs['collaborations']['list']['countsByStatus']>;
export type ListInput = RouterInputs['collaborations']['list'];

/** What the person chose in the filters; an empty string is "all". */
export interface OverviewFilters {
  search: string;
  statuses: CollaborationStatus[];
  service: ServiceId | '';
  taskName: string;
  taskOwnerId: string;
  accountManagerId: string;
  linked: 'all' | 'linked' | 'unlinked';
}

export const noFilters: OverviewFilters = {
  search: '',
  statuses: [],
  service: '',
  taskName: '',
  taskOwnerId: '',
  accountManagerId: '',
  linked: 'all',
};

/** How many collaborations each page asks for: one request per page, never one per row. */
export const overviewPageSize = 50;

export function hasFilters(filters: OverviewFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.statuses.length > 0 ||
    filters.service !== '' ||
    filters.taskName !== '' ||
    filters.taskOwnerId !== '' ||
    filters.accountManagerId !== '' ||
    filters.linked !== 'all'
  );
}

/** The list's input for the chosen filters (without the cursor, which the pages add). */
export function listInputOf(filters: OverviewFilters, customerId: string | null): ListInput {
  const input: ListInput = { limit: overviewPageSize };
  const search = filters.search.trim();
  if (search) input.search = search;
  if (filters.statuses.length > 0) input.status = filters.statuses;
  if (filters.service) input.service = [filters.service];
  if (filters.taskName) input.taskName = filters.taskName;
  if (filters.taskOwnerId) input.taskOwnerId = filters.taskOwnerId;
  if (filters.accountManagerId) input.accountManagerId = filters.accountManagerId;
  if (filters.linked !== 'all') input.linked = filters.linked === 'linked';
  if (customerId) input.customerId = customerId;
  return input;
}

export interface CustomerGroup {
  customer: CollaborationView['customer'];
  collaborations: CollaborationView[];
  /** How many match the filters in all; more than are loaded while pages remain. */
  total: number;
}

/**
 * Collaborations by customer, in the order each customer first appears (the list is newest
 * first, so the customer with the newest change comes first). A later page adds to the groups
 * it already has.
 */
export function groupByCustomer(
  items: readonly CollaborationView[],
  totals: Readonly<Record<string, number>> = {},
): CustomerGroup[] {
  const groups = new Map<string, CustomerGroup>();
  for (const item of items) {
    const group = groups.get(item.customer.id);
    if (group) group.collaborations.push(item);
    else
      groups.set(item.customer.id, { customer: item.customer, collaborations: [item], total: 0 });
  }
  for (const group of groups.values()) {
    group.total = Math.max(totals[group.customer.id] ?? 0, group.collaborations.length);
  }
  return [...groups.values()];
}

export type Invitation = NonNullable<CollaborationView['invitation']>;

export interface SentRequest {
  invitation: Invitation;
  customer: CollaborationView['customer'];
  /** Every collaboration the invitation covers: resending or cancelling it acts on all. */
  collaborations: CollaborationView[];
  expired: boolean;
}

/** Pending and expired collaborations by their invitation. */
export function groupByInvitation(items: readonly CollaborationView[]): SentRequest[] {
  const requests = new Map<string, SentRequest>();
  for (const item of items) {
    if (!item.invitation) continue;
    const request = requests.get(item.invitation.id);
    if (request) {
      request.collaborations.push(item);
      request.expired &&= item.status === 'expired';
    } else {
      requests.set(item.invitation.id, {
        invitation: item.invitation,
        customer: item.customer,
        collaborations: [item],
        expired: item.status === 'expired',
      });
    }
  }
  return [...requests.values()];
}

/** The count shown for the chosen statuses: all of them when none is chosen. */
export function totalOf(counts: CountsByStatus, statuses: readonly CollaborationStatus[]): number {
  return Object.entries(counts)
    .filter(([status]) => statuses.length === 0 || statuses.includes(status as CollaborationStatus))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** "eEkonomi och Scanner": the services an invitation covers. */
export function servicesOf(
  names: readonly (string | null)[],
  list: (items: readonly string[]) => string,
): string {
  return list(names.filter((name): name is string => name !== null));
}

/** A collaboration's service as people know it: the catalog's name, or the old system's. */
export function serviceNameOf(service: ServiceId | null, legacy: string | null): string | null {
  return service ? serviceCatalog[service].name : legacy;
}
