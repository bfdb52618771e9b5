import { serviceCatalog } from '@collab/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../api/trpc.js';
import { useReportError } from '../../runtime/use-report-error.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { AccessMatrix, type MatrixService } from './access-matrix.js';
import { CollaborationCards, type EndButtonRegistry } from './collaboration-list.js';
import type { Collaboration, ServiceAccess } from './labels.js';
import { LoadFailure } from './load-failure.js';

type Agency = Collaboration['agency'];
type AccessQuery = ReturnType<typeof useAccess>;

/** The company's collaborations by agency, in the order the API gives them. */
function byAgency(collaborations: readonly Collaboration[]) {
  const groups = new Map<string, { agency: Agency; collaborations: Collaboration[] }>();
  for (const collaboration of collaborations) {
    const group = groups.get(collaboration.agency.id) ?? {
      agency: collaboration.agency,
      collaborations: [],
    };
    group.collaborations.push(collaboration);
    groups.set(collaboration.agency.id, group);
  }
  return [...groups.values()];
}

/** The columns of an agency's matrix: its active services with the company. */
function activeServices(collaborations: readonly Collaboration[]): MatrixService[] {
  return collaborations.flatMap((collaboration) =>
    collaboration.status === 'active' && collaboration.service
      ? [
          {
            collaborationId: collaboration.id,
            name: serviceCatalog[collaboration.service].name,
            taskName: collaboration.task?.name ?? null,
          },
        ]
      : [],
  );
}

/**
 * Who has access, scoped by the server to the signed-in user's company (`access.list`), and
 * who the company's admins are (`account.admins`, the same query the read-only notice reads).
 */
function useAccess() {
  const trpc = useTRPC();
  const access = useQuery(trpc.access.list.queryOptions({}));
  const admins = useQuery(trpc.account.admins.queryOptions());
  useReportError(access.error);
  return { access, admins };
}

/**
 * The company's own people with access to the agency's services. The one who is the agency's
 * contact person gets the reason `contact_person` even when an admin (contracts/src/access.ts),
 * so an admin is told apart by the admins list: "administratör", never "kontaktperson"
 * (docs/glossary.md).
 */
function CompanyUsers({
  agency,
  entries,
  adminIds,
}: {
  agency: Agency;
  entries: readonly ServiceAccess[];
  adminIds: ReadonlySet<string>;
}) {
  const translator = useTranslator();
  const users = new Map<string, { name: string; admin: boolean }>();
  for (const entry of entries) {
    for (const holder of entry.customerUsers) {
      const admin = holder.reason === 'account_admin' || adminIds.has(holder.id);
      users.set(holder.id, {
        name: holder.name,
        admin: admin || users.get(holder.id)?.admin === true,
      });
    }
  }
  if (users.size === 0) return null;
  const names = [...users.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((user) =>
      user.admin
        ? translator.text('customerView.companyUserAdmin', { name: user.name })
        : translator.text('customerView.companyUserContact', {
            name: user.name,
            agency: agency.name,
          }),
    );
  return (
    <p className="collab-paragraph">
      {translator.text('customerView.companyUsers', { names: translator.list(names) })}
    </p>
  );
}

function AgencyAccess({
  agency,
  agencyHeadingId,
  collaborations,
  query,
}: {
  agency: Agency;
  agencyHeadingId: string;
  collaborations: readonly Collaboration[];
  query: AccessQuery;
}) {
  const translator = useTranslator();
  const headingId = useId();
  const { access, admins } = query;
  const services = activeServices(collaborations);
  const entries = (access.data ?? []).filter((entry) => entry.agency.id === agency.id);
  return (
    // Named by its heading and the agency's, so each agency's region has a name of its own.
    <section
      className="collab-customer-section"
      aria-labelledby={`${headingId} ${agencyHeadingId}`}
      aria-busy={access.isPending && !access.isError}
    >
      <h4 className="collab-minor-heading" id={headingId}>
        {translator.text('customerView.accessHeading')}
      </h4>
      {services.length === 0 ? (
        <p className="collab-muted">
          {translator.text('customerView.matrixNoServices', { agency: agency.name })}
        </p>
      ) : access.data ? (
        <>
          <p className="collab-paragraph collab-muted">
            {translator.text('customerView.matrixIntro')}
          </p>
          <AccessMatrix agencyName={agency.name} services={services} access={entries} />
          {admins.data || admins.isError ? (
            <CompanyUsers
              agency={agency}
              entries={entries}
              adminIds={new Set((admins.data ?? []).map((admin) => admin.id))}
            />
          ) : null}
        </>
      ) : access.isError ? (
        <LoadFailure
          what={translator.text('customerView.accessFailed')}
          failure={access.error}
          retrying={access.isFetching}
          onRetry={() => void access.refetch()}
        />
      ) : (
        <p className="collab-muted" role="status">
          {translator.text('customerView.accessLoading')}
        </p>
      )}
    </section>
  );
}

/**
 * The company's collaborations, one section per agency: the agency named once in its heading,
 * its services as cards (a declined one with its reason and date), and who at the agency has
 * access to which active service as one people × services matrix (flow 8 in docs/flows.md).
 */
export function AgencySections({
  collaborations,
  canEnd,
  onEnd,
  registerEndButton,
}: {
  collaborations: readonly Collaboration[];
  canEnd: boolean;
  onEnd: (collaboration: Collaboration) => void;
  registerEndButton: EndButtonRegistry;
}) {
  const translator = useTranslator();
  const query = useAccess();
  const groups = byAgency(collaborations);
  if (groups.length === 0)
    return <p className="collab-muted">{translator.text('customerView.noCollaborations')}</p>;
  return (
    <>
      {groups.map((group) => (
        <AgencySection
          key={group.agency.id}
          agency={group.agency}
          collaborations={group.collaborations}
          query={query}
          canEnd={canEnd}
          onEnd={onEnd}
          registerEndButton={registerEndButton}
        />
      ))}
    </>
  );
}

function AgencySection({
  agency,
  collaborations,
  query,
  canEnd,
  onEnd,
  registerEndButton,
}: {
  agency: Agency;
  collaborations: readonly Collaboration[];
  query: AccessQuery;
  canEnd: boolean;
  onEnd: (collaboration: Collaboration) => void;
  registerEndButton: EndButtonRegistry;
}) {
  const headingId = useId();
  return (
    <section className="collab-customer-agency" aria-labelledby={headingId}>
      <h3 className="collab-subheading" id={headingId}>
        {agency.name}
      </h3>
      <CollaborationCards
        collaborations={collaborations}
        canEnd={canEnd}
        onEnd={onEnd}
        registerEndButton={registerEndButton}
      />
      <AgencyAccess
        agency={agency}
        agencyHeadingId={headingId}
        collaborations={collaborations}
        query={query}
      />
    </section>
  );
}
