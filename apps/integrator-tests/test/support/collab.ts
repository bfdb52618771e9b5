import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type RunningCollab, startCollab } from '@collab/server';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * A real Collab server, as `pnpm start` runs it (demo seed, dev login), on a temporary data
 * folder and port 0, that lets the given host origins call its API (CORS_ORIGINS), the way an
 * integrator's app on its own origin is allowed.
 */
export async function startCollabFor(hostOrigins: string[]) {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-integrator-'));
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDirectory,
    DEV_LOGIN: '1',
    SEED_DEMO: '1',
    CORS_ORIGINS: hostOrigins.join(','),
    LOG_LEVEL: 'silent',
  });
  const running: RunningCollab = await startCollab(config, { tokenRouteLimit: 10_000 });

  /** A dev-login token for a seeded user, as the host's backend would hand the page one. */
  async function tokenFor(name: string): Promise<string> {
    const { users } = (await (await fetch(`${running.url}/dev/users`)).json()) as {
      users: { id: string; name: string }[];
    };
    const user = users.find((candidate) => candidate.name === name);
    if (!user) throw new Error(`No seeded user is called ${name}.`);
    const response = await fetch(`${running.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: user.id }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  return {
    url: running.url,
    apiUrl: `${running.url}/trpc`,
    tokenFor,
    async stop(): Promise<void> {
      await running.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

export type CollabForHosts = Awaited<ReturnType<typeof startCollabFor>>;

/** Without the networking flags Chromium keeps calling out on a closed network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

/**
 * What went wrong on a page: console errors, uncaught exceptions and Content-Security-Policy
 * violations, collected from its first load on.
 */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return problems;
}
