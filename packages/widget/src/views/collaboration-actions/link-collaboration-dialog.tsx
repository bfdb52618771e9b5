export interface LinkCollaborationDialogProps {
  collaborationId: string;
  onClose: () => void;
  onLinked: () => void;
}

// Scaffold: replaced by the link dialog.
export function LinkCollaborationDialog(_props: LinkCollaborationDialogProps) {
  return null;
}
