import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppRouter } from '@collab/api';
import type { DemoUser } from '@collab/db';
import { type DeliveredMail, loadConfig, type RunningCollab, startCollab } from '@collab/server';
import { createTRPCClient, httpLink } from '@trpc/client';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';

const repositoryRoot = join(import.meta.dirname, '../../../..');
const screenshotFolder = join(repositoryRoot, 'test-results/e2e');
const axeSource = readFileSync(
  join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

/** See /work/shared/TOOLCHAIN.md: without the networking flags Chromium floods the closed network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A fresh Collab server as `pnpm start` runs it (demo seed, dev login, dev mailbox, no SMTP)
 * on a temporary data folder and a free port. The port is known before start-up so that
 * PUBLIC_URL, and with it the links in the e-mails, point at this server.
 */
export async function startServer() {
  for (const built of [
    'packages/widget/dist/collab-widget.standalone.js',
    'apps/demo/dist/index.html',
  ]) {
    if (!existsSync(join(repositoryRoot, built)))
      throw new Error(
        `${built} is missing: build first (turbo runs the builds before these tests).`,
      );
  }
  const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-e2e-'));
  const port = await freePort();
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDirectory,
    DEV_LOGIN: '1',
    SEED_DEMO: '1',
    // As `pnpm start`: Byrådesk's webhook receiver is on this loopback server.
    WEBHOOK_ALLOW_PRIVATE_URLS: '1',
    LOG_LEVEL: 'silent',
  });
  // The rate limit on dev login and invitation links is for people, not for a test run.
  const running: RunningCollab = await startCollab(config, {
    outboxPollMs: 50,
    tokenRouteLimit: 10_000,
  });
  // Not cached: activating a customer without an account creates its first user.
  async function allUsers(): Promise<DemoUser[]> {
    const response = await fetch(`${running.url}/dev/users`);
    return ((await response.json()) as { users: DemoUser[] }).users;
  }

  async function user(name: string): Promise<DemoUser> {
    const found = (await allUsers()).find((candidate) => candidate.name === name);
    if (!found) throw new Error(`No seeded user is called ${name}.`);
    return found;
  }

  async function tokenFor(name: string): Promise<string> {
    const response = await fetch(`${running.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: (await user(name)).id }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  /**
   * A widget session for `name`, the way the demo's page gets one: from Byrådesk's own backend,
   * which calls Collab's `POST /v1/sessions` with the dev integration's key.
   */
  async function sessionFor(name: string): Promise<string> {
    const response = await fetch(`${running.url}/byradesk/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: (await user(name)).id }),
    });
    if (!response.ok) throw new Error(`/byradesk/session answered ${response.status}`);
    return ((await response.json()) as { token: string }).token;
  }

  /**
   * A development token for `name` that expired a minute ago, signed as the dev login signs
   * (HS256 with the key the server generated into its data folder, the configured issuer and
   * audience): a host page that still holds yesterday's token.
   */
  async function expiredTokenFor(name: string): Promise<string> {
    const { id } = await user(name);
    const key = Buffer.from(
      readFileSync(join(dataDirectory, 'development-identity.key'), 'utf8').trim(),
      'base64url',
    );
    const now = Math.floor(Date.now() / 1000);
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'HS256' })}.${part({
      sub: id,
      iss: config.identity.issuer,
      aud: config.identity.audience,
      iat: now - 3600,
      exp: now - 60,
    })}`;
    return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
  }

  /** The API as `name`, for setting up a scenario the way another person would have. */
  async function apiAs(name: string) {
    const token = await tokenFor(name);
    return createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${running.url}/trpc`,
          headers: () => ({ authorization: `Bearer ${token}`, 'accept-language': 'en' }),
        }),
      ],
    });
  }

  async function mailbox(): Promise<DeliveredMail[]> {
    return (
      (await (await fetch(`${running.url}/dev/mailbox`)).json()) as { messages: DeliveredMail[] }
    ).messages;
  }

  /** Waits for the outbox worker to deliver a message that matches, and returns it. */
  async function waitForMail(
    matches: (mail: DeliveredMail) => boolean,
    description: string,
  ): Promise<DeliveredMail> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = (await mailbox()).filter(matches).at(-1);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No e-mail arrived: ${description}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    url: running.url,
    user,
    tokenFor,
    expiredTokenFor,
    sessionFor,
    apiAs,
    mailbox,
    waitForMail,
    async mailTo(name: string, subject: string | RegExp): Promise<DeliveredMail> {
      const { email } = await user(name);
      return waitForMail(
        (mail) =>
          mail.to === email &&
          (typeof subject === 'string'
            ? mail.subject.includes(subject)
            : subject.test(mail.subject)),
        `to ${name} about ${subject}`,
      );
    },
    async stop(): Promise<void> {
      await running.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startServer>>;

/** The accept link in an invitation e-mail. */
export function acceptLink(mail: DeliveredMail): string {
  const link = /https?:\/\/\S+\/accept\?token=[\w-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`The e-mail "${mail.subject}" has no accept link.`);
  return link;
}

function fileSafe(text: string): string {
  return text
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}

/**
 * One server and one Chromium per test file; a new browser context (no cookies, no storage)
 * per test. A failed test leaves a screenshot of each of its pages in test-results/e2e/.
 */
export function useDemo() {
  let browser: Browser;
  let server: TestServer;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer(),
      chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach((context) => {
    context.onTestFinished(async ({ task }) => {
      if (task.result?.state === 'fail') {
        mkdirSync(screenshotFolder, { recursive: true });
        const pages = contexts.flatMap((browserContext) => browserContext.pages());
        for (const [index, page] of pages.entries()) {
          const name = `${fileSafe(task.file.name.replace(/^.*\//, ''))}--${fileSafe(task.name)}${pages.length > 1 ? `-${index + 1}` : ''}.png`;
          await page
            .screenshot({ path: join(screenshotFolder, name), fullPage: true })
            .catch(() => undefined);
        }
      }
      await Promise.all(contexts.map((browserContext) => browserContext.close()));
      contexts = [];
    });
  });

  return {
    get server(): TestServer {
      return server;
    },
    /**
     * A new browser window on the demo in `locale` (English unless a test is about Swedish).
     * `as` signs a user in first, the way the user switcher does.
     */
    async open(
      path: string,
      options: {
        locale?: 'sv' | 'en' | null;
        as?: string;
        /** Runs on the new page before it loads: to listen from the first line, or to route. */
        prepare?: (page: Page) => Promise<void> | void;
      } = {},
    ): Promise<Page> {
      const browserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(browserContext);
      const locale = options.locale === undefined ? 'en' : options.locale;
      const session = options.as
        ? { user: await server.user(options.as), token: await server.sessionFor(options.as) }
        : null;
      await browserContext.addInitScript(
        ({ locale, session }) => {
          // Only on the first load: the page's own switches decide after that.
          if (sessionStorage.getItem('e2e.prepared')) return;
          sessionStorage.setItem('e2e.prepared', '1');
          if (locale) localStorage.setItem('byradesk.locale', locale);
          if (session) localStorage.setItem('byradesk.session', JSON.stringify(session));
        },
        { locale, session },
      );
      // Init scripts run whatever the page's CSP says: they only listen for its violations.
      await browserContext.addInitScript(() => {
        const violations: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: violations });
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
          ),
        );
      });
      const page = await browserContext.newPage();
      page.setDefaultTimeout(15_000);
      await options.prepare?.(page);
      await page.goto(new URL(path, server.url).href);
      return page;
    },
  };
}

/**
 * Runs axe in the page, widgets' open shadow roots included, and fails on any violation,
 * naming the rule, the elements and what to fix.
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)).slice(0, 5),
    }));
  });
  const blocked = await page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  );
  expect(blocked, `Content-Security-Policy violations on ${state}`).toEqual([]);
  expect(
    violations,
    `axe violations on ${state}:\n${violations.map((v) => `- ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n')}`,
  ).toEqual([]);
}

/** Signs in through the top bar's user switcher, as a person trying the demo would. */
export async function switchUser(page: Page, name: string): Promise<void> {
  await page.locator('.user-button').click();
  const dialog = page.getByRole('dialog', { name: /Switch user|Byt användare/ });
  await dialog.getByRole('searchbox').fill(name);
  await Promise.all([
    page.waitForEvent('load'),
    dialog.getByRole('button', { name: new RegExp(`^\\S*\\s*${name}`) }).click(),
  ]);
}

/** The `<article>` of the newest e-mail in the demo's mailbox page that matches. */
export async function openMail(
  page: Page,
  server: TestServer,
  recipient: string,
  subject: string | RegExp,
): Promise<Locator> {
  await server.mailTo(recipient, subject);
  await page.goto(new URL('/mailbox', server.url).href);
  await page.getByRole('searchbox').fill(recipient);
  const article = page.getByRole('article').filter({ hasText: subject }).first();
  await expect.poll(() => article.count()).toBe(1);
  return article;
}

/**
 * The overview: `<collab-collaborations>` on the plain pages, the React export's shadow host on
 * the settings page (the React page).
 */
export function overviewIn(page: Page): Locator {
  return page.locator('collab-collaborations, [data-collab-view="collaborations"]').first();
}

/** Searches the overview for a customer and opens its group of collaborations. */
export async function showCustomer(overview: Locator, customerName: string): Promise<void> {
  await overview.getByRole('searchbox').fill(customerName);
  const groups = overview.getByRole('heading', { level: 3 });
  await expect
    .poll(() => groups.count(), { message: 'the search narrows the overview to one customer' })
    .toBe(1);
  const toggle = groups.getByRole('button');
  await expect.poll(() => toggle.textContent()).toContain(customerName);
  await expect
    .poll(async () => {
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      return toggle.getAttribute('aria-expanded');
    })
    .toBe('true');
}

/** One collaboration's row in the overview, by its heading ("eEkonomi Active"). */
export function collaborationRow(overview: Locator, heading: string): Locator {
  return overview
    .getByRole('listitem')
    .filter({ has: overview.page().getByRole('heading', { name: heading, level: 4 }) })
    .last();
}
