import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { chromiumLaunch } from '../chromium.js';

/*
 * The static Storybook as designers use it (issue #16): `storybook build` of the root
 * `.storybook`, served under `/storybook/` with the policy the server gives that folder, and
 * every story opened on its own in Chromium, as `iframe.html?id=…&viewMode=story`. A story
 * fails on a play function that throws, a story that errors or never finishes, a failed
 * check of its own (axe, `a11y: { test: 'error' }`), or any page or console error.
 *
 * The Vitest run of the stories (the other projects of vitest.storybook.config.ts) runs them
 * through Vite's dev server and act(); this run is the production bundle, without act(), where
 * the play functions once all failed while that run passed.
 */

const repositoryRoot = join(import.meta.dirname, '../../..');

/**
 * The policy `apps/server/src/static-folders.ts` sends with `/storybook/`: a story that needs
 * more (an inline handler, an outside request) fails here as it would for a designer.
 */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'";

/** The preview's channel events this test listens to (`storybook/internal/core-events`). */
const storyEvents = [
  'storyRendered',
  'storyFinished',
  'storyErrored',
  'storyThrewException',
  'storyMissing',
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
] as const;
/** The events after which the preview does nothing more for the story. */
const terminalEvents = ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing'];

interface RecordedEvent {
  name: string;
  /** What the event says, short: an error's message, a finished story's failed checks. */
  summary: string;
  status?: string;
}

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Builds the static Storybook into a folder of its own, so the run always tests the sources
 * as they are and never touches `storybook-static/`, which `pnpm start` serves.
 */
function buildStorybook(): string {
  const outputFolder = mkdtempSync(join(tmpdir(), 'collab-storybook-static-'));
  const build = spawnSync(
    'pnpm',
    ['exec', 'storybook', 'build', '--quiet', '--config-dir', '.storybook', '-o', outputFolder],
    {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    },
  );
  if (build.status !== 0) {
    rmSync(outputFolder, { recursive: true, force: true });
    throw new Error(`storybook build failed:\n${build.stdout}\n${build.stderr}`);
  }
  return outputFolder;
}

function serve(folder: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith('/storybook/')) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice('/storybook/'.length) || 'index.html');
    if (relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(folder, relative));
      response.writeHead(200, {
        'content-type': contentTypes[extname(relative)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const startedAt = performance.now();
const outputFolder = buildStorybook();
const buildSeconds = (performance.now() - startedAt) / 1000;
const index = JSON.parse(readFileSync(join(outputFolder, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
// The widget's stories: the ones with play functions a static build can break. The e-mails'
// stories are static HTML, already rendered and checked with axe in both Storybook runs of
// vitest.storybook.config.ts; opening them here again would add a minute and check nothing new.
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && entry.id.startsWith('widget-'),
);
const emailStories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && entry.id.startsWith('emails-'),
);

let server: Server;
let browser: Browser;
let page: Page;
let baseUrl: string;
/** Page and console errors of the story being opened. */
let pageErrors: string[] = [];
/** Whether the page can take the next story; not after one that failed. */
let pageOpen = false;

beforeAll(async () => {
  server = await serve(outputFolder);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/storybook/`;
  browser = await chromium.launch({
    executablePath: chromiumLaunch.executablePath,
    args: [...chromiumLaunch.args],
  });
});

/**
 * A new page for the next story: at the start, and after a story that failed, so one that
 * broke the preview (an endless loop, a crashed renderer) costs only itself.
 */
async function openPage() {
  await page?.close({ runBeforeUnload: false });
  pageOpen = false;
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium asks every origin for a favicon; Storybook's is favicon.svg.
    if (message.location().url.endsWith('/favicon.ico')) return;
    pageErrors.push(`console error: ${message.text()}`);
  });
  // Listens to the preview's channel from the moment the preview makes it, so no event of a
  // fast story is missed: the preview stores it on `globalThis.__STORYBOOK_ADDONS_CHANNEL__`.
  await page.addInitScript((names: readonly string[]) => {
    type Listener = (payload: unknown) => void;
    interface Channel {
      on(name: string, listener: Listener): void;
    }
    const events: { name: string; summary: string; status?: string }[] = [];
    const holder = globalThis as unknown as Record<string, unknown>;
    holder.__collabStoryEvents = events;
    const describe = (payload: unknown): { summary: string; status?: string } => {
      if (payload && typeof payload === 'object') {
        const record = payload as Record<string, unknown>;
        if (typeof record.message === 'string') return { summary: record.message };
        if (typeof record.status === 'string') {
          const reporters = Array.isArray(record.reporters) ? record.reporters : [];
          const failed = reporters
            .filter((report) => (report as Record<string, unknown>).status === 'failed')
            .map((report) => JSON.stringify(report).slice(0, 2000));
          return { summary: failed.join('\n'), status: record.status };
        }
        return { summary: JSON.stringify(payload).slice(0, 2000) };
      }
      return { summary: String(payload) };
    };
    let channel: Channel | undefined;
    Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value: Channel | undefined) => {
        if (value && value !== channel) {
          for (const name of names) {
            value.on(name, (payload) => events.push({ name, ...describe(payload) }));
          }
        }
        channel = value;
      },
    });
  }, storyEvents);
}

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(outputFolder, { recursive: true, force: true });
});

/**
 * Opens a story on its own, as a designer's link does. Not through the channel in a preview
 * that has run other stories: there the views' chunks are loaded and React commits before the
 * play function starts, which hid the play functions' failures of issue #16.
 */
async function openStory(storyId: string) {
  await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story`);
  pageOpen = true;
}

/** What went wrong with a story, one line each; none when it rendered, played and passed. */
function problemsOf(events: readonly RecordedEvent[]): string[] {
  const problems: string[] = [];
  for (const event of events) {
    if (event.name === 'storyFinished' && event.status !== 'success') {
      problems.push(`finished with ${event.status}: ${event.summary}`);
    } else if (event.name !== 'storyFinished' && event.name !== 'storyRendered') {
      problems.push(`${event.name}: ${event.summary}`);
    }
  }
  if (!events.some((event) => event.name === 'storyFinished')) problems.push('never finished');
  return problems;
}

describe(`the static Storybook (${stories.length} stories, built in ${buildSeconds.toFixed(1)} s)`, () => {
  it('has the widget’s and the e-mails’ stories', () => {
    expect(stories.length).toBeGreaterThan(50);
    expect(emailStories.length).toBeGreaterThan(0);
  });

  it.for(stories)('$title › $name renders, plays and passes its checks', async (story) => {
    pageErrors = [];
    if (!pageOpen) await openPage();
    onTestFailed(() => {
      pageOpen = false;
    });
    await openStory(story.id);
    await page.waitForFunction(
      (names) => {
        const events = (globalThis as unknown as Record<string, unknown>).__collabStoryEvents as
          | { name: string }[]
          | undefined;
        return events?.some((event) => names.includes(event.name)) ?? false;
      },
      terminalEvents,
      { timeout: 15_000 },
    );
    const events = await page.evaluate(
      () =>
        (globalThis as unknown as Record<string, unknown>).__collabStoryEvents as RecordedEvent[],
    );
    expect([...problemsOf(events), ...pageErrors]).toEqual([]);
  });
});
