import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useReportError } from '../../runtime/use-report-error.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { groupByInvitation, type ListInput, type SentRequest } from './overview-model.js';
import { EmptyState, ErrorState, LoadingState } from './overview-states.js';
import type { OverviewRights } from './rights.js';
import { SentRequestItem } from './sent-request-item.js';

/** Pending collaborations per page here: an invitation's services come together. */
const sentPageSize = 100;

/**
 * The sent requests tab: open invitations (pending, or expired and so resendable), one entry
 * per invitation with every service it covers, its date, sender and expiry, and Resend and
 * Cancel for employees with full rights.
 */
export function SentRequestsPanel({
  customerId,
  rights,
  onCount,
  onChanged,
}: {
  customerId: string | null;
  rights: OverviewRights | null;
  onCount: (count: number | string | null) => void;
  onChanged: () => Promise<void>;
}) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const input = useMemo<ListInput>(
    () => ({
      status: ['pending', 'expired'],
      limit: sentPageSize,
      ...(customerId ? { customerId } : {}),
    }),
    [customerId],
  );
  const list = useInfiniteQuery(
    trpc.collaborations.list.infiniteQueryOptions(input, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
  useReportError(list.error);
  const open = useMemo(
    () => groupByInvitation(list.data?.pages.flatMap((page) => page.items) ?? []),
    [list.data],
  );
  // Invitations cancelled a moment ago keep their place while their toast with Undo shows.
  const [withdrawn, setWithdrawn] = useState<ReadonlyMap<string, Withdrawn>>(new Map());
  const requests = useMemo(() => withWithdrawn(open, withdrawn), [open, withdrawn]);
  const count = list.data ? (list.hasNextPage ? `${open.length}+` : open.length) : null;
  const forget = useCallback((invitationId: string) => {
    setWithdrawn((current) => {
      const next = new Map(current);
      next.delete(invitationId);
      return next;
    });
  }, []);
  useEffect(() => onCount(count), [count, onCount]);

  return (
    <div className="collab-overview__sent">
      <h3 className="collab-subheading" id={headingId} ref={headingRef} tabIndex={-1}>
        {translator.text('overview.sent.heading')}
      </h3>
      <p className="collab-paragraph collab-muted">{translator.text('overview.sent.intro')}</p>
      {rights && !rights.resendAndCancel ? (
        <p className="collab-overview__note">{translator.text('overview.sent.readOnly')}</p>
      ) : null}
      {list.isPending ? (
        <LoadingState text={translator.text('overview.sent.loading')} />
      ) : list.isError && !list.data ? (
        <ErrorState
          message={describeError(list.error, translator).message}
          onRetry={() => void list.refetch()}
        />
      ) : requests.length === 0 ? (
        <EmptyState
          heading={translator.text('overview.sent.empty.heading')}
          text={translator.text('overview.sent.empty.text')}
        />
      ) : (
        <>
          <ul className="collab-overview__requests" aria-labelledby={headingId}>
            {requests.map((request, index) => {
              const invitationId = request.invitation.id;
              return (
                <SentRequestItem
                  key={invitationId}
                  request={request}
                  canAct={rights?.resendAndCancel === true}
                  withdrawn={withdrawn.has(invitationId)}
                  onWithdrawn={() =>
                    setWithdrawn((current) =>
                      new Map(current).set(invitationId, { request, index }),
                    )
                  }
                  onRestored={async () => {
                    await onChanged();
                    forget(invitationId);
                  }}
                  onGone={(hadFocus) => {
                    forget(invitationId);
                    // The entry goes with its toast: the focus waits on the tab's heading.
                    if (hadFocus) headingRef.current?.focus();
                  }}
                  onChanged={onChanged}
                />
              );
            })}
          </ul>
          {list.hasNextPage ? (
            <button
              type="button"
              className="collab-button collab-overview__more"
              aria-disabled={list.isFetchingNextPage}
              onClick={() => {
                if (!list.isFetchingNextPage) void list.fetchNextPage();
              }}
            >
              {translator.text(
                list.isFetchingNextPage ? 'overview.loadingMore' : 'overview.loadMore',
              )}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}

interface Withdrawn {
  request: SentRequest;
  /** Where it was in the list, so that it stays in its place. */
  index: number;
}

/** The open invitations with the withdrawn ones back in their places (not twice). */
function withWithdrawn(
  open: SentRequest[],
  withdrawn: ReadonlyMap<string, Withdrawn>,
): SentRequest[] {
  const shown = open.filter((request) => !withdrawn.has(request.invitation.id));
  const placed = [...withdrawn.values()].sort((a, b) => a.index - b.index);
  for (const { request, index } of placed) {
    shown.splice(Math.min(index, shown.length), 0, request);
  }
  return shown;
}
