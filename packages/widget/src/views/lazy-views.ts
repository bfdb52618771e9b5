import { lazy } from 'react';

/**
 * Each view is its own chunk of the ES build, loaded when a page first shows it: a page with
 * only the invite dialog does not download the overview. (The standalone script is one file,
 * so there these imports are inlined.) The widget root's Suspense boundary shows a loading
 * line meanwhile.
 */
export const LazyInviteDialogView = lazy(() =>
  import('./invite-dialog/invite-dialog.js').then((module) => ({
    default: module.InviteDialogView,
  })),
);

export const LazyAcceptInvitationView = lazy(() =>
  import('./accept-invitation/accept-invitation.js').then((module) => ({
    default: module.AcceptInvitationView,
  })),
);

export const LazyCollaborationsView = lazy(() =>
  import('./collaborations/collaborations.js').then((module) => ({
    default: module.CollaborationsView,
  })),
);

export const LazyCustomerCollaborationsView = lazy(() =>
  import('./customer-collaborations/customer-collaborations.js').then((module) => ({
    default: module.CustomerCollaborationsView,
  })),
);
