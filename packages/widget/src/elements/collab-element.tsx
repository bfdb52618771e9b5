import type { Locale } from '@collab/contracts';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  cachedTokenSource,
  type GetToken,
  liveTokenSource,
  type TokenSource,
} from '../api/authorized-fetch.js';
import { type Connection, openConnection } from '../api/connection.js';
import type { CollabViewName } from '../events.js';
import { type MessageOverrides, resolveLocale } from '../i18n/translator.js';
import { WidgetRoot } from '../runtime/widget-root.js';
import {
  type Appearance,
  adoptWidgetStyles,
  isThemeName,
  type ThemeName,
} from '../theme/appearance.js';

/**
 * On a server (a React host rendering on Node) there is no HTMLElement; the classes must
 * still be importable there, they are just never defined. `window` is what is asked, not
 * `HTMLElement`: a server shim may provide some DOM classes, and the widget uses none of them
 * there (README "Install", "Server rendering").
 */
const ElementBase: typeof HTMLElement =
  typeof window === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

/**
 * What every Collab element shares: an open shadow root with the adopted stylesheet, a React
 * root inside it, the attributes `api-url`, `locale`, `customer-id`, `token` and `theme`
 * mirrored as properties, and the connection to the API. A view only says what to render.
 *
 * Configuration comes either from attributes and properties (a plain HTML page), or from a
 * `Collab.init` instance that mounted the element and lends it its connection.
 */
export abstract class CollabElement extends ElementBase {
  static readonly observedAttributes = ['api-url', 'locale', 'customer-id', 'token', 'theme'];

  protected abstract readonly view: CollabViewName;
  protected abstract renderView(): ReactNode;

  #reactRoot: Root | null = null;
  #ownConnection: Connection | null = null;
  /** Lent by a `Collab.init` instance, which owns it: the element only uses it. */
  #borrowed: Connection | null = null;
  #getToken: GetToken | null = null;
  /** From `getToken`, which wins over the `token` attribute when both are set. */
  #hostTokens: TokenSource | null = null;
  readonly #attributeTokens: TokenSource = liveTokenSource(() => this.token);
  #messages: MessageOverrides | undefined;
  #appearance: Appearance | undefined;

  get apiUrl(): string | null {
    return this.getAttribute('api-url');
  }
  set apiUrl(value: string | null) {
    this.#reflect('api-url', value);
  }

  get locale(): Locale {
    return resolveLocale(this.getAttribute('locale'));
  }
  set locale(value: string | null) {
    this.#reflect('locale', value);
  }

  get customerId(): string | null {
    return this.getAttribute('customer-id');
  }
  set customerId(value: string | null) {
    this.#reflect('customer-id', value);
  }

  /**
   * A fixed token. Prefer `getToken`, which keeps the token out of the DOM. A new value is taken
   * as another person: what was read is dropped and read again.
   */
  get token(): string | null {
    return this.getAttribute('token');
  }
  set token(value: string | null) {
    this.#reflect('token', value);
  }

  get theme(): ThemeName {
    const value = this.getAttribute('theme');
    return isThemeName(value) ? value : 'light';
  }
  set theme(value: ThemeName | null) {
    this.#reflect('theme', value);
  }

  /**
   * Called for a token before the first request and again after a 401. Setting it again (after
   * a sign-in, say) is taken as another person: what was read is dropped and read again.
   */
  get getToken(): GetToken | null {
    return this.#getToken;
  }
  set getToken(value: GetToken | null) {
    this.#getToken = value;
    this.#hostTokens = value ? cachedTokenSource(value) : null;
    this.#signedInUserChanged();
  }

  /** The host's own wording for single messages, per locale. */
  get messages(): MessageOverrides | undefined {
    return this.#messages;
  }
  set messages(value: MessageOverrides | undefined) {
    this.#messages = value;
    this.#render();
  }

  get appearance(): Appearance | undefined {
    return this.#appearance;
  }
  set appearance(value: Appearance | undefined) {
    this.#appearance = value;
    if (value?.theme) this.theme = value.theme;
    if (this.shadowRoot) adoptWidgetStyles(this.shadowRoot, value);
  }

  /**
   * Used by `Collab.init(…).mount`; null gives the element back its own configuration.
   * @internal Left out of the published types (`stripInternal`): a connection's type is the
   * API's whole router, which no host needs.
   */
  lendConnection(borrowed: Connection | null): void {
    this.#borrowed = borrowed;
    this.#dropOwnConnection();
    this.#render();
  }

  /**
   * Reads again everything the views on the page have read from this element's API URL (the
   * cache is shared per API URL), for a change the host made elsewhere. Resolves once what is
   * on screen has been read again; does nothing without an API URL.
   */
  refresh(): Promise<void> {
    // Off the page there is nothing to show, and opening a connection here would hold the
    // shared cache with no disconnect to let it go.
    if (!this.isConnected) return Promise.resolve();
    return this.#connection()?.queryClient.invalidateQueries() ?? Promise.resolve();
  }

  connectedCallback(): void {
    const shadowRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptWidgetStyles(shadowRoot, this.#appearance);
    this.#reactRoot ??= createRoot(shadowRoot);
    this.#render();
  }

  disconnectedCallback(): void {
    // Moving the element fires disconnect and connect in the same task: keep its state then.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#reactRoot?.unmount();
      this.#reactRoot = null;
      this.#dropOwnConnection();
    });
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (previous === next) return;
    if (name === 'theme') return; // CSS follows the attribute on its own.
    if (name === 'api-url') this.#dropOwnConnection();
    if (name === 'token' && !this.#getToken) this.#signedInUserChanged();
    else this.#render();
  }

  #reflect(attribute: string, value: string | null): void {
    if (value === null || value === undefined) this.removeAttribute(attribute);
    else this.setAttribute(attribute, value);
  }

  #dropOwnConnection(): void {
    this.#ownConnection?.release();
    this.#ownConnection = null;
  }

  #connection(): Connection | null {
    if (this.#borrowed) return this.#borrowed;
    const apiUrl = this.apiUrl;
    if (!apiUrl) return null;
    if (!this.#ownConnection) {
      // Looked up per request, so a sign-in changes the token under the same connection.
      const tokens: TokenSource = {
        current: () => this.#tokens().current(),
        refresh: (rejected) => this.#tokens().refresh(rejected),
      };
      this.#ownConnection = openConnection({
        apiUrl,
        tokens,
        getLocale: () => this.locale,
      });
    }
    return this.#ownConnection;
  }

  #tokens(): TokenSource {
    return this.#hostTokens ?? this.#attributeTokens;
  }

  /**
   * A new `token` or `getToken` means someone else may be signed in (or someone now is): the
   * cache of this API is reset, not just marked stale, so no view shows the previous person's
   * answers while the new ones load. Resetting refetches what is on screen. (A token of a
   * `Collab.init` instance cannot change: a new user gets a new instance.)
   */
  #signedInUserChanged(): void {
    if (!this.#borrowed && this.#ownConnection) void this.#ownConnection.queryClient.resetQueries();
    this.#render();
  }

  #render(): void {
    if (!this.#reactRoot || !this.isConnected) return;
    this.#reactRoot.render(
      <WidgetRoot
        connection={this.#connection()}
        locale={this.locale}
        messages={this.#messages}
        host={this}
        view={this.view}
      >
        {this.renderView()}
      </WidgetRoot>,
    );
  }
}

/** Defines a Collab element once: loading two copies of the bundle must not throw. */
export function defineCollabElement(name: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(name)) customElements.define(name, element);
}
