export interface EditCollaborationDrawerProps {
  collaborationId: string;
  /** Closed without a change (Escape, Cancel, the close button). Focus goes back to the opener. */
  onClose: () => void;
  /** Saved; the overview refreshes its list. */
  onSaved: (change: 'options' | 'task') => void;
}

// Scaffold: replaced by the edit drawer.
export function EditCollaborationDrawer(_props: EditCollaborationDrawerProps) {
  return null;
}
