import {
  activationTerms,
  companyAcceptanceTerms,
  errorCatalog,
  type Locale,
  optionValueMeanings,
  serviceMeanings,
} from '@collab/contracts';
import { describe, expect, it } from 'vitest';
import { acceptInvitationMessages } from '../views/accept-invitation/messages.js';
import { collaborationsMessages } from '../views/collaborations/messages.js';
import { customerCollaborationsMessages } from '../views/customer-collaborations/messages.js';
import { askColleagueMessages } from '../views/invite-dialog/ask-colleague-messages.js';
import { inviteDialogMessages } from '../views/invite-dialog/messages.js';
import type { MessageTable } from './define-messages.js';
import { enMessages, svMessages } from './messages.js';

/**
 * docs/glossary.md made a check: the words the glossary's "Never" column names fail here, in
 * every text of the widget and every error message, so a new text cannot bring them back. The
 * audience rules are checked per view: texts for agency staff call the company "kunden", texts
 * for the company's own people call it "ert företag" and never "kunden".
 */

type Texts = readonly { key: string; text: string }[];

function textsOf(table: MessageTable): Texts {
  return Object.entries(table).flatMap(([key, message]) =>
    typeof message === 'string'
      ? [{ key, text: message }]
      : Object.values(message).map((text) => ({ key, text })),
  );
}

function catalogTexts(locale: Locale): Texts {
  return [
    ...Object.entries(errorCatalog).map(([key, entry]) => ({ key, text: entry[locale] })),
    ...Object.entries(optionValueMeanings[locale]).flatMap(([option, values]) =>
      Object.entries(values).map(([value, text]) => ({ key: `${option}.${value}`, text })),
    ),
    ...Object.entries(serviceMeanings[locale]).map(([key, text]) => ({ key, text })),
    ...Object.values(activationTerms).flatMap((byLocale) =>
      byLocale[locale].map((text) => ({ key: 'terms', text })),
    ),
    ...companyAcceptanceTerms[locale].map((text) => ({ key: 'companyTerms', text })),
  ];
}

function offending(texts: Texts, words: readonly RegExp[]): string[] {
  return texts.flatMap(({ key, text }) =>
    words.filter((word) => word.test(text)).map((word) => `${key}: ${word} in "${text}"`),
  );
}

const neverInSwedish = [
  /\bmejl/i,
  /\bfrivillig/i,
  /\bkontaktperson\b.*\badministrat|\badministrat.*\bkontaktperson\b/i,
  /\ben till tjänst/i,
  /\bgodkän/i,
  /\btacka nej\b/i,
  /\bsäga upp\b|\bsäg upp\b/i,
  /\be-mail/i,
  /\bvisas\. Alla\b/,
];

const neverInEnglish = [
  /\be-mail/i,
  /\bbureau\b/i,
  /\bterminat/i,
  /\bcontact person\b.*\badministrat|\badministrat.*\bcontact person\b/i,
];

describe('given every text of the widget and every error message', () => {
  it('uses none of the Swedish words the glossary rules out', () => {
    expect(offending([...textsOf(svMessages), ...catalogTexts('sv')], neverInSwedish)).toEqual([]);
  });

  it('uses none of the English words the glossary rules out', () => {
    expect(offending([...textsOf(enMessages), ...catalogTexts('en')], neverInEnglish)).toEqual([]);
  });
});

describe('given the texts for agency staff', () => {
  const forAgency = [inviteDialogMessages, askColleagueMessages, collaborationsMessages];

  /** The terms the invite dialog shows before confirming, as agency staff read them. */
  const terms = (locale: Locale) =>
    Object.values(activationTerms).flatMap((byLocale) =>
      byLocale[locale].map((text) => ({ key: 'terms', text })),
    );

  it('call the company "kunden", not "företaget"', () => {
    const texts = [...forAgency.flatMap((table) => textsOf(table.sv)), ...terms('sv')];
    expect(offending(texts, [/\bföretag(et|ets)\b/i])).toEqual([]);
  });

  it('call the company "the customer", not "the company"', () => {
    const texts = [...forAgency.flatMap((table) => textsOf(table.en)), ...terms('en')];
    expect(offending(texts, [/\bthe company\b/i])).toEqual([]);
  });
});

describe('given the texts for the company’s own people', () => {
  const forCompany = [acceptInvitationMessages, customerCollaborationsMessages];

  /** The terms the accept page shows, as the company reads them. */
  const terms = (locale: Locale) =>
    companyAcceptanceTerms[locale].map((text) => ({ key: 'companyTerms', text }));

  it('never call their own company "kunden"', () => {
    const texts = [...forCompany.flatMap((table) => textsOf(table.sv)), ...terms('sv')];
    expect(offending(texts, [/\bkund(en|ens)\b/i])).toEqual([]);
    // Their own company is "ert företag", never a third person's "företaget".
    expect(offending(texts, [/^företaget$/i])).toEqual([]);
  });

  it('never call their own company "the customer"', () => {
    const texts = [...forCompany.flatMap((table) => textsOf(table.en)), ...terms('en')];
    expect(offending(texts, [/\bthe customer\b/i])).toEqual([]);
  });
});
