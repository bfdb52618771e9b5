import * as z from 'zod/mini';
import { defaultOptions, type ServiceId, serviceCatalog, serviceIds } from './catalog.js';

/**
 * The activation input's schema and what it is built from, in zod's tree-shakable `zod/mini`
 * API: the widget validates its forms with this very schema, and with the classic API it did
 * not fit in the widget's bundle budget. The server validates with it too. zod's classic and
 * mini APIs share `zod/v4/core`, so classic schemas elsewhere embed these as they are
 * (`z.object({ customerId: idSchema })`), and `fieldErrorsFromZod` reads both kinds of error.
 */

/** Every entity id is a UUID. */
export const idSchema = z.uuid({ message: 'INVALID_ID' });
export type Id = z.infer<typeof idSchema>;

export const serviceIdSchema = z.enum(serviceIds, { message: 'UNKNOWN_SERVICE' });

/**
 * A schema for one service's options, built from the catalog: unknown option names and
 * values the service does not offer are refused, and missing options get their default.
 */
function optionsSchemaFor(service: ServiceId) {
  const shape = Object.fromEntries(
    Object.entries(serviceCatalog[service].options).map(([name, option]) => [
      name,
      z._default(
        z.enum(option.values as [string, ...string[]], { message: 'UNKNOWN_OPTION_VALUE' }),
        option.default,
      ),
    ]),
  );
  return z._default(z.strictObject(shape, { message: 'UNKNOWN_OPTION' }), defaultOptions(service));
}

const serviceSelectionSchemas = serviceIds.map((service) =>
  z.object({ service: z.literal(service), options: optionsSchemaFor(service) }),
);

/** `{ service, options }`, with the options checked against that service's catalog entry. */
export const serviceSelectionSchema = z.discriminatedUnion(
  'service',
  serviceSelectionSchemas as unknown as [
    (typeof serviceSelectionSchemas)[number],
    ...(typeof serviceSelectionSchemas)[number][],
  ],
  { message: 'UNKNOWN_SERVICE' },
);

export const activateInputSchema = z.object({
  customerId: idSchema,
  taskId: idSchema,
  services: z
    .array(serviceSelectionSchema)
    .check(z.minLength(1, { message: 'REQUIRED' }), z.maxLength(serviceIds.length)),
  /** A client-chosen key: a retry with the same key returns the first result. */
  // Trimmed first, then measured, as the classic `.trim().min(8).max(100)` did.
  idempotencyKey: z.optional(z.string().check(z.trim(), z.minLength(8), z.maxLength(100))),
});
export type ActivateInput = z.input<typeof activateInputSchema>;
