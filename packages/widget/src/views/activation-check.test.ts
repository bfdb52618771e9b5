import { activateInputSchema, fieldErrorsFromZod } from '@collab/contracts';
import { describe, expect, it } from 'vitest';
import { type ActivationDraft, checkActivateInput, checkServiceRules } from './activation-check.js';

/*
 * The widget checks activation input by hand, because zod does not fit in its bundle budget.
 * These tests hold the hand-written check to the shared schema: for each input, the same
 * fields fail, with the same codes.
 */

const customerId = '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a001';
const taskId = '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a301';

function schemaCodes(draft: ActivationDraft): Record<string, string> {
  const parsed = activateInputSchema.safeParse(draft);
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldErrorsFromZod(parsed.error, 'en')).map(([path, errors]) => [
      path,
      errors[0]?.code ?? '',
    ]),
  );
}

function mirrorCodes(draft: ActivationDraft): Record<string, string> {
  return Object.fromEntries(
    Object.entries(checkActivateInput(draft)).map(([path, problem]) => [path, problem.code]),
  );
}

const cases: [string, ActivationDraft][] = [
  [
    'a complete input',
    {
      customerId,
      taskId,
      services: [
        { service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'agency' } },
        { service: 'scanner', options: {} },
      ],
      idempotencyKey: 'a-key-of-some-length',
    },
  ],
  [
    'options left to their defaults',
    { customerId, taskId, services: [{ service: 'utlagg', options: {} }] },
  ],
  ['no service', { customerId, taskId, services: [] }],
  [
    'a malformed task id',
    { customerId, taskId: 'task-1', services: [{ service: 'scanner', options: {} }] },
  ],
  [
    'a malformed customer id',
    { customerId: 'nope', taskId, services: [{ service: 'scanner', options: {} }] },
  ],
  [
    'a value the service does not offer',
    { customerId, taskId, services: [{ service: 'eekonomi', options: { variant: 'gold' } }] },
  ],
  [
    'an option the service does not have',
    { customerId, taskId, services: [{ service: 'scanner', options: { colour: 'red' } }] },
  ],
  [
    'a short idempotency key',
    {
      customerId,
      taskId,
      services: [{ service: 'scanner', options: {} }],
      idempotencyKey: 'short',
    },
  ],
];

describe('given inputs the shared schema accepts or refuses', () => {
  for (const [name, draft] of cases) {
    it(`agrees with activateInputSchema on ${name}`, () => {
      expect(mirrorCodes(draft)).toEqual(schemaCodes(draft));
    });
  }
});

describe('given nothing chosen yet', () => {
  it('says the customer and the task are required, where the schema says the id is invalid', () => {
    const draft: ActivationDraft = { customerId: null, taskId: null, services: [] };
    expect(Object.keys(mirrorCodes(draft)).sort()).toEqual(Object.keys(schemaCodes(draft)).sort());
    expect(mirrorCodes(draft)).toEqual({
      customerId: 'REQUIRED',
      taskId: 'REQUIRED',
      services: 'REQUIRED',
    });
  });
});

describe('given the rules of the catalog', () => {
  it('refuses Scanner without eEkonomi, unless eEkonomi is active or chosen too', () => {
    const scannerOnly: ActivationDraft = {
      customerId,
      taskId,
      services: [{ service: 'scanner', options: {} }],
    };
    expect(checkServiceRules(scannerOnly, [])).toEqual({
      'services.0.service': {
        code: 'SERVICE_REQUIRES',
        params: { service: 'Scanner', required: 'eEkonomi' },
      },
    });
    expect(checkServiceRules(scannerOnly, ['eekonomi'])).toEqual({});
    expect(
      checkServiceRules(
        {
          ...scannerOnly,
          services: [...scannerOnly.services, { service: 'eekonomi', options: {} }],
        },
        [],
      ),
    ).toEqual({});
  });
});
