import type { RouterOutputs } from '@collab/api';
import { reasonMaxLength, serviceCatalog } from '@collab/contracts';
import { useMutation } from '@tanstack/react-query';
import { type RefObject, useId, useRef } from 'react';
import { type DescribedError, describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import type { Translator } from '../../i18n/translator.js';
import { useEmit, useTranslator, useViewName } from '../../runtime/widget-context.js';
import { FieldError, type HeadingRef, SuccessHeading } from './step-parts.js';
import type { ActivationRequest } from './use-activate.js';
import type { AskedColleague, PreparedRequest } from './wizard.js';

/*
 * Flow 9 in docs/flows.md inside the invite dialog. An employee without full rights prepares
 * the invitation as anyone does, and at the review asks a full-rights colleague to send it
 * (`AskColleagueFields`, `useAskColleague`, `AskedResult`). The colleague sees the requests
 * addressed to them on the dialog's first step (`ColleagueRequests`), or comes from the e-mail's
 * link, and sends the prepared invitation from the review (`PreparedNotice`).
 */

export type Colleague = RouterOutputs['activationRequests']['colleagues'][number];

/** The colleague picker and the note, below the review of what will be sent. */
export function AskColleagueFields({
  colleagues,
  colleagueId,
  note,
  missingColleague,
  selectRef,
  onColleague,
  onNote,
}: {
  /** Null while they are read. */
  colleagues: Colleague[] | null;
  colleagueId: string;
  note: string;
  missingColleague: boolean;
  selectRef: RefObject<HTMLSelectElement | null>;
  onColleague: (id: string) => void;
  onNote: (note: string) => void;
}) {
  const translator = useTranslator();
  const id = useId();
  if (colleagues === null) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h4 className="collab-minor-heading" id={`${id}-heading`}>
        {translator.text('askColleague.heading')}
      </h4>
      {colleagues.length === 0 ? (
        <p className="collab-paragraph">{translator.text('askColleague.noColleagues')}</p>
      ) : (
        <>
          <p className="collab-paragraph">{translator.text('askColleague.intro')}</p>
          <div className="collab-field">
            <label htmlFor={`${id}-colleague`}>{translator.text('askColleague.colleague')}</label>
            <FieldError
              id={`${id}-error`}
              text={missingColleague ? translator.text('askColleague.required') : null}
            />
            <select
              id={`${id}-colleague`}
              ref={selectRef}
              className="collab-select"
              value={colleagueId}
              aria-invalid={missingColleague || undefined}
              aria-describedby={missingColleague ? `${id}-error` : undefined}
              onChange={(event) => onColleague(event.target.value)}
            >
              <option value="">{translator.text('askColleague.choose')}</option>
              {colleagues.map((colleague) => (
                <option key={colleague.id} value={colleague.id}>
                  {colleague.name}
                </option>
              ))}
            </select>
          </div>
          <div className="collab-field">
            <label htmlFor={`${id}-note`}>{translator.text('askColleague.note')}</label>
            <textarea
              id={`${id}-note`}
              className="collab-input"
              rows={3}
              maxLength={reasonMaxLength}
              value={note}
              onChange={(event) => onNote(event.target.value)}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** A fresh key per attempt; `crypto.randomUUID` needs a secure context. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * Sends `activationRequests.create`. As with activating, a retry of the same request keeps its
 * idempotency key, so a lost answer never asks twice; the host hears
 * `collab:activation-requested`.
 */
export function useAskColleague(handlers: {
  onAsked: (asked: AskedColleague) => void;
  onFailed: (failure: DescribedError) => void;
}) {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const trpc = useTRPC();
  const create = useMutation(trpc.activationRequests.create.mutationOptions());
  const attempt = useRef<{ key: string; request: string } | null>(null);

  function ask(input: ActivationRequest & { colleagueId: string; note: string }) {
    const request = JSON.stringify(input);
    if (attempt.current?.request !== request) attempt.current = { key: newKey(), request };
    create.mutate(
      { ...input, note: input.note, idempotencyKey: attempt.current.key },
      {
        onSuccess(asked) {
          attempt.current = null;
          handlers.onAsked(asked);
          emit('collab:activation-requested', {
            activationRequestId: asked.activationRequestId,
            customerId: input.customerId,
            colleague: asked.colleague,
            services: input.services.map((selection) => selection.service),
          });
        },
        onError(error) {
          const described = describeError(error, translator);
          handlers.onFailed(described);
          emit('collab:error', { ...described, view });
        },
      },
    );
  }

  return { ask, asking: create.isPending };
}

/** What the live region says once the colleague is asked. */
export function askedSummary(
  translator: Translator,
  asked: AskedColleague,
  customerName: string,
): string {
  return translator.text('askColleague.summary', { name: asked.colleague.name, customerName });
}

/** The result of asking: who was asked, and that nothing reached the customer yet. */
export function AskedResult({
  headingRef,
  asked,
  customerName,
}: {
  headingRef: HeadingRef;
  asked: AskedColleague;
  customerName: string;
}) {
  const translator = useTranslator();
  return (
    <section>
      <SuccessHeading
        headingRef={headingRef}
        text={translator.text('askColleague.resultHeading')}
      />
      <p className="collab-paragraph">{askedSummary(translator, asked, customerName)}</p>
    </section>
  );
}

function servicesInWords(translator: Translator, request: PreparedRequest): string {
  return translator.list(request.services.map(({ service }) => serviceCatalog[service].name));
}

/** The open requests addressed to this full-rights employee, each opened at its review. */
export function ColleagueRequests({
  requests,
  onOpen,
}: {
  requests: PreparedRequest[];
  onOpen: (activationRequestId: string) => void;
}) {
  const translator = useTranslator();
  const id = useId();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h4 className="collab-minor-heading" id={`${id}-heading`}>
        {translator.text('colleagueRequests.heading')}
      </h4>
      <ul className="collab-list">
        {requests.map((request) => (
          <li key={request.id}>
            <span id={`${id}-${request.id}`}>
              {translator.text('colleagueRequests.item', {
                name: request.requestedBy.name,
                customerName: request.customer.name,
                services: servicesInWords(translator, request),
              })}
            </span>{' '}
            <button
              type="button"
              className="collab-button"
              aria-describedby={`${id}-${request.id}`}
              onClick={() => onOpen(request.id)}
            >
              {translator.text('colleagueRequests.open')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Above the review of a colleague's request: who prepared it, and their note. */
export function PreparedNotice({ request }: { request: PreparedRequest }) {
  const translator = useTranslator();
  const name = request.requestedBy.name;
  return (
    <div className="collab-notice">
      <p className="collab-paragraph">{translator.text('preparedRequest.notice', { name })}</p>
      {request.note ? (
        <p className="collab-paragraph">
          {translator.text('preparedRequest.note', { name, note: request.note })}
        </p>
      ) : null}
    </div>
  );
}
