import { useTranslator } from '../../runtime/widget-context.js';
import type { ScreenNamed } from './accept-screens.js';
import { NoticeScreen } from './screen-parts.js';

/** The invitation could not be read (network, server): nothing is known yet, so try again. */
export function UnavailableScreen({
  screen,
  retrying,
  onRetry,
}: {
  screen: ScreenNamed<'unavailable'>;
  retrying: boolean;
  onRetry: () => void;
}) {
  const translator = useTranslator();
  return (
    <NoticeScreen
      alert
      heading={translator.text('accept.unavailable.heading')}
      lines={[screen.failure.message]}
    >
      <div className="collab-accept__actions">
        <button
          type="button"
          className="collab-button collab-button--primary"
          aria-disabled={retrying}
          onClick={() => {
            if (!retrying) onRetry();
          }}
        >
          {retrying ? translator.text('accept.retrying') : translator.text('accept.retry')}
        </button>
      </div>
    </NoticeScreen>
  );
}
