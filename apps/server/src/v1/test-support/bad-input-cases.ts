import {
  accountBody,
  accountUserBody,
  agencyBody,
  customerBody,
  employeeBody,
  taskBody,
} from './v1-server.js';

/**
 * The bad-input table of /v1 (bad-input.test.ts): every endpoint with generated junk in its
 * path ids, query and body, and the answer each must get.
 */
export interface Endpoint {
  method: string;
  template: string;
  ids: Record<string, string>;
  body?: Record<string, unknown>;
  list?: boolean;
}

export const endpoints: Endpoint[] = [
  {
    method: 'PUT',
    template: '/v1/agencies/{agencyId}',
    ids: { agencyId: 'ag-1' },
    body: agencyBody(1),
  },
  { method: 'GET', template: '/v1/agencies/{agencyId}', ids: { agencyId: 'ag-1' } },
  { method: 'GET', template: '/v1/agencies', ids: {}, list: true },
  ...['employees', 'customers', 'tasks'].flatMap((kind): Endpoint[] => {
    const idName = `${kind.slice(0, -1)}Id`;
    const template = `/v1/agencies/{agencyId}/${kind}/{${idName}}`;
    const ids = { agencyId: 'ag-1', [idName]: `${kind.slice(0, 3)}-1` };
    const body =
      kind === 'employees'
        ? employeeBody(1)
        : kind === 'customers'
          ? customerBody(1)
          : taskBody('cus-1', 'emp-1');
    return [
      { method: 'PUT', template, ids, body },
      { method: 'GET', template, ids },
      { method: 'DELETE', template, ids },
      {
        method: 'GET',
        template: `/v1/agencies/{agencyId}/${kind}`,
        ids: { agencyId: 'ag-1' },
        list: true,
      },
    ];
  }),
  {
    method: 'PUT',
    template: '/v1/accounts/{accountId}',
    ids: { accountId: 'acc-1' },
    body: accountBody(1),
  },
  { method: 'GET', template: '/v1/accounts/{accountId}', ids: { accountId: 'acc-1' } },
  { method: 'GET', template: '/v1/accounts', ids: {}, list: true },
  ...['PUT', 'GET', 'DELETE'].map(
    (method): Endpoint => ({
      method,
      template: '/v1/accounts/{accountId}/users/{userId}',
      ids: { accountId: 'acc-1', userId: 'u-1' },
      ...(method === 'PUT' ? { body: accountUserBody(1) } : {}),
    }),
  ),
  {
    method: 'GET',
    template: '/v1/accounts/{accountId}/users',
    ids: { accountId: 'acc-1' },
    list: true,
  },
  {
    method: 'POST',
    template: '/v1/agencies/{agencyId}/sync',
    ids: { agencyId: 'ag-1' },
    body: { employees: [{ id: 'emp-1', ...employeeBody(1) }] },
  },
  {
    method: 'POST',
    template: '/v1/sessions',
    ids: {},
    body: { user: { type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' } },
  },
];

function pathOf(endpoint: Endpoint, ids: Record<string, string> = endpoint.ids): string {
  return endpoint.template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? '');
}

export interface Case {
  name: string;
  endpoint: Endpoint;
  path: string;
  body?: string;
  bytes?: boolean;
  headers?: Record<string, string>;
  status: number;
  /** A field the problem must name (a key of `errors`), or the appCode when no field is at fault. */
  field?: string;
  appCode?: string;
}

const badIds: [string, string][] = [
  ['a space', 'a%20b'],
  ['an encoded slash', 'a%2Fb'],
  ['a control character', 'a%01b'],
  ['a NUL', 'a%00b'],
  ['a tab', 'a%09b'],
  ['300 characters', 'x'.repeat(300)],
];

export function cases(): Case[] {
  const all: Case[] = [];
  for (const endpoint of endpoints) {
    const label = `${endpoint.method} ${endpoint.template}`;
    const body = endpoint.body ? JSON.stringify(endpoint.body) : undefined;
    const json = { 'content-type': 'application/json' };
    const base = { endpoint, path: pathOf(endpoint), ...(body ? { body, headers: json } : {}) };
    for (const name of Object.keys(endpoint.ids)) {
      for (const [what, bad] of badIds) {
        all.push({
          ...base,
          name: `${label}: ${name} with ${what}`,
          path: pathOf(endpoint, { ...endpoint.ids, [name]: bad }),
          status: 400,
          field: name,
        });
      }
    }
    if (endpoint.list) {
      for (const limit of ['0', '-1', 'abc', '1000000000', '1.5', '']) {
        all.push({
          ...base,
          name: `${label}: limit=${limit}`,
          path: `${base.path}?limit=${limit}`,
          status: 400,
          field: 'limit',
        });
      }
      for (const [what, cursor] of [
        ['garbage', 'not-a-cursor'],
        ['601 characters', 'x'.repeat(601)],
        ['base64 of junk', Buffer.from('["x",1,2]').toString('base64url')],
      ]) {
        all.push({
          ...base,
          name: `${label}: cursor ${what}`,
          path: `${base.path}?cursor=${cursor}`,
          status: 400,
          field: 'cursor',
        });
      }
      all.push({
        ...base,
        name: `${label}: unknown query`,
        path: `${base.path}?limitt=5`,
        status: 400,
        field: '_',
      });
    }
    if (!endpoint.body) continue;
    const raw = (text: string, headers: Record<string, string> = json) => ({
      ...base,
      body: text,
      headers,
    });
    for (const [what, text] of [
      ['malformed JSON', '{"name": '],
      ['a trailing comma', '{"name": "x",}'],
    ] as const) {
      all.push({
        ...raw(text),
        name: `${label}: ${what}`,
        status: 400,
        appCode: 'REQUEST_INVALID',
      });
    }
    for (const [what, text] of [
      ['an array body', '[]'],
      ['a string body', '"x"'],
      ['a number body', '1'],
      ['a null body', 'null'],
    ] as const) {
      all.push({ ...raw(text), name: `${label}: ${what}`, status: 400, field: '_' });
    }
    all.push({
      ...raw(body ?? '', {}),
      name: `${label}: no content type`,
      status: 415,
      appCode: 'UNSUPPORTED_MEDIA_TYPE',
    });
    all.push({
      ...raw(body ?? '', { 'content-type': 'text/plain' }),
      name: `${label}: text/plain`,
      status: 415,
      appCode: 'UNSUPPORTED_MEDIA_TYPE',
    });
    all.push({
      ...raw(JSON.stringify({ ...endpoint.body, surprise: 1 })),
      name: `${label}: unknown field`,
      status: 400,
      field: '_',
    });
    for (const [field, value] of Object.entries(endpoint.body)) {
      for (const [what, wrong] of [
        ['a number', 12345],
        ['an object', { nested: true }],
        ['null', null],
      ] as const) {
        if (wrong === null && field === 'accountManagerId') continue; // null is a valid value
        const broken = JSON.stringify({ ...endpoint.body, [field]: wrong });
        all.push({ ...raw(broken), name: `${label}: ${field} as ${what}`, status: 400, field });
      }
      if (typeof value === 'string') {
        const long = JSON.stringify({ ...endpoint.body, [field]: 'x'.repeat(10_000) });
        all.push({
          ...raw(long),
          name: `${label}: ${field} 10,000 characters`,
          status: 400,
          field,
        });
      }
      if (field === 'orgNumber') {
        for (const bad of ['556677-8890', '12345', 'abc-defg', '']) {
          const broken = JSON.stringify({ ...endpoint.body, orgNumber: bad });
          all.push({
            ...raw(broken),
            name: `${label}: orgNumber ${bad || 'empty'}`,
            status: 400,
            field,
          });
        }
      }
      if (field === 'email' || field === 'contact') {
        for (const bad of ['not-an-email', 'a@', '@b.se', 'a b@c.se']) {
          const value = field === 'contact' ? { name: 'K', email: bad } : bad;
          const broken = JSON.stringify({ ...endpoint.body, [field]: value });
          all.push({
            ...raw(broken),
            name: `${label}: e-mail ${bad}`,
            status: 400,
            field: field === 'contact' ? 'contact.email' : 'email',
          });
        }
      }
    }
  }
  return all;
}
