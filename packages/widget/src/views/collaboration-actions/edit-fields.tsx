import {
  type ErrorCode,
  optionNameLabel,
  optionValueLabel,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
} from '@collab/contracts';
import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import { namesOf, type TaskSummary } from './labels.js';

/** What the form holds: the task and the options as the person has chosen them. */
export interface EditDraft {
  taskId: string | null;
  options: ServiceOptions;
}

/** The customer's tasks, each with its owner and who gets access through it. */
export function TaskChoice({
  tasks,
  currentTaskId,
  taskId,
  onChoose,
  problem,
}: {
  tasks: readonly TaskSummary[];
  currentTaskId: string | null;
  taskId: string | null;
  onChoose: (taskId: string) => void;
  problem: string | null;
}) {
  const translator = useTranslator();
  const baseId = useId();
  return (
    <fieldset className="collab-fieldset">
      <legend className="collab-legend">{translator.text('actions.edit.taskLegend')}</legend>
      {tasks.length === 0 ? (
        <p className="collab-muted">{translator.text('actions.noTasks')}</p>
      ) : null}
      {tasks.map((task, index) => {
        const id = `${baseId}-${task.id}`;
        return (
          <div className="collab-choice" key={task.id}>
            <input
              type="radio"
              id={id}
              name={`${baseId}-task`}
              checked={taskId === task.id}
              aria-describedby={`${id}-about${problem && index === 0 ? ` ${baseId}-problem` : ''}`}
              aria-invalid={problem && index === 0 ? true : undefined}
              onChange={() => onChoose(task.id)}
            />
            <div>
              <label htmlFor={id}>
                {task.name}
                {task.id === currentTaskId ? ` ${translator.text('actions.edit.current')}` : ''}
              </label>
              <p className="collab-muted" id={`${id}-about`}>
                {translator.text('actions.taskOwner', { name: task.owner.name })}.{' '}
                {task.participants.length > 0
                  ? translator.text('actions.taskAccess', {
                      names: namesOf(translator, task.participants),
                    })
                  : translator.text('actions.taskNoParticipants')}
              </p>
            </div>
          </div>
        );
      })}
      {problem ? (
        <p className="collab-field-error" id={`${baseId}-problem`}>
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Who gains and who loses access when the task changes: the grants follow the task at once. */
export function AccessChange({
  service,
  from,
  to,
}: {
  service: string;
  from: TaskSummary | undefined;
  to: TaskSummary | undefined;
}) {
  const translator = useTranslator();
  const before = from?.participants ?? [];
  const after = to?.participants ?? [];
  const gained = after.filter((person) => !before.some((other) => other.id === person.id));
  const lost = before.filter((person) => !after.some((other) => other.id === person.id));
  return (
    <div className="collab-action-notice">
      <p className="collab-paragraph collab-strong">
        {translator.text('actions.edit.accessChanges', { service })}
      </p>
      {gained.length > 0 ? (
        <p className="collab-paragraph">
          {translator.text('actions.edit.accessGained', { names: namesOf(translator, gained) })}
        </p>
      ) : null}
      {lost.length > 0 ? (
        <p className="collab-paragraph">
          {translator.text('actions.edit.accessLost', { names: namesOf(translator, lost) })}
        </p>
      ) : null}
      {gained.length === 0 && lost.length === 0 ? (
        <p className="collab-paragraph">{translator.text('actions.edit.accessSame')}</p>
      ) : null}
    </div>
  );
}

/** A select per option the service has, from the catalog; read-only as plain text. */
export function OptionFields({
  service,
  options,
  current,
  editable,
  problems,
  onChange,
}: {
  service: ServiceId;
  options: ServiceOptions;
  current: ServiceOptions;
  editable: boolean;
  problems: Readonly<Record<string, ErrorCode>>;
  onChange: (option: string, value: string) => void;
}) {
  const translator = useTranslator();
  const baseId = useId();
  const definition = serviceCatalog[service];
  const entries = Object.entries(definition.options);
  return (
    <fieldset className="collab-fieldset">
      <legend className="collab-legend">
        {translator.text('actions.edit.optionsLegend', { service: definition.name })}
      </legend>
      {entries.length === 0 ? (
        <p className="collab-muted">
          {translator.text('actions.edit.noOptions', { service: definition.name })}
        </p>
      ) : null}
      {definition.agencyVariant ? (
        <p className="collab-muted">
          {translator.text('services.agencyVariant', {
            variant: optionValueLabel(translator.locale, 'variant', definition.agencyVariant),
          })}
        </p>
      ) : null}
      {editable ? (
        entries.map(([name, option]) => {
          const id = `${baseId}-${name}`;
          const value = options[name] ?? option.default;
          const stored = current[name];
          const problem = problems[`options.${name}`];
          return (
            <div className="collab-field" key={name}>
              <label htmlFor={id}>{optionNameLabel(translator.locale, name)}</label>
              <select
                id={id}
                className="collab-select"
                value={value}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onChange={(event) => onChange(name, event.target.value)}
              >
                {stored !== undefined && !option.values.includes(stored) ? (
                  <option value={stored}>
                    {translator.text('actions.edit.notOffered', { value: stored })}
                  </option>
                ) : null}
                {option.values.map((candidate) => (
                  <option value={candidate} key={candidate}>
                    {optionValueLabel(translator.locale, name, candidate)}
                    {candidate === stored ? ` ${translator.text('actions.edit.current')}` : ''}
                  </option>
                ))}
              </select>
              {problem ? (
                <p className="collab-field-error" id={`${id}-problem`}>
                  {translator.error(problem, { keys: name })}
                </p>
              ) : null}
            </div>
          );
        })
      ) : (
        <dl className="collab-facts">
          {entries.map(([name, option]) => (
            <div className="collab-facts__row" key={name}>
              <dt>{optionNameLabel(translator.locale, name)}</dt>
              <dd>{optionValueLabel(translator.locale, name, current[name] ?? option.default)}</dd>
            </div>
          ))}
        </dl>
      )}
    </fieldset>
  );
}
