import {
  collaborationStatusLabels,
  missingRequirements,
  optionNameLabel,
  optionValueLabel,
  optionValueMeaning,
  type ServiceDefinition,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
} from '@collab/contracts';
import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import {
  type CustomerDetails,
  FieldError,
  type HeadingRef,
  problemText,
  StepHeading,
} from './step-parts.js';
import type { ShownProblems } from './wizard.js';

/**
 * Step 2: a checkbox per catalog service, its options, what it requires (with a button to add
 * a missing requirement), and the services the customer already has, disabled.
 */
export function ServicesStep({
  headingRef,
  catalog,
  chosen,
  options,
  taken,
  activeServices,
  takenServices,
  problems,
  onToggle,
  onOption,
}: {
  headingRef: HeadingRef;
  catalog: readonly ServiceDefinition[];
  chosen: readonly ServiceId[];
  options: Partial<Record<ServiceId, ServiceOptions>>;
  taken: CustomerDetails['openCollaborations'];
  activeServices: readonly ServiceId[];
  takenServices: readonly ServiceId[];
  problems: ShownProblems;
  onToggle: (service: ServiceId, on: boolean) => void;
  onOption: (service: ServiceId, name: string, value: string) => void;
}) {
  const translator = useTranslator();
  const baseId = useId();
  const requiredErrorId = `${baseId}-required`;
  const requiredError = problemText(translator, problems.services, 'servicesStep.required');
  const firstFree = catalog.find((service) => !takenServices.includes(service.id))?.id;

  function addRequired(service: ServiceId) {
    onToggle(service, true);
    // The button goes away once the service is chosen: keep the focus on something that stays.
    requestAnimationFrame(() =>
      headingRef.current
        ?.closest('section')
        ?.querySelector<HTMLInputElement>(`#${CSS.escape(`${baseId}-${service}`)}`)
        ?.focus(),
    );
  }

  return (
    <section>
      <StepHeading headingRef={headingRef} text={translator.text('servicesStep.heading')} />
      <fieldset className="collab-fieldset">
        <legend className="collab-legend">{translator.text('services.heading')}</legend>
        <FieldError id={requiredErrorId} text={requiredError} />
        <ul className="collab-services">
          {catalog.map((service) => {
            const id = `${baseId}-${service.id}`;
            const takenAs = taken.find((open) => open.service === service.id);
            const isChosen = chosen.includes(service.id);
            const problem = problemText(translator, problems[`service.${service.id}.service`]);
            const missing = missingRequirements(service.id, { active: activeServices, chosen });
            const notesId = `${id}-notes`;
            const problemId = `${id}-problem`;
            const describedBy = [
              requiredError && service.id === firstFree ? requiredErrorId : null,
              notesId,
              problem || (isChosen && missing.length > 0) ? problemId : null,
            ]
              .filter(Boolean)
              .join(' ');
            const nameOf = (required: ServiceId) => serviceCatalog[required].name;
            return (
              <li className="collab-service" key={service.id}>
                <div className="collab-choice collab-service__name">
                  <input
                    type="checkbox"
                    id={id}
                    checked={isChosen}
                    disabled={takenAs !== undefined}
                    aria-describedby={describedBy}
                    aria-invalid={
                      problem || (requiredError && service.id === firstFree) ? true : undefined
                    }
                    onChange={(event) => onToggle(service.id, event.target.checked)}
                  />
                  <label htmlFor={id}>{service.name}</label>
                  {takenAs ? (
                    <span className="collab-badge">
                      {translator.text('services.taken', {
                        status: collaborationStatusLabels[translator.locale][takenAs.status],
                      })}
                    </span>
                  ) : null}
                </div>
                <div id={notesId}>
                  {service.requires.length > 0 ? (
                    <p className="collab-muted">
                      {service.requires.every((required) => activeServices.includes(required))
                        ? translator.text('servicesStep.requiresActive', {
                            services: translator.list(service.requires.map(nameOf)),
                          })
                        : translator.text('services.requires', {
                            services: translator.list(service.requires.map(nameOf)),
                          })}
                    </p>
                  ) : null}
                  {service.agencyVariant ? (
                    <p className="collab-muted">
                      {translator.text('services.agencyVariant', {
                        variant: optionValueLabel(
                          translator.locale,
                          'variant',
                          service.agencyVariant,
                        ),
                      })}
                    </p>
                  ) : null}
                  {service.licenceFollowsCompanyType ? (
                    <p className="collab-muted">
                      {translator.text('services.licenceFollowsCompanyType')}
                    </p>
                  ) : null}
                </div>
                {isChosen && missing.length > 0 ? (
                  <div className="collab-requirement">
                    <p className={problem ? 'collab-field-error' : 'collab-muted'} id={problemId}>
                      {translator.error('SERVICE_REQUIRES', {
                        service: service.name,
                        required: translator.list(missing.map(nameOf)),
                      })}
                    </p>
                    {missing
                      .filter((required) => !takenServices.includes(required))
                      .map((required) => (
                        <button
                          type="button"
                          className="collab-button"
                          key={required}
                          onClick={() => addRequired(required)}
                        >
                          {translator.text('servicesStep.addRequired', {
                            service: nameOf(required),
                          })}
                        </button>
                      ))}
                  </div>
                ) : (
                  <FieldError id={problemId} text={problem} />
                )}
                {isChosen
                  ? Object.entries(service.options).map(([name, option]) => {
                      const selectId = `${id}-${name}`;
                      const optionProblem = problemText(
                        translator,
                        problems[`service.${service.id}.options.${name}`],
                      );
                      const chosenValue = options[service.id]?.[name] ?? option.default;
                      // One plain line on what the chosen value means (docs/glossary.md).
                      const meaning = optionValueMeaning(translator.locale, name, chosenValue);
                      const describedBy = [
                        meaning ? `${selectId}-meaning` : '',
                        optionProblem ? `${selectId}-problem` : '',
                      ]
                        .filter(Boolean)
                        .join(' ');
                      return (
                        <div className="collab-field" key={name}>
                          <label htmlFor={selectId}>
                            {optionNameLabel(translator.locale, name)}
                          </label>
                          <select
                            id={selectId}
                            className="collab-select"
                            value={chosenValue}
                            aria-invalid={optionProblem ? true : undefined}
                            aria-describedby={describedBy || undefined}
                            onChange={(event) => onOption(service.id, name, event.target.value)}
                          >
                            {option.values.map((value) => (
                              <option key={value} value={value}>
                                {value === option.default
                                  ? translator.text('services.defaultValue', {
                                      value: optionValueLabel(translator.locale, name, value),
                                    })
                                  : optionValueLabel(translator.locale, name, value)}
                              </option>
                            ))}
                          </select>
                          {meaning ? (
                            <p className="collab-muted" id={`${selectId}-meaning`}>
                              {meaning}
                            </p>
                          ) : null}
                          <FieldError id={`${selectId}-problem`} text={optionProblem} />
                        </div>
                      );
                    })
                  : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </section>
  );
}
