import { describeError } from '../../api/errors.js';
import { useTranslator } from '../../runtime/widget-context.js';

/**
 * What failed to load, in the widget's words and the error code's message, with a way to ask
 * again. `role="alert"` so it is heard when it replaces the loading line.
 */
export function LoadFailure({
  what,
  failure,
  retrying = false,
  onRetry,
}: {
  what: string;
  failure: unknown;
  /** Asking again now: the button stays (and keeps the focus) but says so. */
  retrying?: boolean;
  onRetry: () => void;
}) {
  const translator = useTranslator();
  return (
    <div className="collab-customer-failure">
      <div role="alert">
        <p className="collab-alert collab-alert__line">{what}</p>
        <p className="collab-paragraph">{describeError(failure, translator).message}</p>
      </div>
      <button
        type="button"
        className="collab-button"
        aria-disabled={retrying}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {retrying
          ? translator.text('customerView.retrying')
          : translator.text('customerView.retry')}
      </button>
    </div>
  );
}
