import type { RouterOutputs } from '@collab/api';
import type { FieldProblem, ServiceId, ServiceOptions } from '@collab/contracts';
import {
  activateInputSchema,
  defaultOptions,
  fieldProblemsFromZod,
  serviceCatalog,
} from '@collab/contracts';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect, useId, useRef, useState } from 'react';
import { type DescribedError, describeError } from '../api/errors.js';
import { useTRPC } from '../api/trpc.js';
import { useReportError } from '../runtime/use-report-error.js';
import { useEmit, useTranslator, useViewName } from '../runtime/widget-context.js';
import {
  CustomerStep,
  ResultStep,
  ReviewStep,
  ServicesStep,
  type StepName,
  TaskStep,
} from './invite-steps.js';

type ActivationResult = RouterOutputs['collaborations']['activate'];

export interface InviteDialogViewProps {
  /** The customer to invite, from the host's own page; null until one is chosen. */
  customerId: string | null;
}

/**
 * The invite dialog's entry: a button that opens a native <dialog> (top layer, focus kept
 * inside and given back to the button on close, without portals). Inside, the steps of
 * flow 1 in docs/flows.md: customer, services, task, review, result.
 */
export function InviteDialogView({ customerId }: InviteDialogViewProps) {
  const translator = useTranslator();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className="collab-button collab-button--primary"
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.showModal();
          setOpen(true);
        }}
      >
        {translator.text('inviteDialog.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="collab-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
      >
        {open ? (
          <InviteFlow
            presetCustomerId={customerId}
            titleId={titleId}
            onClose={() => dialogRef.current?.close()}
          />
        ) : null}
      </dialog>
    </>
  );
}

/** The activation input as the form holds it: a customer or task may not be chosen yet. */
interface ActivationDraft {
  customerId: string | null;
  taskId: string | null;
  services: { service: ServiceId; options: ServiceOptions }[];
}

/** Field path, as the server writes it (`services.0.options.variant`), to its first problem. */
type FieldProblems = Record<string, FieldProblem>;

/**
 * What the server's own schema, `activateInputSchema` (zod/mini, shared through
 * @collab/contracts), refuses, by field, with the codes `fieldErrorsFromZod` gives the server's
 * field errors. A customer or task not chosen yet is `REQUIRED` rather than the schema's
 * `INVALID_ID`: the step asks for a choice, the id itself is not wrong.
 */
function checkActivateInput(draft: ActivationDraft): FieldProblems {
  const parsed = activateInputSchema.safeParse(draft);
  if (parsed.success) return {};
  const problems: FieldProblems = {};
  for (const [path, [first]] of Object.entries(fieldProblemsFromZod(parsed.error))) {
    if (!first) continue;
    const notChosen =
      (path === 'customerId' && !draft.customerId) || (path === 'taskId' && !draft.taskId);
    problems[path] = notChosen ? { code: 'REQUIRED', params: {} } : first;
  }
  return problems;
}

/**
 * The domain's rules that the client can also know: a service listed twice, and one that
 * needs another (Scanner needs eEkonomi) which is neither active already nor chosen too.
 * Same paths and codes as the server's `failField`.
 */
function checkServiceRules(
  draft: ActivationDraft,
  activeServices: readonly ServiceId[],
): FieldProblems {
  const problems: FieldProblems = {};
  const requested = new Set(draft.services.map((selection) => selection.service));
  const seen = new Set<ServiceId>();
  for (const [index, selection] of draft.services.entries()) {
    const path = `services.${index}.service`;
    const name = serviceCatalog[selection.service].name;
    if (seen.has(selection.service)) {
      problems[path] = { code: 'SERVICE_LISTED_TWICE', params: { service: name } };
      continue;
    }
    seen.add(selection.service);
    const missing = serviceCatalog[selection.service].requires.find(
      (required) => !requested.has(required) && !activeServices.includes(required),
    );
    if (missing)
      problems[path] = {
        code: 'SERVICE_REQUIRES',
        params: { service: name, required: serviceCatalog[missing].name },
      };
  }
  return problems;
}

/** A fresh key per confirmation attempt; `crypto.randomUUID` needs a secure context. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** The server's field errors (`data.fieldErrors`), each shown with the error's own params. */
function serverFieldProblems(error: unknown): FieldProblems {
  if (!(error instanceof TRPCClientError)) return {};
  const data = error.data as
    | { fieldErrors?: Record<string, { code: string }[]> | null; params?: unknown }
    | undefined;
  const params =
    data?.params && typeof data.params === 'object'
      ? (data.params as Record<string, string | number>)
      : {};
  const problems: FieldProblems = {};
  for (const [path, errors] of Object.entries(data?.fieldErrors ?? {})) {
    const first = errors[0];
    if (first) problems[path] = { code: first.code as FieldProblems[string]['code'], params };
  }
  return problems;
}

/** The step where a field lives, to go back to it when it has a problem. */
function stepOf(path: string): StepName {
  if (path.startsWith('customerId')) return 'customer';
  if (path.startsWith('taskId')) return 'task';
  return 'services';
}

/**
 * Field problems keyed by what the user sees: `services.1.options.variant` in the sent input
 * becomes `service.scanner.options.variant`, so it stays at its field when the order changes.
 */
export type ShownProblems = Record<string, FieldProblems[string]>;

function toShown(problems: FieldProblems, sent: readonly { service: string }[]): ShownProblems {
  const shown: ShownProblems = {};
  for (const [path, problem] of Object.entries(problems)) {
    const match = /^services\.(\d+)(\..*)?$/.exec(path);
    const service = match ? sent[Number(match[1])]?.service : undefined;
    shown[service ? `service.${service}${match?.[2] ?? ''}` : path] = problem;
  }
  return shown;
}

const stepOrder: readonly StepName[] = ['customer', 'services', 'task', 'review', 'result'];

function InviteFlow({
  presetCustomerId,
  titleId,
  onClose,
}: {
  presetCustomerId: string | null;
  titleId: string;
  onClose: () => void;
}) {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const [step, setStep] = useState<StepName>(presetCustomerId ? 'services' : 'customer');
  const [customerId, setCustomerId] = useState<string | null>(presetCustomerId);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ServiceId[]>([]);
  const [options, setOptions] = useState<Partial<Record<ServiceId, ServiceOptions>>>({});
  const [taskId, setTaskId] = useState<string | null>(null);
  const [problems, setProblems] = useState<ShownProblems>({});
  const [failure, setFailure] = useState<DescribedError | null>(null);
  const [result, setResult] = useState<ActivationResult | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The key of the current attempt, reused while the request it was made for is unchanged. */
  const attempt = useRef<{ key: string; request: string } | null>(null);

  const services = useQuery(trpc.catalog.services.queryOptions());
  const customer = useQuery(
    trpc.customers.get.queryOptions(customerId ? { customerId } : skipToken),
  );
  // Who is signed in, to explain a limit before confirming. It only informs: without it the
  // flow goes on (so it is not retried, nor reported), and the server checks the rights again
  // on activating.
  const session = useQuery({ ...trpc.session.me.queryOptions(), retry: false });
  const activate = useMutation(trpc.collaborations.activate.mutationOptions());
  const loadFailure = services.error ?? customer.error;
  useReportError(loadFailure);

  const needsCustomer = step !== 'customer';
  const loading =
    services.isPending ||
    session.isPending ||
    (needsCustomer && customerId !== null && customer.isPending);
  const ready = !loading && !loadFailure;

  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Each step starts at its heading, so a screen reader hears where it is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step is what triggers it.
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [step, ready]);
  // After a refused "Next", the first field with a problem gets the focus.
  const [validationRound, setValidationRound] = useState(0);
  useEffect(() => {
    if (validationRound === 0) return;
    bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [validationRound]);

  const activeServices = (customer.data?.openCollaborations ?? [])
    .filter((open) => open.status === 'active')
    .map((open) => open.service);
  const takenServices = (customer.data?.openCollaborations ?? []).map((open) => open.service);

  function draft(): ActivationDraft {
    return {
      customerId,
      taskId,
      services: chosen.map((service) => ({
        service,
        options: { ...defaultOptions(service), ...options[service] },
      })),
    };
  }

  /** The problems of one step's fields; shows them and says whether the step may be left. */
  function validate(only: StepName): boolean {
    const input = draft();
    const found = { ...checkActivateInput(input), ...checkServiceRules(input, activeServices) };
    const shown = toShown(
      Object.fromEntries(Object.entries(found).filter(([path]) => stepOf(path) === only)),
      input.services,
    );
    setProblems(shown);
    if (Object.keys(shown).length > 0) {
      setValidationRound((round) => round + 1);
      return false;
    }
    return true;
  }

  function goTo(next: StepName) {
    setFailure(null);
    setStep(next);
  }

  function next() {
    if (step === 'customer' && validate('customer')) goTo('services');
    else if (step === 'services' && validate('services')) goTo('task');
    else if (step === 'task' && validate('task')) goTo('review');
  }

  function back() {
    const index = stepOrder.indexOf(step);
    const previous = stepOrder[index - 1];
    if (!previous || (previous === 'customer' && presetCustomerId)) return;
    setProblems({});
    goTo(previous);
  }

  function confirm() {
    const input = draft();
    const found = { ...checkActivateInput(input), ...checkServiceRules(input, activeServices) };
    const [firstPath] = Object.keys(found);
    if (firstPath !== undefined) {
      setProblems(toShown(found, input.services));
      goTo(stepOf(firstPath));
      return;
    }
    const request = JSON.stringify(input);
    if (attempt.current?.request !== request)
      attempt.current = { key: newIdempotencyKey(), request };
    const idempotencyKey = attempt.current.key;
    setFailure(null);
    activate.mutate(
      {
        customerId: input.customerId ?? '',
        taskId: input.taskId ?? '',
        services: input.services,
        idempotencyKey,
      },
      {
        onSuccess(activation) {
          attempt.current = null;
          setProblems({});
          setResult(activation);
          setAnnouncement(summaryOf(activation));
          setStep('result');
          emit('collab:activated', {
            customerId: input.customerId ?? '',
            flow: activation.flow,
            services: activation.services,
            invitationId: activation.invitation?.id ?? null,
          });
          void queryClient.invalidateQueries({
            queryKey: trpc.customers.get.queryKey({ customerId: input.customerId ?? '' }),
          });
        },
        onError(error) {
          const described = describeError(error, translator);
          setFailure(described);
          setProblems(toShown(serverFieldProblems(error), input.services));
          emit('collab:error', { ...described, view });
        },
      },
    );
  }

  function summaryOf(activation: ActivationResult): string {
    const names = translator.list(
      activation.services.map(({ service }) => serviceCatalog[service].name),
    );
    const params = { services: names, customerName: customer.data?.name ?? '' };
    const summary =
      activation.flow === 'activated'
        ? translator.plural('resultStep.summaryActivated', activation.services.length, params)
        : translator.plural('resultStep.summaryInvited', activation.services.length, params);
    const emails = translator.text('resultStep.emails', {
      names: translator.list(
        activation.emailsQueued.map((recipient) =>
          translator.text('resultStep.recipient', {
            name: recipient.name,
            maskedEmail: recipient.maskedEmail,
          }),
        ),
      ),
    });
    return `${summary} ${emails}`;
  }

  function anotherService() {
    setChosen([]);
    setOptions({});
    setProblems({});
    setResult(null);
    setAnnouncement('');
    goTo('services');
  }

  // Asking again cannot help an employee without full rights: only the explanation stays.
  const refused = failure?.code === 'FULL_RIGHTS_REQUIRED' || failure?.code === 'EMPLOYEE_REQUIRED';
  /** Why this user cannot activate at all, known from the session before confirming. */
  const me = session.data;
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
          <p className="collab-muted">
            {translator.text('inviteDialog.step', { current: stepNumber, total: stepCount })}
          </p>
        </div>
      </div>
      <div className="collab-dialog__body" aria-busy={loading} ref={bodyRef}>
        <div role="status" aria-live="polite" className="collab-announcement">
          {announcement}
        </div>
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
        {ready && cannotActivate && step !== 'result' ? (
          <div className="collab-alert" id={limitId}>
            <p className="collab-alert__line">{translator.text('reviewStep.notAllowed')}</p>
            <p className="collab-alert__line">{translator.error(cannotActivate)}</p>
            <p className="collab-alert__line">{translator.text('inviteDialog.browseOnly')}</p>
          </div>
        ) : null}
        {loadFailure || loading ? null : step === 'customer' ? (
          <CustomerStep
            headingRef={headingRef}
            search={search}
            onSearch={setSearch}
            customerId={customerId}
            onChoose={(id) => {
              if (id !== customerId) {
                setChosen([]);
                setOptions({});
                setTaskId(null);
              }
              setCustomerId(id);
              setProblems({});
            }}
            problems={problems}
          />
        ) : step === 'services' && customer.data ? (
          <ServicesStep
            headingRef={headingRef}
            catalog={services.data ?? []}
            chosen={chosen}
            options={options}
            taken={customer.data.openCollaborations}
            activeServices={activeServices}
            takenServices={takenServices}
            problems={problems}
            onToggle={(service, on) => {
              setChosen((current) =>
                (services.data ?? [])
                  .map((definition) => definition.id)
                  .filter((id) => (id === service ? on : current.includes(id))),
              );
              setProblems({});
            }}
            onOption={(service, name, value) =>
              setOptions((current) => ({
                ...current,
                [service]: { ...defaultOptions(service), ...current[service], [name]: value },
              }))
            }
          />
        ) : step === 'task' && customer.data ? (
          <TaskStep
            headingRef={headingRef}
            tasks={customer.data.tasks}
            taskId={taskId}
            onChoose={(id) => {
              setTaskId(id);
              setProblems({});
            }}
            problems={problems}
          />
        ) : step === 'review' && customer.data ? (
          <ReviewStep
            headingRef={headingRef}
            customer={customer.data}
            agencyName={agencyName}
            selections={draft().services}
            taskId={taskId}
            problems={problems}
            failure={failure}
            sending={activate.isPending}
            onChange={(target) => goTo(target)}
          />
        ) : step === 'result' && result ? (
          <ResultStep headingRef={headingRef} result={result} />
        ) : null}
      </div>
      <div className="collab-dialog__footer">
        {step !== 'result' && step !== stepOrder[presetCustomerId ? 1 : 0] ? (
          <button type="button" className="collab-button" onClick={back}>
            {translator.text('inviteDialog.back')}
          </button>
        ) : null}
        {ready && (step === 'customer' || step === 'services' || step === 'task') ? (
          <button type="button" className="collab-button collab-button--primary" onClick={next}>
            {translator.text('inviteDialog.next')}
          </button>
        ) : null}
        {ready && step === 'review' && customer.data && !refused ? (
          <button
            type="button"
            className="collab-button collab-button--primary"
            aria-disabled={activate.isPending || cannotActivate !== null}
            aria-describedby={cannotActivate ? limitId : undefined}
            onClick={() => {
              if (!activate.isPending && !cannotActivate) confirm();
            }}
          >
            {activate.isPending
              ? translator.text('reviewStep.sending')
              : failure
                ? translator.text('inviteDialog.retry')
                : customer.data.account
                  ? translator.text('reviewStep.confirmInvite')
                  : translator.text('reviewStep.confirmActivate')}
          </button>
        ) : null}
        {step === 'result' ? (
          <button type="button" className="collab-button" onClick={anotherService}>
            {translator.text('resultStep.another')}
          </button>
        ) : null}
        <button type="button" className="collab-button" onClick={onClose}>
          {translator.text('inviteDialog.close')}
        </button>
      </div>
    </>
  );
}
