import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../api/trpc.js';
import { useReportError } from '../../runtime/use-report-error.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { type Collaboration, reasonText, type ServiceAccess } from './labels.js';
import { LoadFailure } from './load-failure.js';

type Holder = ServiceAccess['staff'][number];

function HolderList({
  holders,
  taskName,
}: {
  holders: readonly Holder[];
  taskName: string | null;
}) {
  const translator = useTranslator();
  if (holders.length === 0)
    return <p className="collab-muted">{translator.text('customerView.accessNobody')}</p>;
  return (
    <ul className="collab-list">
      {holders.map((holder) => (
        <li key={holder.id}>
          {translator.text('customerView.holder', {
            name: holder.name,
            reason: reasonText(translator, holder.reason, taskName),
          })}
        </li>
      ))}
    </ul>
  );
}

function ServiceAccessItem({ entry, taskName }: { entry: ServiceAccess; taskName: string | null }) {
  const translator = useTranslator();
  const headingId = useId();
  return (
    <li className="collab-customer-item">
      <article aria-labelledby={headingId}>
        <h4 className="collab-customer-item__title" id={headingId}>
          {translator.text('customerView.serviceWithAgency', {
            service: entry.serviceName,
            agency: entry.agency.name,
          })}
        </h4>
        <h5 className="collab-minor-heading">
          {translator.text('customerView.accessStaff', { agency: entry.agency.name })}
        </h5>
        <HolderList holders={entry.staff} taskName={taskName} />
        <h5 className="collab-minor-heading">{translator.text('customerView.accessUsers')}</h5>
        <HolderList holders={entry.customerUsers} taskName={taskName} />
      </article>
    </li>
  );
}

/**
 * Who has access to which service, and why: the named agency staff (through the task) and the
 * company's own users (contact person, admins). The grants come from `access.list`, scoped by
 * the server to the signed-in user's company; the task's name comes from the collaboration.
 */
export function AccessSection({ collaborations }: { collaborations: readonly Collaboration[] }) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const headingId = useId();
  const access = useQuery(trpc.access.list.queryOptions({}));
  useReportError(access.error);
  const taskNames = new Map(
    collaborations.map((collaboration) => [collaboration.id, collaboration.task?.name ?? null]),
  );
  return (
    <section
      className="collab-customer-section"
      aria-labelledby={headingId}
      aria-busy={access.isPending && !access.isError}
    >
      <h3 className="collab-subheading" id={headingId}>
        {translator.text('customerView.accessHeading')}
      </h3>
      <p className="collab-paragraph collab-muted">{translator.text('customerView.accessIntro')}</p>
      {access.data ? (
        access.data.length === 0 ? (
          <p className="collab-muted">{translator.text('customerView.accessNone')}</p>
        ) : (
          <ul className="collab-customer-list">
            {access.data.map((entry) => (
              <ServiceAccessItem
                key={entry.collaborationId}
                entry={entry}
                taskName={taskNames.get(entry.collaborationId) ?? null}
              />
            ))}
          </ul>
        )
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
