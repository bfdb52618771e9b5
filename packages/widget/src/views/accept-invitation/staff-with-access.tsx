import { useTranslator } from '../../runtime/widget-context.js';
import type { Invitation } from './accept-screens.js';

type Person = Invitation['agencyAccess'][number];

/**
 * Who at the agency gets access when the company accepts, by name and role, before it
 * answers (the server derives them as it derives the grants: the task's participants).
 */
export function StaffWithAccess({ invitation }: { invitation: Invitation }) {
  const translator = useTranslator();
  const { agencyName, agencyAccess } = invitation;
  const rolesOf = (person: Person) =>
    translator.list(
      person.roles.length > 0
        ? person.roles.map((role) => translator.text(`accept.role.${role}`))
        : [translator.text('accept.role.participant')],
    );
  return (
    <>
      <h3 className="collab-minor-heading">
        {translator.text('accept.access.heading', { agencyName })}
      </h3>
      {agencyAccess.length > 0 ? (
        <>
          <p className="collab-muted">{translator.text('accept.access.intro')}</p>
          <ul className="collab-list">
            {agencyAccess.map((person) => (
              <li key={`${person.name} ${person.roles.join()}`}>
                {translator.text('accept.access.person', {
                  name: person.name,
                  roles: rolesOf(person),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="collab-paragraph">{translator.text('accept.access.none', { agencyName })}</p>
      )}
    </>
  );
}
