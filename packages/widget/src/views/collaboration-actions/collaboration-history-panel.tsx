export interface CollaborationHistoryPanelProps {
  collaborationId: string;
  onClose: () => void;
}

// Scaffold: replaced by the history panel.
export function CollaborationHistoryPanel(_props: CollaborationHistoryPanelProps) {
  return null;
}
