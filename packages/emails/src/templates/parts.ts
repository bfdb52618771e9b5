import type { Locale } from '@collab/contracts';
import type { EmailBlock } from '../layout.js';

/** The links the worker adds to an e-mail. */
export interface EmailLinks {
  /** The accept page with the invitation token; only for invitation e-mails. */
  acceptUrl?: string;
  /** Where the host shows the invite dialog with the prepared invitation; only for that e-mail. */
  activationRequestUrl?: string;
  appUrl: string;
}

export const greeting = (locale: Locale, name: string): EmailBlock => ({
  kind: 'paragraph',
  text: locale === 'sv' ? `Hej ${name}!` : `Hi ${name},`,
});

export const copyHint: Record<Locale, string> = {
  sv: 'Fungerar inte knappen? Kopiera länken till din webbläsare:',
  en: 'If the button does not work, copy this link into your browser:',
};

export const openAppButton = (locale: Locale, links: EmailLinks): EmailBlock => ({
  kind: 'button',
  label: locale === 'sv' ? 'Öppna Collab' : 'Open Collab',
  url: links.appUrl,
  copyHint: copyHint[locale],
});

/** The invitation e-mails' way to the accept page. */
export const answerButton = (locale: Locale, acceptUrl: string): EmailBlock => ({
  kind: 'button',
  label: locale === 'sv' ? 'Visa och svara på inbjudan' : 'View and answer the invitation',
  url: acceptUrl,
  copyHint: copyHint[locale],
});

/** Until when an invitation can be answered, already in words (`formatExpiry`). */
export const validUntil = (locale: Locale, expiry: string): EmailBlock => ({
  kind: 'facts',
  rows: [
    {
      label: locale === 'sv' ? 'Inbjudan gäller till' : 'The invitation is valid until',
      value: expiry,
    },
  ],
});

/** A reason left blank is no reason. */
export function givenReason(reason: string | null | undefined): string | null {
  return reason?.trim() ? reason : null;
}

export const reasonFacts = (label: string, reason: string | null): EmailBlock[] =>
  reason ? [{ kind: 'facts', rows: [{ label, value: reason }] }] : [];

export function requireAcceptUrl(links: EmailLinks): string {
  if (!links.acceptUrl) throw new Error('An invitation e-mail needs its accept link.');
  return links.acceptUrl;
}
