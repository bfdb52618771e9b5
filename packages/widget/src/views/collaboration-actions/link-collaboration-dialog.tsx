import type { RouterInputs } from '@collab/api';
import {
  defaultOptions,
  type ErrorParams,
  matchLegacyService,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
} from '@collab/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../api/trpc.js';
import type { CollabErrorCode } from '../../events.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { ActionDialog, ActionFooter, useFocusWhen } from './action-dialog.js';
import { LoadFailure, LoadingState } from './action-states.js';
import { errorCodeOf, errorParamsOf, fieldCodesOf, isWorthRetrying } from './api-errors.js';
import { OptionFields, TaskChoice } from './edit-fields.js';
import { namesOf, useErrorMessage } from './labels.js';
import { ServiceChoice, suggestedService, unavailability } from './link-fields.js';
import { useCollaborationContext, useInvalidateCollaborations } from './use-collaboration.js';

export interface LinkCollaborationDialogProps {
  collaborationId: string;
  /** Closed (Escape, Cancel, Close after the result). Focus goes back to the opener. */
  onClose: () => void;
  /** Linked on the server. The dialog then shows the result until `onClose`. */
  onLinked: () => void;
}

type Selection = RouterInputs['collaborations']['link']['selection'];

interface Failure {
  code: CollabErrorCode;
  message: string;
}

/** A problem at a field, worded with the error's params. */
interface FieldProblem {
  code: CollabErrorCode;
  params: ErrorParams;
}

/**
 * Flow 6: an unlinked collaboration from the old system gets its service and its task. The
 * services the customer already has, or that need an active eEkonomi it lacks, are shown but
 * cannot be chosen, and say why. The task's participants get access once it is linked.
 */
export function LinkCollaborationDialog({
  collaborationId,
  onClose,
  onLinked,
}: LinkCollaborationDialogProps) {
  const translator = useTranslator();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const invalidate = useInvalidateCollaborations();
  const { collaboration, me, customer, loading, loadError, retry } =
    useCollaborationContext(collaborationId);
  const link = useMutation(trpc.collaborations.link.mutationOptions());

  const [service, setService] = useState<ServiceId | null>(null);
  const [options, setOptions] = useState<ServiceOptions>({});
  const [taskId, setTaskId] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ service?: FieldProblem; taskId?: FieldProblem }>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [linked, setLinked] = useState<{ service: string; task: string; access: string } | null>(
    null,
  );
  const [announcement, setAnnouncement] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const [problemRound, setProblemRound] = useState(0);
  useFocusWhen(doneRef, linked);
  useEffect(() => {
    if (problemRound > 0)
      bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problemRound]);

  const legacyName =
    collaboration?.legacyServiceName ?? translator.text('actions.unknownLegacyService');
  const open = (customer.data?.openCollaborations ?? []).filter(
    (other) => other.collaborationId !== collaborationId,
  );
  const suggested = suggestedService(collaboration?.legacyServiceName ?? null);
  // The old system's name, when it is a catalog service the customer can take, is chosen.
  const [suggestionApplied, setSuggestionApplied] = useState(false);
  useEffect(() => {
    if (suggestionApplied || !customer.data) return;
    setSuggestionApplied(true);
    if (suggested && !unavailability(suggested, open)) {
      setService(suggested);
      setOptions(defaultOptions(suggested));
    }
  }, [suggestionApplied, customer.data, suggested, open]);

  const tasks = customer.data?.tasks ?? [];

  const cannotLink = !collaboration
    ? null
    : me?.kind === 'account_user'
      ? [translator.error('EMPLOYEE_REQUIRED')]
      : me && !me.can.link
        ? [translator.text('actions.link.notAllowed'), translator.error('FULL_RIGHTS_REQUIRED')]
        : collaboration.service !== null && !linked
          ? [translator.error('COLLABORATION_ALREADY_LINKED')]
          : collaboration.status !== 'active'
            ? [translator.error('COLLABORATION_NOT_ACTIVE', { status: collaboration.status })]
            : null;

  function confirm() {
    if (link.isPending) return;
    const found: typeof problems = {};
    if (!service) found.service = { code: 'REQUIRED', params: {} };
    if (!taskId) found.taskId = { code: 'REQUIRED', params: {} };
    setProblems(found);
    if (!service || !taskId) {
      setProblemRound((round) => round + 1);
      return;
    }
    setFailure(null);
    const selection: Selection = { service, options: { ...defaultOptions(service), ...options } };
    link.mutate(
      { collaborationId, taskId, selection },
      {
        onSuccess(view) {
          const task = tasks.find((candidate) => candidate.id === taskId);
          const result = {
            service: serviceCatalog[service].name,
            task: view.task?.name ?? task?.name ?? '',
            // A company that has an account is asked first: the link only invites it (flow 6).
            access:
              view.status === 'pending'
                ? translator.text('actions.link.invited')
                : task && task.participants.length > 0
                  ? translator.text('actions.edit.accessGained', {
                      names: namesOf(translator, task.participants),
                    })
                  : translator.text('actions.taskNoParticipants'),
          };
          setLinked(result);
          setAnnouncement(
            `${translator.text('actions.link.done', { legacyName, service: result.service, task: result.task })} ${result.access}`,
          );
          onLinked();
          void invalidate();
        },
        onError(error) {
          const code = errorCodeOf(error);
          const params = errorParamsOf(error);
          const fields = fieldCodesOf(error);
          const atFields: typeof problems = {};
          if (fields['selection.service'])
            atFields.service = { code: fields['selection.service'], params };
          if (fields.taskId) atFields.taskId = { code: fields.taskId, params };
          if (atFields.service || atFields.taskId) {
            setProblems(atFields);
            setProblemRound((round) => round + 1);
            // The customer's services changed meanwhile: read them again.
            void customer.refetch();
            return;
          }
          setFailure({ code, message: errorMessage(code, params) });
        },
      },
    );
  }

  function problemText(problem: FieldProblem | undefined, whenRequired: 'service' | 'task') {
    if (!problem) return null;
    if (problem.code === 'REQUIRED')
      return translator.text(
        whenRequired === 'service' ? 'actions.link.serviceRequired' : 'actions.link.taskRequired',
      );
    if (problem.code === 'SERVICE_REQUIRES')
      return translator.text('actions.link.requires', {
        required: String(problem.params.required ?? ''),
      });
    return errorMessage(problem.code, problem.params);
  }

  const canConfirm =
    !cannotLink && !linked && !(failure && !isWorthRetrying(failure.code)) && !loadError;

  return (
    <ActionDialog
      kind="dialog"
      title={translator.text('actions.link.title', { legacyName })}
      subtitle={collaboration?.customer.name}
      onClose={onClose}
      busy={Boolean(loading) || link.isPending}
      footer={
        <ActionFooter
          confirm={
            canConfirm && !loading
              ? {
                  label: translator.text('actions.link.confirm'),
                  pendingLabel: translator.text('actions.link.linking'),
                  failed: Boolean(failure),
                  pending: link.isPending,
                  onConfirm: confirm,
                }
              : null
          }
          closeLabel={
            canConfirm ? translator.text('actions.cancel') : translator.text('actions.close')
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
        ) : loading || !collaboration ? (
          <LoadingState />
        ) : linked ? (
          <section>
            <h3 className="collab-subheading collab-action-focus" tabIndex={-1} ref={doneRef}>
              {translator.text('actions.link.doneHeading')}
            </h3>
            <p className="collab-paragraph">
              {translator.text('actions.link.done', {
                legacyName,
                service: linked.service,
                task: linked.task,
              })}
            </p>
            <p className="collab-paragraph">{linked.access}</p>
          </section>
        ) : (
          <>
            <p className="collab-paragraph">
              {translator.text('actions.link.intro', { legacyName })}
            </p>
            {matchLegacyService(collaboration.legacyServiceName).kind === 'no_counterpart' ? (
              <p className="collab-action-notice">
                {translator.text('actions.link.noCounterpart', { legacyName })}
              </p>
            ) : null}
            {cannotLink ? (
              <div className="collab-alert">
                {cannotLink.map((line) => (
                  <p className="collab-alert__line" key={line}>
                    {line}
                  </p>
                ))}
              </div>
            ) : (
              <>
                <ServiceChoice
                  open={open}
                  suggested={suggested}
                  service={service}
                  onChoose={(chosen) => {
                    setService(chosen);
                    setOptions(defaultOptions(chosen));
                    setProblems(({ service: _, ...others }) => others);
                  }}
                  problem={problemText(problems.service, 'service')}
                />
                {service && Object.keys(serviceCatalog[service].options).length > 0 ? (
                  <OptionFields
                    service={service}
                    options={options}
                    current={{}}
                    editable
                    problems={{}}
                    onChange={(option, value) => setOptions({ ...options, [option]: value })}
                  />
                ) : null}
                <TaskChoice
                  tasks={tasks}
                  currentTaskId={null}
                  taskId={taskId}
                  onChoose={(chosen) => {
                    setTaskId(chosen);
                    setProblems(({ taskId: _, ...others }) => others);
                  }}
                  problem={problemText(problems.taskId, 'task')}
                />
                {failure ? (
                  <p className="collab-alert" role="alert">
                    {failure.message}
                  </p>
                ) : null}
              </>
            )}
          </>
        )}
      </div>
    </ActionDialog>
  );
}
