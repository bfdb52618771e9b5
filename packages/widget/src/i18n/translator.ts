import {
  defaultLocale,
  type ErrorCode,
  type ErrorParams,
  formatErrorMessage,
  type Locale,
  pickLocale,
} from '@collab/contracts';
import {
  enMessages,
  type MessageKey,
  type Messages,
  type PluralKey,
  type PluralMessage,
  svMessages,
  type TextKey,
} from './messages.js';

export type MessageParams = Record<string, string | number>;

/**
 * What a host may change, per locale: single messages by key, and the text for an error code.
 * Anything left out keeps the widget's own text.
 */
export type MessageOverrides = {
  readonly [L in Locale]?: Partial<Messages> & {
    readonly errors?: Partial<Record<ErrorCode, string>>;
  };
};

export interface Translator {
  readonly locale: Locale;
  text(key: TextKey, params?: MessageParams): string;
  plural(key: PluralKey, count: number, params?: MessageParams): string;
  /** The message for an API error code: the host's text if it has one, else the contracts'. */
  error(code: ErrorCode, params?: ErrorParams): string;
  /** A label for a key built at run time (a catalog option), or `fallback` if there is none. */
  label(key: string, fallback: string): string;
  list(items: readonly string[]): string;
  number(value: number): string;
  /** A date, or with `dateTime` a date and time, in Stockholm's time. */
  date(value: Date | string, style?: DateStyle): string;
}

const catalogs: Readonly<Record<Locale, Messages>> = { sv: svMessages, en: enMessages };

/** The BCP 47 tag for Intl: Swedish as written in Sweden, English as written in the UK. */
const intlTags: Readonly<Record<Locale, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** `en-US`, `EN`, `sv-SE`… to a supported locale; anything else gets the default (sv). */
export function resolveLocale(value: string | null | undefined): Locale {
  return value ? pickLocale(value) : defaultLocale;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(svMessages, key);
}

function fill(template: string, params: MessageParams, formatNumber: (n: number) => string) {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

type DateStyle = 'long' | 'short' | 'dateTime';

/** The Intl objects one locale needs, each made on its first use. */
interface Formatters {
  number(): Intl.NumberFormat;
  plural(): Intl.PluralRules;
  list(): Intl.ListFormat;
  date(style: DateStyle): Intl.DateTimeFormat;
}

/** `make`'s value, made on the first call and kept. */
function once<Value>(make: () => Value): () => Value {
  let value: Value | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

const formattersByLocale = new Map<Locale, Formatters>();

/**
 * The locale's Intl objects, made when a text first needs one and then shared by every view
 * of the page: making them all took about 55 ms of the first view (issue 17's profile), and
 * each widget root made its own. Dates are in Stockholm's time, as everything the widget shows.
 */
function formattersOf(locale: Locale): Formatters {
  const known = formattersByLocale.get(locale);
  if (known) return known;
  const tag = intlTags[locale];
  const timeZone = 'Europe/Stockholm';
  const dates: Record<DateStyle, () => Intl.DateTimeFormat> = {
    long: once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone })),
    short: once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeZone })),
    dateTime: once(
      () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone }),
    ),
  };
  const formatters: Formatters = {
    number: once(() => new Intl.NumberFormat(tag)),
    plural: once(() => new Intl.PluralRules(tag)),
    list: once(() => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })),
    date: (style) => dates[style](),
  };
  formattersByLocale.set(locale, formatters);
  return formatters;
}

export function createTranslator(locale: Locale, overrides: MessageOverrides = {}): Translator {
  const ownMessages = overrides[locale] ?? {};
  const formatters = formattersOf(locale);
  const formatNumber = (value: number) => formatters.number().format(value);

  function message<Key extends MessageKey>(key: Key): Messages[Key] {
    return (ownMessages[key] as Messages[Key] | undefined) ?? catalogs[locale][key];
  }

  return {
    locale,
    text(key, params = {}) {
      return fill(message(key) as string, params, formatNumber);
    },
    plural(key, count, params = {}) {
      const forms: PluralMessage = message(key);
      const category = formatters.plural().select(count);
      return fill(forms[category] ?? forms.other, { ...params, count }, formatNumber);
    },
    error(code, params = {}) {
      const own = ownMessages.errors?.[code];
      if (own !== undefined) return fill(own, params, formatNumber);
      // The server says how long to wait; the catalog's text cannot, so the widget's own does.
      const wait = params.retryAfterSeconds;
      if (code === 'RATE_LIMITED' && typeof wait === 'number')
        return fill(message('problem.rateLimited'), { seconds: wait }, formatNumber);
      return formatErrorMessage(code, locale, params);
    },
    label(key, fallback) {
      if (!isMessageKey(key)) return fallback;
      const value = message(key);
      return typeof value === 'string' ? value : fallback;
    },
    list(items) {
      return formatters.list().format(items);
    },
    number: formatNumber,
    date(value, style = 'long') {
      return formatters.date(style).format(typeof value === 'string' ? new Date(value) : value);
    },
  };
}
