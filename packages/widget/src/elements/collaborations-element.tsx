import type { ReactNode } from 'react';
import type { CollabViewName } from '../events.js';
import { LazyCollaborationsView } from '../views/lazy-views.js';
import { CollabElement } from './collab-element.js';

/**
 * `<collab-collaborations api-url="…">`: the agency's overview of its collaborations. With
 * `customer-id`, one customer's only (for a customer page in the host).
 */
export class CollaborationsElement extends CollabElement {
  protected readonly view: CollabViewName = 'collaborations';

  protected renderView(): ReactNode {
    return <LazyCollaborationsView customerId={this.customerId} />;
  }
}
