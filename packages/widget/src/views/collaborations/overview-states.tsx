import type { ReactNode } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';

/** While the first page loads: a few grey rows, and the words in a status region. */
export function LoadingState({ text }: { text: string }) {
  return (
    <div className="collab-overview__state">
      <p role="status" className="collab-muted">
        {text}
      </p>
      <ul className="collab-overview__skeleton" aria-hidden="true">
        <li />
        <li />
        <li />
      </ul>
    </div>
  );
}

/** A failed load: the contracts' message for the code, and a way to ask again. */
export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const translator = useTranslator();
  return (
    <div className="collab-overview__state collab-overview__state--error">
      <div role="alert">
        <p className="collab-alert collab-alert__line">{translator.text('overview.loadFailed')}</p>
        <p className="collab-alert__line">{message}</p>
      </div>
      <button type="button" className="collab-button" onClick={onRetry}>
        {translator.text('overview.retry')}
      </button>
    </div>
  );
}

/** Nothing to show: what that means here, and what to do next. */
export function EmptyState({
  heading,
  text,
  children,
}: {
  heading: string;
  text: string;
  children?: ReactNode;
}) {
  return (
    <div className="collab-overview__state collab-overview__state--empty">
      <h3 className="collab-subheading">{heading}</h3>
      <p className="collab-paragraph">{text}</p>
      {children}
    </div>
  );
}
