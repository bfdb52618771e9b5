export {
  type EmailBlock,
  type EmailSender,
  escapeHtml,
  type RenderedEmail,
  type ServiceLine,
} from './layout.js';
export { type EmailToRender, renderEmail } from './render.js';
export type { EmailLinks } from './templates/parts.js';
export {
  EmailPayloadError,
  type EmailPayloadOf,
  type EmailTopic,
  emailPayloadSchemas,
  emailTopics,
  isEmailTopic,
  needsAcceptLink,
  needsActivationRequestLink,
  type OfferedService,
  offeredServiceSchema,
  parseEmailPayload,
} from './topics.js';
export { describeOptions, formatExpiry } from './words.js';
