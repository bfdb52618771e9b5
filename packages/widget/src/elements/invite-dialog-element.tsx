import type { ReactNode } from 'react';
import type { CollabViewName } from '../events.js';
import { InviteDialogView } from '../views/invite-dialog.js';
import { CollabElement } from './collab-element.js';

/** `<collab-invite-dialog api-url="…" customer-id="…">`: the agency's invite dialog. */
export class InviteDialogElement extends CollabElement {
  protected readonly view: CollabViewName = 'invite-dialog';

  protected renderView(): ReactNode {
    return <InviteDialogView customerId={this.customerId} />;
  }
}
