import { createContext, type ReactNode, useContext } from 'react';
import type { CollabEventDetails, CollabEventName, CollabViewName } from '../events.js';
import type { Translator } from '../i18n/translator.js';

export interface WidgetContextValue {
  translator: Translator;
  /** Sends a composed, bubbling CustomEvent from the widget's host element. */
  emit<Name extends CollabEventName>(name: Name, detail: CollabEventDetails[Name]): void;
  view: CollabViewName;
}

const WidgetContext = createContext<WidgetContextValue | null>(null);

export function WidgetContextProvider({
  value,
  children,
}: {
  value: WidgetContextValue;
  children: ReactNode;
}) {
  return <WidgetContext.Provider value={value}>{children}</WidgetContext.Provider>;
}

function useWidgetContext(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('A Collab view must be rendered inside its widget root.');
  return value;
}

export function useTranslator(): Translator {
  return useWidgetContext().translator;
}

export function useEmit(): WidgetContextValue['emit'] {
  return useWidgetContext().emit;
}

export function useViewName(): CollabViewName {
  return useWidgetContext().view;
}
