export { listWebhookAttempts, resendEvent } from './attempts.js';
export { endpointResource, type WebhookContext } from './context.js';
export {
  type AttemptResult,
  type ClaimedDelivery,
  claimDeliveries,
  type DeliveryTarget,
  recordAttempts,
  releaseDeliveries,
} from './delivery-queue.js';
export { disableFailingEndpoint } from './disable.js';
export {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  type EndpointWithSecret,
  getWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './endpoints.js';
export { defaultDisableAfterMs, nextDelay, retryDelaysMs } from './schedule.js';
export {
  checkWebhookUrl,
  isPublicAddress,
  resolveAddresses,
  type WebhookUrlPolicy,
  WebhookUrlRefused,
} from './url-guard.js';
