import { useTranslator } from '../../runtime/widget-context.js';
import type { ScreenNamed } from './accept-screens.js';
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

export function WrongCompanyScreen({ screen }: { screen: ScreenNamed<'wrongCompany'> }) {
  const translator = useTranslator();
  return (
    <NoticeScreen
      alert
      heading={translator.text('accept.wrongCompany.heading')}
      lines={[
        translator.error('INVITATION_WRONG_COMPANY', {
          customerName: screen.customerName,
          accountName: screen.accountName,
        }),
      ]}
    />
  );
}

export function NotAccountUserScreen() {
  const translator = useTranslator();
  return (
    <NoticeScreen
      alert
      heading={translator.text('accept.notAccountUser.heading')}
      lines={[translator.error('ACCOUNT_USER_REQUIRED')]}
    />
  );
}

/** A user of the company without the admin role, told who can answer. */
export function NotAdminScreen({ screen }: { screen: ScreenNamed<'notAdmin'> }) {
  const translator = useTranslator();
  return (
    <NoticeScreen
      alert
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
    </NoticeScreen>
  );
}
