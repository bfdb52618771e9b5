import { createCollab } from '../collab.js';
import { h } from '../dom.js';
import { mountView, pageHeader } from '../parts.js';
import { startPage } from '../shell.js';

/**
 * `/accept?token=…`: the link in the invitation e-mail. Signed out, the widget's "Sign in"
 * calls back here and the person picks a customer user on `/sign-in`, which brings them back.
 */
const page = startPage({ page: 'accept', audience: 'anyone', title: 'accept.title' });

if (page) {
  const slot = h('div', { class: 'widget-slot' });
  page.main.append(pageHeader('accept.title', 'accept.lead'), slot);
  mountView(createCollab(), 'accept-invitation', slot, {
    onSignInRequired: ({ returnUrl }) => {
      location.assign(`/sign-in?return=${encodeURIComponent(returnUrl)}`);
    },
  });
}
