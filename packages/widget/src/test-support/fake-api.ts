import type { RouterInputs, RouterOutputs } from '@collab/api';
import {
  type ErrorCode,
  type ErrorParams,
  errorCatalog,
  formatErrorMessage,
  serviceList,
} from '@collab/contracts';

/**
 * A typed fake of the tRPC HTTP endpoint, for tests in the browser: it speaks the wire format
 * of `httpBatchLink` (GET `/trpc/a,b?batch=1&input=…`, one result or error per call, 207 when
 * they differ) and shapes errors as the server's error formatter does (`data.appCode`,
 * `params`, `fieldErrors`). Handlers are typed with the real router's inputs and outputs, so
 * the fake breaks at compile time when the API changes.
 */

export class FakeApiError extends Error {
  constructor(
    readonly appCode: ErrorCode,
    readonly params: ErrorParams = {},
    /** Field path (`taskId`, `services.0.service`) to the codes the server puts there. */
    readonly fieldErrors: Record<string, ErrorCode[]> | null = null,
    /** Structured data for recovering, as the server's `data.details` (a conflict's current values). */
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(appCode);
  }
}

/** Thrown by a handler to make the whole request fail as a dropped connection would. */
export class FakeNetworkFailure extends Error {}

/** Thrown by a handler to leave the whole request unanswered, as a slow server does (loading). */
export class FakeNoAnswer extends Error {}

/** Every procedure of the router, as `namespace.procedure`. */
export type ProcedurePath = {
  [Namespace in keyof RouterInputs &
    string]: `${Namespace}.${keyof RouterInputs[Namespace] & string}`;
}[keyof RouterInputs & string];

type InputOf<Path extends ProcedurePath> = Path extends `${infer Namespace}.${infer Procedure}`
  ? Namespace extends keyof RouterInputs
    ? Procedure extends keyof RouterInputs[Namespace]
      ? RouterInputs[Namespace][Procedure]
      : never
    : never
  : never;

type OutputOf<Path extends ProcedurePath> = Path extends `${infer Namespace}.${infer Procedure}`
  ? Namespace extends keyof RouterOutputs
    ? Procedure extends keyof RouterOutputs[Namespace]
      ? RouterOutputs[Namespace][Procedure]
      : never
    : never
  : never;

/**
 * A handler for each procedure, typed with the router's own input and output: when the API
 * changes, every fake that no longer fits fails typecheck. A procedure with no handler
 * answers as the server does for an unknown one.
 */
export type FakeApiHandlers = {
  [Path in ProcedurePath]?: (input: InputOf<Path>) => OutputOf<Path>;
};

export interface FakeApiRequest {
  procedures: string[];
  /** The input of each call, in the order of `procedures`. */
  inputs: unknown[];
  method: string;
  authorization: string | null;
  acceptLanguage: string | null;
  status: number;
}

export interface FakeApiOptions {
  handlers?: FakeApiHandlers;
  /** When set, a request whose bearer token this refuses gets a 401 for every call in it. */
  acceptsToken?: (token: string | null) => boolean;
  /**
   * The API refuses the page's origin (CORS): every call fails in the browser as the network
   * does, while the widget's `no-cors` probe gets an answer (src/api/connection.ts).
   */
  refusesOrigin?: boolean;
}

const httpStatusOf = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const;

const jsonRpcCodeOf = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  CONFLICT: -32009,
  PAYLOAD_TOO_LARGE: -32013,
  UNSUPPORTED_MEDIA_TYPE: -32015,
  TOO_MANY_REQUESTS: -32029,
  INTERNAL_SERVER_ERROR: -32603,
} as const;

export const customerWithAccount: RouterOutputs['customers']['get'] = {
  id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a001',
  name: 'Exempel AB',
  orgNumber: '556036-0793',
  companyType: 'aktiebolag',
  contact: { name: 'Anna Svensson', email: 'anna@exempel.se', phone: null },
  accountManager: { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a101', name: 'Karin Lund' },
  hasAccount: true,
  tasks: [
    {
      id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a301',
      name: 'Bokföring',
      owner: { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a101', name: 'Karin Lund' },
      participants: [
        { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a101', name: 'Karin Lund' },
        { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a102', name: 'Olle Berg' },
      ],
    },
    {
      id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a302',
      name: 'Bokslut',
      owner: { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a103', name: 'Maja Ek' },
      participants: [{ id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a103', name: 'Maja Ek' }],
    },
  ],
  account: { adminCount: 2 },
  openCollaborations: [
    {
      collaborationId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a201',
      service: 'eekonomi',
      status: 'active',
    },
  ],
};

export const customerWithOneAdmin: RouterOutputs['customers']['get'] = {
  ...customerWithAccount,
  id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a002',
  name: 'Solo Konsult',
  orgNumber: '212000-0142',
  companyType: 'ekonomisk_forening',
  account: { adminCount: 1 },
  openCollaborations: [],
};

export const customerWithoutAccount: RouterOutputs['customers']['get'] = {
  ...customerWithAccount,
  id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a003',
  name: 'Nystart HB',
  orgNumber: '969663-7033',
  companyType: 'handelsbolag',
  hasAccount: false,
  account: null,
  openCollaborations: [],
};

/** The signed-in user by default: an employee with full rights. */
export const fullRightsEmployee: RouterOutputs['session']['me'] = {
  kind: 'employee',
  id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a101',
  name: 'Karin Lund',
  agency: { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a601', name: 'Lund & Berg Redovisning' },
  rights: 'full',
  can: {
    activate: true,
    resendAndCancel: true,
    changeParticipants: true,
    changeOptions: true,
    end: true,
    link: true,
  },
};

/** An employee with standard rights: may look, may not activate. */
export const standardRightsEmployee: RouterOutputs['session']['me'] = {
  ...fullRightsEmployee,
  id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a102',
  name: 'Olle Berg',
  rights: 'standard',
  can: {
    activate: false,
    resendAndCancel: false,
    changeParticipants: false,
    changeOptions: false,
    end: false,
    link: false,
  },
};

const defaultCustomers = [customerWithAccount, customerWithOneAdmin, customerWithoutAccount];

/** What the real server answers for an activation, from the input and the customer's account. */
export function fakeActivationResult(
  input: RouterInputs['collaborations']['activate'],
): RouterOutputs['collaborations']['activate'] {
  const customer = defaultCustomers.find((candidate) => candidate.id === input.customerId);
  if (!customer) throw new FakeApiError('CUSTOMER_NOT_FOUND');
  const invited = customer.account !== null;
  return {
    flow: invited ? 'invited' : 'activated',
    accountCreated: !invited,
    services: input.services.map((selection, index) => ({
      service: selection.service,
      collaborationId: `0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a4${String(index).padStart(2, '0')}`,
      status: invited ? 'pending' : 'active',
    })),
    invitation: invited
      ? { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a501', expiresAt: '2026-12-27T09:00:00.000Z' }
      : null,
    emailsQueued: invited
      ? [
          { name: 'Anna Svensson', maskedEmail: 'a***@exempel.se' },
          { name: 'Per Holm', maskedEmail: 'p***@exempel.se' },
        ].slice(0, customer.account?.adminCount ?? 0)
      : [{ name: customer.contact.name, maskedEmail: 'a***@exempel.se' }],
  };
}

/** Flow 9: the agency's full-rights employees a standard-rights employee may ask. */
export const fullRightsColleagues: RouterOutputs['activationRequests']['colleagues'] = [
  { id: fullRightsEmployee.id, name: 'Karin Lund' },
  { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a104', name: 'Per Holm' },
];

/** Flow 9: an invitation Olle Berg (standard rights) prepared and asked Karin Lund to send. */
export const preparedRequest: RouterOutputs['activationRequests']['get'] = {
  id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a701',
  status: 'open',
  customer: { id: customerWithOneAdmin.id, name: customerWithOneAdmin.name },
  task: { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a302', name: 'Bokslut' },
  services: [
    { service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'agency' } },
    { service: 'utlagg', options: { plan: 'styckpris' } },
  ],
  requestedBy: { id: standardRightsEmployee.id, name: standardRightsEmployee.name },
  colleague: { id: fullRightsEmployee.id, name: fullRightsEmployee.name },
  note: 'Kunden vill komma igång före månadsskiftet.',
  dismissReason: null,
  createdAt: '2026-11-27T09:00:00.000Z',
  handledAt: null,
};

/** The agency's active employees, whom a task may have as participants. */
export const agencyPeople: RouterOutputs['tasks']['participantCandidates'] = [
  { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a101', name: 'Karin Lund' },
  { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a103', name: 'Maja Ek' },
  { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a102', name: 'Olle Berg' },
  { id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a104', name: 'Per Holm' },
];

/**
 * `customers.get` and `tasks.setParticipants` over participants the fake keeps, as the server
 * does: a saved change is what the customer's tasks say next (PARTICIPANT_NOT_IN_AGENCY for
 * someone not in `agencyPeople`).
 */
export function editableParticipants() {
  const saved = new Map<string, RouterOutputs['tasks']['setParticipants']['participants']>();
  const tasks = defaultCustomers.flatMap((customer) => customer.tasks);
  const handlers = {
    'customers.get': ({ customerId }) => {
      const customer = defaultCustomers.find((candidate) => candidate.id === customerId);
      if (!customer) throw new FakeApiError('CUSTOMER_NOT_FOUND');
      return {
        ...customer,
        tasks: customer.tasks.map((task) => ({
          ...task,
          participants: saved.get(task.id) ?? task.participants,
        })),
      };
    },
    'tasks.participantCandidates': () => agencyPeople,
    'tasks.setParticipants': ({ taskId, participantIds }) => {
      const task = tasks.find((candidate) => candidate.id === taskId);
      if (!task) throw new FakeApiError('TASK_NOT_FOUND');
      const known = new Set(agencyPeople.map((person) => person.id));
      const unknown = participantIds.findIndex((id) => !known.has(id));
      if (unknown !== -1) {
        throw new FakeApiError(
          'PARTICIPANT_NOT_IN_AGENCY',
          {},
          {
            [`participantIds.${unknown}`]: ['PARTICIPANT_NOT_IN_AGENCY'],
          },
        );
      }
      const participants = agencyPeople.filter((person) => participantIds.includes(person.id));
      saved.set(taskId, participants);
      return { ...task, participants };
    },
  } satisfies FakeApiHandlers;
  return { handlers, saved };
}

function searchCustomers(search: string | undefined) {
  const query = (search ?? '').trim().toLocaleLowerCase('sv');
  const digits = query.replace(/\D/g, '');
  return defaultCustomers.filter((customer) =>
    /^[\d\s-]+$/.test(query)
      ? customer.orgNumber.replace('-', '').startsWith(digits)
      : customer.name.toLocaleLowerCase('sv').includes(query),
  );
}

export const defaultHandlers = {
  'catalog.services': () => [...serviceList],
  'session.me': () => fullRightsEmployee,
  'customers.get': ({ customerId }) => {
    const customer = defaultCustomers.find((candidate) => candidate.id === customerId);
    if (!customer) throw new FakeApiError('CUSTOMER_NOT_FOUND');
    return customer;
  },
  'customers.list': ({ search }) => ({
    items: searchCustomers(search).map(({ account: _, openCollaborations: __, ...summary }) => ({
      ...summary,
    })),
    nextCursor: null,
  }),
  'collaborations.activate': fakeActivationResult,
  'tasks.participantCandidates': () => agencyPeople,
  'activationRequests.colleagues': () => fullRightsColleagues,
  'activationRequests.list': () => ({ toMe: [], byMe: [] }),
  'activationRequests.get': ({ activationRequestId }) => {
    if (activationRequestId !== preparedRequest.id)
      throw new FakeApiError('ACTIVATION_REQUEST_NOT_FOUND');
    return preparedRequest;
  },
  'activationRequests.create': ({ colleagueId }) => {
    const colleague = fullRightsColleagues.find((candidate) => candidate.id === colleagueId);
    if (!colleague) throw new FakeApiError('COLLEAGUE_NOT_FOUND');
    return { activationRequestId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a702', colleague };
  },
  'activationRequests.send': ({ activationRequestId }) => {
    if (activationRequestId !== preparedRequest.id)
      throw new FakeApiError('ACTIVATION_REQUEST_NOT_FOUND');
    const { customer, task, services } = preparedRequest;
    return {
      ...fakeActivationResult({ customerId: customer.id, taskId: task.id, services }),
      activationRequestId,
    };
  },
} satisfies FakeApiHandlers;

function errorItem(
  code: ErrorCode,
  params: ErrorParams,
  path: string,
  locale: 'sv' | 'en',
  fieldCodes: Record<string, ErrorCode[]> | null = null,
  details: Record<string, unknown> | null = null,
) {
  const trpcCode = errorCatalog[code].status;
  return {
    status: httpStatusOf[trpcCode],
    body: {
      error: {
        message: formatErrorMessage(code, locale, params),
        code: jsonRpcCodeOf[trpcCode],
        data: {
          code: trpcCode,
          httpStatus: httpStatusOf[trpcCode],
          path,
          appCode: code,
          params,
          fieldErrors: fieldCodes
            ? Object.fromEntries(
                Object.entries(fieldCodes).map(([field, codes]) => [
                  field,
                  codes.map((fieldCode) => ({
                    code: fieldCode,
                    message: formatErrorMessage(fieldCode, locale, params),
                  })),
                ]),
              )
            : null,
          details,
        },
      },
    },
  };
}

export function createFakeApi(options: FakeApiOptions = {}) {
  const handlers: FakeApiHandlers = { ...defaultHandlers, ...options.handlers };
  const requests: FakeApiRequest[] = [];

  function call(procedure: string, input: unknown): unknown {
    const handler = Object.hasOwn(handlers, procedure)
      ? (handlers[procedure as ProcedurePath] as ((input: unknown) => unknown) | undefined)
      : undefined;
    if (!handler) throw new FakeApiError('UNKNOWN_PROCEDURE');
    return handler(input);
  }

  async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    // The widget's probe after a failed request: answered only by an API that is there and
    // refuses the origin; after a fake network failure the API is not there. Not recorded.
    if (init?.mode === 'no-cors') {
      if (options.refusesOrigin) return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const authorization = headers.get('authorization');
    const locale = headers.get('accept-language') === 'en' ? 'en' : 'sv';
    const procedures = decodeURIComponent(url.pathname.replace(/^.*\/trpc\//, '')).split(',');
    const method = init?.method ?? 'GET';
    // Queries carry their inputs in the URL, mutations in the body (`{"0": input}`).
    const encodedInputs =
      method === 'POST' ? String(init?.body ?? '{}') : (url.searchParams.get('input') ?? '{}');
    const inputs = JSON.parse(encodedInputs) as Record<string, unknown>;
    const token = authorization?.replace(/^Bearer /, '') ?? null;
    const authorised = options.acceptsToken ? options.acceptsToken(token) : true;
    // Recorded before the handlers run, so a call that fails like the network did is seen too.
    const request: FakeApiRequest = {
      procedures,
      inputs: procedures.map((_, index) => inputs[String(index)]),
      method,
      authorization,
      acceptLanguage: headers.get('accept-language'),
      status: 0,
    };
    requests.push(request);
    if (options.refusesOrigin) throw new TypeError('Failed to fetch');

    let unanswered = false;
    const items = procedures.map((procedure, index) => {
      if (!authorised) return errorItem('UNAUTHENTICATED', {}, procedure, locale);
      try {
        return { status: 200, body: { result: { data: call(procedure, inputs[String(index)]) } } };
      } catch (error) {
        if (error instanceof FakeApiError)
          return errorItem(
            error.appCode,
            error.params,
            procedure,
            locale,
            error.fieldErrors,
            error.details,
          );
        // The request never gets an answer, as when the connection drops: `fetch` rejects.
        if (error instanceof FakeNetworkFailure) throw new TypeError('Failed to fetch');
        if (error instanceof FakeNoAnswer) unanswered = true;
        else throw error;
        return { status: 0, body: null };
      }
    });
    if (unanswered) return new Promise<Response>(() => {});
    const statuses = new Set(items.map((item) => item.status));
    const [onlyStatus] = statuses;
    const status = statuses.size === 1 && onlyStatus !== undefined ? onlyStatus : 207;
    request.status = status;
    return new Response(JSON.stringify(items.map((item) => item.body)), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }

  return { fetch, requests };
}
