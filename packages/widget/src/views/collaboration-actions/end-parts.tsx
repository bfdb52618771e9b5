import { type RefObject, useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import type { BlockingCollaboration } from './end-blockers.js';
import { namesOf, serviceName, statusLabel } from './labels.js';

/** Why the collaboration cannot be ended now, and what to end first. */
export function EndBlocked({
  service,
  blocking,
}: {
  service: string;
  /** The services in the way, with their status when known (from the API's refusal it is not). */
  blocking: readonly (BlockingCollaboration | { name: string })[];
}) {
  const translator = useTranslator();
  const names = blocking.map((item) => ('name' in item ? item.name : serviceName(item.service)));
  const dependents = translator.list(names);
  return (
    <section className="collab-action-notice collab-action-notice--danger">
      <h3 className="collab-minor-heading">{translator.text('actions.end.blockedHeading')}</h3>
      <p className="collab-paragraph">
        {translator.plural('actions.end.blocked', names.length, { service, dependents })}
      </p>
      <ul className="collab-list">
        {blocking.map((item) =>
          'name' in item ? (
            <li key={item.name}>{item.name}</li>
          ) : (
            <li key={item.service}>
              {translator.text('actions.end.dependent', {
                service: serviceName(item.service),
                status: statusLabel(translator, item.status),
              })}
            </li>
          ),
        )}
      </ul>
      <p className="collab-paragraph">
        {translator.text('actions.end.blockedNext', { dependents })}
      </p>
    </section>
  );
}

/** What ending does: who loses access, who is told, what is kept. */
export function EndConsequences({
  service,
  staff,
  endedByAgency,
  agencyName,
}: {
  service: string;
  staff: readonly { name: string }[];
  endedByAgency: boolean;
  agencyName: string;
}) {
  const translator = useTranslator();
  return (
    <section>
      <h3 className="collab-minor-heading">{translator.text('actions.end.whatHappens')}</h3>
      <ul className="collab-list">
        <li>
          {staff.length > 0
            ? translator.text('actions.end.staffLoseAccess', {
                service,
                names: namesOf(translator, staff),
              })
            : translator.text('actions.end.noStaffAccess', { service })}
        </li>
        <li>
          {endedByAgency
            ? translator.text('actions.end.adminsTold')
            : translator.text('actions.end.agencyTold', { agencyName })}
        </li>
        <li>{translator.text('actions.end.historyKept')}</li>
      </ul>
    </section>
  );
}

/** Utlägg: the data goes with the collaboration, so the person confirms it in so many words. */
export function DataDeletionConfirmation({
  service,
  confirmed,
  onConfirm,
  problem,
  checkboxRef,
}: {
  service: string;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  problem: boolean;
  checkboxRef: RefObject<HTMLInputElement | null>;
}) {
  const translator = useTranslator();
  const baseId = useId();
  const warningId = `${baseId}-warning`;
  const problemId = `${baseId}-problem`;
  return (
    <section className="collab-action-notice collab-action-notice--danger">
      <h3 className="collab-minor-heading">{translator.text('actions.end.dataDeletedHeading')}</h3>
      <p className="collab-paragraph" id={warningId}>
        {translator.text('actions.end.dataDeleted', { service })}
      </p>
      <div className="collab-choice">
        <input
          type="checkbox"
          id={`${baseId}-confirm`}
          ref={checkboxRef}
          checked={confirmed}
          aria-describedby={problem ? `${warningId} ${problemId}` : warningId}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => onConfirm(event.target.checked)}
        />
        <label htmlFor={`${baseId}-confirm`} className="collab-strong">
          {translator.text('actions.end.confirmDeletion', { service })}
        </label>
      </div>
      {problem ? (
        <p className="collab-field-error" id={problemId}>
          {translator.text('actions.end.confirmDeletionRequired')}
        </p>
      ) : null}
    </section>
  );
}
