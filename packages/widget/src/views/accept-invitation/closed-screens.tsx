import { useTranslator } from '../../runtime/widget-context.js';
import type { ScreenNamed } from './accept-screens.js';
import { NoticeScreen } from './screen-parts.js';

/** An invitation that was answered, ran out or was withdrawn: nothing left to do here. */
export function ClosedScreen({
  screen,
}: {
  screen: ScreenNamed<'alreadyAccepted' | 'alreadyDeclined' | 'expired' | 'cancelled'>;
}) {
  const translator = useTranslator();
  const { agencyName, expiresAt } = screen.invitation;
  switch (screen.name) {
    case 'alreadyAccepted':
      return (
        <NoticeScreen
          alert={false}
          heading={translator.text('accept.alreadyAccepted.heading')}
          lines={[translator.text('accept.alreadyAccepted.body', { agencyName })]}
        />
      );
    case 'alreadyDeclined':
      return (
        <NoticeScreen
          alert={false}
          heading={translator.text('accept.alreadyDeclined.heading')}
          lines={[
            translator.error('INVITATION_ALREADY_DECLINED'),
            translator.text('accept.alreadyDeclined.body', { agencyName }),
          ]}
        />
      );
    case 'expired':
      return (
        <NoticeScreen
          alert={false}
          heading={translator.text('accept.expired.heading')}
          lines={[
            translator.error('INVITATION_EXPIRED', { expiresAt: translator.date(expiresAt) }),
          ]}
        />
      );
    case 'cancelled':
      return (
        <NoticeScreen
          alert={false}
          heading={translator.text('accept.cancelled.heading')}
          lines={[
            translator.error('INVITATION_CANCELLED'),
            translator.text('accept.cancelled.body', { agencyName }),
          ]}
        />
      );
    default:
      throw new Error(`Unhandled closed screen ${screen satisfies never}`);
  }
}

/** A link that leads to no invitation: replaced by a newer one, unknown, or missing. */
export function LinkProblemScreen({ screen }: { screen: ScreenNamed<'replaced' | 'invalid'> }) {
  const translator = useTranslator();
  if (screen.name === 'replaced') {
    return (
      <NoticeScreen
        alert
        heading={translator.text('accept.replaced.heading')}
        lines={[translator.error('INVITATION_REPLACED')]}
      />
    );
  }
  return (
    <NoticeScreen
      alert
      heading={translator.text('accept.invalid.heading')}
      lines={[
        screen.missingToken
          ? translator.text('accept.invalid.missing')
          : translator.error('INVITATION_LINK_INVALID'),
      ]}
    />
  );
}
