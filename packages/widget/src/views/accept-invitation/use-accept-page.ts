import type { ServiceId } from '@collab/contracts';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type DescribedError, describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useReportError } from '../../runtime/use-report-error.js';
import { useEmit, useTranslator, useViewName } from '../../runtime/widget-context.js';
import { declinedServicesOf, serviceAnswers } from '../service-answers.js';
import {
  type AcceptScreen,
  type Invitation,
  screenOf,
  screenOfLoadFailure,
  screenOfRefusal,
} from './accept-screens.js';
import { acceptedNews, declinedNews } from './result-screens.js';

export interface AcceptPageState {
  screen: AcceptScreen;
  /** Changes with each screen the focus should move to, a new load failure included. */
  screenKey: string;
  /** For the polite live region: what an answer led to. */
  announcement: string;
  /** An answer that failed and changed nothing, shown beside its button. */
  actionFailure: DescribedError | null;
  accepting: boolean;
  declining: boolean;
  retrying: boolean;
  reason: string;
  setReason: (reason: string) => void;
  /** The services the admin unticked: declined, with those that need them (flow 2). */
  unticked: ReadonlySet<ServiceId>;
  toggleService: (service: ServiceId) => void;
  accept: (invitation: Invitation) => void;
  startDecline: (invitation: Invitation) => void;
  decline: (invitation: Invitation) => void;
  back: () => void;
  retry: () => void;
  signIn: () => void;
}

/**
 * Which screen the accept page shows, and the answers that move it on. Opening only reads
 * (`invitations.byToken`); only Accept and Decline change anything.
 */
export function useAcceptPage(token: string | null): AcceptPageState {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const invitation = useQuery({
    ...trpc.invitations.byToken.queryOptions(token ? { token } : skipToken),
    // The page offers "Try again" itself, so a failure is shown at once.
    retry: false,
  });
  const acceptMutation = useMutation(trpc.invitations.accept.mutationOptions());
  const declineMutation = useMutation(trpc.invitations.decline.mutationOptions());

  /** A screen that an action moved to, over what the link says. */
  const [moved, setMoved] = useState<AcceptScreen | null>(null);
  const [actionFailure, setActionFailure] = useState<DescribedError | null>(null);
  const [reason, setReason] = useState('');
  const [unticked, setUnticked] = useState<ReadonlySet<ServiceId>>(new Set());
  const [announcement, setAnnouncement] = useState('');

  const loadFailure = invitation.error ? describeError(invitation.error, translator) : null;
  useReportError(invitation.error);

  const screen: AcceptScreen = !token
    ? { name: 'invalid', missingToken: true }
    : moved
      ? moved
      : invitation.data
        ? screenOf(invitation.data)
        : loadFailure
          ? (screenOfLoadFailure(loadFailure.code) ?? { name: 'unavailable', failure: loadFailure })
          : { name: 'loading' };

  /** After an answer the stored invitation is out of date; it is read again when next shown. */
  function forgetInvitation() {
    if (!token) return;
    void queryClient.invalidateQueries({
      queryKey: trpc.invitations.byToken.queryKey({ token }),
      refetchType: 'none',
    });
  }

  function moveTo(next: AcceptScreen, news: string) {
    forgetInvitation();
    setActionFailure(null);
    setMoved(next);
    setAnnouncement(news);
  }

  function onFailure(error: unknown, current: Invitation) {
    const described = describeError(error, translator);
    emit('collab:error', { ...described, view });
    const next = screenOfRefusal(described.code, error, current);
    if (next) moveTo(next, described.message);
    else setActionFailure(described);
  }

  return {
    screen,
    screenKey: `${screen.name} ${loadFailure?.code ?? ''}`,
    announcement,
    actionFailure,
    accepting: acceptMutation.isPending,
    declining: declineMutation.isPending,
    retrying: invitation.isFetching,
    reason,
    setReason,
    unticked,
    toggleService(service) {
      setActionFailure(null);
      setUnticked((before) => {
        const after = new Set(before);
        if (!after.delete(service)) after.add(service);
        return after;
      });
    },
    accept(current) {
      if (!token || acceptMutation.isPending) return;
      const declinedServices = declinedServicesOf(serviceAnswers(current.services, unticked));
      // Accepting nothing is declining: the page offers Decline for that, with a reason.
      if (declinedServices.length === current.services.length) return;
      setActionFailure(null);
      acceptMutation.mutate(
        // Left out when every service is accepted: the same answer an older page sends.
        declinedServices.length > 0 ? { token, declinedServices } : { token },
        {
          onSuccess(result) {
            moveTo(
              { name: 'accepted', invitation: current, result },
              acceptedNews(translator, current, result),
            );
            emit('collab:accepted', {
              invitationId: result.invitationId,
              collaborationIds: result.collaborations.map((collaboration) => collaboration.id),
            });
          },
          onError: (error) => onFailure(error, current),
        },
      );
    },
    startDecline(current) {
      setActionFailure(null);
      setMoved({ name: 'declining', invitation: current });
    },
    decline(current) {
      if (!token || declineMutation.isPending) return;
      setActionFailure(null);
      const given = reason.trim() === '' ? null : reason.trim();
      declineMutation.mutate(given === null ? { token } : { token, reason: given }, {
        onSuccess(result) {
          moveTo(
            { name: 'declined', invitation: current, reason: given },
            declinedNews(translator, current),
          );
          emit('collab:declined', {
            invitationId: result.invitationId,
            collaborationIds: result.collaborations.map((collaboration) => collaboration.id),
            reason: given,
          });
        },
        onError: (error) => onFailure(error, current),
      });
    },
    back() {
      setActionFailure(null);
      setMoved(null);
    },
    retry: () => void invitation.refetch(),
    signIn: () => emit('collab:sign-in-required', { returnUrl: location.href }),
  };
}
