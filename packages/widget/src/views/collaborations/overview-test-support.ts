import { vi } from 'vitest';
import type { CollabElement } from '../../elements/collab-element.js';
import { defineCollabElements } from '../../elements/define.js';
import { mountElement, shadowOf } from '../../test-support/element-page.js';
import {
  createFakeApi,
  type FakeApiHandlers,
  type FakeApiRequest,
} from '../../test-support/fake-api.js';

/** What the overview's browser tests share: the element, its fake API, and axe. */

defineCollabElements();

export const apiUrl = 'https://collab.test/trpc';

/**
 * The fake API behind `fetch`. With `gate`, every answer waits for it, so a test can look at
 * the loading state before anything arrives.
 */
export function useApi(handlers: FakeApiHandlers, gate?: Promise<void>) {
  const api = createFakeApi({ handlers });
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    gate ? gate.then(() => api.fetch(input, init)) : api.fetch(input, init),
  );
  return api;
}

export function mountOverview(attributes: Record<string, string> = {}): CollabElement {
  return mountElement('collab-collaborations', { 'api-url': apiUrl, ...attributes });
}

export function textOf(widget: HTMLElement): string {
  return shadowOf(widget).textContent ?? '';
}

/** The text of the tab panel that is shown. */
export function panelText(widget: HTMLElement): string {
  return shadowOf(widget).querySelector('[role="tabpanel"]:not([hidden])')?.textContent ?? '';
}

/** The view's polite live region. */
export function announcement(widget: HTMLElement): string {
  return (
    shadowOf(widget).querySelector('.collab-overview__announcement[aria-live="polite"]')
      ?.textContent ?? ''
  );
}

/** The polite region beside the filters, which says the number of matches after a change. */
export function filterResult(widget: HTMLElement): string {
  return (
    shadowOf(widget).querySelector('.collab-overview__toolbar .collab-overview__filter-result')
      ?.textContent ?? ''
  );
}

export function focusedText(widget: HTMLElement): string {
  return shadowOf(widget).activeElement?.textContent ?? '';
}

/**
 * The inputs of every `collaborations.list` call so far, in order, without the `direction`
 * that tRPC's infinite queries add.
 */
export function listInputs(requests: readonly FakeApiRequest[]): unknown[] {
  return requests.flatMap((request) =>
    request.procedures.flatMap((procedure, index) => {
      if (procedure !== 'collaborations.list') return [];
      const { direction: _, ...input } = request.inputs[index] as Record<string, unknown>;
      return [input];
    }),
  );
}

export function callsOf(requests: readonly FakeApiRequest[], procedure: string): number {
  return requests.flatMap((request) => request.procedures).filter((name) => name === procedure)
    .length;
}

export { expectNoAxeViolations } from '../../test-support/axe.js';
export { shadowOf };
