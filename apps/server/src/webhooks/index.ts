export { startEventPurge } from './purge-schedule.js';
export { createSender, guardedLookup, responseBodyLimit } from './sender.js';
export { createSigner } from './signing.js';
export { createWebhookWorker, type WebhookWorker, type WebhookWorkerOptions } from './worker.js';
