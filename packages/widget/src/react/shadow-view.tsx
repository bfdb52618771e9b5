import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  type CollabEventDetails,
  type CollabEventName,
  type CollabViewName,
  collabEventNames,
} from '../events.js';
import { WidgetRoot } from '../runtime/widget-root.js';
import { adoptWidgetStyles } from '../theme/appearance.js';
import { useCollabHostSettings } from './collab-provider.js';

export type CollabEventHandlers = {
  [Name in CollabEventName]?: (detail: CollabEventDetails[Name]) => void;
};

/**
 * A view inside a React host: a host element with an open shadow root, the adopted
 * stylesheet, and the view portalled into it, so the host's CSS stays out just as with the
 * custom elements. Events are sent from the host element and also handed to the handlers.
 */
export function ShadowView({
  view,
  handlers,
  children,
}: {
  view: CollabViewName;
  handlers: CollabEventHandlers;
  children: ReactNode;
}) {
  const settings = useCollabHostSettings();
  const hostRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState<{ host: HTMLDivElement; shadowRoot: ShadowRoot } | null>(
    null,
  );
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    setTarget({ host, shadowRoot: host.shadowRoot ?? host.attachShadow({ mode: 'open' }) });
  }, []);

  useLayoutEffect(() => {
    if (!target) return;
    adoptWidgetStyles(target.shadowRoot, settings.appearance);
    target.host.setAttribute('theme', settings.appearance?.theme ?? 'light');
  }, [target, settings.appearance]);

  useEffect(() => {
    if (!target) return;
    const listener = (event: Event) => {
      const name = event.type as CollabEventName;
      const handler = handlersRef.current[name] as ((detail: unknown) => void) | undefined;
      handler?.((event as CustomEvent).detail);
    };
    for (const name of collabEventNames) target.host.addEventListener(name, listener);
    return () => {
      for (const name of collabEventNames) target.host.removeEventListener(name, listener);
    };
  }, [target]);

  return (
    <div ref={hostRef} data-collab-view={view}>
      {target
        ? createPortal(
            <WidgetRoot
              connection={settings.connection}
              locale={settings.locale}
              messages={settings.messages}
              host={target.host}
              view={view}
            >
              {children}
            </WidgetRoot>,
            target.shadowRoot,
          )
        : null}
    </div>
  );
}
