import { z } from 'zod';
import {
  activateInputSchema,
  idSchema,
  serviceIdSchema,
  serviceSelectionSchema,
} from './activation.js';
import { serviceIds } from './catalog.js';
import { legacyImportMaximumCharacters, reasonMaxLength } from './limits.js';
import { optionalText } from './primitives.js';
import { collaborationStatusSchema } from './status.js';

/**
 * Input schemas of the public procedures. The server validates with them and the widget's
 * forms use the same ones, so both sides agree on every rule that can be checked locally.
 */

export const pageLimitSchema = z.number().int().min(1).max(100).default(25);
const cursorSchema = z.string().max(500).optional();
const searchSchema = z.string().trim().max(100).optional();

// `activateInputSchema` is in activation.ts, in zod/mini, so the widget can use it too.

export const customersListInputSchema = z.object({
  search: searchSchema,
  cursor: cursorSchema,
  limit: pageLimitSchema,
});

export const customerGetInputSchema = z.object({ customerId: idSchema });

export const collaborationsListInputSchema = z.object({
  status: z.array(collaborationStatusSchema).max(6).optional(),
  service: z.array(serviceIdSchema).max(serviceIds.length).optional(),
  customerId: z.optional(idSchema),
  taskId: z.optional(idSchema),
  /**
   * Every task of this name (Bokföring, Bokslut…): tasks belong to one customer each, so
   * across the agency a task is chosen by its name, as in the overview's filter.
   */
  taskName: z.string().trim().min(1).max(200).optional(),
  taskOwnerId: z.optional(idSchema),
  accountManagerId: z.optional(idSchema),
  linked: z.boolean().optional(),
  /** A customer name, or the start of an organisation number. */
  search: searchSchema,
  cursor: cursorSchema,
  limit: pageLimitSchema,
});
export type CollaborationsListInput = z.input<typeof collaborationsListInputSchema>;

/** The overview's filter choices: the agency's, or with `customerId` that customer's only. */
export const collaborationFilterOptionsInputSchema = z.object({
  customerId: z.optional(idSchema),
});

/** Tokens are checked by hash lookup; a malformed one is simply not found. */
export const invitationTokenSchema = z.string().min(1, { message: 'REQUIRED' }).max(200);
export const invitationByTokenInputSchema = z.object({ token: invitationTokenSchema });
/**
 * Which invitation to answer: the link's token (the accept page), or its id (a signed-in
 * admin in the customer's own view, who was shown the pending invitation there). Exactly one.
 */
const invitationReferenceShape = {
  token: invitationTokenSchema.optional(),
  invitationId: z.optional(idSchema),
};
const exactlyOneReference = (reference: { token?: string; invitationId?: string }) =>
  (reference.token === undefined) !== (reference.invitationId === undefined);
export type InvitationReference = { token: string } | { invitationId: string };
function asReference(reference: { token?: string; invitationId?: string }): InvitationReference {
  return reference.token !== undefined
    ? { token: reference.token }
    : { invitationId: reference.invitationId ?? '' };
}

/**
 * Accepting, with the services the company says no to (flow 2, per-service answers): those
 * become `declined`, the rest `active`. Left out, every service is accepted, as before, so an
 * older client keeps working; declining every service is declining the invitation.
 */
export const invitationAcceptInputSchema = z
  .object({
    ...invitationReferenceShape,
    declinedServices: z.array(serviceIdSchema).max(serviceIds.length).optional(),
  })
  .refine(exactlyOneReference, { message: 'REQUIRED', path: ['token'] })
  .transform((input) => ({
    reference: asReference(input),
    declinedServices: [...new Set(input.declinedServices ?? [])],
  }));
export const invitationDeclineInputSchema = z
  .object({ ...invitationReferenceShape, reason: optionalText(reasonMaxLength) })
  .refine(exactlyOneReference, { message: 'REQUIRED', path: ['token'] })
  .transform((input) => ({ reference: asReference(input), reason: input.reason }));
export const invitationIdInputSchema = z.object({ invitationId: idSchema });

export const collaborationIdInputSchema = z.object({ collaborationId: idSchema });

const optionChangesRecord = z
  .record(z.string().max(40), z.string().max(40))
  .refine((changes) => Object.keys(changes).length <= 10, { message: 'TOO_MANY' });

/**
 * The options a full-rights employee may change on an active collaboration. A JSON body can
 * carry `__proto__` as an own key, which `z.record` drops without a word (the change would
 * then be accepted as "nothing to change"), so it is refused here, before the record reads
 * the input, as the unknown option it is.
 */
export const optionChangesSchema = z.preprocess<
  unknown,
  typeof optionChangesRecord,
  z.input<typeof optionChangesRecord>
>((value, context) => {
  // Typed as what clients send; at run time it is whatever the JSON held.
  const raw: unknown = value;
  if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, '__proto__')) {
    context.addIssue({ code: 'custom', message: 'UNKNOWN_OPTION', path: ['__proto__'] });
  }
  return value;
}, optionChangesRecord);

export const collaborationUpdateInputSchema = z.object({
  collaborationId: idSchema,
  /** The version the client read; a stale one gets CONFLICT with the current values. */
  version: z.number().int().min(1),
  taskId: z.optional(idSchema),
  options: optionChangesSchema.optional(),
});
export type CollaborationUpdateInput = z.input<typeof collaborationUpdateInputSchema>;

export const collaborationEndInputSchema = z.object({
  collaborationId: idSchema,
  reason: optionalText(reasonMaxLength),
  /** Required for a service whose data is deleted when it ends (Utlägg). */
  confirmDataDeletion: z.boolean().optional(),
});

export const collaborationLinkInputSchema = z.object({
  collaborationId: idSchema,
  taskId: idSchema,
  selection: serviceSelectionSchema,
});

/** How many earlier collaborations one `collaborations.linkMany` call may link. */
export const linkManyMaximum = 500;

/**
 * Several earlier collaborations linked in one call, each with its own service and task, as
 * `collaborationLinkInputSchema` takes them one by one (flow 6 in docs/flows.md).
 */
export const collaborationLinkManyInputSchema = z.object({
  links: z
    .array(collaborationLinkInputSchema)
    .min(1, { message: 'REQUIRED' })
    .max(linkManyMaximum, { message: 'LEGACY_LINK_TOO_MANY' })
    .refine((links) => new Set(links.map((link) => link.collaborationId)).size === links.length, {
      message: 'LEGACY_LINK_LISTED_TWICE',
    }),
});

export const taskSetParticipantsInputSchema = z.object({
  taskId: idSchema,
  participantIds: z.array(idSchema).max(50),
});

export const legacyImportInputSchema = z.object({
  csv: z.string().max(legacyImportMaximumCharacters, { message: 'LEGACY_FILE_TOO_LARGE' }),
});

export const auditListInputSchema = z.object({
  collaborationId: idSchema,
  cursor: z.string().max(500).optional(),
  limit: pageLimitSchema,
});

export const accessListInputSchema = z.object({
  /** For agency employees: whose access to show. Customer users see their own company. */
  customerId: z.optional(idSchema),
});

/**
 * An invitation prepared by an employee without full rights for a full-rights colleague to send
 * (flow 9 in docs/flows.md): the activation's own fields and rules (`activateInputSchema`,
 * idempotency key included), the colleague, and a note for them.
 */
export const activationRequestCreateInputSchema = z.object({
  ...activateInputSchema.shape,
  colleagueId: idSchema,
  note: optionalText(reasonMaxLength),
});
export type ActivationRequestCreateInput = z.input<typeof activationRequestCreateInputSchema>;
export const activationRequestIdInputSchema = z.object({ activationRequestId: idSchema });
export const activationRequestSendInputSchema = z.object({
  activationRequestId: idSchema,
  /** As in activation: a retry with the same key returns the first result. */
  idempotencyKey: z.optional(z.string().trim().min(8).max(100)),
});
export const activationRequestDismissInputSchema = z.object({
  activationRequestId: idSchema,
  reason: optionalText(reasonMaxLength),
});
