import { useTranslator } from '../../runtime/widget-context.js';
import { ClosedScreen, LinkProblemScreen } from './closed-screens.js';
import { DeclineForm } from './decline-form.js';
import { InvitationScreen } from './invitation-screen.js';
import { AcceptedScreen, DeclinedScreen } from './result-screens.js';
import { ScreenHeadingProvider, useScreenFocus } from './screen-focus.js';
import {
  NotAccountUserScreen,
  NotAdminScreen,
  SignedOutScreen,
  WrongCompanyScreen,
} from './standing-screens.js';
import { UnavailableScreen } from './unavailable-screen.js';
import { type AcceptPageState, useAcceptPage } from './use-accept-page.js';

export interface AcceptInvitationViewProps {
  /** The invitation link's token; null when the page has none. */
  invitationToken: string | null;
}

/**
 * The accept page (flow 2 in docs/flows.md). The server also says how the signed-in person
 * stands, so a wrong company or a missing admin role is explained before anyone presses a
 * button.
 */
export function AcceptInvitationView({ invitationToken }: AcceptInvitationViewProps) {
  const token = invitationToken?.trim() ? invitationToken.trim() : null;
  // A new link is a new page: nothing of the previous one's answers carries over.
  return <AcceptPage key={token ?? ''} token={token} />;
}

function AcceptPage({ token }: { token: string | null }) {
  const page = useAcceptPage(token);
  const headingRef = useScreenFocus(page.screenKey);
  return (
    <div className="collab-accept" aria-busy={page.screen.name === 'loading'}>
      <div role="status" aria-live="polite" className="collab-announcement collab-visually-hidden">
        {page.announcement}
      </div>
      <ScreenHeadingProvider headingRef={headingRef}>
        <CurrentScreen page={page} />
      </ScreenHeadingProvider>
    </div>
  );
}

function CurrentScreen({ page }: { page: AcceptPageState }) {
  const translator = useTranslator();
  const { screen } = page;
  switch (screen.name) {
    case 'loading':
      return (
        <p className="collab-muted" role="status">
          {translator.text('accept.loading')}
        </p>
      );
    case 'invitation':
      return <InvitationScreen screen={screen} page={page} />;
    case 'declining':
      return (
        <DeclineForm
          screen={screen}
          failure={page.actionFailure}
          declining={page.declining}
          reason={page.reason}
          onReason={page.setReason}
          onDecline={page.decline}
          onBack={page.back}
        />
      );
    case 'signedOut':
      return <SignedOutScreen screen={screen} onSignIn={page.signIn} />;
    case 'wrongCompany':
      return <WrongCompanyScreen screen={screen} onSignIn={page.signIn} />;
    case 'notAccountUser':
      return <NotAccountUserScreen screen={screen} onSignIn={page.signIn} />;
    case 'notAdmin':
      return <NotAdminScreen screen={screen} onSignIn={page.signIn} />;
    case 'alreadyAccepted':
    case 'alreadyDeclined':
    case 'expired':
    case 'cancelled':
      return <ClosedScreen screen={screen} />;
    case 'replaced':
    case 'invalid':
      return <LinkProblemScreen screen={screen} />;
    case 'unavailable':
      return <UnavailableScreen screen={screen} retrying={page.retrying} onRetry={page.retry} />;
    case 'accepted':
      return <AcceptedScreen screen={screen} />;
    case 'declined':
      return <DeclinedScreen screen={screen} />;
    default:
      throw new Error(`Unhandled screen ${screen satisfies never}`);
  }
}
