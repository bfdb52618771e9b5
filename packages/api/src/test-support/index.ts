/**
 * `@collab/api/testing`: the known test world and its helpers, for the server's tests and the
 * benchmarks, so that no package reaches into this one's folders.
 */
export { rejectionOf } from './errors.js';
export {
  addWebhookEndpoint,
  replayAccessEvents,
  sequenceGaps,
  storedDeliveries,
  storedEvents,
  storedGrantLines,
} from './events.js';
export { callOverHttp } from './http.js';
export {
  activeCollaboration,
  collabIdOf,
  createIntegrationWorld,
  customerInput,
  grantsOf,
  type IntegrationWorld,
  provisionBasics,
} from './integration.js';
export { inviteExistingCustomer, queuedReminders } from './invitations.js';
export { createTestWorld, rowCounts, type TestWorld } from './world.js';
