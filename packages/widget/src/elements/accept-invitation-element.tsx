import type { ReactNode } from 'react';
import type { CollabSignInRequiredDetail, CollabViewName } from '../events.js';
import { LazyAcceptInvitationView } from '../views/lazy-views.js';
import { CollabElement } from './collab-element.js';

/**
 * `<collab-accept-invitation api-url="…">`: the page a customer's admin opens from the
 * invitation e-mail. The invitation's token comes from the `invitation-token` attribute, or
 * else from the page's `?token=` query parameter. (`token` is the signed-in user's bearer
 * token, as on every Collab element.)
 */
export class AcceptInvitationElement extends CollabElement {
  static override readonly observedAttributes = [
    ...CollabElement.observedAttributes,
    'invitation-token',
  ];
  protected readonly view: CollabViewName = 'accept-invitation';

  /** Called when a signed-out person presses "Sign in to accept"; the event fires as well. */
  onSignInRequired: ((detail: CollabSignInRequiredDetail) => void) | null = null;

  constructor() {
    super();
    this.addEventListener('collab:sign-in-required', (event) =>
      this.onSignInRequired?.(event.detail),
    );
  }

  get invitationToken(): string | null {
    const own = this.getAttribute('invitation-token');
    if (own) return own;
    if (typeof location === 'undefined') return null;
    return new URLSearchParams(location.search).get('token');
  }
  set invitationToken(value: string | null) {
    if (value === null || value === undefined) this.removeAttribute('invitation-token');
    else this.setAttribute('invitation-token', value);
  }

  protected renderView(): ReactNode {
    return <LazyAcceptInvitationView invitationToken={this.invitationToken} />;
  }
}
