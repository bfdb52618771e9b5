import type { CollabViewName } from '../events.js';
import { defineCollabElement } from './collab-element.js';
import { InviteDialogElement } from './invite-dialog-element.js';

/**
 * The tag of each view. Part 2 adds `collab-accept-invitation`, `collab-collaborations` and
 * `collab-customer-collaborations` here, each a subclass of `CollabElement`.
 */
export const viewElements = {
  'invite-dialog': { tagName: 'collab-invite-dialog', element: InviteDialogElement },
} as const satisfies Record<CollabViewName, { tagName: string; element: CustomElementConstructor }>;

/** Registers every Collab element that is not registered yet. Safe to call more than once. */
export function defineCollabElements(): void {
  for (const { tagName, element } of Object.values(viewElements)) {
    defineCollabElement(tagName, element);
  }
}
