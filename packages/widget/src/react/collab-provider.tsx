import type { Locale } from '@collab/contracts';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { cachedTokenSource, type GetToken } from '../api/authorized-fetch.js';
import { type Connection, openConnection } from '../api/connection.js';
import { type MessageOverrides, resolveLocale } from '../i18n/translator.js';
import type { Appearance } from '../theme/appearance.js';

export interface CollabProviderProps {
  apiUrl: string;
  getToken: GetToken;
  locale?: string;
  appearance?: Appearance;
  messages?: MessageOverrides;
  children?: ReactNode;
}

/** @internal What the views read from the provider; not part of the published types. */
export interface CollabHostSettings {
  connection: Connection;
  locale: Locale;
  appearance: Appearance | undefined;
  messages: MessageOverrides | undefined;
}

const CollabHostContext = createContext<CollabHostSettings | null>(null);

/**
 * For React hosts: the same settings as `Collab.init`, for every Collab view below it. The
 * views render with the host's React, each inside its own shadow root.
 */
export function CollabProvider({
  apiUrl,
  getToken,
  locale,
  appearance,
  messages,
  children,
}: CollabProviderProps) {
  const resolvedLocale = resolveLocale(locale);
  // Read through refs, so a new inline `getToken` on every render keeps the connection.
  const getTokenRef = useRef(getToken);
  const localeRef = useRef(resolvedLocale);
  useEffect(() => {
    getTokenRef.current = getToken;
    localeRef.current = resolvedLocale;
  });
  const [connection, setConnection] = useState<Connection | null>(null);
  useEffect(() => {
    const opened = openConnection({
      apiUrl,
      tokens: cachedTokenSource(() => getTokenRef.current()),
      getLocale: () => localeRef.current,
    });
    setConnection(opened);
    return () => opened.release();
  }, [apiUrl]);
  if (!connection) return null;
  return (
    <CollabHostContext.Provider
      value={{ connection, locale: resolvedLocale, appearance, messages }}
    >
      {children}
    </CollabHostContext.Provider>
  );
}

/** @internal */
export function useCollabHostSettings(): CollabHostSettings {
  const settings = useContext(CollabHostContext);
  if (!settings) throw new Error('Collab views must be rendered inside <CollabProvider>.');
  return settings;
}
