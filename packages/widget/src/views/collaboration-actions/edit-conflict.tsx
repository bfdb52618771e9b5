import {
  optionNameLabel,
  optionValueLabel,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import type { RefObject } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import type { CurrentValues } from './api-errors.js';
import type { EditDraft } from './edit-fields.js';
import type { TaskSummary } from './labels.js';

/**
 * A stale edit: someone saved first. The person's own choices stay, shown next to what is saved
 * now, and they choose: save theirs over it, or start again from the saved values.
 */
export function EditConflict({
  headingRef,
  service,
  mine,
  current,
  tasks,
  optionsEditable,
  onKeepMine,
  onUseCurrent,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  service: ServiceId;
  mine: EditDraft;
  current: CurrentValues;
  tasks: readonly TaskSummary[];
  optionsEditable: boolean;
  onKeepMine: () => void;
  onUseCurrent: () => void;
}) {
  const translator = useTranslator();
  const taskName = (taskId: string | null) =>
    taskId === null
      ? translator.text('actions.noTask')
      : (tasks.find((task) => task.id === taskId)?.name ??
        translator.text('actions.edit.otherTask'));
  const rows: { field: string; mine: string; current: string }[] = [
    {
      field: translator.text('actions.task'),
      mine: taskName(mine.taskId),
      current: taskName(current.taskId),
    },
    ...(optionsEditable
      ? Object.entries(serviceCatalog[service].options).map(([name, option]) => ({
          field: optionNameLabel(translator.locale, name),
          mine: optionValueLabel(translator.locale, name, mine.options[name] ?? option.default),
          current: optionValueLabel(
            translator.locale,
            name,
            current.options[name] ?? option.default,
          ),
        }))
      : []),
  ];
  const stillActive = current.status === 'active';
  return (
    <section className="collab-action-notice collab-action-notice--danger">
      <h3 className="collab-minor-heading collab-action-focus" tabIndex={-1} ref={headingRef}>
        {translator.text('actions.edit.conflictHeading')}
      </h3>
      <p className="collab-paragraph">{translator.error('VERSION_CONFLICT')}</p>
      <table className="collab-action-table">
        <caption>{translator.text('actions.edit.conflictTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{translator.text('actions.edit.conflictColumnField')}</th>
            <th scope="col">{translator.text('actions.edit.conflictColumnMine')}</th>
            <th scope="col">{translator.text('actions.edit.conflictColumnCurrent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.field}</th>
              <td>
                {row.mine}
                {row.mine !== row.current ? (
                  <span className="collab-strong">
                    {' '}
                    ({translator.text('actions.edit.conflictDiffers')})
                  </span>
                ) : null}
              </td>
              <td>{row.current}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {stillActive ? (
        <>
          <p className="collab-paragraph">{translator.text('actions.edit.conflictHint')}</p>
          <div className="collab-action-actions">
            <button
              type="button"
              className="collab-button collab-button--primary"
              onClick={onKeepMine}
            >
              {translator.text('actions.edit.keepMine')}
            </button>
            <button type="button" className="collab-button" onClick={onUseCurrent}>
              {translator.text('actions.edit.useCurrent')}
            </button>
          </div>
        </>
      ) : (
        <p className="collab-alert">
          {translator.error('COLLABORATION_NOT_ACTIVE', { status: current.status })}
        </p>
      )}
    </section>
  );
}
