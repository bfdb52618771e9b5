import { useEffect, useRef, useState } from 'react';
import { useTranslator } from '../runtime/widget-context.js';

/**
 * A short message shown beside the action it is about (not in a corner of the page), read out
 * by a polite live region, and never taking the focus. It hides by itself only after a
 * generous time, and never while the pointer is over it or the focus is in it (WCAG 2.2.1);
 * its buttons are in the tab order, and Escape or its × dismisses it.
 */

/** How long a toast stays: long enough to read it twice and reach its buttons by keyboard. */
export const toastHideAfterMs = 30_000;
/** A toast that offers Undo stays longer: undoing is worth the time. */
export const undoToastHideAfterMs = 60_000;

export interface ToastAction {
  label: string;
  /** Shown on the button while the action runs (then it is `aria-disabled`). */
  pendingLabel: string;
  pending: boolean;
  onAction: () => void;
}

export interface ToastContent {
  /** A new id for every toast, so that the same words said twice are read out twice. */
  id: number;
  message: string;
  action?: ToastAction | undefined;
}

/**
 * Where a toast appears. The live region is always rendered (empty when there is nothing to
 * say): a region added together with its text is often not read out.
 */
export function ToastSlot({
  toast,
  onDismiss,
  hideAfterMs = toast?.action ? undoToastHideAfterMs : toastHideAfterMs,
}: {
  toast: ToastContent | null;
  onDismiss: () => void;
  hideAfterMs?: number;
}) {
  const translator = useTranslator();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [spoken, setSpoken] = useState('');
  const dismissRef = useRef(onDismiss);
  dismissRef.current = onDismiss;

  // Emptied first, then filled: a screen reader hears each new toast, even with the same words.
  // Keyed by the toast's id and words only: a re-render with the same toast says nothing again.
  const toastId = toast?.id;
  const message = toast?.message;
  useEffect(() => {
    setSpoken('');
    if (toastId === undefined || message === undefined) return;
    const timer = window.setTimeout(() => setSpoken(message), 50);
    return () => window.clearTimeout(timer);
  }, [toastId, message]);

  // A new toast (or none) starts from where the pointer and the focus really are: a button
  // that went away with the old toast took the focus with it without a blur.
  const containerRef = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new toast is what triggers it.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const root = container.getRootNode() as Document | ShadowRoot;
    setFocused(container.contains(root.activeElement));
    setHovered(container.matches(':hover'));
  }, [toastId]);

  const paused = hovered || focused || toast?.action?.pending === true;
  useEffect(() => {
    if (toastId === undefined || paused) return;
    const timer = window.setTimeout(() => dismissRef.current(), hideAfterMs);
    return () => window.clearTimeout(timer);
  }, [toastId, paused, hideAfterMs]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only pause the timer; the buttons inside are the controls.
    <div
      ref={containerRef}
      className={toast ? 'collab-toast' : 'collab-toast collab-toast--empty'}
      data-toast-id={toast?.id}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && toast) {
          event.stopPropagation();
          onDismiss();
        }
      }}
    >
      <p className="collab-toast__message" role="status">
        {spoken}
      </p>
      {toast ? (
        <div className="collab-toast__actions">
          {toast.action ? (
            <button
              type="button"
              className="collab-button collab-toast__action"
              aria-disabled={toast.action.pending}
              onClick={() => {
                if (!toast.action?.pending) toast.action?.onAction();
              }}
            >
              {toast.action.pending ? toast.action.pendingLabel : toast.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="collab-button collab-toast__dismiss"
            aria-label={translator.text('toast.dismiss')}
            onClick={onDismiss}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path
                d="M4 4l8 8M12 4l-8 8"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
          </button>
        </div>
      ) : null}
    </div>
  );
}

let lastToastId = 0;

/** A fresh id for the next toast (see `ToastContent.id`). */
export function nextToastId(): number {
  lastToastId += 1;
  return lastToastId;
}
