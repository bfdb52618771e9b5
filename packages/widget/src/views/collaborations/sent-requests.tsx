import { useInfiniteQuery } from '@tanstack/react-query';
import { type RefObject, useEffect, useId, useMemo, useRef } from 'react';
import { describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useReportError } from '../../runtime/use-report-error.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { groupByInvitation, type ListInput } from './overview-model.js';
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
  onAnnounce,
  onCount,
  onChanged,
}: {
  customerId: string | null;
  rights: OverviewRights | null;
  onAnnounce: (text: string) => void;
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
  const requests = useMemo(
    () => groupByInvitation(list.data?.pages.flatMap((page) => page.items) ?? []),
    [list.data],
  );
  const count = list.data ? (list.hasNextPage ? `${requests.length}+` : requests.length) : null;
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
            {requests.map((request) => (
              <SentRequestItem
                key={request.invitation.id}
                request={request}
                canAct={rights?.resendAndCancel === true}
                onAnnounce={onAnnounce}
                onChanged={onChanged}
                fallbackFocus={headingRef as RefObject<HTMLElement | null>}
              />
            ))}
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
