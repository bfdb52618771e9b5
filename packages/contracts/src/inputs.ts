import { z } from 'zod';
import { serviceIdSchema, serviceIds, serviceSelectionSchema } from './catalog.js';
import { idSchema, optionalText } from './primitives.js';
import { collaborationStatusSchema } from './status.js';

/**
 * Input schemas of the public procedures. The server validates with them and the widget's
 * forms use the same ones, so both sides agree on every rule that can be checked locally.
 */

export const pageLimitSchema = z.number().int().min(1).max(100).default(25);
const cursorSchema = z.string().max(500).optional();
const searchSchema = z.string().trim().max(100).optional();

export const activateInputSchema = z.object({
  customerId: idSchema,
  taskId: idSchema,
  services: z.array(serviceSelectionSchema).min(1, { message: 'REQUIRED' }).max(serviceIds.length),
  /** A client-chosen key: a retry with the same key returns the first result. */
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
});
export type ActivateInput = z.input<typeof activateInputSchema>;

export const customersListInputSchema = z.object({
  search: searchSchema,
  cursor: cursorSchema,
  limit: pageLimitSchema,
});

export const customerGetInputSchema = z.object({ customerId: idSchema });

export const collaborationsListInputSchema = z.object({
  status: z.array(collaborationStatusSchema).max(6).optional(),
  service: z.array(serviceIdSchema).max(serviceIds.length).optional(),
  customerId: idSchema.optional(),
  taskId: idSchema.optional(),
  taskOwnerId: idSchema.optional(),
  accountManagerId: idSchema.optional(),
  linked: z.boolean().optional(),
  /** A customer name, or the start of an organisation number. */
  search: searchSchema,
  cursor: cursorSchema,
  limit: pageLimitSchema,
});
export type CollaborationsListInput = z.input<typeof collaborationsListInputSchema>;

/** Tokens are checked by hash lookup; a malformed one is simply not found. */
export const invitationTokenSchema = z.string().min(1, { message: 'REQUIRED' }).max(200);
export const invitationByTokenInputSchema = z.object({ token: invitationTokenSchema });
export const invitationAcceptInputSchema = z.object({ token: invitationTokenSchema });
export const invitationDeclineInputSchema = z.object({
  token: invitationTokenSchema,
  reason: optionalText(1000),
});
export const invitationIdInputSchema = z.object({ invitationId: idSchema });
