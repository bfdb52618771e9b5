import { type ErrorCode, optionChangeProblems, type ServiceOptions } from '@collab/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../api/trpc.js';
import type { CollabErrorCode } from '../../events.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { ActionDialog, ActionFooter, useFocusWhen } from './action-dialog.js';
import { LoadFailure, LoadingState } from './action-states.js';
import {
  type CurrentValues,
  conflictCurrentOf,
  errorCodeOf,
  errorParamsOf,
  fieldCodesOf,
  isWorthRetrying,
} from './api-errors.js';
import { CollaborationFacts } from './collaboration-facts.js';
import { EditConflict } from './edit-conflict.js';
import { AccessChange, type EditDraft, OptionFields, TaskChoice } from './edit-fields.js';
import { type CollaborationView, serviceNameOf, useErrorMessage } from './labels.js';
import { useCollaborationContext, useInvalidateCollaborations } from './use-collaboration.js';

export interface EditCollaborationDrawerProps {
  collaborationId: string;
  /** Closed without a change (Escape, Cancel, the close button). Focus goes back to the opener. */
  onClose: () => void;
  /**
   * Saved; the overview refreshes its list. `task` when the task changed (access changed with
   * it), otherwise `options`. The drawer then shows the result until `onClose`.
   */
  onSaved: (change: 'options' | 'task') => void;
}

/** The values an edit starts from, and the version they were read at. */
interface Base {
  version: number;
  taskId: string | null;
  options: ServiceOptions;
}

interface Failure {
  code: CollabErrorCode;
  message: string;
}

function baseOf(collaboration: CollaborationView): Base {
  return {
    version: collaboration.version,
    taskId: collaboration.task?.id ?? null,
    options: collaboration.options,
  };
}

/** The options the person changed, compared with what the edit started from. */
function optionChanges(base: Base, draft: EditDraft): ServiceOptions {
  return Object.fromEntries(
    Object.entries(draft.options).filter(([name, value]) => base.options[name] !== value),
  );
}

/**
 * Flow 4: a drawer with the collaboration's task and the options its service has (variant,
 * period, invoice recipient, from the catalog). Any employee may change the task, and is told
 * whose access changes with it; only full rights may change options, and others see them
 * read-only with the reason. The edit carries the version it was read at: a stale one is
 * refused with the current values, shown next to the person's own choices.
 */
export function EditCollaborationDrawer({
  collaborationId,
  onClose,
  onSaved,
}: EditCollaborationDrawerProps) {
  const translator = useTranslator();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const invalidate = useInvalidateCollaborations();
  const { collaboration, me, isEmployee, customer, loading, loadError, retry } =
    useCollaborationContext(collaborationId);
  const update = useMutation(trpc.collaborations.update.mutationOptions());

  const [base, setBase] = useState<Base | null>(null);
  const [draft, setDraft] = useState<EditDraft | null>(null);
  const [conflict, setConflict] = useState<{ mine: EditDraft; current: CurrentValues } | null>(
    null,
  );
  const [problems, setProblems] = useState<Record<string, ErrorCode>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState<{ change: 'options' | 'task'; taskName: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const conflictRef = useRef<HTMLHeadingElement>(null);
  const savedRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [problemRound, setProblemRound] = useState(0);
  useFocusWhen(conflictRef, conflict);
  useFocusWhen(savedRef, saved);
  useEffect(() => {
    if (problemRound > 0)
      bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problemRound]);

  // The edit starts from the first values read; a later refetch does not overwrite choices.
  useEffect(() => {
    if (collaboration && base === null) {
      setBase(baseOf(collaboration));
      setDraft({ taskId: collaboration.task?.id ?? null, options: collaboration.options });
    }
  }, [collaboration, base]);

  const service = collaboration ? serviceNameOf(translator, collaboration) : null;
  const tasks = customer.data?.tasks ?? [];
  const optionsEditable = me?.kind === 'employee' ? me.can.changeOptions : true;

  /** Why nothing here can be changed, or null. */
  const readOnly = !collaboration
    ? null
    : me?.kind === 'account_user'
      ? translator.error('EMPLOYEE_REQUIRED')
      : collaboration.status !== 'active'
        ? translator.error('COLLABORATION_NOT_ACTIVE', { status: collaboration.status })
        : collaboration.service === null
          ? translator.error('COLLABORATION_UNLINKED')
          : null;

  function save() {
    if (!collaboration?.service || !base || !draft || update.isPending) return;
    const changes = optionsEditable ? optionChanges(base, draft) : {};
    const taskChanged = draft.taskId !== base.taskId && draft.taskId !== null;
    if (!taskChanged && Object.keys(changes).length === 0) {
      setAnnouncement(translator.text('actions.edit.nothingChanged'));
      return;
    }
    const found = Object.fromEntries(
      optionChangeProblems(collaboration.service, changes).map((problem) => [
        problem.field,
        problem.code,
      ]),
    );
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setProblemRound((round) => round + 1);
      return;
    }
    setFailure(null);
    setAnnouncement('');
    const sent = draft;
    update.mutate(
      {
        collaborationId,
        version: base.version,
        ...(taskChanged && sent.taskId ? { taskId: sent.taskId } : {}),
        ...(Object.keys(changes).length > 0 ? { options: changes } : {}),
      },
      {
        onSuccess(view) {
          const change = taskChanged ? 'task' : 'options';
          setBase(baseOf(view));
          setDraft({ taskId: view.task?.id ?? null, options: view.options });
          setConflict(null);
          const taskName = view.task?.name ?? '';
          setSaved({ change, taskName });
          setAnnouncement(
            [
              translator.text('actions.edit.saved', {
                service: service ?? '',
                customerName: view.customer.name,
              }),
              change === 'task'
                ? translator.text('actions.edit.savedTask', { task: taskName })
                : '',
            ]
              .filter(Boolean)
              .join(' '),
          );
          onSaved(change);
          void invalidate();
        },
        onError(error) {
          const code = errorCodeOf(error);
          if (code === 'VERSION_CONFLICT') {
            const current = conflictCurrentOf(error);
            if (current) {
              // The person's own changes, moved onto what is saved now: what they did not
              // touch takes the other person's values, so saving again overwrites nothing else.
              const mine: EditDraft = {
                taskId: taskChanged ? sent.taskId : current.taskId,
                options: { ...current.options, ...changes },
              };
              setDraft(mine);
              setConflict({ mine, current });
              setBase({
                version: current.version,
                taskId: current.taskId,
                options: current.options,
              });
              setAnnouncement(translator.text('actions.edit.conflictHeading'));
              void invalidate();
              return;
            }
          }
          const fields = fieldCodesOf(error);
          if (Object.keys(fields).length > 0) {
            setProblems(fields);
            setProblemRound((round) => round + 1);
          }
          setFailure({ code, message: errorMessage(code, errorParamsOf(error)) });
        },
      },
    );
  }

  function startFromCurrent() {
    if (!conflict) return;
    setDraft({ taskId: conflict.current.taskId, options: conflict.current.options });
    setConflict(null);
    setProblems({});
    setFailure(null);
  }

  const title = service
    ? translator.text('actions.edit.title', { service })
    : translator.text('actions.edit.titleGeneric');
  const canSave =
    !readOnly && !saved && !(failure && !isWorthRetrying(failure.code)) && base && draft;
  const fromTask = tasks.find((task) => task.id === base?.taskId);
  const toTask = tasks.find((task) => task.id === draft?.taskId);

  return (
    <ActionDialog
      kind="drawer"
      title={title}
      subtitle={collaboration?.customer.name}
      onClose={onClose}
      busy={Boolean(loading) || update.isPending}
      footer={
        <ActionFooter
          confirm={
            canSave && !loading && !loadError && !conflict
              ? {
                  label: translator.text('actions.edit.save'),
                  pendingLabel: translator.text('actions.edit.saving'),
                  failed: Boolean(failure),
                  pending: update.isPending,
                  onConfirm: save,
                }
              : null
          }
          closeLabel={
            canSave ? translator.text('actions.cancel') : translator.text('actions.close')
          }
          onClose={onClose}
        />
      }
    >
      <div ref={bodyRef}>
        <div role="status" aria-live="polite" className="collab-announcement">
          {announcement}
        </div>
        {loadError ? (
          <LoadFailure error={loadError} onRetry={retry} />
        ) : loading || !collaboration || !service || !base || !draft ? (
          <LoadingState />
        ) : saved ? (
          <section>
            <h3 className="collab-subheading collab-action-focus" tabIndex={-1} ref={savedRef}>
              {translator.text('actions.edit.savedHeading')}
            </h3>
            <p className="collab-paragraph">{announcement}</p>
            <button type="button" className="collab-button" onClick={() => setSaved(null)}>
              {translator.text('actions.edit.editAgain')}
            </button>
          </section>
        ) : readOnly || !collaboration.service ? (
          <>
            <CollaborationFacts collaboration={collaboration} showAgency={!isEmployee} />
            <div className="collab-alert">
              <p className="collab-alert__line">{translator.text('actions.edit.readOnly')}</p>
              <p className="collab-alert__line">{readOnly}</p>
            </div>
          </>
        ) : (
          <>
            {conflict ? (
              <EditConflict
                headingRef={conflictRef}
                service={collaboration.service}
                mine={conflict.mine}
                current={conflict.current}
                tasks={tasks}
                optionsEditable={optionsEditable}
                onKeepMine={() => {
                  setConflict(null);
                  save();
                }}
                onUseCurrent={startFromCurrent}
              />
            ) : null}
            <TaskChoice
              tasks={tasks}
              currentTaskId={base.taskId}
              taskId={draft.taskId}
              onChoose={(taskId) => setDraft({ ...draft, taskId })}
              problem={problems.taskId ? errorMessage(problems.taskId, {}) : null}
            />
            <div aria-live="polite">
              {draft.taskId !== base.taskId ? (
                <AccessChange service={service} from={fromTask} to={toTask} />
              ) : null}
            </div>
            {optionsEditable ? null : (
              <div className="collab-alert">
                <p className="collab-alert__line">
                  {translator.text('actions.edit.optionsReadOnly')}
                </p>
                <p className="collab-alert__line">
                  {translator.error('OPTION_REQUIRES_FULL_RIGHTS')}
                </p>
              </div>
            )}
            <OptionFields
              service={collaboration.service}
              options={draft.options}
              current={base.options}
              editable={optionsEditable}
              problems={problems}
              onChange={(option, value) => {
                setDraft({ ...draft, options: { ...draft.options, [option]: value } });
                setProblems(({ [`options.${option}`]: _, ...others }) => others);
              }}
            />
            {failure ? (
              <p className="collab-alert" role="alert">
                {failure.message}
              </p>
            ) : null}
          </>
        )}
      </div>
    </ActionDialog>
  );
}
