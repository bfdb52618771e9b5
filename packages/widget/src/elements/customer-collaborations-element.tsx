import type { ReactNode } from 'react';
import type { CollabViewName } from '../events.js';
import { LazyCustomerCollaborationsView } from '../views/lazy-views.js';
import { CollabElement } from './collab-element.js';

/**
 * `<collab-customer-collaborations api-url="…">`: a customer company's own collaborations
 * and pending invitations, for its signed-in users.
 */
export class CustomerCollaborationsElement extends CollabElement {
  protected readonly view: CollabViewName = 'customer-collaborations';

  protected renderView(): ReactNode {
    return <LazyCustomerCollaborationsView />;
  }
}
