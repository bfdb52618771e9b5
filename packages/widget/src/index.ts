/**
 * The ES module for hosts with a bundler (React stays external: the host's own copy is used).
 * Importing it registers the custom elements, the same as the standalone script does.
 */
import { defineCollabElements } from './elements/define.js';

defineCollabElements();

export type { GetToken } from './api/authorized-fetch.js';
export {
  Collab,
  type CollabInstance,
  type CollabOptions,
  type CollabUpdate,
  type CollabViewProps,
  init,
} from './collab.js';
export { AcceptInvitationElement } from './elements/accept-invitation-element.js';
export { CollabElement, defineCollabElement } from './elements/collab-element.js';
export { CollaborationsElement } from './elements/collaborations-element.js';
export { CustomerCollaborationsElement } from './elements/customer-collaborations-element.js';
export { defineCollabElements, viewElements } from './elements/define.js';
export { InviteDialogElement } from './elements/invite-dialog-element.js';
export {
  type CollabAcceptedDetail,
  type CollabActivatedDetail,
  type CollabActivationRequestedDetail,
  type CollabDeclinedDetail,
  type CollabEndedDetail,
  type CollabErrorCode,
  type CollabErrorDetail,
  type CollabEventDetails,
  type CollabEventMap,
  type CollabEventName,
  type CollabInvitationChangedDetail,
  type CollabSignInRequiredDetail,
  type CollabUpdatedDetail,
  type CollabViewName,
  collabEventNames,
  dispatchCollabEvent,
} from './events.js';
export {
  enMessages,
  type MessageKey,
  type Messages,
  type PluralMessage,
  svMessages,
} from './i18n/messages.js';
export {
  createTranslator,
  type MessageOverrides,
  type MessageParams,
  resolveLocale,
  type Translator,
} from './i18n/translator.js';
export { AcceptInvitation, type AcceptInvitationProps } from './react/accept-invitation.js';
export { CollabProvider, type CollabProviderProps } from './react/collab-provider.js';
export { Collaborations, type CollaborationsProps } from './react/collaborations.js';
export {
  CustomerCollaborations,
  type CustomerCollaborationsProps,
} from './react/customer-collaborations.js';
export { InviteDialog, type InviteDialogProps } from './react/invite-dialog.js';
export { type CollabEventHandlers, ShadowView } from './react/shadow-view.js';
export {
  type Appearance,
  type ThemeName,
  type ThemeVariable,
  themeVariables,
} from './theme/appearance.js';
