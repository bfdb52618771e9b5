import { z } from 'zod';
import { agencyLogoUrlMaxLength, isSafeLogoUrl } from './agency-logo.js';
import { companyTypeSchema } from './catalog.js';
import { localeSchema } from './locale.js';
import { orgNumberSchema } from './org-number.js';
import { emailSchema, optionalText, requiredText } from './primitives.js';

/**
 * The integration API (`/v1`): what a host's backend sends and gets back. The server validates
 * every request with these schemas and generates its OpenAPI document from them, so the
 * document cannot drift from what the server accepts. See docs/integration-api.md.
 *
 * Resources are addressed by the host's own ids ("external ids"). In responses `id` is always
 * the host's id; Collab's own ids never appear, so a host never has to store them.
 */

/** A host's id: any printable text without spaces or slashes, so it fits a URL path segment. */
export const externalIdSchema = z
  .string()
  .min(1, { message: 'INVALID_EXTERNAL_ID' })
  .max(255, { message: 'INVALID_EXTERNAL_ID' })
  .regex(/^[^\s/\p{Cc}]+$/u, { message: 'INVALID_EXTERNAL_ID' })
  .meta({ description: 'Your own id for the resource.', example: 'emp_4711' });
export type ExternalId = z.infer<typeof externalIdSchema>;

/** A request that names a field it does not know is refused, so a typo never goes unnoticed. */
const strictObject = z.strictObject;

const versionSchema = z
  .number()
  .int()
  .meta({ description: 'Goes up by one with every change. A PUT that changes nothing keeps it.' });
const timestampSchema = z.iso.datetime({ offset: true });

// ---- Agencies --------------------------------------------------------------------------------

/** See agency-logo.ts for why only a plain https address passes. */
export const agencyLogoUrlSchema = z
  .string()
  .max(agencyLogoUrlMaxLength)
  .refine(isSafeLogoUrl, { message: 'INVALID_LOGO_URL' })
  .meta({
    description:
      "An https address of the agency's logo, shown at the top of the e-mails the agency causes (48×48 px: a square image fits best). No other scheme, no user name or password.",
    example: 'https://cdn.example.se/norrsken/logo.png',
  });

export const agencyPutSchema = strictObject({
  name: requiredText(200),
  orgNumber: orgNumberSchema,
  /** Left out or null: no logo (a PUT replaces the agency, so leaving it out removes one). */
  logoUrl: agencyLogoUrlSchema.nullish(),
});
export const agencySchema = z.object({
  object: z.literal('agency'),
  id: externalIdSchema,
  name: z.string(),
  /** Formatted NNNNNN-NNNN. */
  orgNumber: z.string(),
  logoUrl: z.string().nullable(),
  version: versionSchema,
  createdAt: timestampSchema,
});

// ---- Employees -------------------------------------------------------------------------------

export const employeeRightsSchema = z.enum(['full', 'standard']);
export const employeePutSchema = strictObject({
  name: requiredText(200),
  email: emailSchema,
  rights: employeeRightsSchema,
  /** false deactivates: no sign-in, no access; history stays. true reactivates. */
  active: z.boolean().default(true),
  locale: localeSchema.default('sv'),
});
export const employeeSchema = z.object({
  object: z.literal('employee'),
  id: externalIdSchema,
  agencyId: externalIdSchema,
  name: z.string(),
  email: z.string(),
  rights: employeeRightsSchema,
  active: z.boolean(),
  locale: localeSchema,
  version: versionSchema,
  createdAt: timestampSchema,
});

// ---- Customers -------------------------------------------------------------------------------

export const customerPutSchema = strictObject({
  name: requiredText(200),
  /** Luhn-checked; stored and returned as NNNNNN-NNNN. */
  orgNumber: orgNumberSchema,
  companyType: companyTypeSchema,
  contact: strictObject({
    name: requiredText(200),
    email: emailSchema.optional(),
    phone: optionalText(40),
  }),
  /** The employee (your id) who manages the customer, or null. */
  accountManagerId: externalIdSchema.nullable().default(null),
});
export const customerSchema = z.object({
  object: z.literal('customer'),
  id: externalIdSchema,
  agencyId: externalIdSchema,
  name: z.string(),
  orgNumber: z.string(),
  companyType: companyTypeSchema,
  contact: z.object({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  accountManagerId: externalIdSchema.nullable(),
  version: versionSchema,
  createdAt: timestampSchema,
});

// ---- Tasks -----------------------------------------------------------------------------------

export const taskPutSchema = strictObject({
  /** The customer (your id) the task is for. */
  customerId: externalIdSchema,
  name: requiredText(200),
  /** The employee (your id) who owns the task. */
  ownerId: externalIdSchema,
  /** The employees (your ids) who work on the task: they get access to its services. */
  participantIds: z.array(externalIdSchema).max(500).default([]),
});
export const taskSchema = z.object({
  object: z.literal('task'),
  id: externalIdSchema,
  agencyId: externalIdSchema,
  customerId: externalIdSchema,
  name: z.string(),
  ownerId: externalIdSchema,
  participantIds: z.array(externalIdSchema),
  version: versionSchema,
  createdAt: timestampSchema,
});

// ---- Company accounts and their users ------------------------------------------------------

export const accountPutSchema = strictObject({
  name: requiredText(200),
  orgNumber: orgNumberSchema,
});
export const accountSchema = z.object({
  object: z.literal('account'),
  id: externalIdSchema,
  name: z.string(),
  orgNumber: z.string(),
  version: versionSchema,
  createdAt: timestampSchema,
});

export const accountUserPutSchema = strictObject({
  name: requiredText(200),
  email: emailSchema,
  isAdmin: z.boolean(),
  active: z.boolean().default(true),
  locale: localeSchema.default('sv'),
});
export const accountUserSchema = z.object({
  object: z.literal('account_user'),
  id: externalIdSchema,
  accountId: externalIdSchema,
  name: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
  active: z.boolean(),
  locale: localeSchema,
  version: versionSchema,
  createdAt: timestampSchema,
});

// ---- Lists -----------------------------------------------------------------------------------

export const listQuerySchema = strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(500).optional(),
});
export function listPageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    object: z.literal('list'),
    data: z.array(item),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  });
}

// ---- Bulk sync -------------------------------------------------------------------------------

/** The most records one sync call takes, employees, customers and tasks together. */
export const syncMaximumRecords = 10_000;

export const syncEmployeeSchema = employeePutSchema.extend({ id: externalIdSchema });
export const syncCustomerSchema = customerPutSchema.extend({ id: externalIdSchema });
export const syncTaskSchema = taskPutSchema.extend({ id: externalIdSchema });

/**
 * Each record is checked on its own, so one bad record does not block the others: the
 * envelope takes any objects, and the result names each record's problems. Records are
 * applied in the order employees, customers, tasks, so a task can name an employee and a
 * customer of the same call.
 */
export const syncRequestSchema = strictObject({
  employees: z.array(z.record(z.string(), z.unknown())).default([]),
  customers: z.array(z.record(z.string(), z.unknown())).default([]),
  tasks: z.array(z.record(z.string(), z.unknown())).default([]),
});

export const syncOutcomeSchema = z.enum(['created', 'updated', 'unchanged', 'failed']);
export const problemFieldErrorsSchema = z.record(
  z.string(),
  z.array(z.object({ code: z.string(), message: z.string() })),
);
export const syncRecordResultSchema = z.object({
  type: z.enum(['employee', 'customer', 'task']),
  /** The record's own id, or null when the record had none. */
  id: z.string().nullable(),
  /** The record's position in its list. */
  index: z.number().int(),
  outcome: syncOutcomeSchema,
  version: z.number().int().nullable(),
  error: z
    .object({
      appCode: z.string(),
      message: z.string(),
      errors: problemFieldErrorsSchema.nullable(),
    })
    .nullable(),
});
export const syncResultSchema = z.object({
  object: z.literal('sync_result'),
  counts: z.record(syncOutcomeSchema, z.number().int()),
  results: z.array(syncRecordResultSchema),
});

// ---- Widget sessions -------------------------------------------------------------------------

export const sessionUserSchema = z.discriminatedUnion('type', [
  strictObject({
    type: z.literal('employee'),
    agencyId: externalIdSchema,
    employeeId: externalIdSchema,
  }),
  strictObject({
    type: z.literal('account_user'),
    accountId: externalIdSchema,
    userId: externalIdSchema,
  }),
]);
export const sessionMaximumSeconds = 3600;
export const sessionCreateSchema = strictObject({
  user: sessionUserSchema,
  /** How long the token works, in seconds: 60 to 3600, 900 (15 minutes) by default. */
  expiresInSeconds: z.number().int().min(60).max(sessionMaximumSeconds).default(900),
});
export const sessionSchema = z.object({
  object: z.literal('session'),
  /** Hand this to the widget's `getToken`. Good for this user, on the widget's API only. */
  token: z.string(),
  expiresAt: timestampSchema,
  user: sessionUserSchema,
});

// ---- Errors ----------------------------------------------------------------------------------

/** RFC 9457 problem details, with Collab's error code and field errors. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  appCode: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Per field (a dotted path into the request): what is wrong, in the caller's language. */
  errors: problemFieldErrorsSchema.nullable(),
  requestId: z.string().optional(),
});

export type AgencyPut = z.output<typeof agencyPutSchema>;
export type AgencyResource = z.output<typeof agencySchema>;
export type EmployeePut = z.output<typeof employeePutSchema>;
export type EmployeeResource = z.output<typeof employeeSchema>;
export type CustomerPut = z.output<typeof customerPutSchema>;
export type CustomerResource = z.output<typeof customerSchema>;
export type TaskPut = z.output<typeof taskPutSchema>;
export type TaskResource = z.output<typeof taskSchema>;
export type AccountPut = z.output<typeof accountPutSchema>;
export type AccountResource = z.output<typeof accountSchema>;
export type AccountUserPut = z.output<typeof accountUserPutSchema>;
export type AccountUserResource = z.output<typeof accountUserSchema>;
export type ListQuery = z.output<typeof listQuerySchema>;
export type ListPage<Item> = { object: 'list'; data: Item[]; nextCursor: string | null };
export type SyncRequest = z.output<typeof syncRequestSchema>;
export type SyncRecordResult = z.output<typeof syncRecordResultSchema>;
export type SyncResult = z.output<typeof syncResultSchema>;
export type SessionUser = z.output<typeof sessionUserSchema>;
export type SessionCreate = z.output<typeof sessionCreateSchema>;
export type SessionResource = z.output<typeof sessionSchema>;
export type Problem = z.output<typeof problemSchema>;
