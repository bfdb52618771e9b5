import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * A React host that renders on a server (Next.js, Remix) imports the widget in Node, where there
 * is no DOM: importing either entry must throw nothing and define nothing, and rendering the
 * React exports must not throw (README "Install", "Server rendering"). This file runs in the
 * unit project, on Node without a DOM. The built files are checked the same way from the packed
 * tarball by apps/integrator-tests.
 */

/**
 * DOM globals the widget's own modules must not use while they load or render on a server:
 * each read from a widget source is recorded (React's own `typeof document` checks are not the
 * widget's, and read `undefined` as on any server). `typeof window` is the one check the widget
 * makes, to know it is on a server.
 */
const untouchable = ['document', 'customElements', 'CSSStyleSheet', 'HTMLElement', 'ShadowRoot'];
const used: string[] = [];

function readByWidgetSource(): boolean {
  const frames = (new Error().stack ?? '').split('\n').slice(2);
  return frames.some(
    (frame) => frame.includes('/widget/src/') && !frame.includes('server-render.test.ts'),
  );
}

beforeAll(() => {
  expect(typeof window).toBe('undefined');
  for (const name of untouchable) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        if (readByWidgetSource()) used.push(name);
        return undefined;
      },
    });
  }
});

afterAll(() => {
  for (const name of untouchable) Reflect.deleteProperty(globalThis, name);
});

describe('given Node without a DOM, as a server render has it', () => {
  it('imports @collab/widget/pure and @collab/widget without throwing or touching the DOM (so defining nothing)', async () => {
    const pure = await import('./pure.js');
    const main = await import('./index.js');
    expect(typeof pure.defineCollabElements).toBe('function');
    expect(main.InviteDialog).toBe(pure.InviteDialog);
    expect(used).toEqual([]);
  });

  it('renders the React exports to a string without throwing: nothing until the browser mounts them', async () => {
    const {
      CollabProvider,
      InviteDialog,
      AcceptInvitation,
      Collaborations,
      CustomerCollaborations,
    } = await import('./pure.js');
    for (const view of [
      createElement(InviteDialog, { key: 'invite', customerId: 'customer-id' }),
      createElement(AcceptInvitation, { key: 'accept', invitationToken: 'link-token' }),
      createElement(Collaborations, { key: 'overview' }),
      createElement(CustomerCollaborations, { key: 'customer' }),
    ]) {
      const html = renderToString(
        createElement(
          CollabProvider,
          { apiUrl: 'https://collab.example.se/trpc', getToken: () => 'token' },
          view,
        ),
      );
      expect(html).toBe('');
    }
    expect(used).toEqual([]);
  });
});
