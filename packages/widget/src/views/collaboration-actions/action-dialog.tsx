import {
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
} from 'react';
import { useTranslator } from '../../runtime/widget-context.js';

export interface ActionDialogProps {
  /** A centred confirmation, or a panel at the side for the longer forms and the history. */
  kind: 'dialog' | 'drawer';
  title: string;
  subtitle?: string | null | undefined;
  /** Escape and the footer's close button; the caller unmounts the dialog. */
  onClose: () => void;
  busy: boolean;
  children: ReactNode;
  footer: ReactNode;
}

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The dialog's own focusable controls, in order, leaving out hidden ones. */
function focusablesIn(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(focusableSelector)].filter(
    (element) => element.getClientRects().length > 0,
  );
}

/**
 * A native modal <dialog> opened as soon as it mounts: the top layer makes the page behind it
 * inert, and closing it gives the focus back to whatever had it before (the caller's opener).
 * The focus starts on the title, so a screen reader hears what opened, and Tab wraps around
 * inside rather than leaving for the browser's own controls.
 */
export function ActionDialog({
  kind,
  title,
  subtitle,
  onClose,
  busy,
  children,
  footer,
}: ActionDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // Layout effect: its cleanup runs while the dialog is still in the document, so closing it
  // there gives the focus back to the opener even when the caller simply unmounts it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    headingRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab') return;
    const dialog = dialogRef.current;
    if (!dialog) return;
    const focusables = focusablesIn(dialog);
    const first = focusables[0];
    const last = focusables.at(-1);
    if (!first || !last) return;
    const root = dialog.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    if (event.shiftKey && (active === first || !focusables.includes(active as HTMLElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className={`collab-dialog collab-action-${kind}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the caller decides, and unmounting closes the dialog.
        event.preventDefault();
        onCloseRef.current();
      }}
      onKeyDown={keepFocusInside}
    >
      <div className="collab-dialog__header">
        <div>
          <h2
            className="collab-heading collab-action-title"
            id={titleId}
            tabIndex={-1}
            ref={headingRef}
          >
            {title}
          </h2>
          {subtitle ? <p className="collab-muted">{subtitle}</p> : null}
        </div>
      </div>
      <div className="collab-dialog__body collab-action-body" aria-busy={busy}>
        {children}
      </div>
      <div className="collab-dialog__footer">{footer}</div>
    </dialog>
  );
}

/** Moves the focus to a heading or message that has just appeared (a result, a conflict). */
export function useFocusWhen(ref: RefObject<HTMLElement | null>, when: unknown): void {
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [ref, when]);
}

export interface ActionFooterProps {
  /** The confirm button; left out when there is nothing to confirm (no rights, done, loading). */
  confirm: {
    label: string;
    pendingLabel: string;
    /** After a failed attempt the button says "Try again". */
    failed: boolean;
    pending: boolean;
    danger?: boolean;
    onConfirm: () => void;
  } | null;
  closeLabel: string;
  onClose: () => void;
}

/**
 * The buttons every action ends with. A pending confirm stays focusable (`aria-disabled`, not
 * `disabled`), so the focus is not lost while the request runs.
 */
export function ActionFooter({ confirm, closeLabel, onClose }: ActionFooterProps) {
  const translator = useTranslator();
  return (
    <>
      {confirm ? (
        <button
          type="button"
          className={`collab-button ${confirm.danger ? 'collab-button--danger' : 'collab-button--primary'}`}
          aria-disabled={confirm.pending}
          onClick={confirm.onConfirm}
        >
          {confirm.pending
            ? confirm.pendingLabel
            : confirm.failed
              ? translator.text('actions.retry')
              : confirm.label}
        </button>
      ) : null}
      <button type="button" className="collab-button" onClick={onClose}>
        {closeLabel}
      </button>
    </>
  );
}
