import { useTranslator } from '../../runtime/widget-context.js';
import type { ServiceAccess } from './labels.js';

/** One column of the matrix: an active service of the agency with the company. */
export interface MatrixService {
  collaborationId: string;
  name: string;
  taskName: string | null;
}

/** One row: a person at the agency, and the collaborations they have access to. */
interface MatrixPerson {
  id: string;
  name: string;
  collaborationIds: Set<string>;
  taskNames: string[];
}

/** The agency staff with access to any of `services`, by name, each with what they reach. */
function peopleOf(services: readonly MatrixService[], access: readonly ServiceAccess[]) {
  const people = new Map<string, MatrixPerson>();
  for (const service of services) {
    const entry = access.find((candidate) => candidate.collaborationId === service.collaborationId);
    for (const holder of entry?.staff ?? []) {
      const person = people.get(holder.id) ?? {
        id: holder.id,
        name: holder.name,
        collaborationIds: new Set<string>(),
        taskNames: [],
      };
      person.collaborationIds.add(service.collaborationId);
      if (service.taskName && !person.taskNames.includes(service.taskName))
        person.taskNames.push(service.taskName);
      people.set(holder.id, person);
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const checkMark = (
  <svg className="collab-matrix__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path
      d="M3.5 8.5l3 3 6-7"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

/**
 * Who at one agency has access to which of its active services with the company: people ×
 * services, one table, so each name and each service is said once. A cell says "Har
 * tillgång" or "Ingen tillgång" to a screen reader; the eye sees a mark or a dash. In a
 * narrow view (container query in customer-collaborations.css) the table gives way to a list
 * per person; only one of the two is ever displayed, so a screen reader meets one.
 */
export function AccessMatrix({
  agencyName,
  services,
  access,
}: {
  agencyName: string;
  services: readonly MatrixService[];
  access: readonly ServiceAccess[];
}) {
  const translator = useTranslator();
  const people = peopleOf(services, access);
  if (people.length === 0) {
    return (
      <p className="collab-muted">
        {translator.text('customerView.matrixNobody', { agency: agencyName })}
      </p>
    );
  }
  const caption = translator.text('customerView.matrixCaption', { agency: agencyName });
  const tasksOf = (person: MatrixPerson) =>
    person.taskNames.length > 0
      ? translator.plural('customerView.matrixTasks', person.taskNames.length, {
          tasks: translator.list(person.taskNames),
        })
      : null;
  return (
    <>
      <div className="collab-matrix">
        <table className="collab-matrix__table">
          <caption className="collab-matrix__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{translator.text('customerView.matrixPerson')}</th>
              {services.map((service) => (
                <th scope="col" key={service.collaborationId}>
                  {service.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <span className="collab-matrix__name">{person.name}</span>
                  {tasksOf(person) ? (
                    <span className="collab-matrix__tasks">{tasksOf(person)}</span>
                  ) : null}
                </th>
                {services.map((service) =>
                  person.collaborationIds.has(service.collaborationId) ? (
                    <td key={service.collaborationId} className="collab-matrix__cell--yes">
                      {checkMark}
                      <span className="collab-visually-hidden">
                        {translator.text('customerView.hasAccess')}
                      </span>
                    </td>
                  ) : (
                    <td key={service.collaborationId} className="collab-matrix__cell--no">
                      <span aria-hidden="true">–</span>
                      <span className="collab-visually-hidden">
                        {translator.text('customerView.noAccess')}
                      </span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="collab-matrix-list" aria-label={caption}>
        {people.map((person) => {
          const reached = services.filter((service) =>
            person.collaborationIds.has(service.collaborationId),
          );
          const missed = services.filter(
            (service) => !person.collaborationIds.has(service.collaborationId),
          );
          return (
            <li key={person.id} className="collab-matrix-list__person">
              <p className="collab-matrix__name">{person.name}</p>
              {tasksOf(person) ? <p className="collab-matrix__tasks">{tasksOf(person)}</p> : null}
              <p className="collab-matrix-list__line">
                {checkMark}
                {translator.text('customerView.accessTo', {
                  services: translator.list(reached.map((service) => service.name)),
                })}
              </p>
              {missed.length > 0 ? (
                <p className="collab-matrix-list__line collab-muted">
                  {translator.text('customerView.noAccessTo', {
                    services: translator.list(missed.map((service) => service.name)),
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
