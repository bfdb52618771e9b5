import { describe, expect, expectTypeOf, it } from 'vitest';
import { ZodError, z } from 'zod';
import { $ZodError } from 'zod/v4/core';
import { activateInputSchema, idSchema, serviceIdSchema } from './activation.js';
import { fieldErrorsFromZod, fieldProblemsFromZod } from './errors.js';
import { collaborationLinkInputSchema, collaborationsListInputSchema } from './inputs.js';

const customerId = '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a001';
const taskId = '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a301';

function codes(input: unknown): Record<string, string[]> {
  const parsed = activateInputSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldProblemsFromZod(parsed.error)).map(([path, problems]) => [
      path,
      problems.map((problem) => problem.code),
    ]),
  );
}

describe('given the activation input schema (zod/mini)', () => {
  it('accepts a complete input and fills in default options', () => {
    expect(
      activateInputSchema.parse({
        customerId,
        taskId,
        services: [{ service: 'eekonomi', options: { variant: 'pro' } }, { service: 'utlagg' }],
        idempotencyKey: '  a-key-of-some-length  ',
      }),
    ).toEqual({
      customerId,
      taskId,
      services: [
        { service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'customer' } },
        { service: 'utlagg', options: { plan: 'styckpris' } },
      ],
      idempotencyKey: 'a-key-of-some-length',
    });
  });

  it('gives the same error codes as the classic schema did, by field', () => {
    expect(codes({ customerId: 'nope', taskId: null, services: [] })).toEqual({
      customerId: ['INVALID_ID'],
      taskId: ['INVALID_ID'],
      services: ['REQUIRED'],
    });
    expect(
      codes({
        customerId,
        taskId,
        services: [
          { service: 'eekonomi', options: { variant: 'gold' } },
          { service: 'scanner', options: { colour: 'red' } },
          { service: 'fax', options: {} },
        ],
        idempotencyKey: 'short',
      }),
    ).toEqual({
      'services.0.options.variant': ['UNKNOWN_OPTION_VALUE'],
      'services.1.options': ['UNKNOWN_OPTION'],
      'services.2.service': ['UNKNOWN_SERVICE'],
      idempotencyKey: ['REQUIRED'],
    });
    const tooMany = Array.from({ length: 6 }, () => ({ service: 'scanner' }));
    expect(codes({ customerId, taskId, services: tooMany })).toEqual({ services: ['TOO_MANY'] });
  });

  it('trims the idempotency key before measuring it', () => {
    expect(
      codes({
        customerId,
        taskId,
        services: [{ service: 'scanner' }],
        idempotencyKey: '  1234567  ',
      }),
    ).toEqual({
      idempotencyKey: ['REQUIRED'],
    });
  });

  it('words its errors with their params, like a classic schema’s', () => {
    const parsed = activateInputSchema.safeParse({
      customerId,
      taskId,
      services: [{ service: 'scanner', options: { colour: 'red' } }],
      idempotencyKey: 'x'.repeat(101),
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error).toBeInstanceOf($ZodError);
    expect(fieldErrorsFromZod(parsed.error, 'en')).toEqual({
      'services.0.options': [
        { code: 'UNKNOWN_OPTION', message: 'The service does not have that option: colour.' },
      ],
      idempotencyKey: [
        { code: 'TOO_LONG', message: 'The text is too long (at most 100 characters).' },
      ],
    });
  });
});

describe('given classic schemas that embed the mini ones', () => {
  it('parses and infers the types through them', () => {
    const schema = z.object({ customerId: idSchema, service: z.optional(serviceIdSchema) });
    const parsed = schema.parse({ customerId });
    expectTypeOf(parsed).toEqualTypeOf<{
      customerId: string;
      service?: typeof serviceIdSchema._zod.output | undefined;
    }>();
    expect(parsed).toEqual({ customerId });
    const refused = schema.safeParse({ customerId: 'nope', service: 'fax' });
    expect(refused.success).toBe(false);
    if (refused.success) return;
    expect(refused.error).toBeInstanceOf(ZodError);
    expect(refused.error).toBeInstanceOf($ZodError);
    expect(fieldErrorsFromZod(refused.error, 'en')).toEqual({
      customerId: [{ code: 'INVALID_ID', message: 'The id is not valid.' }],
      service: [{ code: 'UNKNOWN_SERVICE', message: 'The service is not in the catalog.' }],
    });
  });

  it('keeps the contracts’ classic inputs working', () => {
    expect(collaborationsListInputSchema.parse({ customerId })).toEqual({ customerId, limit: 25 });
    expect(collaborationsListInputSchema.safeParse({ taskId: 'x' }).success).toBe(false);
    expect(
      collaborationLinkInputSchema.parse({
        collaborationId: customerId,
        taskId,
        selection: { service: 'ekonomioversikt' },
      }).selection,
    ).toEqual({
      service: 'ekonomioversikt',
      options: { period: '12', invoiceRecipient: 'customer' },
    });
  });
});
