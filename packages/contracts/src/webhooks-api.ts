import { z } from 'zod';
import { eventTypeSchema, eventTypes } from './events.js';

/**
 * Webhook endpoints and their attempts in the integration API (`/v1/webhook-endpoints`, the
 * resend of `/v1/events`): the server validates with these schemas and documents them in
 * OpenAPI. See docs/webhooks.md.
 */

const timestampSchema = z.iso.datetime({ offset: true });

/** Ids Collab makes (`whe_`, `wha_`, `evt_` and a UUID v7): anything else is refused early. */
const idOf = (prefix: string, message = 'INVALID_ID') =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9a-f-]{36}$`), message)
    .meta({ example: `${prefix}_01938f2c-6e1a-7b3c-9d4e-5f6a7b8c9d0e` });

export const webhookEndpointIdSchema = idOf('whe');
export const webhookEndpointParams = z.object({ endpointId: webhookEndpointIdSchema });
export const eventIdParams = z.object({ eventId: idOf('evt') });

/** http(s) only; production further needs https and a public address (docs/webhooks.md). */
const urlSchema = z
  .url({ protocol: /^https?$/, message: 'INVALID_URL' })
  .max(2000)
  .meta({ description: 'Where events are POSTed.', example: 'https://host.example/hooks/collab' });
const eventTypesSchema = z
  .array(eventTypeSchema)
  .max(eventTypes.length)
  .meta({ description: 'The event types to send; an empty list (the default) means all.' });

export const webhookEndpointCreateSchema = z.strictObject({
  url: urlSchema,
  eventTypes: eventTypesSchema.default([]),
  description: z.string().trim().max(500).optional(),
  /** false keeps the endpoint but sends nothing to it. */
  enabled: z.boolean().default(true),
});
export const webhookEndpointPatchSchema = z.strictObject({
  url: urlSchema.optional(),
  eventTypes: eventTypesSchema.optional(),
  /** An empty string clears it. */
  description: z.string().trim().max(500).optional(),
  enabled: z.boolean().optional(),
});

export const webhookEndpointSchema = z.object({
  object: z.literal('webhook_endpoint'),
  id: webhookEndpointIdSchema,
  url: z.string(),
  description: z.string().nullable(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  /** Why it is disabled: by you, or by Collab after 3 days of failed deliveries. */
  disabledReason: z.enum(['by_integration', 'failing']).nullable(),
  /** When the current run of failed deliveries began; null while they succeed. */
  failingSince: timestampSchema.nullable(),
  /** Until when the secret before the last rotation still signs too. */
  previousSecretExpiresAt: timestampSchema.nullable(),
  version: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
/** Create and rotate answer the secret, once: Collab only keeps it sealed. */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({
  secret: z.string().meta({
    description: '`whsec_` and base64: the Standard Webhooks signing secret. Shown only now.',
  }),
});

export const rotateSecretSchema = z
  .strictObject({
    /** How long the old secret keeps signing alongside the new one; default 24 hours. */
    overlapSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3600)
      .default(24 * 3600),
  })
  .optional();

export const attemptListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: idOf('wha', 'INVALID_CURSOR').optional(),
});
export const endpointListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: idOf('whe', 'INVALID_CURSOR').optional(),
});

export const webhookAttemptSchema = z.object({
  object: z.literal('webhook_attempt'),
  id: z.string(),
  endpointId: z.string(),
  /** The delivery's `webhook-id`: the same on every attempt of one message. */
  webhookId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  attemptedAt: timestampSchema,
  durationMs: z.number().int(),
  /** The receiver's HTTP status; null when none came (timeout, refused, DNS). */
  statusCode: z.number().int().nullable(),
  succeeded: z.boolean(),
  error: z.string().nullable(),
  /** The first kilobyte of what the receiver answered. */
  responseBody: z.string().nullable(),
});

export const resendSchema = z
  .strictObject({
    /** Only to this endpoint; by default to every enabled endpoint that wants the type. */
    endpointId: webhookEndpointIdSchema.optional(),
  })
  .optional();
export const resendResultSchema = z.object({
  object: z.literal('resend'),
  eventId: z.string(),
  deliveries: z.array(z.object({ endpointId: z.string(), webhookId: z.string() })),
});

export type WebhookEndpointCreate = z.output<typeof webhookEndpointCreateSchema>;
export type WebhookEndpointPatch = z.output<typeof webhookEndpointPatchSchema>;
export type WebhookEndpointResource = z.output<typeof webhookEndpointSchema>;
export type WebhookAttemptResource = z.output<typeof webhookAttemptSchema>;
export type ResendResult = z.output<typeof resendResultSchema>;
