import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import { ParticipantsEditor } from './participants-editor.js';
import {
  accessText,
  type CustomerDetails,
  FieldError,
  type HeadingRef,
  problemText,
  StepHeading,
} from './step-parts.js';
import type { ShownProblems } from './wizard.js';

/**
 * Step 3: the customer's task whose participants get access, with its owner; a full-rights
 * employee can change the chosen task's participants here.
 */
export function TaskStep({
  headingRef,
  tasks,
  taskId,
  onChoose,
  problems,
  customerId,
  canChangeParticipants,
}: {
  headingRef: HeadingRef;
  tasks: CustomerDetails['tasks'];
  taskId: string | null;
  onChoose: (taskId: string) => void;
  problems: ShownProblems;
  customerId: string;
  /** Full rights (`session.me`): the chosen task's participants can be changed here. */
  canChangeParticipants: boolean;
}) {
  const translator = useTranslator();
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const error = problemText(translator, problems.taskId, 'taskStep.required');
  const chosenTask = tasks.find((task) => task.id === taskId);
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
      {chosenTask && canChangeParticipants ? (
        // Keyed by the task: another task starts with its own participants, closed.
        <ParticipantsEditor key={chosenTask.id} customerId={customerId} task={chosenTask} />
      ) : null}
    </section>
  );
}
