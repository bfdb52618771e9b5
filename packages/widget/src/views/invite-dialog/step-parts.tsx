import type { RouterOutputs } from '@collab/api';
import type { RefObject } from 'react';
import type { Translator } from '../../i18n/translator.js';
import { SuccessMark } from '../../ui/success-mark.js';
import type { ShownProblems } from './wizard.js';

/** What every step shares: its focusable heading, and its problems' texts. */

export type CustomerDetails = RouterOutputs['customers']['get'];
export type HeadingRef = RefObject<HTMLHeadingElement | null>;

/** The step's heading: focus moves here whenever the step changes. */
export function StepHeading({ headingRef, text }: { headingRef: HeadingRef; text: string }) {
  return (
    <h3 className="collab-subheading collab-step-heading" tabIndex={-1} ref={headingRef}>
      {text}
    </h3>
  );
}

/** A success's one heading, with its mark; focus moves here as to every step's heading. */
export function SuccessHeading({ headingRef, text }: { headingRef: HeadingRef; text: string }) {
  return (
    <h3
      className="collab-subheading collab-step-heading collab-success-heading"
      tabIndex={-1}
      ref={headingRef}
    >
      <SuccessMark />
      <span>{text}</span>
    </h3>
  );
}

/** A problem's message; an empty choice gets the step's own wording instead of the generic one. */
export function problemText(
  translator: Translator,
  problem: ShownProblems[string] | undefined,
  whenRequired?: 'customerStep.required' | 'servicesStep.required' | 'taskStep.required',
) {
  if (!problem) return null;
  if (problem.code === 'REQUIRED' && whenRequired) return translator.text(whenRequired);
  return translator.error(problem.code, problem.params);
}

export function FieldError({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p className="collab-field-error" id={id}>
      {text}
    </p>
  ) : null;
}

/** Who gets access through the task: its participants, or that no one at the agency does. */
export function accessText(translator: Translator, task: CustomerDetails['tasks'][number]): string {
  return task.participants.length > 0
    ? translator.text('taskStep.access', {
        names: translator.list(task.participants.map((person) => person.name)),
      })
    : translator.text('taskStep.noParticipants');
}
