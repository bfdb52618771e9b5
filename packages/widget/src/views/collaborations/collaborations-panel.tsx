import type { CollaborationStatus } from '@collab/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useReportError } from '../../runtime/use-report-error.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { LegacyLinkBar } from '../legacy/legacy-link-bar.js';
import type { OpenedAction } from './action-host.js';
import { CustomerGroups } from './customer-groups.js';
import { OverviewFilterFields } from './overview-filters.js';
import {
  groupByCustomer,
  hasFilters,
  listInputOf,
  noFilters,
  type OverviewFilters,
  totalOf,
} from './overview-model.js';
import { EmptyState, ErrorState, LoadingState } from './overview-states.js';
import type { OverviewRights } from './rights.js';
import { StatusBar } from './status-bar.js';

/** Typing pauses this long before the search is sent. */
const searchDelayMilliseconds = 300;

/** The collaborations tab: filters, the count per status, the groups, and more pages. */
export function CollaborationsPanel({
  customerId,
  rights,
  onOpen,
}: {
  customerId: string | null;
  rights: OverviewRights | null;
  onOpen: (action: OpenedAction) => void;
}) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const summaryId = useId();
  const [filters, setFilters] = useState<OverviewFilters>(noFilters);
  const [searchText, setSearchText] = useState('');
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const [expandAll, setExpandAll] = useState(false);
  const toggles = useRef(new Map<string, HTMLButtonElement>());
  const filtersChanged = useRef(false);

  useEffect(() => {
    const timer = window.setTimeout(
      () =>
        setFilters((current) =>
          current.search === searchText ? current : { ...current, search: searchText },
        ),
      searchDelayMilliseconds,
    );
    return () => window.clearTimeout(timer);
  }, [searchText]);

  const input = useMemo(() => listInputOf(filters, customerId), [filters, customerId]);
  const list = useInfiniteQuery({
    ...trpc.collaborations.list.infiniteQueryOptions(input, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const choices = useQuery(
    trpc.collaborations.filterOptions.queryOptions(customerId ? { customerId } : {}),
  );
  useReportError(list.error);
  useReportError(choices.error);

  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  // The newest page's totals win: they were counted last.
  const groups = useMemo(
    () =>
      groupByCustomer(
        items,
        Object.assign({}, ...(list.data?.pages.map((page) => page.totalsByCustomer) ?? [])),
      ),
    [items, list.data],
  );
  const counts = list.data?.pages[0]?.countsByStatus;
  const total = counts ? totalOf(counts, filters.statuses) : 0;
  const filtered = hasFilters(filters);
  const settled = list.isSuccess && !list.isPlaceholderData;

  // After the person changes a filter, the new number of matches is said beside the filters,
  // in their own polite region (emptied first, so the same number said twice is read out).
  const [filterResult, setFilterResult] = useState('');
  useEffect(() => {
    if (!settled || !filtersChanged.current) return;
    filtersChanged.current = false;
    setFilterResult('');
    const text = translator.plural('overview.announce.filtered', total);
    const timer = window.setTimeout(() => setFilterResult(text), 50);
    return () => window.clearTimeout(timer);
  }, [settled, total, translator]);

  function change(next: OverviewFilters) {
    filtersChanged.current = true;
    setFilters(next);
  }

  function toggleStatus(status: CollaborationStatus) {
    change({
      ...filters,
      statuses: filters.statuses.includes(status)
        ? filters.statuses.filter((chosen) => chosen !== status)
        : [...filters.statuses, status],
    });
  }

  const defaultExpanded = expandAll || customerId !== null || groups.length === 1;
  const isExpanded = (id: string) => toggled[id] ?? defaultExpanded;

  // The "Show more" button goes away with the last page; the focus then moves to the first
  // customer that page added, once it is rendered.
  const [focusCustomerId, setFocusCustomerId] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new groups are what it waits for.
  useEffect(() => {
    if (!focusCustomerId) return;
    const toggle = toggles.current.get(focusCustomerId);
    if (!toggle) return;
    toggle.focus();
    setFocusCustomerId(null);
  }, [focusCustomerId, groups]);

  async function loadMore() {
    const before = groups.length;
    const result = await list.fetchNextPage();
    if (result.hasNextPage) return;
    const after = groupByCustomer(result.data?.pages.flatMap((page) => page.items) ?? []);
    const target = after[before] ?? after.at(-1);
    if (target) setFocusCustomerId(target.customer.id);
  }

  return (
    <div className="collab-overview__collaborations">
      <div className="collab-overview__toolbar">
        <OverviewFilterFields
          filters={filters}
          searchText={searchText}
          choices={choices.data ?? { taskNames: [], taskOwners: [], accountManagers: [] }}
          oneCustomer={customerId !== null}
          onSearch={(text) => {
            filtersChanged.current = true;
            setSearchText(text);
          }}
          onChange={change}
        />
        {filtered ? (
          <button
            type="button"
            className="collab-button collab-overview__clear"
            onClick={() => {
              setSearchText('');
              change(noFilters);
            }}
          >
            {translator.text('overview.filter.clear')}
          </button>
        ) : null}
        <p className="collab-overview__filter-result" role="status">
          {filterResult}
        </p>
      </div>
      {counts ? (
        <StatusBar counts={counts} selected={filters.statuses} onToggle={toggleStatus} />
      ) : null}
      {/* Outside the list's states: its review stays open when linking empties the list. */}
      <LegacyLinkBar items={items} />
      {list.isPending ? (
        <LoadingState text={translator.text('overview.loadingList')} />
      ) : list.isError && !list.data ? (
        <ErrorState
          message={describeError(list.error, translator).message}
          onRetry={() => void list.refetch()}
        />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState
            heading={translator.text('overview.noMatches.heading')}
            text={translator.text('overview.noMatches.text')}
          >
            <button
              type="button"
              className="collab-button"
              onClick={() => {
                setSearchText('');
                change(noFilters);
              }}
            >
              {translator.text('overview.filter.clear')}
            </button>
          </EmptyState>
        ) : (
          <EmptyState
            heading={translator.text('overview.empty.heading')}
            text={translator.text(
              customerId ? 'overview.emptyCustomer.text' : 'overview.empty.text',
            )}
          />
        )
      ) : (
        <div
          className="collab-overview__results"
          aria-busy={list.isFetching && !list.isFetchingNextPage}
        >
          <div className="collab-overview__summary">
            <p className="collab-muted" id={summaryId}>
              {translator.plural('overview.shown', total, {
                shown: translator.number(items.length),
              })}
            </p>
            {customerId === null && groups.length > 1 ? (
              <button
                type="button"
                className="collab-button"
                onClick={() => {
                  setToggled({});
                  setExpandAll(!defaultExpanded);
                }}
              >
                {translator.text(defaultExpanded ? 'overview.collapseAll' : 'overview.expandAll')}
              </button>
            ) : null}
          </div>
          <CustomerGroups
            groups={groups}
            isExpanded={isExpanded}
            onToggle={(id) => setToggled((current) => ({ ...current, [id]: !isExpanded(id) }))}
            rights={rights}
            registerToggle={(id, element) => {
              if (element) toggles.current.set(id, element);
              else toggles.current.delete(id);
            }}
            onAction={(collaboration, kind, opener) => onOpen({ kind, collaboration, opener })}
          />
          {list.isError ? (
            <ErrorState
              message={describeError(list.error, translator).message}
              onRetry={() => void list.fetchNextPage()}
            />
          ) : null}
          {list.hasNextPage ? (
            <button
              type="button"
              className="collab-button collab-overview__more"
              aria-describedby={summaryId}
              aria-disabled={list.isFetchingNextPage}
              onClick={() => {
                if (!list.isFetchingNextPage) void loadMore();
              }}
            >
              {translator.text(
                list.isFetchingNextPage ? 'overview.loadingMore' : 'overview.loadMore',
              )}
            </button>
          ) : null}
        </div>
      )}
    </div>
  );
}
