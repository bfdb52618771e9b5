import {
  type AgencyPut,
  type AgencyResource,
  formatOrgNumber,
  type ListPage,
  type ListQuery,
} from '@collab/contracts';
import { agencies, transact } from '@collab/db';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { IntegrationContext } from './integration-context.js';
import {
  type AgencyRow,
  auditProvisioning,
  cursorAfter,
  iso,
  orgNumberDigits,
  ownAgency,
  type PutResult,
  pageOf,
} from './shared.js';

function agencyResource(row: AgencyRow): AgencyResource {
  return {
    object: 'agency',
    id: row.externalId ?? '',
    name: row.name,
    orgNumber: formatOrgNumber(row.orgNumber),
    logoUrl: row.logoUrl,
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

function snapshot(row: Pick<AgencyRow, 'name' | 'orgNumber' | 'logoUrl'>): Record<string, unknown> {
  return { name: row.name, orgNumber: row.orgNumber, logoUrl: row.logoUrl };
}

/**
 * Creates or updates one of the integration's agencies. The host's id is scoped to the
 * integration: another integration's agency with the same id is a different agency.
 */
export async function putAgency(
  context: IntegrationContext,
  agencyId: string,
  input: AgencyPut,
): Promise<PutResult<AgencyResource>> {
  const integrationId = context.integration.id;
  const wanted = {
    name: input.name,
    orgNumber: orgNumberDigits(input.orgNumber),
    logoUrl: input.logoUrl ?? null,
  };
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const existing = transaction
      .select()
      .from(agencies)
      .where(and(eq(agencies.integrationId, integrationId), eq(agencies.externalId, agencyId)))
      .get();
    if (!existing) {
      const row: AgencyRow = {
        id: crypto.randomUUID(),
        ...wanted,
        integrationId,
        externalId: agencyId,
        version: 1,
        createdAt: now,
      };
      transaction.insert(agencies).values(row).run();
      auditProvisioning(
        context,
        { agencyId: row.id, action: 'agency.provisioned', before: null, after: snapshot(row) },
        now,
      );
      return { resource: agencyResource(row), outcome: 'created' };
    }
    if (
      existing.name === wanted.name &&
      existing.orgNumber === wanted.orgNumber &&
      existing.logoUrl === wanted.logoUrl
    ) {
      return { resource: agencyResource(existing), outcome: 'unchanged' };
    }
    const row = { ...existing, ...wanted, version: existing.version + 1 };
    transaction
      .update(agencies)
      .set({ ...wanted, version: row.version })
      .where(eq(agencies.id, existing.id))
      .run();
    auditProvisioning(
      context,
      {
        agencyId: row.id,
        action: 'agency.provisioned',
        before: snapshot(existing),
        after: snapshot(row),
      },
      now,
    );
    return { resource: agencyResource(row), outcome: 'updated' };
  });
}

export async function getAgency(
  context: IntegrationContext,
  agencyId: string,
): Promise<AgencyResource> {
  return agencyResource(ownAgency(context.db, context.integration.id, agencyId));
}

export async function listAgencies(
  context: IntegrationContext,
  query: ListQuery,
): Promise<ListPage<AgencyResource>> {
  const after = cursorAfter(query);
  const rows = context.db
    .select()
    .from(agencies)
    .where(
      and(
        eq(agencies.integrationId, context.integration.id),
        after === null ? undefined : gt(agencies.externalId, after),
      ),
    )
    .orderBy(asc(agencies.externalId))
    .limit(query.limit + 1)
    .all();
  return pageOf(rows, query, agencyResource);
}
