import { useTranslator } from '../../runtime/widget-context.js';
import { errorCodeOf, errorParamsOf, isWorthRetrying } from './api-errors.js';
import { useErrorMessage } from './labels.js';

export function LoadingState() {
  const translator = useTranslator();
  return (
    <p className="collab-muted" role="status">
      {translator.text('actions.loading')}
    </p>
  );
}

/**
 * A load that failed: what went wrong, by the API's code, and "Try again" when asking again
 * may help. A refusal (not an admin, not found) is an answer and gets no retry.
 */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const translator = useTranslator();
  const message = useErrorMessage();
  const code = errorCodeOf(error);
  return (
    <div className="collab-action-failure">
      <div className="collab-alert" role="alert">
        <p className="collab-alert__line">{translator.text('actions.loadFailed')}</p>
        <p className="collab-alert__line">{message(code, errorParamsOf(error))}</p>
      </div>
      {isWorthRetrying(code) ? (
        <button type="button" className="collab-button" onClick={onRetry}>
          {translator.text('actions.retry')}
        </button>
      ) : null}
    </div>
  );
}
