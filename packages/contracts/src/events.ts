import { z } from 'zod';
import { grantReasons } from './access.js';
import { serviceIds } from './catalog.js';
import { collaborationStatusSchema } from './status.js';

/**
 * The event catalogue: what Collab tells hosts and services, by webhook and in the feed
 * `GET /v1/events`. One schema per type; the server checks every event against its schema
 * before writing it, so a receiver can rely on the shape. See docs/events.md.
 *
 * Ids: `agencyId`, `customer.id`, `task.id`, `account.id` and people's `id` are the host's own
 * (external) ids, null for rows the host never provisioned; Collab's own ids are `collabId`.
 */

/** Classic zod here (the widget's activation schema is zod/mini). */
const serviceIdSchema = z.enum(serviceIds);
const timestamp = z.iso.datetime({ offset: true });
const externalRef = z.string().nullable();

export const eventCustomerSchema = z.object({
  id: externalRef,
  collabId: z.string(),
  name: z.string(),
  orgNumber: z.string(),
});

export const eventCollaborationSchema = z.object({
  collabId: z.string(),
  service: serviceIdSchema.nullable(),
  status: collaborationStatusSchema,
  options: z.record(z.string(), z.string()),
  customer: eventCustomerSchema,
  task: z.object({ id: externalRef, collabId: z.string(), name: z.string() }).nullable(),
  account: z.object({ id: externalRef, collabId: z.string(), orgNumber: z.string() }),
  version: z.number().int(),
});

export const eventInvitationSchema = z.object({
  collabId: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'cancelled', 'expired']),
  services: z.array(serviceIdSchema),
  expiresAt: timestamp,
  sendCount: z.number().int(),
});

export const eventPersonSchema = z.object({
  type: z.enum(['employee', 'account_user']),
  id: externalRef,
  collabId: z.string(),
  name: z.string(),
  email: z.string(),
});

/** Who acted: a person in the widget, the host's backend, or Collab itself (expiry). */
export const eventActorSchema = z.discriminatedUnion('type', [
  eventPersonSchema.extend({ type: z.enum(['employee', 'account_user']) }),
  z.object({ type: z.literal('integration') }),
  z.object({ type: z.literal('system') }),
]);

const collaborationData = z.object({
  collaboration: eventCollaborationSchema,
  actor: eventActorSchema,
});
const invitationData = z.object({
  invitation: eventInvitationSchema,
  customer: eventCustomerSchema,
  /** The collaborations the invitation is about, as the change left them. */
  collaborations: z.array(eventCollaborationSchema),
  actor: eventActorSchema,
});
const accessData = z.object({
  collaborationCollabId: z.string(),
  service: serviceIdSchema,
  account: z.object({ id: externalRef, collabId: z.string(), orgNumber: z.string() }),
  subject: eventPersonSchema,
  reason: z.enum(grantReasons),
});

/** The `data` of each event type. */
export const eventDataSchemas = {
  'collaboration.activated': collaborationData,
  'collaboration.invited': collaborationData.extend({ invitation: eventInvitationSchema }),
  'collaboration.updated': collaborationData.extend({
    before: z.record(z.string(), z.unknown()),
    after: z.record(z.string(), z.unknown()),
  }),
  'collaboration.ended': collaborationData.extend({
    endedBy: z.enum(['agency', 'customer', 'system']),
    reason: z.string().nullable(),
  }),
  'collaboration.linked': collaborationData.extend({ legacyServiceName: z.string().nullable() }),
  'invitation.accepted': invitationData,
  'invitation.declined': invitationData.extend({ reason: z.string().nullable() }),
  'invitation.expired': invitationData,
  'invitation.cancelled': invitationData,
  'invitation.resent': invitationData,
  'invitation.restored': invitationData,
  'access.granted': accessData,
  'access.revoked': accessData,
} as const;

export type EventType = keyof typeof eventDataSchemas;
export const eventTypes = Object.keys(eventDataSchemas) as EventType[];
export const eventTypeSchema = z.enum(eventTypes as [EventType, ...EventType[]]);
export type EventDataOf<Type extends EventType> = z.output<(typeof eventDataSchemas)[Type]>;

/** The envelope every event travels in: the webhook body and an item of the feed alike. */
export function eventEnvelopeSchema<Type extends EventType>(type: Type) {
  return z.object({
    /** `evt_…`, sortable by time: the feed's order. */
    id: z.string(),
    type: z.literal(type),
    timestamp,
    /** The integration the event belongs to. */
    integrationId: z.string(),
    /** The agency's external id (yours). */
    agencyId: externalRef,
    /** 1, 2, 3… per collaboration, so a receiver can order events; null when none. */
    sequence: z.number().int().nullable(),
    data: eventDataSchemas[type],
  });
}

export const eventSchema = z.discriminatedUnion(
  'type',
  eventTypes.map((type) => eventEnvelopeSchema(type)) as unknown as [
    ReturnType<typeof eventEnvelopeSchema<EventType>>,
    ...ReturnType<typeof eventEnvelopeSchema<EventType>>[],
  ],
);
export type CollabEvent = {
  [Type in EventType]: z.output<ReturnType<typeof eventEnvelopeSchema<Type>>>;
}[EventType];

// ---- The feed `GET /v1/events` -----------------------------------------------------------------

/** How long events are kept, and so how far back the feed reaches. */
export const eventRetentionDays = 30;

/**
 * The feed's query. `after` is an event id (the previous page's `nextCursor`): the page holds
 * the events after it, oldest first. `types` filters; in a query string it may be one
 * comma-separated value (`types=access.granted,access.revoked`) or repeated.
 */
export const eventFeedQuerySchema = z.strictObject({
  after: z
    .string()
    .regex(/^evt_[0-9a-f-]{36}$/, 'INVALID_CURSOR')
    .optional(),
  types: z
    .preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((type) => type.trim())
              .filter((type) => type !== '')
          : value,
      z.array(eventTypeSchema).max(eventTypes.length),
    )
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type EventFeedQuery = z.input<typeof eventFeedQuerySchema>;

/** A page of the feed. */
export const eventFeedPageSchema = z.object({
  object: z.literal('list'),
  data: z.array(eventSchema),
  /**
   * Pass as `after` to continue: the last event's id, or the `after` you gave when the page
   * is empty (null if you gave none), so a poller always has a place to resume from.
   */
  nextCursor: z.string().nullable(),
  /** More events are waiting after this page: ask again at once. */
  hasMore: z.boolean(),
});
export type EventFeedPage = {
  object: 'list';
  data: CollabEvent[];
  nextCursor: string | null;
  hasMore: boolean;
};
