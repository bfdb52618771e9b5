/**
 * Invitations (flows 1b, 2 and 3 in docs/flows.md), by what each part does:
 * - invitation-lookup.ts: finding one by token or id, and how a caller stands towards it;
 * - invitation-read.ts: what the accept page shows;
 * - invitation-answer.ts: accept and decline;
 * - invitation-manage.ts: resend and cancel, for the agency;
 * - invitation-restore.ts: undoing a cancel, for a short while after it;
 * - invitation-send.ts and invitation-notifications.ts: the invitation e-mails, and the ones
 *   about its answer.
 * This module is the door the routers (and anyone else) come through.
 */
export {
  type AcceptResult,
  type AnswerResult,
  acceptInvitation,
  declineInvitation,
} from './invitation-answer.js';
export {
  type InvitationState,
  type InvitationViewer,
  invitationState,
} from './invitation-lookup.js';
export { cancelInvitation, type ResendResult, resendInvitation } from './invitation-manage.js';
export { getInvitationByToken, type InvitationView } from './invitation-read.js';
export { type RestoreResult, restoreInvitation } from './invitation-restore.js';
export { queueInvitationEmails, sendInvitation } from './invitation-send.js';
