import {
  collaborationStatuses,
  companyTypes,
  grantReasons,
  locales,
  occupyingStatuses,
  serviceIds,
} from '@collab/contracts';
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/*
 * Column names are camelCase here and snake_case in SQL (the client sets `casing`).
 * Times are stored as epoch milliseconds; the API turns them into ISO strings.
 * Enumerations are kept as text with the allowed values checked in the domain, which keeps
 * the SQL portable to PostgreSQL.
 */

const createdAt = () => integer({ mode: 'timestamp_ms' }).notNull();

/*
 * The value lists of the enumerations the domain shares (statuses, services, company types,
 * grant reasons, locales) come from @collab/contracts, so a new value is added in one place.
 * The partial index below says "holds its service" in SQL; its text is built from
 * `occupyingStatuses`, and is the same text the committed migration has.
 */
const occupyingCondition = sql.raw(
  `status in (${occupyingStatuses.map((status) => `'${status}'`).join(', ')})`,
);

/**
 * Provisioned resources carry the host's own id (`externalId`, unique within their scope) and
 * a `version` that every real change bumps, so that a PUT of the same data twice changes
 * nothing. Rows made by Collab itself (the demo seed, an activation) have no external id.
 */
const externalId = () => text();
const version = () => integer().notNull().default(1);

/** One host app (a practice tool such as Smarta Byrån). It owns the agencies it provisions. */
export const integrations = sqliteTable('integration', {
  id: text().primaryKey(),
  name: text().notNull(),
  /** Where the link of an invitation e-mail goes (`?token=…` is added). Null: Collab's own page. */
  acceptUrl: text(),
  /** Where e-mails send people to sign in. Null: Collab's public URL. */
  signInUrl: text(),
  /**
   * The `iss` of the identity provider whose `sub` is this integration's external user ids
   * (JWKS mode). Null when the integration opens widget sessions through `/v1/sessions` only.
   */
  identityIssuer: text(),
  /** Who hears about the integration's problems, such as a webhook endpoint that was disabled. */
  contactEmail: text(),
  createdAt: createdAt(),
});

/** Secret keys of an integration. Several can be live at once, so a host rotates without downtime. */
export const integrationKeys = sqliteTable(
  'integration_key',
  {
    id: text().primaryKey(),
    integrationId: text()
      .notNull()
      .references(() => integrations.id),
    /** SHA-256 of the whole key, base64url. The key itself is shown once and never stored. */
    keyHash: text().notNull().unique(),
    /** The key's last four characters, so that a person can tell keys apart in a list. */
    lastFour: text().notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer({ mode: 'timestamp_ms' }),
    revokedAt: integer({ mode: 'timestamp_ms' }),
  },
  (table) => [index('integration_key_integration_idx').on(table.integrationId)],
);

export const agencies = sqliteTable(
  'agency',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    orgNumber: text().notNull(),
    /**
     * An https address of the agency's logo, shown at the top of the e-mails it causes; null
     * for none. Checked by `isSafeLogoUrl` (contracts) before it is stored.
     */
    logoUrl: text(),
    /** The integration that provisions this agency; null for agencies made inside Collab. */
    integrationId: text().references(() => integrations.id),
    externalId: externalId(),
    version: version(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('agency_integration_external_uq').on(table.integrationId, table.externalId),
  ],
);

export const employees = sqliteTable(
  'employee',
  {
    id: text().primaryKey(),
    agencyId: text()
      .notNull()
      .references(() => agencies.id),
    name: text().notNull(),
    email: text().notNull(),
    rights: text({ enum: ['full', 'standard'] }).notNull(),
    locale: text({ enum: locales }).notNull().default('sv'),
    externalId: externalId(),
    /** A deactivated employee can neither sign in nor hold access; their history stays. */
    deactivatedAt: integer({ mode: 'timestamp_ms' }),
    version: version(),
    createdAt: createdAt(),
  },
  (table) => [
    index('employee_agency_idx').on(table.agencyId),
    uniqueIndex('employee_agency_external_uq').on(table.agencyId, table.externalId),
  ],
);

export const customers = sqliteTable(
  'customer',
  {
    id: text().primaryKey(),
    agencyId: text()
      .notNull()
      .references(() => agencies.id),
    name: text().notNull(),
    /** Lower-cased name for case-insensitive search, also for å, ä and ö. */
    searchName: text().notNull(),
    /** Ten digits, no dash, so that a prefix search is a plain index range. */
    orgNumber: text().notNull(),
    companyType: text({ enum: companyTypes }).notNull(),
    contactName: text().notNull(),
    contactEmail: text(),
    contactPhone: text(),
    accountManagerId: text().references(() => employees.id),
    externalId: externalId(),
    version: version(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('customer_agency_org_number_uq').on(table.agencyId, table.orgNumber),
    uniqueIndex('customer_agency_external_uq').on(table.agencyId, table.externalId),
    index('customer_agency_search_name_idx').on(table.agencyId, table.searchName),
    index('customer_agency_account_manager_idx').on(table.agencyId, table.accountManagerId),
  ],
);

export const tasks = sqliteTable(
  'task',
  {
    id: text().primaryKey(),
    agencyId: text()
      .notNull()
      .references(() => agencies.id),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    name: text().notNull(),
    ownerId: text()
      .notNull()
      .references(() => employees.id),
    externalId: externalId(),
    version: version(),
    createdAt: createdAt(),
  },
  (table) => [
    index('task_customer_idx').on(table.customerId),
    uniqueIndex('task_agency_external_uq').on(table.agencyId, table.externalId),
    index('task_agency_owner_idx').on(table.agencyId, table.ownerId),
  ],
);

export const taskParticipants = sqliteTable(
  'task_participant',
  {
    taskId: text()
      .notNull()
      .references(() => tasks.id),
    employeeId: text()
      .notNull()
      .references(() => employees.id),
  },
  (table) => [
    primaryKey({ columns: [table.taskId, table.employeeId] }),
    index('task_participant_employee_idx').on(table.employeeId),
  ],
);

/** The company's own account with the software vendor, found by organisation number. */
export const customerAccounts = sqliteTable(
  'customer_account',
  {
    id: text().primaryKey(),
    orgNumber: text().notNull().unique(),
    name: text().notNull(),
    /**
     * The integration that owns the account: the one that provisioned it, or the one whose
     * agency's activation created it. Null for accounts made inside Collab.
     */
    integrationId: text().references(() => integrations.id),
    externalId: externalId(),
    version: version(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('customer_account_integration_external_uq').on(
      table.integrationId,
      table.externalId,
    ),
  ],
);

export const accountUsers = sqliteTable(
  'account_user',
  {
    id: text().primaryKey(),
    accountId: text()
      .notNull()
      .references(() => customerAccounts.id),
    name: text().notNull(),
    email: text().notNull(),
    isAdmin: integer({ mode: 'boolean' }).notNull(),
    locale: text({ enum: locales }).notNull().default('sv'),
    externalId: externalId(),
    /** A deactivated user can neither sign in nor hold access; their history stays. */
    deactivatedAt: integer({ mode: 'timestamp_ms' }),
    version: version(),
    createdAt: createdAt(),
  },
  (table) => [
    index('account_user_account_idx').on(table.accountId),
    uniqueIndex('account_user_account_email_uq').on(table.accountId, table.email),
    uniqueIndex('account_user_account_external_uq').on(table.accountId, table.externalId),
  ],
);

/**
 * Who an identity provider's (issuer, sub) is in Collab. Written on a first sign-in that the
 * rules in the README allow (a provisioned external id, or a contact person's verified
 * e-mail), then used on every later sign-in.
 */
export const externalIdentities = sqliteTable(
  'external_identity',
  {
    issuer: text().notNull(),
    subject: text().notNull(),
    userType: text({ enum: ['employee', 'account_user'] }).notNull(),
    userId: text().notNull(),
    linkedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.issuer, table.subject] }),
    index('external_identity_user_idx').on(table.userType, table.userId),
  ],
);

export const invitations = sqliteTable(
  'invitation',
  {
    id: text().primaryKey(),
    agencyId: text()
      .notNull()
      .references(() => agencies.id),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    accountId: text()
      .notNull()
      .references(() => customerAccounts.id),
    /** SHA-256 of the current token, base64url. The token itself is never stored. */
    tokenHash: text().notNull().unique(),
    /** What the customer answered. Expiry is not stored: it follows from `expiresAt`. */
    status: text({ enum: ['pending', 'accepted', 'declined', 'cancelled'] }).notNull(),
    expiresAt: integer({ mode: 'timestamp_ms' }).notNull(),
    sentById: text()
      .notNull()
      .references(() => employees.id),
    sentAt: integer({ mode: 'timestamp_ms' }).notNull(),
    sendCount: integer().notNull().default(1),
    respondedById: text().references(() => accountUsers.id),
    respondedAt: integer({ mode: 'timestamp_ms' }),
    declineReason: text(),
    createdAt: createdAt(),
  },
  (table) => [index('invitation_agency_sent_idx').on(table.agencyId, table.sentAt)],
);

/**
 * Hashes of tokens that a resend replaced. They no longer open anything; they let us tell a
 * signed-in admin "this link was replaced" instead of "unknown link".
 */
export const replacedInvitationTokens = sqliteTable(
  'replaced_invitation_token',
  {
    tokenHash: text().primaryKey(),
    invitationId: text()
      .notNull()
      .references(() => invitations.id),
    replacedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('replaced_invitation_token_invitation_idx').on(table.invitationId)],
);

export const collaborations = sqliteTable(
  'collaboration',
  {
    id: text().primaryKey(),
    agencyId: text()
      .notNull()
      .references(() => agencies.id),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    accountId: text()
      .notNull()
      .references(() => customerAccounts.id),
    /** Null for an unlinked collaboration imported from the old system. */
    service: text({ enum: serviceIds }),
    /** Null for an unlinked collaboration imported from the old system. */
    taskId: text().references(() => tasks.id),
    /** The service name in the old agency system, kept for unlinked collaborations. */
    legacyServiceName: text(),
    options: text({ mode: 'json' }).$type<Record<string, string>>().notNull(),
    status: text({ enum: collaborationStatuses }).notNull(),
    invitationId: text().references(() => invitations.id),
    /**
     * The expiry of `invitationId`, copied here so that "pending, but expired" is a condition
     * on this row alone, answered by an index, with no join (the overview's counts and its
     * status filter). Kept equal to the invitation's by database triggers (migration
     * overview_expiry_and_counts), whatever writes either row; never written by the application.
     */
    invitationExpiresAt: integer({ mode: 'timestamp_ms' }),
    createdById: text().references(() => employees.id),
    /** Optimistic concurrency: bumped by every change. */
    version: integer().notNull().default(1),
    activatedAt: integer({ mode: 'timestamp_ms' }),
    endedAt: integer({ mode: 'timestamp_ms' }),
    endReason: text(),
    createdAt: createdAt(),
    updatedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // One pending or active collaboration per customer and service, enforced by the database
    // so that two simultaneous activations cannot both win.
    uniqueIndex('collaboration_customer_service_open_uq')
      .on(table.customerId, table.service)
      .where(occupyingCondition),
    // The overview pages newest first within an agency; these serve its filters.
    index('collaboration_agency_created_idx').on(table.agencyId, table.createdAt, table.id),
    index('collaboration_agency_status_created_idx').on(
      table.agencyId,
      table.status,
      table.createdAt,
      table.id,
    ),
    index('collaboration_agency_service_created_idx').on(
      table.agencyId,
      table.service,
      table.createdAt,
      table.id,
    ),
    // The pending collaborations whose invitation has expired, counted from the index alone.
    index('collaboration_agency_status_expires_idx').on(
      table.agencyId,
      table.status,
      table.invitationExpiresAt,
    ),
    // Counting per status under a service filter, without reading the rows.
    index('collaboration_agency_service_status_idx').on(
      table.agencyId,
      table.service,
      table.status,
    ),
    index('collaboration_customer_idx').on(table.customerId),
    index('collaboration_task_idx').on(table.taskId),
    index('collaboration_invitation_idx').on(table.invitationId),
    index('collaboration_account_idx').on(table.accountId),
  ],
);

/**
 * How many collaborations each agency has in each stored status, so that the overview's
 * unfiltered counts cost one small read at any size (an agency with 100,000 collaborations
 * took 13 ms to count by its index). Kept by database triggers on `collaboration` in the
 * same transaction as every insert, status change and delete (migration
 * overview_expiry_and_counts), so no write path can forget it; never written by the application.
 */
export const collaborationStatusCounts = sqliteTable(
  'collaboration_status_count',
  {
    agencyId: text()
      .notNull()
      .references(() => agencies.id),
    status: text({ enum: collaborationStatuses }).notNull(),
    count: integer().notNull(),
  },
  (table) => [primaryKey({ columns: [table.agencyId, table.status] })],
);

/**
 * Who can use which service of which customer account, and why. Derived from
 * collaborations and tasks, never typed in by hand.
 */
export const accessGrants = sqliteTable(
  'access_grant',
  {
    id: text().primaryKey(),
    collaborationId: text()
      .notNull()
      .references(() => collaborations.id),
    accountId: text()
      .notNull()
      .references(() => customerAccounts.id),
    service: text().notNull(),
    subjectType: text({ enum: ['employee', 'account_user'] }).notNull(),
    subjectId: text().notNull(),
    reason: text({ enum: grantReasons }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('access_grant_collaboration_subject_uq').on(
      table.collaborationId,
      table.subjectType,
      table.subjectId,
    ),
    index('access_grant_account_service_idx').on(table.accountId, table.service),
    index('access_grant_subject_idx').on(table.subjectType, table.subjectId),
  ],
);

/** Append-only. Both parties can read the events of their own collaborations. */
export const auditEvents = sqliteTable(
  'audit_event',
  {
    id: text().primaryKey(),
    /** Null only for a change to a company account that no agency made (provisioning). */
    agencyId: text().references(() => agencies.id),
    accountId: text().references(() => customerAccounts.id),
    collaborationId: text().references(() => collaborations.id),
    invitationId: text().references(() => invitations.id),
    /** `integration`: a host's backend, through the `/v1` API with its secret key. */
    actorType: text({ enum: ['employee', 'account_user', 'system', 'integration'] }).notNull(),
    actorId: text(),
    action: text().notNull(),
    before: text({ mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text({ mode: 'json' }).$type<Record<string, unknown> | null>(),
    createdAt: createdAt(),
  },
  (table) => [
    index('audit_event_collaboration_idx').on(table.collaborationId, table.createdAt),
    index('audit_event_agency_idx').on(table.agencyId, table.createdAt),
  ],
);

/**
 * Every e-mail, written in the same transaction as the change that caused it and delivered
 * later with retries. Rows of kind `event` are from before events got their own table
 * (`event` below, docs/events.md); nothing writes them any more.
 */
export const outboxMessages = sqliteTable(
  'outbox_message',
  {
    id: text().primaryKey(),
    kind: text({ enum: ['email', 'event'] }).notNull(),
    /** The e-mail template or the event name. */
    topic: text().notNull(),
    /** E-mail address for e-mails; the agency id for events. */
    recipient: text().notNull(),
    locale: text({ enum: locales }).notNull(),
    payload: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The invitation or collaboration the message is about, so a resend can supersede it. */
    relatedId: text(),
    /** The agency the message is about, so that its links go to its integration's pages. */
    agencyId: text(),
    /** A secret the message needs (an invitation token), encrypted; wiped after delivery. */
    sealedSecret: text(),
    status: text({ enum: ['pending', 'sent', 'failed', 'superseded'] }).notNull(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: integer({ mode: 'timestamp_ms' }).notNull(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: integer({ mode: 'timestamp_ms' }),
  },
  (table) => [
    index('outbox_message_due_idx').on(table.status, table.nextAttemptAt),
    index('outbox_message_related_idx').on(table.relatedId),
  ],
);

/** The first result of a request made with an idempotency key, per caller. */
export const idempotencyRecords = sqliteTable(
  'idempotency_record',
  {
    actorId: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    response: text({ mode: 'json' }).$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.actorId, table.key] })],
);

/**
 * What changed, for the hosts and services: the event catalogue of @collab/contracts
 * (events.ts). Written in the same transaction as the change, with one delivery per
 * subscribed webhook endpoint, so an event exists exactly when its change does. Also the
 * feed `GET /v1/events` reads, kept for 30 days.
 */
export const events = sqliteTable(
  'event',
  {
    /** Sortable (time first): the feed's cursor and the order of delivery. */
    id: text().primaryKey(),
    type: text().notNull(),
    /** Null for an agency that no integration provisions: nobody is told. */
    integrationId: text().references(() => integrations.id),
    agencyId: text().references(() => agencies.id),
    collaborationId: text().references(() => collaborations.id),
    /** 1, 2, 3… per collaboration, so a receiver can order what it got; null otherwise. */
    sequence: integer(),
    /** The whole event as receivers get it (id, type, time, external ids, data). */
    payload: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('event_integration_idx').on(table.integrationId, table.id),
    uniqueIndex('event_collaboration_sequence_uq').on(table.collaborationId, table.sequence),
    index('event_created_idx').on(table.createdAt),
  ],
);

/** Where an integration wants its events, signed as Standard Webhooks says. */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoint',
  {
    id: text().primaryKey(),
    integrationId: text()
      .notNull()
      .references(() => integrations.id),
    url: text().notNull(),
    description: text(),
    /** The event types it wants; an empty list means all of them. */
    eventTypes: text({ mode: 'json' }).$type<string[]>().notNull(),
    status: text({ enum: ['enabled', 'disabled'] }).notNull(),
    /** Why it was disabled: by the integration, or by Collab after days of failures. */
    disabledReason: text({ enum: ['by_integration', 'failing'] }),
    /** The signing secret (`whsec_…`), sealed with the server's secret box. */
    sealedSecret: text().notNull(),
    /** After a rotation the old secret signs too, until `previousSecretExpiresAt`. */
    previousSealedSecret: text(),
    previousSecretExpiresAt: integer({ mode: 'timestamp_ms' }),
    /** When the current run of failed attempts began; null while deliveries succeed. */
    failingSince: integer({ mode: 'timestamp_ms' }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('webhook_endpoint_integration_idx').on(table.integrationId)],
);

/**
 * One event for one endpoint. Its id is the `webhook-id` header, the same on every attempt,
 * so a receiver can drop repeats.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_delivery',
  {
    id: text().primaryKey(),
    endpointId: text()
      .notNull()
      .references(() => webhookEndpoints.id),
    eventId: text()
      .notNull()
      .references(() => events.id),
    status: text({ enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: integer({ mode: 'timestamp_ms' }).notNull(),
    /** A worker's claim on the delivery while it sends it; expired leases are taken over. */
    leasedUntil: integer({ mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    deliveredAt: integer({ mode: 'timestamp_ms' }),
  },
  (table) => [
    index('webhook_delivery_due_idx').on(table.status, table.nextAttemptAt),
    index('webhook_delivery_endpoint_idx').on(table.endpointId, table.status, table.nextAttemptAt),
    index('webhook_delivery_event_idx').on(table.eventId),
  ],
);

/** Every attempt, readable through the API: when, how long, what the receiver answered. */
export const webhookAttempts = sqliteTable(
  'webhook_attempt',
  {
    id: text().primaryKey(),
    deliveryId: text()
      .notNull()
      .references(() => webhookDeliveries.id),
    endpointId: text()
      .notNull()
      .references(() => webhookEndpoints.id),
    attemptedAt: integer({ mode: 'timestamp_ms' }).notNull(),
    durationMs: integer().notNull(),
    /** The HTTP status, or null when no answer came (timeout, refused, DNS). */
    statusCode: integer(),
    error: text(),
    /** The start of the response body, trimmed. */
    responseBody: text(),
  },
  (table) => [
    index('webhook_attempt_delivery_idx').on(table.deliveryId, table.attemptedAt),
    index('webhook_attempt_endpoint_idx').on(table.endpointId, table.attemptedAt),
  ],
);

/**
 * An invitation prepared by an employee without full rights, for a full-rights colleague of the
 * same agency to send (flow 9 in docs/flows.md). `input` is the activation as prepared
 * (`activateInputSchema` of @collab/contracts, without a key); sending it runs the normal
 * activation. `open` until the colleague sends it (`sent`) or dismisses it (`dismissed`).
 */
export const activationRequests = sqliteTable(
  'activation_request',
  {
    id: text().primaryKey(),
    agencyId: text()
      .notNull()
      .references(() => agencies.id),
    requestedById: text()
      .notNull()
      .references(() => employees.id),
    /** The full-rights colleague asked to send it; only they send or dismiss it. */
    colleagueId: text()
      .notNull()
      .references(() => employees.id),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    taskId: text()
      .notNull()
      .references(() => tasks.id),
    input: text({ mode: 'json' })
      .$type<{
        customerId: string;
        taskId: string;
        services: { service: string; options: Record<string, string> }[];
      }>()
      .notNull(),
    note: text(),
    status: text({ enum: ['open', 'sent', 'dismissed'] }).notNull(),
    /** The invitation the sending made, if the company had an account. */
    invitationId: text().references(() => invitations.id),
    dismissReason: text(),
    handledAt: integer({ mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // The colleague's open requests, and the requester's, newest first within the agency.
    index('activation_request_agency_colleague_idx').on(
      table.agencyId,
      table.colleagueId,
      table.status,
      table.createdAt,
    ),
    index('activation_request_agency_requester_idx').on(
      table.agencyId,
      table.requestedById,
      table.status,
      table.createdAt,
    ),
  ],
);
