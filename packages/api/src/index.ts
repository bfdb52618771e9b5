export {
  type Clock,
  createInnerContext,
  type Identity,
  type InnerContext,
  systemClock,
} from './context.js';
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
export { decodeLegacyCsvBytes } from './domain/legacy-csv.js';
export {
  importLegacyCollaborations,
  type LegacyImportResult,
  type LegacyImportRowResult,
} from './domain/legacy-import.js';
export { queueExpiryReminders, reminderLeadDays } from './domain/reminders.js';
export { hashInvitationToken } from './domain/tokens.js';
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
