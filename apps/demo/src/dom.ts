/**
 * A small helper to build DOM without innerHTML: no markup is ever parsed from data, so names
 * and e-mail bodies from the API cannot inject anything.
 *
 * `i18n` sets the text from the demo's messages and keeps it translated when the language is
 * switched; `i18n-aria-label`, `i18n-placeholder` and `i18n-title` do the same for attributes.
 */
import { type MessageKey, translate } from './i18n.js';

export type Child = Node | string | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

const translatedAttributes = ['aria-label', 'placeholder', 'title'] as const;

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'i18n') element.setAttribute('data-i18n', String(value));
    else if (name.startsWith('i18n-')) element.setAttribute(`data-${name}`, String(value));
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) element.append(child);
  applyTranslations(element);
  return element;
}

/** Puts the current language's texts into `root` and every element below it. */
export function applyTranslations(root: Element): void {
  const elements = [root, ...root.querySelectorAll('*')];
  for (const element of elements) {
    const key = element.getAttribute('data-i18n');
    if (key) element.textContent = translate(key as MessageKey);
    for (const attribute of translatedAttributes) {
      const attributeKey = element.getAttribute(`data-i18n-${attribute}`);
      if (attributeKey) element.setAttribute(attribute, translate(attributeKey as MessageKey));
    }
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter(
      (child): child is Node | string => child !== null && child !== undefined && child !== false,
    ),
  );
}
