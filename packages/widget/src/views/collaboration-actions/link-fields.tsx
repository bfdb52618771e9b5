import {
  type CollaborationStatus,
  missingRequirements,
  type ServiceId,
  serviceList,
  suggestedServiceFor,
} from '@collab/contracts';
import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import { serviceName, statusLabel } from './labels.js';

/** Why a service cannot be chosen for this collaboration, or null when it can. */
export function unavailability(
  service: ServiceId,
  open: readonly { service: ServiceId; status: CollaborationStatus }[],
):
  | { kind: 'taken'; status: CollaborationStatus }
  | { kind: 'requires'; required: ServiceId }
  | null {
  const taken = open.find((other) => other.service === service);
  if (taken) return { kind: 'taken', status: taken.status };
  // Linking adds one service on its own, so only what is active already counts.
  const active = open.filter((other) => other.status === 'active').map((other) => other.service);
  const [required] = missingRequirements(service, { active });
  return required ? { kind: 'requires', required } : null;
}

/**
 * The service the old system's name suggests, by the contracts' matcher (the server's too):
 * "Byråstöd Bokföring" is eEkonomi. Null when it suggests none.
 */
export function suggestedService(legacyName: string | null): ServiceId | null {
  return suggestedServiceFor(legacyName);
}

/**
 * A radio per catalog service. A service the customer already has, or one whose required
 * service is not active, cannot be chosen, and says why.
 */
export function ServiceChoice({
  open,
  suggested,
  service,
  onChoose,
  problem,
}: {
  open: readonly { service: ServiceId; status: CollaborationStatus }[];
  suggested: ServiceId | null;
  service: ServiceId | null;
  onChoose: (service: ServiceId) => void;
  problem: string | null;
}) {
  const translator = useTranslator();
  const baseId = useId();
  const problemId = `${baseId}-problem`;
  const firstAvailable = serviceList.find((candidate) => !unavailability(candidate.id, open))?.id;
  return (
    <fieldset className="collab-fieldset">
      <legend className="collab-legend">{translator.text('actions.link.serviceLegend')}</legend>
      <ul className="collab-services">
        {serviceList.map((candidate) => {
          const id = `${baseId}-${candidate.id}`;
          const blocked = unavailability(candidate.id, open);
          const invalid = problem !== null && (service ?? firstAvailable) === candidate.id;
          const notes = [
            blocked?.kind === 'taken'
              ? translator.text('actions.link.takenExplained', { service: candidate.name })
              : null,
            blocked?.kind === 'requires'
              ? translator.text('actions.link.requires', {
                  required: serviceName(blocked.required),
                })
              : null,
            candidate.id === suggested ? translator.text('actions.link.suggested') : null,
          ].filter((note): note is string => note !== null);
          return (
            <li className="collab-service" key={candidate.id}>
              <div className="collab-choice collab-service__name">
                <input
                  type="radio"
                  id={id}
                  name={`${baseId}-service`}
                  checked={service === candidate.id}
                  disabled={blocked !== null}
                  aria-invalid={invalid ? true : undefined}
                  aria-describedby={
                    [notes.length > 0 ? `${id}-notes` : null, invalid ? problemId : null]
                      .filter(Boolean)
                      .join(' ') || undefined
                  }
                  onChange={() => onChoose(candidate.id)}
                />
                <label htmlFor={id}>{candidate.name}</label>
                {blocked?.kind === 'taken' ? (
                  <span className="collab-badge">
                    {translator.text('actions.link.taken', {
                      status: statusLabel(translator, blocked.status),
                    })}
                  </span>
                ) : null}
              </div>
              {notes.length > 0 ? (
                <p className="collab-muted" id={`${id}-notes`}>
                  {notes.join(' ')}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {problem ? (
        <p className="collab-field-error" id={problemId}>
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
