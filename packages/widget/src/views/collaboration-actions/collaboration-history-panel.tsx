import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../api/trpc.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { ActionDialog } from './action-dialog.js';
import { LoadFailure, LoadingState } from './action-states.js';
import { errorCodeOf, errorParamsOf } from './api-errors.js';
import { HistoryItem } from './history-entry.js';
import { serviceNameOf, useErrorMessage } from './labels.js';
import { useCollaborationContext } from './use-collaboration.js';

export interface CollaborationHistoryPanelProps {
  collaborationId: string;
  /** Closed (Escape, Close). Focus goes back to the opener. */
  onClose: () => void;
}

/** Events per page: enough to read at a glance, and `audit.list` pages on. */
export const historyPageSize = 10;

/**
 * The collaboration's audit trail, newest first, in a side panel: what happened, who did it
 * and when, and what changed. Further pages load on request; the focus moves to the first
 * event of the new page, and the count is announced.
 */
export function CollaborationHistoryPanel({
  collaborationId,
  onClose,
}: CollaborationHistoryPanelProps) {
  const translator = useTranslator();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const { details, session, collaboration, customer } = useCollaborationContext(collaborationId);
  const history = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { collaborationId, limit: historyPageSize },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  // Task names for "Task: Bokföring → Bokslut"; only the agency reads its customer's tasks.
  // The events wait for the task names, so an entry does not change its words under the reader
  // (and the count is announced once). If the names cannot be read, the entries say less.
  const waitingForNames = session.isPending || details.isPending || customer.isLoading;

  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];
  const [firstNew, setFirstNew] = useState<number | null>(null);
  const firstNewRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (firstNew !== null && entries.length > firstNew) firstNewRef.current?.focus();
  }, [firstNew, entries.length]);

  const title = collaboration
    ? translator.text('actions.history.title', {
        service: serviceNameOf(translator, collaboration),
      })
    : translator.text('actions.history.titleGeneric');
  // One sentence: "4 händelser visas." while more can be fetched, "Alla 4 händelser visas."
  // once all are here (docs/glossary.md, "Style").
  const count = translator.plural(
    history.hasNextPage ? 'actions.history.count' : 'actions.history.allShown',
    entries.length,
  );

  return (
    <ActionDialog
      kind="drawer"
      title={title}
      subtitle={collaboration?.customer.name}
      onClose={onClose}
      busy={history.isPending || history.isFetchingNextPage}
      footer={
        <button type="button" className="collab-button" onClick={onClose}>
          {translator.text('actions.close')}
        </button>
      }
    >
      <div role="status" aria-live="polite" className="collab-announcement">
        {history.isSuccess && !waitingForNames && entries.length > 0 ? count : ''}
      </div>
      {history.error && !history.isFetchNextPageError ? (
        <LoadFailure error={history.error} onRetry={() => void history.refetch()} />
      ) : history.isPending || waitingForNames ? (
        <LoadingState />
      ) : entries.length === 0 ? (
        <p className="collab-muted">{translator.text('actions.history.empty')}</p>
      ) : (
        <>
          <h3 className="collab-minor-heading">{translator.text('actions.history.events')}</h3>
          <ol className="collab-action-history">
            {entries.map((entry, index) => (
              <HistoryItem
                key={entry.id}
                entry={entry}
                tasks={customer.data?.tasks ?? []}
                customerName={collaboration?.customer.name ?? ''}
                itemRef={index === firstNew ? firstNewRef : undefined}
              />
            ))}
          </ol>
          {history.isFetchNextPageError ? (
            <p className="collab-alert" role="alert">
              {errorMessage(errorCodeOf(history.error), errorParamsOf(history.error))}
            </p>
          ) : null}
          {history.hasNextPage ? (
            <div className="collab-action-actions">
              <button
                type="button"
                className="collab-button"
                aria-disabled={history.isFetchingNextPage}
                onClick={() => {
                  if (history.isFetchingNextPage) return;
                  setFirstNew(entries.length);
                  void history.fetchNextPage();
                }}
              >
                {history.isFetchingNextPage
                  ? translator.text('actions.history.loadingMore')
                  : history.isFetchNextPageError
                    ? translator.text('actions.retry')
                    : translator.text('actions.history.more')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </ActionDialog>
  );
}
