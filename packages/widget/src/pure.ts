/**
 * The pure entry, `@collab/widget/pure`: everything the package offers, and importing it
 * changes nothing on the page (no custom element is defined), as with Stripe's
 * `@stripe/connect-js/pure`. The host decides when: `defineCollabElements()`, `Collab.init`
 * (which defines them itself), or the React components (which need no custom element: each
 * renders its own shadow host). Safe to import on a server: nothing here reaches for a DOM
 * global while the module loads (see the widget README, "Install").
 */
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
export {
  type CollabEventHandlers,
  type CollabViewHandle,
  ShadowView,
} from './react/shadow-view.js';
export {
  type Appearance,
  type ThemeName,
  type ThemeVariable,
  themeVariables,
} from './theme/appearance.js';
