import { serviceCatalog } from '@collab/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useId, useRef, useState } from 'react';
import { useTRPC } from '../../api/trpc.js';
import { useEmit, useTranslator } from '../../runtime/widget-context.js';
import { LazyLegacyImportPanel } from '../legacy/lazy-legacy.js';
import { LegacySelectionProvider } from '../legacy/legacy-selection.js';
import { type OpenedAction, OpenedActionView } from './action-host.js';
import { CollaborationsPanel } from './collaborations-panel.js';
import type { CollaborationView } from './overview-model.js';
import { OverviewTabs } from './overview-tabs.js';
import type { OverviewRights } from './rights.js';
import { SentRequestsPanel } from './sent-requests.js';

export interface CollaborationsViewProps {
  /** Only this customer's collaborations (a customer page in the host); null for all. */
  customerId: string | null;
}

type TabName = 'collaborations' | 'sent' | 'import';

/**
 * The agency's overview (flow 7 in docs/flows.md): collaborations grouped by customer, with
 * filters, a count per status and pages; and the sent requests, the open invitations, with
 * resend and cancel. The actions on one collaboration (edit, end, link, history) are the
 * shared components of `collaboration-actions/`; this view opens them and refreshes after.
 */
export function CollaborationsView({ customerId }: CollaborationsViewProps) {
  const translator = useTranslator();
  const emit = useEmit();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [tab, setTab] = useState<TabName>('collaborations');
  const [announcement, setAnnouncement] = useState('');
  const [opened, setOpened] = useState<OpenedAction | null>(null);
  const fallbackFocus = useRef<HTMLHeadingElement>(null);
  const [sentCount, setSentCount] = useState<number | string | null>(null);

  // Who is signed in decides which actions are offered. It only informs: the server checks
  // the rights on every action, so without it (a failure) every action is offered.
  const session = useQuery({ ...trpc.session.me.queryOptions(), retry: false });
  const me = session.data;
  const rights: OverviewRights | null = session.isPending
    ? null
    : me?.kind === 'employee'
      ? me.can
      : { resendAndCancel: true, changeOptions: true, end: true, link: true };

  const announce = useCallback((text: string) => {
    // Emptied first, so the same words said twice are still read out.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(text), 50);
  }, []);

  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.collaborations.list.pathKey() }),
    [queryClient, trpc],
  );

  /**
   * Back to the button that opened the action. When a change took that button away (an ended
   * collaboration has no End), the focus goes to the same row's first action, or failing that
   * to the view's heading.
   */
  function close(action: OpenedAction) {
    setOpened(null);
    window.requestAnimationFrame(() => {
      if (action.opener.isConnected) {
        action.opener.focus();
        return;
      }
      const root = fallbackFocus.current?.getRootNode();
      const row =
        root instanceof ShadowRoot || root instanceof Document
          ? root.querySelector(`[data-collaboration-id="${action.collaboration.id}"]`)
          : null;
      const sameRow = row?.querySelector<HTMLButtonElement>('button');
      if (sameRow) sameRow.focus();
      else fallbackFocus.current?.focus();
    });
  }

  function serviceName(collaboration: CollaborationView): string {
    return collaboration.service
      ? serviceCatalog[collaboration.service].name
      : (collaboration.legacyServiceName ?? '');
  }

  return (
    <section className="collab-overview" aria-labelledby={headingId}>
      {/* For screen readers and the focus only: the host's page has its own heading over the
          overview, and the first tab already says "Samarbeten" (three on one page was too many). */}
      <h2
        className="collab-heading collab-overview__heading collab-visually-hidden"
        id={headingId}
        ref={fallbackFocus}
        tabIndex={-1}
      >
        {translator.text('overview.heading')}
      </h2>
      <div
        role="status"
        aria-live="polite"
        className="collab-announcement collab-overview__announcement"
      >
        {announcement}
      </div>
      {me?.kind === 'employee' && !me.can.end ? (
        <p className="collab-overview__note">{translator.text('overview.readOnly')}</p>
      ) : null}
      <OverviewTabs<TabName>
        label={translator.text('overview.tabs')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            name: 'collaborations',
            label: translator.text('overview.tab.collaborations'),
            panel: (
              // Earlier collaborations selected to link at once (flow 6) live above the panel.
              <LegacySelectionProvider enabled={rights?.link === true}>
                <CollaborationsPanel customerId={customerId} rights={rights} onOpen={setOpened} />
              </LegacySelectionProvider>
            ),
          },
          {
            name: 'sent',
            label:
              sentCount === null
                ? translator.text('overview.tab.sent')
                : translator.text('overview.tab.sentCount', { count: sentCount }),
            panel: (
              <SentRequestsPanel
                customerId={customerId}
                rights={rights}
                onCount={setSentCount}
                onChanged={refresh}
              />
            ),
          },
          // The old system's file, for those who may import it: full rights (flow 6).
          ...(me?.kind === 'employee' && me.can.link
            ? [
                {
                  name: 'import' as const,
                  label: translator.text('legacy.import.tab'),
                  panel: (
                    <Suspense
                      fallback={<p className="collab-muted">{translator.text('view.loading')}</p>}
                    >
                      <LazyLegacyImportPanel />
                    </Suspense>
                  ),
                },
              ]
            : []),
        ]}
      />
      {opened ? (
        <OpenedActionView
          key={`${opened.kind}-${opened.collaboration.id}`}
          action={opened}
          onClose={() => close(opened)}
          onSaved={(change) => {
            const { collaboration } = opened;
            emit('collab:updated', { collaborationId: collaboration.id, change });
            announce(
              translator.text('overview.announce.saved', {
                service: serviceName(collaboration),
                customerName: collaboration.customer.name,
              }),
            );
            void refresh();
          }}
          onEnded={({ collaborationId, endedAt }) => {
            const { collaboration } = opened;
            emit('collab:ended', { collaborationId, service: collaboration.service, endedAt });
            // The end dialog says it, once, where the person is; the view does not repeat it.
            void refresh();
          }}
          onLinked={() => {
            const { collaboration } = opened;
            emit('collab:updated', { collaborationId: collaboration.id, change: 'linked' });
            announce(
              translator.text('overview.announce.linked', {
                customerName: collaboration.customer.name,
              }),
            );
            void refresh();
          }}
        />
      ) : null}
    </section>
  );
}
