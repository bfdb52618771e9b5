export {
  type Clock,
  createInnerContext,
  type Identity,
  type InnerContext,
  systemClock,
} from './context.js';
export { type EventFeedOptions, getEvent, listEvents } from './domain/events/feed.js';
export { purgeExpiredEvents } from './domain/events/purge.js';
export { type EventInput, recordEvent } from './domain/events/record-event.js';
export {
  type ExternalIdentityOptions,
  resolveExternalIdentity,
  type VerifiedClaims,
} from './domain/integration/external-identity.js';
export type {
  IntegrationActor,
  IntegrationContext,
} from './domain/integration/integration-context.js';
export {
  authenticateIntegrationKey,
  createIntegration,
  createIntegrationKey,
  findIntegration,
  hashSecretKey,
  type IntegrationKeySummary,
  type IntegrationSettings,
  type IntegrationSummary,
  listIntegrationKeys,
  listIntegrations,
  revokeIntegrationKey,
  secretKeyPrefix,
  updateIntegration,
} from './domain/integration/keys.js';
export {
  deactivateAccountUser,
  getAccountUser,
  listAccountUsers,
  putAccountUser,
} from './domain/integration/provision-account-users.js';
export { getAccount, listAccounts, putAccount } from './domain/integration/provision-accounts.js';
export { getAgency, listAgencies, putAgency } from './domain/integration/provision-agencies.js';
export {
  deleteCustomer,
  getCustomerResource,
  listCustomerResources,
  putCustomer,
} from './domain/integration/provision-customers.js';
export {
  deactivateEmployee,
  getEmployee,
  listEmployees,
  putEmployee,
} from './domain/integration/provision-employees.js';
export { syncAgency } from './domain/integration/provision-sync.js';
export {
  deleteTask,
  getTaskResource,
  listTaskResources,
  putTask,
} from './domain/integration/provision-tasks.js';
export {
  type ResolvedSessionUser,
  resolveSessionUser,
} from './domain/integration/session-user.js';
export type { PutOutcome, PutResult } from './domain/integration/shared.js';
export { expireInvitations } from './domain/invitation-expiry.js';
export { decodeLegacyCsvBytes } from './domain/legacy-csv.js';
export {
  importLegacyCollaborations,
  type LegacyImportResult,
  type LegacyImportRowResult,
} from './domain/legacy-import.js';
export { queueExpiryReminders, reminderLeadDays } from './domain/reminders.js';
export { hashInvitationToken } from './domain/tokens.js';
export * from './domain/webhooks/index.js';
export { AppError } from './errors.js';
export {
  createFixedWindowLimiter,
  type FixedWindowOptions,
  type RateLimitDecision,
  type RateLimiter,
  unlimitedRateLimiter,
} from './rate-limit.js';
export { currentRequestLocale, withRequestLocale } from './request-locale.js';
export {
  type AppRouter,
  appRouter,
  createCaller,
  type RouterInputs,
  type RouterOutputs,
} from './root.js';
export { createSecretBox, type SecretBox } from './secret-box.js';
export {
  type AppErrorData,
  type AppErrorShape,
  appErrorShape,
  describeAppCode,
} from './trpc.js';
