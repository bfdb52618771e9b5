import {
  CollaborationHistoryPanel,
  EditCollaborationDrawer,
  EndCollaborationDialog,
  LinkCollaborationDialog,
} from '../collaboration-actions/index.js';
import type { CollaborationView } from './overview-model.js';

export type ActionKind = 'edit' | 'end' | 'link' | 'history';

/** One action opened from a row, and the button that opened it (focus goes back there). */
export interface OpenedAction {
  kind: ActionKind;
  collaboration: CollaborationView;
  opener: HTMLElement;
}

/** The shared action component for `action.kind`; each loads what it needs by id. */
export function OpenedActionView({
  action,
  onClose,
  onSaved,
  onEnded,
  onLinked,
}: {
  action: OpenedAction;
  onClose: () => void;
  onSaved: (change: 'options' | 'task') => void;
  onEnded: (detail: { collaborationId: string; endedAt: string }) => void;
  onLinked: () => void;
}) {
  const collaborationId = action.collaboration.id;
  switch (action.kind) {
    case 'edit':
      return (
        <EditCollaborationDrawer
          collaborationId={collaborationId}
          onClose={onClose}
          onSaved={onSaved}
        />
      );
    case 'end':
      return (
        <EndCollaborationDialog
          collaborationId={collaborationId}
          onClose={onClose}
          onEnded={onEnded}
        />
      );
    case 'link':
      return (
        <LinkCollaborationDialog
          collaborationId={collaborationId}
          onClose={onClose}
          onLinked={onLinked}
        />
      );
    case 'history':
      return <CollaborationHistoryPanel collaborationId={collaborationId} onClose={onClose} />;
    default:
      return action.kind satisfies never;
  }
}
