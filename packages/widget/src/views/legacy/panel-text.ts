import type { PluralMessage } from '../../i18n/messages.js';
import type { MessageParams } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { legacyPanelMessages } from './panel-messages.js';

type PanelMessages = typeof legacyPanelMessages.sv;
type PanelTextKey = {
  [Key in keyof PanelMessages]: PanelMessages[Key] extends string ? Key : never;
}[keyof PanelMessages];
type PanelPluralKey = Exclude<keyof PanelMessages, PanelTextKey>;

export interface PanelText {
  text(key: PanelTextKey, params?: MessageParams): string;
  plural(key: PanelPluralKey, count: number, params?: MessageParams): string;
}

/** The panels' own texts in the widget's locale, filled as the translator fills its own. */
export function usePanelText(): PanelText {
  const translator = useTranslator();
  const table = legacyPanelMessages[translator.locale];
  const fill = (template: string, params: MessageParams) =>
    template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? translator.number(value) : value;
    });
  const pluralRules = new Intl.PluralRules(translator.locale === 'sv' ? 'sv-SE' : 'en-GB');
  return {
    text: (key, params = {}) => fill(table[key] as string, params),
    plural: (key, count, params = {}) => {
      const forms = table[key] as PluralMessage;
      return fill(forms[pluralRules.select(count)] ?? forms.other, { ...params, count });
    },
  };
}
