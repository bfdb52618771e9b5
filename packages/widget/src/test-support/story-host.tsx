import type { Locale } from '@collab/contracts';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { waitFor } from 'storybook/test';
import { defineCollabElements, viewElements } from '../elements/define.js';
import type { CollabViewName } from '../events.js';
import { enMessages, type Messages, svMessages } from '../i18n/messages.js';
import { CollabProvider } from '../react/collab-provider.js';
import type { ThemeName } from '../theme/appearance.js';
import { createFakeApi, type FakeApiHandlers } from './fake-api.js';

/**
 * Storybook's side of the typed fake API (`fake-api.ts`): each story gets its own API URL
 * under `https://api.collab.storybook/`, and `fetch` answers those URLs from that story's
 * fake, so stories shown together on a docs page do not share answers or query caches.
 * Every other request goes to the real `fetch`.
 */

const fakeOrigin = 'https://api.collab.storybook/';
type FakeApi = ReturnType<typeof createFakeApi>;

/**
 * The story APIs by URL, and the one `fetch` wrapper that answers them, kept on `globalThis`
 * so that they are made once per page whatever evaluates this module again: Vite's hot reload
 * in `storybook dev`, or a second copy of it in another chunk of the static build. Wrapping
 * the wrapper would leave each copy's stories unanswered by the other and stack the wrappers.
 */
const registryKey = Symbol.for('collab.storybook.fakeApis');

function fakeApiRegistry(): Map<string, FakeApi> {
  const holder = globalThis as typeof globalThis & { [registryKey]?: Map<string, FakeApi> };
  const existing = holder[registryKey];
  if (existing) return existing;
  const fakeApis = new Map<string, FakeApi>();
  holder[registryKey] = fakeApis;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(fakeOrigin)) return realFetch(input, init);
    for (const [apiUrl, api] of fakeApis) {
      if (url.startsWith(`${apiUrl}/`)) return api.fetch(input, init);
    }
    return Promise.reject(new TypeError(`No fake API for ${url}`));
  };
  return fakeApis;
}

/** A story's handlers, made afresh for each render so counters start over. */
export type StoryHandlers = () => FakeApiHandlers;

function useFakeApiUrl(storyId: string, handlers: StoryHandlers | undefined): string {
  const [fake] = useState(() => ({
    // Encoded as `fetch` sends it: a title with å, ä or ö gives a story id with them.
    url: `${fakeOrigin}${encodeURIComponent(storyId)}/${Math.random().toString(36).slice(2)}/trpc`,
    api: createFakeApi(handlers ? { handlers: handlers() } : {}),
  }));
  // Registered in a layout effect, before any view's effect can send a request, and again
  // after React's strict-mode remount, which runs the cleanup once in between.
  useLayoutEffect(() => {
    const fakeApis = fakeApiRegistry();
    fakeApis.set(fake.url, fake.api);
    return () => void fakeApis.delete(fake.url);
  }, [fake]);
  return fake.url;
}

export interface StoryHostProps {
  storyId: string;
  locale: Locale;
  theme: ThemeName;
  handlers?: StoryHandlers | undefined;
  children: ReactNode;
}

/** The React exports with the fake API: how a React host renders the views. */
export function StoryHost({ storyId, locale, theme, handlers, children }: StoryHostProps) {
  const apiUrl = useFakeApiUrl(storyId, handlers);
  return (
    <CollabProvider
      apiUrl={apiUrl}
      getToken={() => 'storybook-token'}
      locale={locale}
      appearance={{ theme }}
    >
      {children}
    </CollabProvider>
  );
}

export interface ElementHostProps {
  storyId: string;
  locale: Locale;
  theme: ThemeName;
  /** Which element; the invite dialog unless said. */
  view?: CollabViewName | undefined;
  customerId?: string | undefined;
  /** More attributes for the element (`invitation-token`…). */
  attributes?: Record<string, string> | undefined;
  handlers?: StoryHandlers | undefined;
  /** `--collab-*` custom properties the host sets on the element in its own CSS. */
  cssVariables?: Record<`--collab-${string}`, string> | undefined;
}

/** A view's custom element in its shadow root, as a host page without React gets it. */
export function ElementHost({
  storyId,
  locale,
  theme,
  view = 'invite-dialog',
  customerId,
  attributes,
  handlers,
  cssVariables,
}: ElementHostProps) {
  const apiUrl = useFakeApiUrl(storyId, handlers);
  const slot = useRef<HTMLDivElement>(null);
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    defineCollabElements();
    const created = document.createElement(viewElements[view].tagName);
    created.setAttribute('api-url', apiUrl);
    created.setAttribute('token', 'storybook-token');
    if (customerId) created.setAttribute('customer-id', customerId);
    for (const [name, value] of Object.entries(attributes ?? {})) created.setAttribute(name, value);
    slot.current?.append(created);
    setElement(created);
    return () => created.remove();
  }, [apiUrl, view, customerId, attributes]);
  useEffect(() => {
    element?.setAttribute('locale', locale);
    element?.setAttribute('theme', theme);
  }, [element, locale, theme]);
  useEffect(() => {
    if (!element) return;
    for (const [name, value] of Object.entries(cssVariables ?? {})) {
      element.style.setProperty(name, value);
    }
    return () => {
      for (const name of Object.keys(cssVariables ?? {})) element.style.removeProperty(name);
    };
  }, [element, cssVariables]);
  return <div ref={slot} />;
}

/** The widget's wording in a story's locale, so play functions work in sv and en. */
export function wordsFor(locale: Locale): Messages {
  return locale === 'en' ? enMessages : svMessages;
}

/**
 * The shadow root of the first widget inside the story, once it is there. Play functions wait
 * for it: the provider opens its connection and the views attach their shadow roots in effects,
 * which the test run's `act()` flushes before the play function but the static build (no
 * `act()`, React's production build) runs after it has started.
 */
export async function widgetShadowRoot(canvasElement: HTMLElement): Promise<ShadowRoot> {
  return waitFor(
    () => {
      const host = [...canvasElement.querySelectorAll('*')].find((element) => element.shadowRoot);
      if (!host?.shadowRoot) throw new Error('no widget with a shadow root in the story');
      return host.shadowRoot;
    },
    { timeout: 5000 },
  );
}
