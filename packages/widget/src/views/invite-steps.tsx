import type { RouterOutputs } from '@collab/api';
import {
  collaborationStatusLabels,
  invoiceRecipientOf,
  optionNameLabel,
  optionValueLabel,
  type ServiceDefinition,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
  termsFor,
} from '@collab/contracts';
import { skipToken, useQuery } from '@tanstack/react-query';
import { type RefObject, useEffect, useId, useState } from 'react';
import type { DescribedError } from '../api/errors.js';
import { useTRPC } from '../api/trpc.js';
import { optionLines } from '../i18n/option-labels.js';
import type { Translator } from '../i18n/translator.js';
import { useTranslator } from '../runtime/widget-context.js';
import type { ShownProblems } from './invite-dialog.js';

export type StepName = 'customer' | 'services' | 'task' | 'review' | 'result';
type CustomerDetails = RouterOutputs['customers']['get'];
type ActivationResult = RouterOutputs['collaborations']['activate'];
type HeadingRef = RefObject<HTMLHeadingElement | null>;

/** The step's heading: focus moves here whenever the step changes. */
function StepHeading({ headingRef, text }: { headingRef: HeadingRef; text: string }) {
  return (
    <h3 className="collab-subheading collab-step-heading" tabIndex={-1} ref={headingRef}>
      {text}
    </h3>
  );
}

/** A problem's message; an empty choice gets the step's own wording instead of the generic one. */
function problemText(
  translator: Translator,
  problem: ShownProblems[string] | undefined,
  whenRequired?: 'customerStep.required' | 'servicesStep.required' | 'taskStep.required',
) {
  if (!problem) return null;
  if (problem.code === 'REQUIRED' && whenRequired) return translator.text(whenRequired);
  return translator.error(problem.code, problem.params);
}

function FieldError({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p className="collab-field-error" id={id}>
      {text}
    </p>
  ) : null;
}

// Step 1 --------------------------------------------------------------------------------

export function CustomerStep({
  headingRef,
  search,
  onSearch,
  customerId,
  onChoose,
  problems,
}: {
  headingRef: HeadingRef;
  search: string;
  onSearch: (search: string) => void;
  customerId: string | null;
  onChoose: (customerId: string) => void;
  problems: ShownProblems;
}) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const searchId = useId();
  const errorId = useId();
  const resultsId = useId();
  // A query per pause in typing, not per key.
  const [settled, setSettled] = useState(search.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const customers = useQuery(
    trpc.customers.list.queryOptions(
      settled.length >= 2 ? { search: settled, limit: 10 } : skipToken,
    ),
  );
  const error = problemText(translator, problems.customerId, 'customerStep.required');
  const items = settled.length >= 2 ? (customers.data?.items ?? []) : [];
  return (
    <section>
      <StepHeading headingRef={headingRef} text={translator.text('customerStep.heading')} />
      <div className="collab-field">
        <label htmlFor={searchId}>{translator.text('customerStep.search')}</label>
        <input
          id={searchId}
          className="collab-input"
          type="search"
          autoComplete="off"
          value={search}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error && items.length === 0 ? true : undefined}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <p className="collab-muted" role="status">
        {settled.length < 2
          ? translator.text('customerStep.searchHint')
          : customers.isPending
            ? translator.text('customerStep.searching')
            : translator.plural('customerStep.resultCount', items.length)}
      </p>
      {items.length > 0 ? (
        <fieldset className="collab-fieldset" aria-describedby={error ? errorId : undefined}>
          <legend className="collab-legend" id={resultsId}>
            {translator.text('customerStep.results')}
          </legend>
          {items.map((item, index) => (
            <label className="collab-choice" key={item.id}>
              <input
                type="radio"
                name="customer"
                value={item.id}
                checked={customerId === item.id}
                aria-invalid={error && index === 0 ? true : undefined}
                onChange={() => onChoose(item.id)}
              />
              <span>
                {item.name} <span className="collab-muted">{item.orgNumber}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <FieldError id={errorId} text={error} />
    </section>
  );
}

// Step 2 --------------------------------------------------------------------------------

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
            const missing = service.requires.filter(
              (required) => !chosen.includes(required) && !activeServices.includes(required),
            );
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
                      return (
                        <div className="collab-field" key={name}>
                          <label htmlFor={selectId}>
                            {optionNameLabel(translator.locale, name)}
                          </label>
                          <select
                            id={selectId}
                            className="collab-select"
                            value={options[service.id]?.[name] ?? option.default}
                            aria-invalid={optionProblem ? true : undefined}
                            aria-describedby={optionProblem ? `${selectId}-problem` : undefined}
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

// Step 3 --------------------------------------------------------------------------------

function accessText(translator: Translator, task: CustomerDetails['tasks'][number]): string {
  return task.participants.length > 0
    ? translator.text('taskStep.access', {
        names: translator.list(task.participants.map((person) => person.name)),
      })
    : translator.text('taskStep.noParticipants');
}

export function TaskStep({
  headingRef,
  tasks,
  taskId,
  onChoose,
  problems,
}: {
  headingRef: HeadingRef;
  tasks: CustomerDetails['tasks'];
  taskId: string | null;
  onChoose: (taskId: string) => void;
  problems: ShownProblems;
}) {
  const translator = useTranslator();
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const error = problemText(translator, problems.taskId, 'taskStep.required');
  return (
    <section>
      <StepHeading headingRef={headingRef} text={translator.text('taskStep.heading')} />
      {tasks.length === 0 ? (
        <p className="collab-muted">{translator.text('taskStep.none')}</p>
      ) : (
        <fieldset className="collab-fieldset">
          <legend className="collab-legend">{translator.text('reviewStep.task')}</legend>
          <FieldError id={errorId} text={error} />
          <div className="collab-services">
            {tasks.map((task, index) => {
              const id = `${baseId}-${task.id}`;
              return (
                <div className="collab-service collab-choice" key={task.id}>
                  <input
                    type="radio"
                    name="task"
                    id={id}
                    checked={taskId === task.id}
                    aria-describedby={[error ? errorId : null, `${id}-people`]
                      .filter(Boolean)
                      .join(' ')}
                    aria-invalid={error && index === 0 ? true : undefined}
                    onChange={() => onChoose(task.id)}
                  />
                  <div>
                    <label htmlFor={id} className="collab-strong">
                      {task.name}
                    </label>
                    <div id={`${id}-people`}>
                      <p className="collab-muted">
                        {translator.text('taskStep.owner', { name: task.owner.name })}
                      </p>
                      <p className="collab-muted">{accessText(translator, task)}</p>
                    </div>
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
    </section>
  );
}

// Step 4 --------------------------------------------------------------------------------

export function ReviewStep({
  headingRef,
  customer,
  agencyName,
  selections,
  taskId,
  problems,
  failure,
  sending,
  onChange,
}: {
  headingRef: HeadingRef;
  customer: CustomerDetails;
  /** The agency's name from `session.me`; null when unknown, and the terms say "the agency". */
  agencyName: string | null;
  selections: { service: ServiceId; options: ServiceOptions }[];
  taskId: string | null;
  problems: ShownProblems;
  failure: DescribedError | null;
  sending: boolean;
  onChange: (step: StepName) => void;
}) {
  const translator = useTranslator();
  const task = customer.tasks.find((candidate) => candidate.id === taskId);
  const terms = termsFor(
    customer.account ? 'existing_account' : 'new_account',
    translator.locale,
    agencyName ?? translator.text('reviewStep.agency'),
  );
  const contactEmailMissing = customer.account === null && !customer.contact.email;
  const refused = failure?.code === 'FULL_RIGHTS_REQUIRED' || failure?.code === 'EMPLOYEE_REQUIRED';
  return (
    <section aria-busy={sending}>
      <StepHeading headingRef={headingRef} text={translator.text('reviewStep.heading')} />
      {failure ? (
        <div className="collab-alert" role="alert">
          {refused ? (
            <p className="collab-alert__line">{translator.text('reviewStep.notAllowed')}</p>
          ) : null}
          <p className="collab-alert__line">{failure.message}</p>
        </div>
      ) : null}
      <h4 className="collab-minor-heading">{translator.text('services.heading')}</h4>
      <ul className="collab-list">
        {selections.map(({ service, options }) => {
          const problem = problemText(translator, problems[`service.${service}.service`]);
          const chosenOptions = optionLines(translator.locale, options);
          return (
            <li key={service}>
              <span className="collab-strong">{serviceCatalog[service].name}</span>
              {chosenOptions.length > 0 ? ` (${chosenOptions.join(', ')})` : null}.{' '}
              {translator.text('reviewStep.paidBy', {
                payer: optionValueLabel(
                  translator.locale,
                  'invoiceRecipient',
                  invoiceRecipientOf(options),
                ),
              })}
              {problem ? <span className="collab-field-error"> {problem}</span> : null}
            </li>
          );
        })}
      </ul>
      <button type="button" className="collab-button" onClick={() => onChange('services')}>
        {translator.text('reviewStep.changeServices')}
      </button>
      <h4 className="collab-minor-heading">{translator.text('reviewStep.task')}</h4>
      {task ? (
        <p className="collab-paragraph">
          <span className="collab-strong">{task.name}</span>. {accessText(translator, task)}
        </p>
      ) : null}
      {problems.taskId ? (
        <p className="collab-field-error">
          {problemText(translator, problems.taskId, 'taskStep.required')}
        </p>
      ) : null}
      <button type="button" className="collab-button" onClick={() => onChange('task')}>
        {translator.text('reviewStep.changeTask')}
      </button>
      <h4 className="collab-minor-heading">{translator.text('reviewStep.whatHappens')}</h4>
      <p className="collab-paragraph">
        {customer.account
          ? translator.plural('reviewStep.invitation', customer.account.adminCount)
          : translator.text('reviewStep.activeAtOnce', { contactName: customer.contact.name })}
      </p>
      {contactEmailMissing ? (
        <p className="collab-field-error">
          {translator.error('CONTACT_EMAIL_MISSING', { customerName: customer.name })}
        </p>
      ) : null}
      <h4 className="collab-minor-heading">{translator.text('reviewStep.terms')}</h4>
      <ul className="collab-list">
        {terms.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

// Step 5 --------------------------------------------------------------------------------

export function ResultStep({
  headingRef,
  result,
}: {
  headingRef: HeadingRef;
  result: ActivationResult;
}) {
  const translator = useTranslator();
  return (
    <section>
      <StepHeading
        headingRef={headingRef}
        text={
          result.flow === 'activated'
            ? translator.text('resultStep.headingActivated')
            : translator.text('resultStep.headingInvited')
        }
      />
      <ul className="collab-list">
        {result.services.map(({ service, status }) => (
          <li key={service}>
            {translator.text('resultStep.serviceStatus', {
              service: serviceCatalog[service].name,
              status: collaborationStatusLabels[translator.locale][status],
            })}
          </li>
        ))}
      </ul>
      {result.invitation ? (
        <p className="collab-paragraph">
          {translator.text('resultStep.expires', {
            date: translator.date(result.invitation.expiresAt),
          })}
        </p>
      ) : null}
    </section>
  );
}
