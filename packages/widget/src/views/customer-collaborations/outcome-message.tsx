import { type RefObject, useEffect } from 'react';

/** What an answer or an ending led to, or why it could not be done. */
export interface Outcome {
  text: string;
  tone: 'done' | 'problem';
  /** Whether the focus goes to the message now; not while a modal dialog is still open. */
  focus: boolean;
  /** A new object per outcome, so the same text twice is announced and focused twice. */
  id: number;
}

/**
 * A polite live region that is always in the page (a region that appears with its text is
 * often not read), holding the outcome. The message itself takes the focus, because the
 * controls that led to it (an invitation's buttons) are gone once the list is read again.
 */
export function OutcomeMessage({
  outcome,
  messageRef,
}: {
  outcome: Outcome | null;
  messageRef: RefObject<HTMLParagraphElement | null>;
}) {
  useEffect(() => {
    if (outcome?.focus) messageRef.current?.focus();
  }, [outcome, messageRef]);
  return (
    <div role="status" aria-live="polite" className="collab-announcement">
      {outcome ? (
        <p
          ref={messageRef}
          tabIndex={-1}
          className={
            outcome.tone === 'done'
              ? 'collab-customer-outcome'
              : 'collab-customer-outcome collab-customer-outcome--problem'
          }
        >
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}
