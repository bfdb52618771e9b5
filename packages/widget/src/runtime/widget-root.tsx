import type { Locale } from '@collab/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Connection } from '../api/connection.js';
import { TRPCProvider } from '../api/trpc.js';
import { type CollabViewName, dispatchCollabEvent } from '../events.js';
import { createTranslator, type MessageOverrides } from '../i18n/translator.js';
import {
  useEmit,
  useTranslator,
  useViewName,
  WidgetContextProvider,
  type WidgetContextValue,
} from './widget-context.js';

export interface WidgetRootProps {
  /** Null when the widget has no `api-url`: the view is replaced by a message saying so. */
  connection: Connection | null;
  locale: Locale;
  messages: MessageOverrides | undefined;
  /** The element events are sent from: the custom element, or the React wrapper's host. */
  host: EventTarget;
  view: CollabViewName;
  children: ReactNode;
}

/**
 * Everything a view needs, for both ways in (custom element and React export): the shared
 * query client, the tRPC client, the translator, and events sent from the host element.
 */
export function WidgetRoot({
  connection,
  locale,
  messages,
  host,
  view,
  children,
}: WidgetRootProps) {
  // Stable while the host element is the same, so effects that report through it do not
  // fire again when only the language changes.
  const emit = useCallback<WidgetContextValue['emit']>(
    (name, detail) => dispatchCollabEvent(host, name, detail),
    [host],
  );
  const context = useMemo<WidgetContextValue>(
    () => ({ translator: createTranslator(locale, messages), emit, view }),
    [locale, messages, emit, view],
  );
  return (
    <WidgetContextProvider value={context}>
      {/* sv and en are both written left to right; the widget's `dir`, not the page's (README "Isolation"). */}
      <div className="collab-root" lang={locale} dir="ltr">
        {connection ? (
          <QueryClientProvider client={connection.queryClient}>
            <TRPCProvider trpcClient={connection.trpcClient} queryClient={connection.queryClient}>
              <Suspense fallback={<ViewLoading />}>{children}</Suspense>
            </TRPCProvider>
          </QueryClientProvider>
        ) : (
          <MissingApiUrl />
        )}
      </div>
    </WidgetContextProvider>
  );
}

/** While a view's chunk loads (the views are lazy, see `views/lazy-views.ts`). */
function ViewLoading() {
  const translator = useTranslator();
  return (
    <p className="collab-loading" role="status">
      {translator.text('view.loading')}
    </p>
  );
}

function MissingApiUrl() {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const message = translator.text('problem.missingApiUrl');
  const currentMessage = useRef(message);
  useEffect(() => {
    currentMessage.current = message;
  });
  useEffect(() => {
    emit('collab:error', {
      code: 'MISSING_API_URL',
      message: currentMessage.current,
      httpStatus: null,
      procedure: null,
      view,
    });
  }, [emit, view]);
  return (
    <p className="collab-alert" role="alert">
      {message}
    </p>
  );
}
