import { serviceCatalog } from '@collab/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTRPC } from '../../api/trpc.js';
import { useReportError } from '../../runtime/use-report-error.js';
import { useEmit, useTranslator } from '../../runtime/widget-context.js';
import { EndCollaborationDialog } from '../collaboration-actions/index.js';
import { AgencySections } from './agency-sections.js';
import type { InvitationAnswers } from './invitation-card.js';
import type { Collaboration } from './labels.js';
import { LoadFailure } from './load-failure.js';
import { type Outcome, OutcomeMessage } from './outcome-message.js';
import { PendingInvitations } from './pending-invitations.js';
import { ReadOnlyNotice } from './read-only-notice.js';

/** Where the focus goes once the End dialog has closed. */
type AfterEnd = { to: 'button'; collaborationId: string } | { to: 'message' };

/**
 * The customer's view (flow 8 in docs/flows.md), for the signed-in users of a company: its
 * collaborations with every agency, the invitations that wait for an answer, and who has
 * access to what and why. An admin accepts or declines an invitation inline and ends an active
 * collaboration; any other user sees the same, read-only, and is told who the admins are.
 */
export function CustomerCollaborationsView() {
  const translator = useTranslator();
  const emit = useEmit();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  const session = useQuery(trpc.session.me.queryOptions());
  const list = useQuery(trpc.account.collaborations.queryOptions());
  useReportError(session.error);
  useReportError(list.error);

  // A failure with nothing to show replaces the view; a failed refresh keeps what was read.
  const loadFailure = (session.data ? null : session.error) ?? (list.data ? null : list.error);
  const retrying = loadFailure !== null && (session.isFetching || list.isFetching);
  const ready = session.data !== undefined && list.data !== undefined;

  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const outcomeCount = useRef(0);
  function show(text: string, tone: Outcome['tone'], focus: boolean) {
    outcomeCount.current += 1;
    setOutcome({ text, tone, focus, id: outcomeCount.current });
  }

  // After "Try again" brought the view, the focus starts at its heading again.
  const retried = useRef(false);
  useEffect(() => {
    if (ready && retried.current) {
      retried.current = false;
      titleRef.current?.focus();
    }
  }, [ready]);

  const [ending, setEnding] = useState<Collaboration | null>(null);
  const endedIds = useRef(new Set<string>());
  const endButtons = useRef(new Map<string, HTMLButtonElement>());
  const [afterEnd, setAfterEnd] = useState<AfterEnd | null>(null);
  function refresh() {
    void queryClient.invalidateQueries(trpc.account.pathFilter());
    void queryClient.invalidateQueries(trpc.access.pathFilter());
  }
  const refreshRef = useRef(refresh);
  useEffect(() => {
    refreshRef.current = refresh;
  });

  // Runs after the dialog's own clean-up (which closes it), so this focus is the last word.
  useEffect(() => {
    if (!afterEnd) return;
    if (afterEnd.to === 'message') {
      outcomeRef.current?.focus();
      // Read once more now that the dialog is gone: a reading started while it was open may
      // have run with the options of the dialog's own (disabled) observer of the same query.
      refreshRef.current();
    } else endButtons.current.get(afterEnd.collaborationId)?.focus();
    setAfterEnd(null);
  }, [afterEnd]);

  const answers: InvitationAnswers = {
    onAccepted(invitation, result) {
      emit('collab:accepted', {
        invitationId: result.invitationId,
        collaborationIds: result.collaborations.map((collaboration) => collaboration.id),
      });
      const services = result.collaborations.flatMap((collaboration) =>
        collaboration.service ? [serviceCatalog[collaboration.service].name] : [],
      );
      const staff = result.agencyAccess.map((person) => person.name);
      const accepted = translator.plural('customerView.accepted', services.length, {
        agency: invitation.agencyName,
        services: translator.list(services),
      });
      show(
        staff.length > 0
          ? `${accepted} ${translator.plural('customerView.acceptedStaff', staff.length, {
              names: translator.list(staff),
            })}`
          : accepted,
        'done',
        true,
      );
      refresh();
    },
    onDeclined(invitation, reason, result) {
      emit('collab:declined', {
        invitationId: result.invitationId,
        collaborationIds: result.collaborations.map((collaboration) => collaboration.id),
        reason,
      });
      show(
        translator.text('customerView.declined', {
          agency: invitation.agencyName,
          name: invitation.invitedByName,
        }),
        'done',
        true,
      );
      refresh();
    },
    onGone(invitation, failure) {
      show(
        translator.text('customerView.invitationGone', {
          agency: invitation.agencyName,
          problem: failure.message,
        }),
        'problem',
        true,
      );
      refresh();
    },
  };

  function ended(collaboration: Collaboration, endedAt: string) {
    endedIds.current.add(collaboration.id);
    emit('collab:ended', {
      collaborationId: collaboration.id,
      service: collaboration.service,
      endedAt,
    });
    // The dialog is still open and shows its own result; the focus comes here when it closes.
    show(
      translator.text('customerView.ended', {
        service: collaboration.service
          ? serviceCatalog[collaboration.service].name
          : (collaboration.legacyServiceName ?? ''),
        agency: collaboration.agency.name,
      }),
      'done',
      false,
    );
    refresh();
  }

  function closeEnd(collaboration: Collaboration) {
    setEnding(null);
    setAfterEnd(
      endedIds.current.has(collaboration.id)
        ? { to: 'message' }
        : { to: 'button', collaborationId: collaboration.id },
    );
  }

  const me = session.data;
  const user = me?.kind === 'account_user' ? me : null;
  const canAnswer = user?.can.answerInvitations ?? false;
  const canEnd = user?.can.end ?? false;
  const data = list.data;
  const empty = data && data.collaborations.length === 0 && data.pendingInvitations.length === 0;

  return (
    <section
      className="collab-customer-view"
      aria-labelledby={titleId}
      aria-busy={!ready && !loadFailure}
    >
      <div className="collab-customer-header">
        <h2
          className="collab-heading collab-step-heading"
          id={titleId}
          tabIndex={-1}
          ref={titleRef}
        >
          {translator.text('customerView.title')}
        </h2>
        {user ? (
          <p className="collab-muted">
            {translator.text('customerView.forAccount', { accountName: user.account.name })}
          </p>
        ) : null}
      </div>
      <OutcomeMessage outcome={outcome} messageRef={outcomeRef} />
      {loadFailure ? (
        <LoadFailure
          what={translator.text('customerView.loadFailed')}
          failure={loadFailure}
          retrying={retrying}
          onRetry={() => {
            retried.current = true;
            if (session.error) void session.refetch();
            if (list.error) void list.refetch();
          }}
        />
      ) : !ready || !data ? (
        <p className="collab-muted" role="status">
          {translator.text('customerView.loadingCollaborations')}
        </p>
      ) : (
        <>
          {list.error ? (
            <LoadFailure
              what={translator.text('customerView.refreshFailed')}
              failure={list.error}
              retrying={list.isFetching}
              onRetry={() => void list.refetch()}
            />
          ) : null}
          {user && !canAnswer ? <ReadOnlyNotice /> : null}
          {empty ? (
            <section className="collab-customer-empty" aria-labelledby={`${titleId}-empty`}>
              <h3 className="collab-subheading" id={`${titleId}-empty`}>
                {translator.text('customerView.emptyHeading')}
              </h3>
              <p className="collab-paragraph">{translator.text('customerView.emptyText')}</p>
            </section>
          ) : (
            <>
              {data.pendingInvitations.length > 0 ? (
                <PendingInvitations
                  invitations={data.pendingInvitations}
                  canAnswer={canAnswer}
                  answers={answers}
                />
              ) : null}
              <AgencySections
                collaborations={data.collaborations}
                canEnd={canEnd}
                onEnd={setEnding}
                registerEndButton={(collaborationId, button) => {
                  if (button) endButtons.current.set(collaborationId, button);
                  else endButtons.current.delete(collaborationId);
                }}
              />
            </>
          )}
        </>
      )}
      {ending ? (
        <EndCollaborationDialog
          key={ending.id}
          collaborationId={ending.id}
          onClose={() => closeEnd(ending)}
          onEnded={(detail) => ended(ending, detail.endedAt)}
        />
      ) : null}
    </section>
  );
}
