import type { CollabElement } from '../elements/collab-element.js';

/** Puts a widget's element in a `<main>` of the test page, as a host page would. */
export function mountElement(tag: string, attributes: Record<string, string>): CollabElement {
  const element = document.createElement(tag) as CollabElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const main = document.createElement('main');
  main.append(element);
  document.body.append(main);
  return element;
}

/** The element's open shadow root, where every view renders. */
export function shadowOf(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('the widget has no shadow root');
  return element.shadowRoot;
}
