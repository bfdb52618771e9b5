import { skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, useReducer, useRef, useState } from 'react';
import { describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useReportError } from '../../runtime/use-report-error.js';
import { useTranslator } from '../../runtime/widget-context.js';
import {
  AskColleagueFields,
  AskedResult,
  ColleagueRequests,
  PreparedNotice,
  useAskColleague,
} from './ask-colleague.js';
import { CustomerStep } from './customer-step.js';
import { ResultStep } from './result-step.js';
import { ReviewStep } from './review-step.js';
import { ServicesStep } from './services-step.js';
import { TaskStep } from './task-step.js';
import { useActivate } from './use-activate.js';
import {
  canGoBack,
  draftOf,
  draftProblems,
  initialWizard,
  isRefusal,
  stepOrder,
  wizardReducer,
} from './wizard.js';

/**
 * The steps of flow 1 in docs/flows.md inside the open dialog: customer, services, task,
 * review, result. What is chosen and which step shows is the wizard's (`wizard.ts`); this
 * component reads what the steps need and sends the activation.
 */
export function InviteFlow({
  presetCustomerId,
  presetActivationRequestId = null,
  titleId,
  onClose,
}: {
  presetCustomerId: string | null;
  /** Flow 9: a colleague's prepared invitation to open at its review. */
  presetActivationRequestId?: string | null;
  titleId: string;
  onClose: () => void;
}) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const [state, dispatch] = useReducer(wizardReducer, presetCustomerId, initialWizard);
  const { step, customerId, problems, failure } = state;

  const services = useQuery(trpc.catalog.services.queryOptions());
  const customer = useQuery(
    trpc.customers.get.queryOptions(customerId ? { customerId } : skipToken),
  );
  // Who is signed in, to explain a limit before confirming. It only informs: without it the
  // flow goes on (so it is not retried, nor reported), and the server checks the rights again
  // on activating.
  const session = useQuery({ ...trpc.session.me.queryOptions(), retry: false });
  // Flow 9 (docs/flows.md): who may only prepare and ask, and who may send what was prepared.
  const me = session.data;
  const mayAsk = me?.kind === 'employee' && !me.can.activate;
  const maySend = me?.kind === 'employee' && me.can.activate;
  const colleagues = useQuery({
    ...trpc.activationRequests.colleagues.queryOptions(),
    enabled: mayAsk,
    retry: false,
  });
  // Only informs (the requests addressed to me): the flow goes on without it, unreported.
  const requestsToMe = useQuery({
    ...trpc.activationRequests.list.queryOptions(),
    enabled: maySend,
    retry: false,
  });
  const [openedRequestId, setOpenedRequestId] = useState(presetActivationRequestId);
  const prepared = useQuery(
    trpc.activationRequests.get.queryOptions(
      openedRequestId ? { activationRequestId: openedRequestId } : skipToken,
    ),
  );
  const [colleagueId, setColleagueId] = useState('');
  const [note, setNote] = useState('');
  const [missingColleague, setMissingColleague] = useState(false);
  const colleagueRef = useRef<HTMLSelectElement>(null);
  const asking = useAskColleague({
    onAsked: (asked) => dispatch({ type: 'asked', asked }),
    onFailed: (described) =>
      dispatch({ type: 'failed', failure: described, problems: {}, sent: [] }),
  });
  const activation = useActivate({
    onActivated: (result) => {
      // A prepared invitation, once sent, is done: what the dialog shows next starts afresh.
      setOpenedRequestId(null);
      // Said once: the result's heading gets the focus, so no live region repeats it.
      dispatch({ type: 'activated', result });
    },
    onFailed: (described, serverProblems, request) =>
      dispatch({
        type: 'failed',
        failure: described,
        problems: serverProblems,
        sent: request.services,
      }),
  });
  const loadFailure = services.error ?? customer.error ?? prepared.error;
  useReportError(loadFailure);
  // Without the colleagues there is nobody to ask: said at the review, with a retry.
  useReportError(colleagues.error);

  const needsCustomer = step !== 'customer';
  const loading =
    services.isPending ||
    session.isPending ||
    (openedRequestId !== null && prepared.isPending) ||
    (needsCustomer && customerId !== null && customer.isPending);
  const ready = !loading && !loadFailure;

  // A prepared invitation, once read, is opened at its review as it was prepared.
  const openRequest = prepared.data;
  const catalogIds = services.data?.map((definition) => definition.id);
  useEffect(() => {
    // Only someone who may send it opens it; the others see the steps as usual.
    if (!maySend || !openRequest || !catalogIds || openRequest.status !== 'open') return;
    if (state.activationRequestId === openRequest.id) return;
    dispatch({ type: 'openRequest', request: openRequest, catalog: catalogIds });
  }, [maySend, openRequest, catalogIds, state.activationRequestId]);
  const closedRequest = openRequest !== undefined && openRequest.status !== 'open';

  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Each step starts at its heading, so a screen reader hears where it is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step is what triggers it.
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [step, ready]);
  // After a refused "Next", the first field with a problem gets the focus.
  useEffect(() => {
    if (state.validationRound === 0) return;
    bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state.validationRound]);

  const openCollaborations = customer.data?.openCollaborations ?? [];
  const activeServices = openCollaborations
    .filter((open) => open.status === 'active')
    .map((open) => open.service);
  const takenServices = openCollaborations.map((open) => open.service);

  /** The draft when the client finds nothing wrong with it, else null (shown at its fields). */
  function checkedDraft() {
    const input = draftOf(state);
    const found = draftProblems(input, activeServices);
    if (Object.keys(found).length > 0) {
      dispatch({ type: 'refused', problems: found });
      return null;
    }
    return {
      customerId: input.customerId ?? '',
      taskId: input.taskId ?? '',
      services: input.services,
    };
  }

  function confirm() {
    const input = checkedDraft();
    if (!input) return;
    dispatch({ type: 'sending' });
    activation.send(input, state.activationRequestId);
  }

  /** Flow 9: asks the chosen colleague to send what this employee prepared. */
  function askColleague() {
    if (!colleagueId) {
      setMissingColleague(true);
      colleagueRef.current?.focus();
      return;
    }
    const input = checkedDraft();
    if (!input) return;
    dispatch({ type: 'sending' });
    asking.ask({ ...input, colleagueId, note });
  }

  // Asking again cannot help an employee without full rights: only the explanation stays.
  const refused = isRefusal(failure);
  /** Why this user cannot activate at all, known from the session before confirming. */
  const cannotActivate =
    me?.kind === 'employee'
      ? me.can.activate
        ? null
        : ('FULL_RIGHTS_REQUIRED' as const)
      : me?.kind === 'account_user'
        ? ('EMPLOYEE_REQUIRED' as const)
        : null;
  const agencyName = me?.kind === 'employee' && me.agency.name ? me.agency.name : null;
  const limitId = `${titleId}-limit`;
  const stepNumber = stepOrder.indexOf(step) + (presetCustomerId ? 0 : 1);
  const stepCount = stepOrder.length - (presetCustomerId ? 1 : 0);

  return (
    <>
      <div className="collab-dialog__header">
        <div>
          <h2 className="collab-heading" id={titleId}>
            {customer.data && customerId
              ? translator.text('inviteDialog.titleForCustomer', {
                  customerName: customer.data.name,
                })
              : translator.text('inviteDialog.title')}
          </h2>
          {/* The result is no step of the work: no counter there (docs/glossary.md). */}
          {step === 'result' ? null : (
            <p className="collab-muted">
              {translator.text('inviteDialog.step', { current: stepNumber, total: stepCount })}
            </p>
          )}
        </div>
      </div>
      <div className="collab-dialog__body" aria-busy={loading} ref={bodyRef}>
        {loadFailure ? (
          <div>
            <p className="collab-alert" role="alert">
              {describeError(loadFailure, translator).message}
            </p>
            <button
              type="button"
              className="collab-button"
              onClick={() => {
                if (services.error) void services.refetch();
                if (customer.error) void customer.refetch();
              }}
            >
              {translator.text('inviteDialog.retry')}
            </button>
          </div>
        ) : loading ? (
          <p className="collab-muted" role="status">
            {translator.text('inviteDialog.loading')}
          </p>
        ) : null}
        {ready && mayAsk && step !== 'result' ? (
          // Not an error: they may prepare it, and a colleague sends it (flow 9).
          <p className="collab-notice" role="status" id={limitId}>
            {translator.text('askColleague.notice')}
          </p>
        ) : ready && cannotActivate && step !== 'result' ? (
          <div className="collab-alert" id={limitId}>
            <p className="collab-alert__line">{translator.text('reviewStep.notAllowed')}</p>
            <p className="collab-alert__line">{translator.error(cannotActivate)}</p>
            <p className="collab-alert__line">{translator.text('inviteDialog.browseOnly')}</p>
          </div>
        ) : null}
        {ready && closedRequest ? (
          <p className="collab-notice">{translator.error('ACTIVATION_REQUEST_CLOSED')}</p>
        ) : null}
        {ready &&
        step === 'review' &&
        openRequest &&
        state.activationRequestId === openRequest.id ? (
          <PreparedNotice request={openRequest} />
        ) : null}
        {loadFailure || loading ? null : step === 'customer' ? (
          <CustomerStep
            headingRef={headingRef}
            search={state.search}
            onSearch={(search) => dispatch({ type: 'search', search })}
            customerId={customerId}
            onChoose={(id) => dispatch({ type: 'chooseCustomer', customerId: id })}
            problems={problems}
          />
        ) : step === 'services' && customer.data ? (
          <ServicesStep
            headingRef={headingRef}
            catalog={services.data ?? []}
            chosen={state.chosen}
            options={state.options}
            taken={customer.data.openCollaborations}
            activeServices={activeServices}
            takenServices={takenServices}
            problems={problems}
            onToggle={(service, on) =>
              dispatch({
                type: 'toggleService',
                service,
                on,
                catalog: (services.data ?? []).map((definition) => definition.id),
              })
            }
            onOption={(service, name, value) =>
              dispatch({ type: 'setOption', service, name, value })
            }
          />
        ) : step === 'task' && customer.data ? (
          <TaskStep
            headingRef={headingRef}
            tasks={customer.data.tasks}
            taskId={state.taskId}
            onChoose={(taskId) => dispatch({ type: 'chooseTask', taskId })}
            problems={problems}
            customerId={customer.data.id}
            canChangeParticipants={me?.kind === 'employee' && me.can.changeParticipants}
          />
        ) : step === 'review' && customer.data ? (
          <ReviewStep
            headingRef={headingRef}
            customer={customer.data}
            agencyName={agencyName}
            selections={draftOf(state).services}
            taskId={state.taskId}
            problems={problems}
            failure={failure}
            sending={activation.sending || asking.asking}
            onChange={(target) => dispatch({ type: 'change', step: target })}
            changeable={state.activationRequestId === null}
          />
        ) : step === 'result' && state.result ? (
          <ResultStep headingRef={headingRef} result={state.result} />
        ) : step === 'result' && state.asked ? (
          <AskedResult
            headingRef={headingRef}
            asked={state.asked}
            customerName={customer.data?.name ?? ''}
          />
        ) : null}
        {ready &&
        maySend &&
        step === stepOrder[state.preset ? 1 : 0] &&
        state.activationRequestId === null ? (
          <ColleagueRequests
            requests={(requestsToMe.data?.toMe ?? []).filter(
              (request) => !presetCustomerId || request.customer.id === presetCustomerId,
            )}
            onOpen={setOpenedRequestId}
          />
        ) : null}
        {ready && mayAsk && step === 'review' && colleagues.error ? (
          <div>
            <p className="collab-alert" role="alert">
              {describeError(colleagues.error, translator).message}
            </p>
            <button type="button" className="collab-button" onClick={() => colleagues.refetch()}>
              {translator.text('inviteDialog.retry')}
            </button>
          </div>
        ) : null}
        {ready && mayAsk && step === 'review' && customer.data ? (
          <AskColleagueFields
            colleagues={colleagues.data ?? null}
            colleagueId={colleagueId}
            note={note}
            missingColleague={missingColleague}
            selectRef={colleagueRef}
            onColleague={(id) => {
              setColleagueId(id);
              setMissingColleague(false);
            }}
            onNote={setNote}
          />
        ) : null}
      </div>
      <div className="collab-dialog__footer">
        {canGoBack(state) ? (
          <button
            type="button"
            className="collab-button"
            onClick={() => dispatch({ type: 'back' })}
          >
            {translator.text('inviteDialog.back')}
          </button>
        ) : null}
        {ready && (step === 'customer' || step === 'services' || step === 'task') ? (
          <button
            type="button"
            className="collab-button collab-button--primary"
            onClick={() => dispatch({ type: 'next', activeServices })}
          >
            {translator.text('inviteDialog.next')}
          </button>
        ) : null}
        {ready && mayAsk && step === 'review' && customer.data && colleagues.data?.length ? (
          <button
            type="button"
            className="collab-button collab-button--primary"
            aria-disabled={asking.asking}
            onClick={() => {
              if (!asking.asking) askColleague();
            }}
          >
            {asking.asking
              ? translator.text('askColleague.sending')
              : translator.text('askColleague.submit')}
          </button>
        ) : null}
        {ready && !mayAsk && step === 'review' && customer.data && !refused ? (
          <button
            type="button"
            className="collab-button collab-button--primary"
            aria-disabled={activation.sending || cannotActivate !== null}
            aria-describedby={cannotActivate ? limitId : undefined}
            onClick={() => {
              if (!activation.sending && !cannotActivate) confirm();
            }}
          >
            {activation.sending
              ? translator.text('reviewStep.sending')
              : failure
                ? translator.text('inviteDialog.retry')
                : customer.data.account
                  ? translator.text('reviewStep.confirmInvite')
                  : translator.text('reviewStep.confirmActivate')}
          </button>
        ) : null}
        {step === 'result' ? (
          <button
            type="button"
            className="collab-button collab-button--primary"
            onClick={() => dispatch({ type: 'anotherService' })}
          >
            {translator.text('resultStep.another')}
          </button>
        ) : null}
        {step === 'result' && !presetCustomerId ? (
          <button
            type="button"
            className="collab-button"
            onClick={() => dispatch({ type: 'anotherCustomer' })}
          >
            {translator.text('resultStep.anotherCustomer')}
          </button>
        ) : null}
        <button type="button" className="collab-button" onClick={onClose}>
          {translator.text('inviteDialog.close')}
        </button>
      </div>
    </>
  );
}
