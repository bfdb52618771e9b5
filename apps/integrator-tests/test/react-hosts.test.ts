import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CollabForHosts,
  launchChromium,
  startCollabFor,
  watchProblems,
} from './support/collab.js';
import {
  buildHostApp,
  bundledPackageFolders,
  type HostApp,
  packWidget,
  type ReactMajor,
  removeAll,
  type StaticSite,
  serveStatic,
  temporaryFolder,
  writeInto,
} from './support/stranger.js';

/*
 * A React 18 and a React 19 host app, each a stranger's Vite app (templates/react-host) with
 * @collab/widget installed from the packed tarball by pnpm from the registry, type-checked
 * without skipLibCheck and built by Vite, served on an origin of its own under the CSP the
 * widget README asks for, and driven in Chromium against one real Collab server.
 */

const majors: ReactMajor[] = [18, 19];
const hosts = new Map<ReactMajor, { app: HostApp; site: StaticSite }>();
/** A plain page with the script tag, on an origin of its own (README "First render"). */
const plainFolder = temporaryFolder('collab-plain-host-');
let plainSite: StaticSite;
let collab: CollabForHosts;
let browser: Browser;

beforeAll(async () => {
  const tarball = await packWidget();
  const apps = await Promise.all(majors.map((major) => buildHostApp(tarball, major)));
  for (const [index, major] of majors.entries()) {
    const app = apps[index];
    if (!app) throw new Error(`No React ${major} host was built.`);
    // The least the widget README ("Content-Security-Policy for the host's page") asks for:
    // the page's own scripts and Collab's origin, and nothing else at all (no style-src).
    const site = await serveStatic(
      app.distFolder,
      () => `default-src 'none'; script-src 'self'; connect-src ${new URL(collab.url).origin}`,
    );
    hosts.set(major, { app, site });
  }
  // The script tag's policy from the README: Collab's origin for the script and the API.
  plainSite = await serveStatic(plainFolder, () => {
    const collabOrigin = new URL(collab.url).origin;
    return `default-src 'none'; script-src 'self' ${collabOrigin}; connect-src ${collabOrigin}`;
  });
  [collab, browser] = await Promise.all([
    startCollabFor([...hosts.values()].map(({ site }) => site.origin).concat(plainSite.origin)),
    launchChromium(),
  ]);
  writeInto(
    plainFolder,
    'index.html',
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A plain host</title></head>
  <body>
    <script src="${collab.url}/widget/collab-widget.standalone.js"></script>
    <collab-invite-dialog api-url="${collab.apiUrl}" locale="en"></collab-invite-dialog>
    <script src="/sign-in.js"></script>
  </body>
</html>
`,
  );
  // The page's own script: the token from the query string (a real host asks its backend).
  writeInto(
    plainFolder,
    'sign-in.js',
    `document.querySelector('collab-invite-dialog').token =
  new URLSearchParams(location.search).get('token');
`,
  );
});

afterAll(async () => {
  await browser?.close();
  await collab?.stop();
  for (const { site } of hosts.values()) await site.close();
  await plainSite?.close();
  removeAll();
});

function host(major: ReactMajor) {
  const found = hosts.get(major);
  if (!found) throw new Error(`The React ${major} host was not built.`);
  return found;
}

/** The host's page, signed in as Anna Lindqvist (an agency employee with full rights). */
async function openHost(major: ReactMajor): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = await watchProblems(page);
  const query = new URLSearchParams({
    api: collab.apiUrl,
    token: await collab.tokenFor('Anna Lindqvist'),
  });
  await page.goto(`${host(major).site.origin}/?${query}`);
  return { page, problems };
}

/** Who each host invites: a customer without an account, so each is active at once. */
const customers: Record<ReactMajor, { search: string; name: RegExp }> = {
  18: { search: 'Ängsbacka', name: /^Ängsbacka Gårdsbutik/ },
  19: { search: 'Kiruna', name: /^Kiruna Guideturer AB/ },
};

describe.each(majors)('given a React %i host installed from the packed tarball', (major) => {
  it('bundles one React, the host’s own, and renders the widget with it', async () => {
    const { app } = host(major);
    for (const name of ['react', 'react-dom']) {
      const folders = bundledPackageFolders(app.distFolder, name);
      expect(folders, `copies of ${name} in the bundle`).toHaveLength(1);
      expect(folders[0]).toContain(`/${name}@${major}.`);
      expect(folders[0]?.startsWith(app.folder)).toBe(true);
    }

    const { page, problems } = await openHost(major);
    await page.getByRole('heading', { name: `A React ${major} host` }).waitFor();
    await page.getByRole('button', { name: 'Invite to collaborate' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('completes the invite flow: customer, service, task, sent, and the host told', async () => {
    const { page, problems } = await openHost(major);
    const widget = page.locator('[data-collab-view="invite-dialog"]');
    await widget.getByRole('button', { name: 'Invite to collaborate' }).click();
    const dialog = widget.getByRole('dialog');
    await dialog.getByRole('searchbox').fill(customers[major].search);
    await dialog.getByRole('radio', { name: customers[major].name }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('checkbox', { name: /^eEkonomi/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /^Bokföring/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Activate' }).click();
    await dialog.getByRole('heading', { name: 'The collaboration is active' }).waitFor();
    // The host's own React state, from onActivated.
    await expect
      .poll(() => page.locator('main > p[role="status"]').textContent())
      .toBe('activated: 1');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('unmounts and mounts the widget again cleanly: one view, working, no errors', async () => {
    const { page, problems } = await openHost(major);
    const views = page.locator('[data-collab-view]');
    const toggle = page.getByRole('button', { name: /^(Hide|Show) the widget$/ });
    await page.getByRole('button', { name: 'Invite to collaborate' }).waitFor();

    for (let round = 0; round < 2; round++) {
      await toggle.click();
      await expect.poll(() => views.count()).toBe(0);
      await toggle.click();
      await page.getByRole('button', { name: 'Invite to collaborate' }).waitFor();
      expect(await views.count()).toBe(1);
    }
    await page.getByRole('button', { name: 'Refresh the widget' }).click();
    await page.getByRole('button', { name: 'Invite to collaborate' }).click();
    await page.getByRole('dialog').getByRole('searchbox').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('given a plain page on another origin with the script tag the Collab server serves', () => {
  it('defines the elements as the standalone script loads, and the widget works under the README’s CSP', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems = await watchProblems(page);
    const query = new URLSearchParams({ token: await collab.tokenFor('Anna Lindqvist') });
    await page.goto(`${plainSite.origin}/?${query}`);
    const widget = page.locator('collab-invite-dialog');
    await widget.getByRole('button', { name: 'Invite to collaborate' }).click();
    expect(
      await page.evaluate(() => ({
        defined: customElements.get('collab-invite-dialog') !== undefined,
        global: typeof (window as { Collab?: { init?: unknown } }).Collab?.init,
      })),
    ).toEqual({ defined: true, global: 'function' });
    const dialog = widget.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('Nordisk');
    await dialog.getByRole('radio', { name: /^Nordisk Designstudio AB/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
