import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, useDemo } from './support/demo.js';
import { activateThroughApi } from './support/setup.js';

const demo = useDemo();

/**
 * Everything a host's error monitor would pick up from the page: `console.error` and
 * `console.warn` (Chromium's own "Failed to load resource: the server responded with a status
 * of 4xx" lines included, which playwright reports as console errors) and uncaught errors.
 */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

interface HostPage {
  page: Page;
  problems: string[];
}

/**
 * Host pages of another origin than the server's: a tiny server of their own on a free
 * loopback port. (A page playwright made up would not do: Chromium counts it as public, and
 * refuses its requests to loopback addresses before CORS is even asked.)
 */
const otherOriginPages = new Map<string, string>();
let otherOrigin: Server;
beforeAll(async () => {
  otherOrigin = createServer((request, response) => {
    const page = otherOriginPages.get(request.url ?? '');
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? '');
  });
  await new Promise<void>((resolve) => otherOrigin.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => otherOrigin.close(resolve));
});

function otherOriginUrl(path: string): string {
  const address = otherOrigin.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${path}`;
}

/**
 * A host page that only this test serves, at `pageUrl` (on the server's origin through
 * playwright, or on the other origin): the standalone script from the real server, one
 * `Collab.init` with the overview mounted, and every `collab:error` kept in
 * `window.collabErrors`. `tokens` are what getToken gives, in turn (the last one again after
 * that; null is nobody signed in). It has no CSP of its own, so the inline script runs.
 */
async function openHostPage(
  pageUrl: string,
  options: { apiUrl: string; tokens: (string | null)[] },
): Promise<HostPage> {
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script src="${demo.server.url}/widget/collab-widget.standalone.js"></script></head>
<body><main><h1>Host</h1><div id="slot"></div></main>
<script>
  const tokens = ${JSON.stringify(options.tokens)};
  window.tokensGiven = 0;
  window.collabErrors = [];
  document.addEventListener('collab:error', (event) => window.collabErrors.push(event.detail));
  const collab = Collab.init({
    apiUrl: ${JSON.stringify(options.apiUrl)},
    locale: 'en',
    getToken: () => tokens[Math.min(window.tokensGiven++, tokens.length - 1)],
  });
  collab.mount('collaborations', document.getElementById('slot'));
</script></body></html>`;
  const sameOrigin = new URL(pageUrl).origin === new URL(demo.server.url).origin;
  if (!sameOrigin) otherOriginPages.set(new URL(pageUrl).pathname, body);
  let problems: string[] = [];
  const page = await demo.open(pageUrl, {
    prepare: async (page) => {
      problems = watchConsole(page);
      if (sameOrigin)
        await page.route(pageUrl, (route) =>
          route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
        );
    },
  });
  return { page, problems };
}

function errorsOf(page: Page) {
  return page.evaluate(
    () => (window as unknown as { collabErrors: { code: string; message: string }[] }).collabErrors,
  );
}

describe('given a host page with the standalone script whose first token has expired', () => {
  it('renews the token before it is refused, and the console stays clean', async () => {
    const expired = await demo.server.expiredTokenFor('Anna Lindqvist');
    const fresh = await demo.server.sessionFor('Anna Lindqvist');
    const { page, problems } = await openHostPage(
      new URL('/e2e/expired-token.html', demo.server.url).href,
      { apiUrl: `${demo.server.url}/trpc`, tokens: [expired, fresh] },
    );

    // The customers' groups: the list was read, with the new token.
    const overview = page.locator('collab-collaborations');
    await overview.getByRole('heading', { level: 3 }).first().waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { tokensGiven: number }).tokensGiven),
    ).toBe(2);
    expect(await errorsOf(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('given the accept page opened with a link that is not an invitation', () => {
  it('says the link does not work, and the console stays clean', async () => {
    let problems: string[] = [];
    const page = await demo.open(`/accept?token=${'x'.repeat(43)}`, {
      as: 'Anna Lindqvist',
      prepare: (page) => {
        problems = watchConsole(page);
      },
    });
    await page
      .locator('collab-accept-invitation')
      .getByRole('heading', { name: 'This link does not work' })
      .waitFor();
    expect(problems).toEqual([]);
  });
});

describe('given an invitation cancelled elsewhere while the overview still shows it', () => {
  it('shows the refusal (409 INVITATION_NOT_PENDING) as the widget’s own, and the console stays clean', async () => {
    const activation = await activateThroughApi(demo.server, {
      employee: 'Anna Lindqvist',
      customer: 'Fjällbäckens Bageri AB',
      task: 'Bokslut 2025',
      services: ['skatt_bokslut_pro'],
    });
    const invitationId = activation.invitation?.id;
    if (!invitationId) throw new Error('the activation sent no invitation');
    const { page, problems } = await openHostPage(
      new URL('/e2e/stale-cancel.html', demo.server.url).href,
      {
        apiUrl: `${demo.server.url}/trpc`,
        tokens: [await demo.server.sessionFor('Anna Lindqvist')],
      },
    );
    const overview = page.locator('collab-collaborations');
    await overview.getByRole('tab', { name: /^Sent requests/ }).click();
    const request = overview
      .getByRole('listitem')
      .filter({ hasText: 'Fjällbäckens Bageri AB' })
      .filter({ hasText: 'Skatt & Bokslut Pro' });
    await request.getByRole('button', { name: 'Cancel', exact: true }).waitFor();

    // A colleague cancels it first; this page has not read the list again.
    const colleague = await demo.server.apiAs('Anna Lindqvist');
    await colleague.invitations.cancel.mutate({ invitationId });

    await request.getByRole('button', { name: 'Cancel', exact: true }).click();
    await overview.getByRole('button', { name: 'Cancel the invitation' }).click();
    await overview
      .getByText('The invitation is no longer waiting for an answer', { exact: false })
      .first()
      .waitFor();
    await expect
      .poll(() => errorsOf(page))
      .toEqual([expect.objectContaining({ code: 'INVITATION_NOT_PENDING', httpStatus: 409 })]);
    expect(problems).toEqual([]);
  });
});

describe('given a host the widget cannot work for', () => {
  async function expectOneError(host: HostPage, code: string, message: string) {
    await host.page.locator('collab-collaborations').getByText(message).first().waitFor();
    await expect
      .poll(() => errorsOf(host.page))
      .toEqual([expect.objectContaining({ code, message })]);
  }

  it('tells an origin the API does not allow (CORS) from an API that is down, and a signed-out person', async () => {
    const fresh = await demo.server.sessionFor('Anna Lindqvist');

    // Another port is another origin, and not in the server's CORS allowlist.
    const refused = await openHostPage(otherOriginUrl('/other-origin.html'), {
      apiUrl: `${demo.server.url}/trpc`,
      tokens: [fresh],
    });
    await expectOneError(
      refused,
      'ORIGIN_NOT_ALLOWED',
      'Collab does not accept calls from this website. The page’s owner needs to add the website’s address to Collab’s settings.',
    );
    // Chromium says why in the console itself; the widget's probe adds nothing to it.
    expect(
      refused.problems.filter((line) => !/blocked by CORS policy|net::ERR_FAILED/.test(line)),
    ).toEqual([]);

    const closedPort = await freePort();
    const down = await openHostPage(otherOriginUrl('/api-down.html'), {
      apiUrl: `http://127.0.0.1:${closedPort}/trpc`,
      tokens: [fresh],
    });
    await expectOneError(
      down,
      'NETWORK_ERROR',
      'Could not reach the service. Check the connection and try again.',
    );

    const signedOut = await openHostPage(new URL('/e2e/signed-out.html', demo.server.url).href, {
      apiUrl: `${demo.server.url}/trpc`,
      tokens: [null],
    });
    await expectOneError(
      signedOut,
      'SIGNED_OUT',
      'You are no longer signed in. Sign in again to continue.',
    );
  });
});
