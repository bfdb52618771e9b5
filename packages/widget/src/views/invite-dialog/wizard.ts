import type { RouterOutputs } from '@collab/api';
import {
  activateInputSchema,
  defaultOptions,
  type FieldProblem,
  fieldProblemsFromZod,
  type ServiceId,
  type ServiceOptions,
  serviceSelectionProblems,
} from '@collab/contracts';
import type { DescribedError } from '../../api/errors.js';

/**
 * The invite dialog's wizard as data: which step is shown, what the user has chosen so far
 * (the draft), and the problems found in it. Flow 1 in docs/flows.md. Pure, so that the rules
 * of moving between steps are tested without a browser (`wizard.test.ts`); the dialog
 * (`invite-flow.tsx`) adds the queries and the request.
 */

export type StepName = 'customer' | 'services' | 'task' | 'review' | 'result';
export type ActivationResult = RouterOutputs['collaborations']['activate'];
/** Flow 9: a prepared invitation, as the colleague asked to send it reads it. */
export type PreparedRequest = RouterOutputs['activationRequests']['get'];
/** Flow 9: who was asked to send the invitation, once the request is made. */
export type AskedColleague = RouterOutputs['activationRequests']['create'];

export const stepOrder: readonly StepName[] = ['customer', 'services', 'task', 'review', 'result'];

/** The activation input as the form holds it: a customer or task may not be chosen yet. */
export interface ActivationDraft {
  customerId: string | null;
  taskId: string | null;
  services: { service: ServiceId; options: ServiceOptions }[];
}

/** Field path, as the server writes it (`services.0.options.variant`), to its first problem. */
export type FieldProblems = Record<string, FieldProblem>;

/**
 * Field problems keyed by what the user sees: `services.1.options.variant` in the sent input
 * becomes `service.scanner.options.variant`, so it stays at its field when the order changes.
 */
export type ShownProblems = Record<string, FieldProblem>;

export interface WizardState {
  step: StepName;
  /** The host preset the customer: the customer step is skipped, and there is no way back to it. */
  preset: boolean;
  customerId: string | null;
  search: string;
  /** The chosen services, in the catalog's order. */
  chosen: ServiceId[];
  /** Options the user changed; the rest are the catalog's defaults. */
  options: Partial<Record<ServiceId, ServiceOptions>>;
  taskId: string | null;
  problems: ShownProblems;
  /** Counts refused "Next"s, so the dialog focuses the first invalid field after each. */
  validationRound: number;
  failure: DescribedError | null;
  result: ActivationResult | null;
  /**
   * Flow 9: the colleague's request being sent, opened at the review as it was prepared (its
   * services and task are not changed here: it is sent as asked, or not at all).
   */
  activationRequestId: string | null;
  /** Flow 9: the request this employee without full rights made, for the result step. */
  asked: AskedColleague | null;
}

export type WizardAction =
  | { type: 'search'; search: string }
  | { type: 'chooseCustomer'; customerId: string }
  | { type: 'toggleService'; service: ServiceId; on: boolean; catalog: readonly ServiceId[] }
  | { type: 'setOption'; service: ServiceId; name: string; value: string }
  | { type: 'chooseTask'; taskId: string }
  | { type: 'next'; activeServices: readonly ServiceId[] }
  | { type: 'back' }
  | { type: 'change'; step: StepName }
  | { type: 'refused'; problems: FieldProblems }
  | { type: 'sending' }
  | { type: 'activated'; result: ActivationResult }
  | {
      type: 'failed';
      failure: DescribedError;
      /** The server's field errors, by the paths of the request that was `sent`. */
      problems: FieldProblems;
      sent: readonly { service: ServiceId }[];
    }
  | { type: 'anotherService' }
  /** From the result, back to the first step for a new customer (no customer preset). */
  | { type: 'anotherCustomer' }
  | { type: 'openRequest'; request: PreparedRequest; catalog: readonly ServiceId[] }
  | { type: 'asked'; asked: AskedColleague };

export function initialWizard(presetCustomerId: string | null): WizardState {
  return {
    step: presetCustomerId ? 'services' : 'customer',
    preset: presetCustomerId !== null,
    customerId: presetCustomerId,
    search: '',
    chosen: [],
    options: {},
    taskId: null,
    problems: {},
    validationRound: 0,
    failure: null,
    result: null,
    activationRequestId: null,
    asked: null,
  };
}

/** The request the draft would send: every chosen service with its defaults filled in. */
export function draftOf(state: WizardState): ActivationDraft {
  return {
    customerId: state.customerId,
    taskId: state.taskId,
    services: state.chosen.map((service) => ({
      service,
      options: { ...defaultOptions(service), ...state.options[service] },
    })),
  };
}

/**
 * What the server's own schema, `activateInputSchema` (zod/mini, shared through
 * @collab/contracts), refuses, by field, with the codes `fieldErrorsFromZod` gives the server's
 * field errors. A customer or task not chosen yet is `REQUIRED` rather than the schema's
 * `INVALID_ID`: the step asks for a choice, the id itself is not wrong.
 */
function schemaProblems(draft: ActivationDraft): FieldProblems {
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
 * Everything the client can know is wrong before sending: the schema, then the catalog's rules
 * the server checks too (a service listed twice, one whose requirement is neither active nor
 * chosen), from the contracts' `serviceSelectionProblems`, with the server's paths and codes.
 */
export function draftProblems(
  draft: ActivationDraft,
  activeServices: readonly ServiceId[],
): FieldProblems {
  const problems = schemaProblems(draft);
  const services = draft.services.map((selection) => selection.service);
  for (const { index, code, params } of serviceSelectionProblems(services, activeServices))
    problems[`services.${index}.service`] = { code, params };
  return problems;
}

/** The step where a field lives, to go back to it when it has a problem. */
export function stepOf(path: string): StepName {
  if (path.startsWith('customerId')) return 'customer';
  if (path.startsWith('taskId')) return 'task';
  return 'services';
}

export function toShown(
  problems: FieldProblems,
  sent: readonly { service: string }[],
): ShownProblems {
  const shown: ShownProblems = {};
  for (const [path, problem] of Object.entries(problems)) {
    const match = /^services\.(\d+)(\..*)?$/.exec(path);
    const service = match ? sent[Number(match[1])]?.service : undefined;
    shown[service ? `service.${service}${match?.[2] ?? ''}` : path] = problem;
  }
  return shown;
}

/** The step a "Next" leads to from each step that has one. */
const nextStep: Partial<Record<StepName, StepName>> = {
  customer: 'services',
  services: 'task',
  task: 'review',
};

/** A refusal that asking again cannot help: an employee without full rights, or no employee. */
export function isRefusal(failure: DescribedError | null): boolean {
  return failure?.code === 'FULL_RIGHTS_REQUIRED' || failure?.code === 'EMPLOYEE_REQUIRED';
}

/**
 * Whether the step has a "Back": not the first step shown, not the result, and not a
 * colleague's request, which is sent as prepared.
 */
export function canGoBack(state: WizardState): boolean {
  return (
    state.step !== 'result' &&
    state.step !== stepOrder[state.preset ? 1 : 0] &&
    state.activationRequestId === null
  );
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'search':
      return { ...state, search: action.search };
    case 'chooseCustomer':
      // Another customer has other services and tasks: what was chosen for the first goes.
      return action.customerId === state.customerId
        ? { ...state, problems: {} }
        : {
            ...state,
            customerId: action.customerId,
            chosen: [],
            options: {},
            taskId: null,
            problems: {},
          };
    case 'toggleService':
      return {
        ...state,
        chosen: action.catalog.filter((id) =>
          id === action.service ? action.on : state.chosen.includes(id),
        ),
        problems: {},
      };
    case 'setOption':
      return {
        ...state,
        options: {
          ...state.options,
          [action.service]: {
            ...defaultOptions(action.service),
            ...state.options[action.service],
            [action.name]: action.value,
          },
        },
      };
    case 'chooseTask':
      return { ...state, taskId: action.taskId, problems: {} };
    case 'next': {
      const target = nextStep[state.step];
      if (!target) return state;
      // Only the problems of this step's own fields hold it back.
      const draft = draftOf(state);
      const found = Object.entries(draftProblems(draft, action.activeServices)).filter(
        ([path]) => stepOf(path) === state.step,
      );
      const problems = toShown(Object.fromEntries(found), draft.services);
      if (found.length > 0)
        return { ...state, problems, validationRound: state.validationRound + 1 };
      return { ...state, problems, failure: null, step: target };
    }
    case 'back': {
      if (!canGoBack(state)) return state;
      const previous = stepOrder[stepOrder.indexOf(state.step) - 1];
      return previous ? { ...state, problems: {}, failure: null, step: previous } : state;
    }
    case 'change':
      return { ...state, failure: null, step: action.step };
    case 'refused': {
      // Shown at their fields, from the step of the first one.
      const [firstPath] = Object.keys(action.problems);
      if (firstPath === undefined) return state;
      return {
        ...state,
        problems: toShown(action.problems, draftOf(state).services),
        failure: null,
        step: stepOf(firstPath),
      };
    }
    case 'sending':
      return { ...state, failure: null };
    case 'activated':
      return {
        ...state,
        problems: {},
        result: action.result,
        step: 'result',
      };
    case 'failed':
      // Every choice is kept, so "Try again" sends the same request.
      return {
        ...state,
        failure: action.failure,
        problems: toShown(action.problems, action.sent),
      };
    case 'openRequest': {
      const { request } = action;
      return {
        ...state,
        customerId: request.customer.id,
        chosen: action.catalog.filter((id) =>
          request.services.some((selection) => selection.service === id),
        ),
        options: Object.fromEntries(
          request.services.map((selection) => [selection.service, selection.options]),
        ),
        taskId: request.task.id,
        problems: {},
        failure: null,
        activationRequestId: request.id,
        step: 'review',
      };
    }
    case 'asked':
      return {
        ...state,
        problems: {},
        failure: null,
        asked: action.asked,
        step: 'result',
      };
    case 'anotherService':
      return {
        ...state,
        activationRequestId: null,
        asked: null,
        chosen: [],
        options: {},
        problems: {},
        result: null,
        failure: null,
        step: 'services',
      };
    case 'anotherCustomer':
      return state.preset ? state : initialWizard(null);
    default:
      return action satisfies never;
  }
}
