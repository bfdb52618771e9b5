/**
 * The actions on one collaboration, shared by the agency's overview and (End) by the
 * customer's own view. Each takes the collaboration's id, loads what it needs itself, checks
 * the signed-in user's rights through the API, and reports back through its callbacks.
 */

export {
  CollaborationHistoryPanel,
  type CollaborationHistoryPanelProps,
} from './collaboration-history-panel.js';
export {
  EditCollaborationDrawer,
  type EditCollaborationDrawerProps,
} from './edit-collaboration-drawer.js';
export {
  EndCollaborationDialog,
  type EndCollaborationDialogProps,
} from './end-collaboration-dialog.js';
export {
  LinkCollaborationDialog,
  type LinkCollaborationDialogProps,
} from './link-collaboration-dialog.js';
