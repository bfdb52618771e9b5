export interface EndCollaborationDialogProps {
  collaborationId: string;
  onClose: () => void;
  onEnded: (detail: { collaborationId: string; endedAt: string }) => void;
}

// Scaffold: replaced by the end confirmation.
export function EndCollaborationDialog(_props: EndCollaborationDialogProps) {
  return null;
}
