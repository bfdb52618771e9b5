import type { ReactNode } from 'react';
import type { CollabViewName } from '../events.js';
import { LazyInviteDialogView } from '../views/lazy-views.js';
import { CollabElement } from './collab-element.js';

/** `<collab-invite-dialog api-url="…" customer-id="…">`: the agency's invite dialog. */
export class InviteDialogElement extends CollabElement {
  protected readonly view: CollabViewName = 'invite-dialog';

  protected renderView(): ReactNode {
    return <LazyInviteDialogView customerId={this.customerId} />;
  }
}
