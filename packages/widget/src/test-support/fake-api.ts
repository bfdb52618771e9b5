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
  ) {
    super(appCode);
  }
}

export interface FakeApiHandlers {
  'catalog.services': () => RouterOutputs['catalog']['services'];
  'customers.get': (input: RouterInputs['customers']['get']) => RouterOutputs['customers']['get'];
}

export interface FakeApiRequest {
  procedures: string[];
  authorization: string | null;
  acceptLanguage: string | null;
  status: number;
}

export interface FakeApiOptions {
  handlers?: Partial<FakeApiHandlers>;
  /** When set, a request whose bearer token this refuses gets a 401 for every call in it. */
  acceptsToken?: (token: string | null) => boolean;
}

const httpStatusOf = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
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
  tasks: [],
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

const defaultCustomers = [customerWithAccount, customerWithOneAdmin, customerWithoutAccount];

export const defaultHandlers: FakeApiHandlers = {
  'catalog.services': () => [...serviceList],
  'customers.get': ({ customerId }) => {
    const customer = defaultCustomers.find((candidate) => candidate.id === customerId);
    if (!customer) throw new FakeApiError('CUSTOMER_NOT_FOUND');
    return customer;
  },
};

function errorItem(code: ErrorCode, params: ErrorParams, path: string, locale: 'sv' | 'en') {
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
          fieldErrors: null,
          details: null,
        },
      },
    },
  };
}

export function createFakeApi(options: FakeApiOptions = {}) {
  const handlers: FakeApiHandlers = { ...defaultHandlers, ...options.handlers };
  const requests: FakeApiRequest[] = [];

  function call(procedure: string, input: unknown): unknown {
    switch (procedure) {
      case 'catalog.services':
        return handlers['catalog.services']();
      case 'customers.get':
        return handlers['customers.get'](input as RouterInputs['customers']['get']);
      default:
        throw new FakeApiError('UNKNOWN_PROCEDURE');
    }
  }

  async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const authorization = headers.get('authorization');
    const locale = headers.get('accept-language') === 'en' ? 'en' : 'sv';
    const procedures = decodeURIComponent(url.pathname.replace(/^.*\/trpc\//, '')).split(',');
    const inputs = JSON.parse(url.searchParams.get('input') ?? '{}') as Record<string, unknown>;
    const token = authorization?.replace(/^Bearer /, '') ?? null;
    const authorised = options.acceptsToken ? options.acceptsToken(token) : true;

    const items = procedures.map((procedure, index) => {
      if (!authorised) return errorItem('UNAUTHENTICATED', {}, procedure, locale);
      try {
        return { status: 200, body: { result: { data: call(procedure, inputs[String(index)]) } } };
      } catch (error) {
        if (error instanceof FakeApiError)
          return errorItem(error.appCode, error.params, procedure, locale);
        throw error;
      }
    });
    const statuses = new Set(items.map((item) => item.status));
    const [onlyStatus] = statuses;
    const status = statuses.size === 1 && onlyStatus !== undefined ? onlyStatus : 207;
    requests.push({
      procedures,
      authorization,
      acceptLanguage: headers.get('accept-language'),
      status,
    });
    return new Response(JSON.stringify(items.map((item) => item.body)), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }

  return { fetch, requests };
}
