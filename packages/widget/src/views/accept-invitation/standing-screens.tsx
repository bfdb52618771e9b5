import { useTranslator } from '../../runtime/widget-context.js';
import type { Invitation, ScreenNamed } from './accept-screens.js';
import { InvitationSummary } from './invitation-summary.js';
import { ScreenHeading } from './screen-focus.js';
import { NoticeScreen } from './screen-parts.js';

// A pending invitation the person cannot answer as they are signed in (or not). Each screen
// says what would let them, before they press anything.

export function SignedOutScreen({
  screen,
  onSignIn,
}: {
  screen: ScreenNamed<'signedOut'>;
  onSignIn: () => void;
}) {
  const translator = useTranslator();
  return (
    <section>
      <ScreenHeading>{translator.text('accept.signedOut.heading')}</ScreenHeading>
      <p className="collab-paragraph">
        {screen.invitation
          ? translator.text('accept.signedOut.body', {
              customerName: screen.invitation.customerName,
            })
          : translator.text('accept.signedOut.bodyUnknownCompany')}
      </p>
      <div className="collab-accept__actions">
        <button type="button" className="collab-button collab-button--primary" onClick={onSignIn}>
          {translator.text('accept.signedOut.signIn')}
        </button>
      </div>
      {screen.invitation ? <InvitationSummary invitation={screen.invitation} /> : null}
    </section>
  );
}

/**
 * The ways forward for someone signed in who cannot answer: sign in as someone else (the host's
 * sign-in, `collab:sign-in-required`), and who at the agency to ask. Then what the invitation
 * is, as a signed-out visitor with the same link sees it: the link is what opens it.
 */
function WaysForward({ invitation, onSignIn }: { invitation: Invitation; onSignIn: () => void }) {
  const translator = useTranslator();
  return (
    <>
      <div className="collab-accept__actions">
        <button type="button" className="collab-button collab-button--primary" onClick={onSignIn}>
          {translator.text('accept.signInAsSomeoneElse')}
        </button>
      </div>
      <p className="collab-paragraph">
        {translator.text('accept.askSender', {
          invitedByName: invitation.invitedByName,
          agencyName: invitation.agencyName,
        })}
      </p>
      <InvitationSummary invitation={invitation} />
    </>
  );
}

export function WrongCompanyScreen({
  screen,
  onSignIn,
}: {
  screen: ScreenNamed<'wrongCompany'>;
  onSignIn: () => void;
}) {
  const translator = useTranslator();
  return (
    <NoticeScreen
      alert={false}
      heading={translator.text('accept.wrongCompany.heading', {
        customerName: screen.customerName,
      })}
      lines={[
        translator.error('INVITATION_WRONG_COMPANY', {
          customerName: screen.customerName,
          accountName: screen.accountName,
        }),
      ]}
    >
      <WaysForward invitation={screen.invitation} onSignIn={onSignIn} />
    </NoticeScreen>
  );
}

/** Signed in, but not as a user of any company account: an agency employee, say. */
export function NotAccountUserScreen({
  screen,
  onSignIn,
}: {
  screen: ScreenNamed<'notAccountUser'>;
  onSignIn: () => void;
}) {
  const translator = useTranslator();
  const { customerName } = screen.invitation;
  return (
    <NoticeScreen
      alert={false}
      heading={translator.text('accept.notAccountUser.heading', { customerName })}
      lines={[translator.text('accept.notAccountUser.body', { customerName })]}
    >
      <WaysForward invitation={screen.invitation} onSignIn={onSignIn} />
    </NoticeScreen>
  );
}

/** A user of the company without the admin role, told who can answer. */
export function NotAdminScreen({
  screen,
  onSignIn,
}: {
  screen: ScreenNamed<'notAdmin'>;
  onSignIn: () => void;
}) {
  const translator = useTranslator();
  return (
    <NoticeScreen
      alert={false}
      heading={translator.text('accept.notAdmin.heading')}
      lines={[translator.text('accept.notAdmin.body', { accountName: screen.accountName })]}
    >
      {screen.admins.length > 0 ? (
        <>
          <h3 className="collab-minor-heading">{translator.text('accept.notAdmin.admins')}</h3>
          <ul className="collab-list">
            {screen.admins.map((admin) => (
              <li key={admin.maskedEmail}>
                {admin.name
                  ? translator.text('accept.notAdmin.admin', {
                      name: admin.name,
                      maskedEmail: admin.maskedEmail,
                    })
                  : admin.maskedEmail}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <WaysForward invitation={screen.invitation} onSignIn={onSignIn} />
    </NoticeScreen>
  );
}
