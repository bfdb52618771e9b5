import { cachedTokenSource, type GetToken } from './api/authorized-fetch.js';
import { openConnection } from './api/connection.js';
import type { CollabElement } from './elements/collab-element.js';
import { defineCollabElements, viewElements } from './elements/define.js';
import type { CollabSignInRequiredDetail, CollabViewName } from './events.js';
import { type MessageOverrides, resolveLocale } from './i18n/translator.js';
import type { Appearance } from './theme/appearance.js';

export interface CollabOptions {
  /** The tRPC endpoint, e.g. `https://collab.example.se/trpc`. */
  apiUrl: string;
  /** The signed-in user's token. Called before the first request and again after a 401. */
  getToken: GetToken;
  /** `sv` (the default) or `en`; a tag such as `en-GB` is accepted. */
  locale?: string;
  appearance?: Appearance;
  messages?: MessageOverrides;
}

/** What each view takes from the host, besides the instance's options. */
export interface CollabViewProps {
  'invite-dialog': {
    customerId?: string | null;
    /** Flow 9: a colleague's prepared invitation to open at its review. */
    activationRequestId?: string | null;
  };
  'accept-invitation': {
    /** Defaults to the page's `?token=` query parameter. */
    invitationToken?: string | null;
    onSignInRequired?: ((detail: CollabSignInRequiredDetail) => void) | null;
  };
  collaborations: { customerId?: string | null };
  'customer-collaborations': Record<string, never>;
}

export interface CollabUpdate {
  /**
   * Another person signed in (or out): every view of the instance reads again as them, and
   * nothing of the previous person's answers stays in the page's cache.
   */
  getToken?: GetToken;
  locale?: string;
  appearance?: Appearance;
  messages?: MessageOverrides;
}

export interface CollabInstance {
  /** Puts a view into `container` (replacing one mounted there before) and returns its element. */
  mount<View extends CollabViewName>(
    view: View,
    container: Element,
    props?: CollabViewProps[View],
  ): HTMLElement;
  /** Removes the view mounted in `container` (or the view element itself). */
  unmount(target: Element): void;
  /** Changes the language or the look of every view of this instance, in place. */
  update(changes: CollabUpdate): void;
  /**
   * Reads again everything any view on the page has read from this API URL: for a change the
   * host made elsewhere (its own backend, another tab), which the widget cannot know of. The
   * views keep showing what they have until the new answers arrive. Resolves once what is on
   * screen has been read again.
   */
  refresh(): Promise<void>;
  /** Removes every view and lets go of the shared cache. The instance cannot mount again. */
  destroy(): void;
}

/**
 * The JS API, in the style of Stripe's embedded components: one instance per signed-in user
 * and API, any number of views. The views of an instance share one tRPC client (so one token
 * refresh serves them all); every instance on the page for the same API URL shares one
 * query client.
 */
export function init(options: CollabOptions): CollabInstance {
  defineCollabElements();
  let locale = resolveLocale(options.locale);
  let appearance = options.appearance;
  let messages = options.messages;
  let tokens = cachedTokenSource(options.getToken);
  const connection = openConnection({
    apiUrl: options.apiUrl,
    // Through `tokens`, so `update({ getToken })` can swap the source under the connection.
    tokens: {
      current: () => tokens.current(),
      refresh: (rejected) => tokens.refresh(rejected),
    },
    getLocale: () => locale,
  });
  const mounted = new Map<Element, CollabElement>();
  let destroyed = false;

  function configure(widget: CollabElement) {
    widget.locale = locale;
    widget.appearance = appearance;
    widget.messages = messages;
  }

  const instance: CollabInstance = {
    mount(view, container, props) {
      if (destroyed)
        throw new Error('This Collab instance has been destroyed: call Collab.init again.');
      instance.unmount(container);
      const widget = container.ownerDocument.createElement(
        viewElements[view].tagName,
      ) as CollabElement;
      configure(widget);
      widget.lendConnection(connection);
      Object.assign(widget, props ?? {});
      container.append(widget);
      mounted.set(container, widget);
      return widget;
    },
    unmount(target) {
      for (const [container, widget] of mounted) {
        if (container !== target && widget !== target) continue;
        widget.remove();
        mounted.delete(container);
      }
    },
    update(changes) {
      if (changes.getToken !== undefined) {
        tokens = cachedTokenSource(changes.getToken);
        void connection.queryClient.resetQueries();
      }
      if (changes.locale !== undefined) locale = resolveLocale(changes.locale);
      if (changes.appearance !== undefined) appearance = changes.appearance;
      if (changes.messages !== undefined) messages = changes.messages;
      for (const widget of mounted.values()) configure(widget);
    },
    refresh() {
      // After destroy the cache may already serve other instances; this one no longer asks.
      if (destroyed) return Promise.resolve();
      return connection.queryClient.invalidateQueries();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const widget of mounted.values()) widget.remove();
      mounted.clear();
      connection.release();
    },
  };
  return instance;
}

export const Collab = { init } as const;
