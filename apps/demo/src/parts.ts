import type { CollabInstance, CollabViewProps } from '@collab/widget';
import { h } from './dom.js';
import type { MessageKey } from './i18n.js';

/** The heading and introduction every page starts with. */
export function pageHeader(title: MessageKey, lead: MessageKey, ...actions: Node[]): HTMLElement {
  return h(
    'div',
    { class: 'page-header' },
    h('div', {}, h('h1', { i18n: title }), h('p', { class: 'lead', i18n: lead })),
    actions.length > 0 ? h('div', { class: 'page-actions' }, ...actions) : null,
  );
}

/** Mounts a Collab view into `container`, or says why it cannot (the script did not load). */
export function mountView<View extends keyof CollabViewProps>(
  collab: CollabInstance | null,
  view: View,
  container: HTMLElement,
  props?: CollabViewProps[View],
): HTMLElement | null {
  if (!collab) {
    container.replaceChildren(
      h('p', { class: 'notice notice-error', role: 'alert', i18n: 'widget.missing' }),
    );
    return null;
  }
  return collab.mount(view, container, props);
}
