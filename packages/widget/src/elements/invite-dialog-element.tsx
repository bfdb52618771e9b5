import type { ReactNode } from 'react';
import type { CollabViewName } from '../events.js';
import { LazyInviteDialogView } from '../views/lazy-views.js';
import { CollabElement } from './collab-element.js';

/**
 * `<collab-invite-dialog api-url="…" customer-id="…">`: the agency's invite dialog.
 * `activation-request-id` opens a colleague's prepared invitation at its review (flow 9 in
 * docs/flows.md), for the full-rights employee asked to send it.
 */
export class InviteDialogElement extends CollabElement {
  static override readonly observedAttributes = [
    ...CollabElement.observedAttributes,
    'activation-request-id',
  ];

  protected readonly view: CollabViewName = 'invite-dialog';

  get activationRequestId(): string | null {
    return this.getAttribute('activation-request-id');
  }
  set activationRequestId(value: string | null) {
    if (value === null || value === undefined) this.removeAttribute('activation-request-id');
    else this.setAttribute('activation-request-id', value);
  }

  protected renderView(): ReactNode {
    return (
      <LazyInviteDialogView
        customerId={this.customerId}
        activationRequestId={this.activationRequestId}
      />
    );
  }
}
