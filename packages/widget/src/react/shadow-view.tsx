import {
  type ReactNode,
  type Ref,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
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

/**
 * What a ref on a Collab React component gives the host (`ref.current.refresh()`), the same as
 * `element.refresh()` on a custom element and `collab.refresh()` on a `Collab.init` instance.
 */
export interface CollabViewHandle {
  /**
   * Reads again everything the views on the page have read from the provider's API URL (the
   * cache is shared per API URL), for a change the host made elsewhere. The view keeps showing
   * what it has until the new answers arrive; resolves once what is on screen has been read again.
   */
  refresh(): Promise<void>;
}

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
  viewRef,
}: {
  view: CollabViewName;
  handlers: CollabEventHandlers;
  children: ReactNode;
  /** The component's ref, forwarded (`forwardRef` works the same in React 18 and 19). */
  viewRef?: Ref<CollabViewHandle> | undefined;
}) {
  const settings = useCollabHostSettings();
  const { connection } = settings;
  useImperativeHandle(
    viewRef,
    () => ({ refresh: () => connection.queryClient.invalidateQueries() }),
    [connection],
  );
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
