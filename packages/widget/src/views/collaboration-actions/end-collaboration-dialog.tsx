import { reasonMaxLength, serviceCatalog } from '@collab/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTRPC } from '../../api/trpc.js';
import type { CollabErrorCode } from '../../events.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { SuccessMark } from '../../ui/success-mark.js';
import { ActionDialog, ActionFooter, useFocusWhen } from './action-dialog.js';
import { LoadFailure, LoadingState } from './action-states.js';
import { errorCodeOf, errorParamsOf, isWorthRetrying } from './api-errors.js';
import { CollaborationFacts } from './collaboration-facts.js';
import { useEndBlockers } from './end-blockers.js';
import { DataDeletionConfirmation, EndBlocked, EndConsequences } from './end-parts.js';
import { serviceNameOf, useErrorMessage } from './labels.js';
import { useInvalidateCollaborations } from './use-collaboration.js';

export interface EndCollaborationDialogProps {
  collaborationId: string;
  /** Closed (Escape, Cancel, Close after the result). Focus goes back to the opener. */
  onClose: () => void;
  /** Ended on the server. The dialog then shows the result until `onClose`. */
  onEnded: (detail: { collaborationId: string; endedAt: string }) => void;
}

interface Failure {
  code: CollabErrorCode;
  message: string;
}

/**
 * Flow 5: ending a collaboration, for an employee with full rights or the company's admin. It
 * says what ending does before the person confirms: who at the agency loses access, who is
 * told, that Utlägg's data is deleted (confirmed with a checkbox, sent as
 * `confirmDataDeletion`), and that eEkonomi cannot be ended while Scanner or Ekonomiöversikt
 * still builds on it.
 */
export function EndCollaborationDialog({
  collaborationId,
  onClose,
  onEnded,
}: EndCollaborationDialogProps) {
  const translator = useTranslator();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const invalidate = useInvalidateCollaborations();
  const details = useQuery(trpc.collaborations.get.queryOptions({ collaborationId }));
  // Who is signed in only informs what is offered; the server checks the rights again.
  const session = useQuery({ ...trpc.session.me.queryOptions(), retry: false });
  const collaboration = details.data?.collaboration;
  const me = session.data;
  const blockers = useEndBlockers(collaboration, me);
  const end = useMutation(trpc.collaborations.end.mutationOptions());

  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [deletionConfirmed, setDeletionConfirmed] = useState(false);
  const [deletionProblem, setDeletionProblem] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  /** The services the server named when it refused, in case the dialog did not know them. */
  const [refusedFor, setRefusedFor] = useState<string[] | null>(null);
  const [endedAt, setEndedAt] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const checkboxRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  useFocusWhen(doneRef, endedAt);

  const loading = details.isPending || session.isPending;
  const service = collaboration ? serviceNameOf(translator, collaboration) : null;
  const deletesData = collaboration?.service
    ? serviceCatalog[collaboration.service].endingDeletesData
    : false;
  // Why this person cannot end it, known from the session before they try.
  const cannotEnd =
    me && !me.can.end
      ? me.kind === 'employee'
        ? [translator.text('actions.end.notAllowed'), translator.error('FULL_RIGHTS_REQUIRED')]
        : [translator.text('actions.end.notAllowed')]
      : null;
  const notActive =
    collaboration && collaboration.status !== 'active' && endedAt === null
      ? translator.error('COLLABORATION_NOT_ACTIVE', { status: collaboration.status })
      : null;
  const blocked = refusedFor
    ? refusedFor.map((name) => ({ name }))
    : blockers.length > 0
      ? blockers
      : null;
  const refused = failure !== null && !isWorthRetrying(failure.code);
  const canConfirm =
    collaboration !== undefined &&
    endedAt === null &&
    !cannotEnd &&
    !notActive &&
    !blocked &&
    !refused;

  function confirm() {
    if (!collaboration || end.isPending) return;
    if (deletesData && !deletionConfirmed) {
      setDeletionProblem(true);
      checkboxRef.current?.focus();
      return;
    }
    setFailure(null);
    end.mutate(
      {
        collaborationId,
        reason: reason.trim() === '' ? undefined : reason.trim(),
        confirmDataDeletion: deletesData ? true : undefined,
      },
      {
        onSuccess(result) {
          // Said once (docs/glossary.md): the focused heading and its line; no live region.
          setAnnouncement('');
          setEndedAt(result.endedAt);
          onEnded({ collaborationId: result.collaborationId, endedAt: result.endedAt });
          void invalidate();
        },
        onError(error) {
          const code = errorCodeOf(error);
          const params = errorParamsOf(error);
          if (code === 'ENDING_BLOCKED_BY_DEPENDENTS') {
            const names = String(params.dependents ?? '')
              .split(', ')
              .filter((name) => name !== '');
            setRefusedFor(names);
            setAnnouncement(
              translator.plural('actions.end.blocked', names.length, {
                service: service ?? '',
                dependents: translator.list(names),
              }),
            );
            return;
          }
          if (code === 'DATA_DELETION_NOT_CONFIRMED') {
            setDeletionConfirmed(false);
            setDeletionProblem(true);
            checkboxRef.current?.focus();
            return;
          }
          setFailure({ code, message: errorMessage(code, params) });
        },
      },
    );
  }

  const title = service
    ? translator.text('actions.end.title', { service })
    : translator.text('actions.end.titleGeneric');

  return (
    <ActionDialog
      kind="dialog"
      title={title}
      onClose={onClose}
      busy={loading || end.isPending}
      footer={
        <ActionFooter
          confirm={
            canConfirm
              ? {
                  label: translator.text('actions.end.confirm'),
                  pendingLabel: translator.text('actions.end.ending'),
                  failed: Boolean(failure),
                  pending: end.isPending,
                  danger: true,
                  onConfirm: confirm,
                }
              : null
          }
          closeLabel={
            endedAt || !canConfirm
              ? translator.text('actions.close')
              : translator.text('actions.cancel')
          }
          onClose={onClose}
        />
      }
    >
      <div role="status" aria-live="polite" className="collab-announcement">
        {announcement}
      </div>
      {details.error ? (
        <LoadFailure error={details.error} onRetry={() => void details.refetch()} />
      ) : loading || !collaboration || !service ? (
        <LoadingState />
      ) : endedAt ? (
        <section>
          <h3
            className="collab-subheading collab-action-focus collab-success-heading"
            tabIndex={-1}
            ref={doneRef}
          >
            <SuccessMark />
            <span>{translator.text('actions.end.doneHeading')}</span>
          </h3>
          <p className="collab-paragraph">
            {translator.text('actions.end.done', {
              service,
              customerName: collaboration.customer.name,
              date: translator.date(endedAt),
            })}
          </p>
        </section>
      ) : (
        <>
          <CollaborationFacts collaboration={collaboration} showAgency={me?.kind !== 'employee'} />
          {cannotEnd ? (
            <div className="collab-alert">
              {cannotEnd.map((line) => (
                <p className="collab-alert__line" key={line}>
                  {line}
                </p>
              ))}
            </div>
          ) : null}
          {notActive ? <p className="collab-alert">{notActive}</p> : null}
          {blocked ? <EndBlocked service={service} blocking={blocked} /> : null}
          {!notActive && !blocked ? (
            <>
              <EndConsequences
                service={service}
                staff={details.data?.access?.staff ?? []}
                endedByAgency={me?.kind !== 'account_user'}
                agencyName={collaboration.agency.name}
              />
              {deletesData ? (
                <DataDeletionConfirmation
                  service={service}
                  confirmed={deletionConfirmed}
                  onConfirm={(confirmed) => {
                    setDeletionConfirmed(confirmed);
                    if (confirmed) setDeletionProblem(false);
                  }}
                  problem={deletionProblem}
                  checkboxRef={checkboxRef}
                />
              ) : null}
              {canConfirm ? (
                <div className="collab-field">
                  <label htmlFor={reasonId}>{translator.text('actions.end.reason')}</label>
                  <textarea
                    id={reasonId}
                    className="collab-input collab-action-textarea"
                    rows={2}
                    maxLength={reasonMaxLength}
                    value={reason}
                    aria-describedby={`${reasonId}-hint`}
                    onChange={(event) => setReason(event.target.value)}
                  />
                  <p className="collab-muted" id={`${reasonId}-hint`}>
                    {translator.text('actions.end.reasonHint')}
                  </p>
                </div>
              ) : null}
            </>
          ) : null}
          {failure ? (
            <p className="collab-alert" role="alert">
              {failure.message}
            </p>
          ) : null}
        </>
      )}
    </ActionDialog>
  );
}
