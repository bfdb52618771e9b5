import { describe, expect, it } from 'vitest';
import { enMessages, type MessageKey, svMessages } from './messages.js';
import { createTranslator, resolveLocale } from './translator.js';

function placeholders(value: string | object): string[] {
  const texts = typeof value === 'string' ? [value] : Object.values(value);
  return [...new Set(texts.flatMap((text: string) => text.match(/\{\w+\}/g) ?? []))].sort();
}

describe('given the locale a host asks for', () => {
  it('uses sv when none is given or it is not supported', () => {
    expect(resolveLocale(undefined)).toBe('sv');
    expect(resolveLocale(null)).toBe('sv');
    expect(resolveLocale('')).toBe('sv');
    expect(resolveLocale('de-DE')).toBe('sv');
  });

  it('accepts a language tag with a region', () => {
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('EN')).toBe('en');
    expect(resolveLocale('sv-SE')).toBe('sv');
  });
});

describe('given the two message tables', () => {
  it('has every message in sv and en, none empty', () => {
    for (const key of Object.keys(svMessages) as MessageKey[]) {
      expect(enMessages[key], key).toBeDefined();
      for (const text of Object.values({ sv: svMessages[key], en: enMessages[key] })) {
        const forms = typeof text === 'string' ? [text] : Object.values(text);
        for (const form of forms) expect(form.trim(), key).not.toBe('');
      }
    }
    expect(Object.keys(enMessages).sort()).toEqual(Object.keys(svMessages).sort());
  });

  it('uses the same placeholders in sv and en', () => {
    for (const key of Object.keys(svMessages) as MessageKey[]) {
      expect(placeholders(enMessages[key]), key).toEqual(placeholders(svMessages[key]));
    }
  });
});

describe('given sv', () => {
  const translator = createTranslator('sv');

  it('fills a message', () => {
    expect(translator.text('inviteDialog.titleForCustomer', { customerName: 'Exempel AB' })).toBe(
      'Bjud in Exempel AB till samarbete',
    );
  });

  it('picks the plural form with the Swedish plural rules', () => {
    expect(translator.plural('customer.accountAdmins', 1)).toBe(
      'Har ett konto med 1 administratör',
    );
    expect(translator.plural('customer.accountAdmins', 2)).toBe(
      'Har ett konto med 2 administratörer',
    );
    expect(translator.plural('customer.accountAdmins', 0)).toBe(
      'Har ett konto med 0 administratörer',
    );
  });

  it('formats counts, lists and dates the Swedish way', () => {
    expect(translator.plural('services.count', 1234)).toBe('1\u00a0234 tjänster i katalogen');
    expect(translator.list(['eEkonomi', 'Scanner', 'Utlägg'])).toBe('eEkonomi, Scanner och Utlägg');
    expect(translator.date('2026-11-27T10:00:00Z')).toBe('27 november 2026');
    expect(translator.date(new Date('2026-11-27T10:00:00Z'), 'short')).toBe('2026-11-27');
  });

  it('takes an error message from the contracts, in Swedish, with its params', () => {
    expect(translator.error('CUSTOMER_NOT_FOUND')).toBe('Kunden finns inte.');
    expect(translator.error('SERVICE_REQUIRES', { service: 'Scanner', required: 'eEkonomi' })).toBe(
      'Scanner kräver ett aktivt samarbete i eEkonomi. Lägg till eEkonomi i samma aktivering.',
    );
  });

  it('labels a key built at run time, and falls back for one it does not know', () => {
    expect(translator.label('actions.history.event.collaboration.activated', 'activated')).toBe(
      'Samarbetet aktiverades',
    );
    expect(translator.label('actions.history.event.premium', 'premium')).toBe('premium');
    expect(translator.label('customer.accountAdmins', 'fallback')).toBe('fallback');
  });
});

describe('given en', () => {
  const translator = createTranslator('en');

  it('fills a message', () => {
    expect(translator.text('inviteDialog.titleForCustomer', { customerName: 'Exempel AB' })).toBe(
      'Invite Exempel AB to collaborate',
    );
  });

  it('picks the plural form with the English plural rules', () => {
    expect(translator.plural('customer.accountAdmins', 1)).toBe(
      'Has an account with 1 administrator',
    );
    expect(translator.plural('customer.accountAdmins', 3)).toBe(
      'Has an account with 3 administrators',
    );
  });

  it('formats counts, lists and dates the English way', () => {
    expect(translator.plural('services.count', 1234)).toBe('1,234 services in the catalog');
    expect(translator.list(['eEkonomi', 'Scanner'])).toBe('eEkonomi and Scanner');
    expect(translator.date('2026-11-27T10:00:00Z')).toBe('27 November 2026');
  });

  it('takes an error message from the contracts, in English', () => {
    expect(translator.error('CUSTOMER_NOT_FOUND')).toBe('The customer does not exist.');
  });
});

describe('given a host that overrides single messages', () => {
  const overrides = {
    sv: {
      'inviteDialog.open': 'Bjud in {customerName}',
      'customer.accountAdmins': { one: 'En admin', other: '{count} admins' },
      errors: { CUSTOMER_NOT_FOUND: 'Vi hittar inte kunden {customerId}.' },
    },
  };

  it('uses the host text where it has one, and the widget text elsewhere', () => {
    const translator = createTranslator('sv', overrides);
    expect(translator.text('inviteDialog.open', { customerName: 'Exempel AB' })).toBe(
      'Bjud in Exempel AB',
    );
    expect(translator.text('inviteDialog.close')).toBe('Stäng');
    expect(translator.plural('customer.accountAdmins', 1)).toBe('En admin');
    expect(translator.plural('customer.accountAdmins', 5)).toBe('5 admins');
  });

  it('uses the host text for an error code, and the contracts text for the others', () => {
    const translator = createTranslator('sv', overrides);
    expect(translator.error('CUSTOMER_NOT_FOUND', { customerId: 'c-1' })).toBe(
      'Vi hittar inte kunden c-1.',
    );
    expect(translator.error('TASK_NOT_FOUND')).toBe('Uppdraget finns inte.');
  });

  it('leaves the other locale alone', () => {
    const translator = createTranslator('en', overrides);
    expect(translator.text('inviteDialog.open')).toBe('Invite to collaborate');
    expect(translator.error('CUSTOMER_NOT_FOUND')).toBe('The customer does not exist.');
  });
});

describe('given the API refusing too many attempts', () => {
  it('says how many seconds to wait when the server says it, in either language', () => {
    expect(createTranslator('sv').error('RATE_LIMITED', { retryAfterSeconds: 42 })).toBe(
      'För många försök. Vänta 42 s och försök igen.',
    );
    expect(createTranslator('en').error('RATE_LIMITED', { retryAfterSeconds: 42 })).toBe(
      'Too many attempts. Wait 42 s and try again.',
    );
  });

  it('falls back to the catalog’s words without a wait, and keeps a host’s own text', () => {
    expect(createTranslator('en').error('RATE_LIMITED')).toBe(
      'Too many attempts. Wait a moment and try again.',
    );
    const host = createTranslator('en', {
      en: { errors: { RATE_LIMITED: 'Slow down for {retryAfterSeconds} s.' } },
    });
    expect(host.error('RATE_LIMITED', { retryAfterSeconds: 5 })).toBe('Slow down for 5 s.');
  });
});
