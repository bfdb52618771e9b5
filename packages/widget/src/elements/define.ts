import type { CollabViewName } from '../events.js';
import { AcceptInvitationElement } from './accept-invitation-element.js';
import { defineCollabElement } from './collab-element.js';
import { CollaborationsElement } from './collaborations-element.js';
import { CustomerCollaborationsElement } from './customer-collaborations-element.js';
import { InviteDialogElement } from './invite-dialog-element.js';

/** The tag of each view, each a subclass of `CollabElement`. */
export const viewElements = {
  'invite-dialog': { tagName: 'collab-invite-dialog', element: InviteDialogElement },
  'accept-invitation': { tagName: 'collab-accept-invitation', element: AcceptInvitationElement },
  collaborations: { tagName: 'collab-collaborations', element: CollaborationsElement },
  'customer-collaborations': {
    tagName: 'collab-customer-collaborations',
    element: CustomerCollaborationsElement,
  },
} as const satisfies Record<CollabViewName, { tagName: string; element: CustomElementConstructor }>;

/** Registers every Collab element that is not registered yet. Safe to call more than once. */
export function defineCollabElements(): void {
  for (const { tagName, element } of Object.values(viewElements)) {
    defineCollabElement(tagName, element);
  }
}
