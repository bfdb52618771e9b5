import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * These run the server as its own process, the way an operator does, from the TypeScript
 * sources (tsx with the workspace's source condition).
 */
const serverFolder = fileURLToPath(new URL('..', import.meta.url));
const folders: string[] = [];

function startProcess(environment: NodeJS.ProcessEnv): {
  child: ChildProcess;
  output: () => string;
} {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-process-'));
  folders.push(dataDirectory);
  let output = '';
  const child = spawn(
    process.execPath,
    ['--conditions=@collab/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: serverFolder,
      env: {
        PATH: process.env.PATH,
        DATA_DIR: dataDirectory,
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        ...environment,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** The address the server printed once it listened: with `PORT=0` the system picks the port. */
function runningUrl(output: string): string | undefined {
  return /Collab is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('given a bad configuration value', () => {
  it('refuses to start and names the variable', async () => {
    const { child, output } = startProcess({ PORT: 'not-a-port' });
    expect(await exitOf(child)).toBe(1);
    expect(output()).toContain('PORT must be a port number (got "not-a-port")');
  }, 30_000);

  it('refuses the dev login in production', async () => {
    const { child, output } = startProcess({ NODE_ENV: 'production', DEV_LOGIN: '1' });
    expect(await exitOf(child)).toBe(1);
    expect(output()).toContain('DEV_LOGIN must not be on when NODE_ENV=production');
  }, 30_000);
});

describe('given SIGTERM during a burst of requests', () => {
  it('completes every request it accepted and exits 0', async () => {
    // Port 0: the system picks a free port, so parallel runs never collide on one.
    const { child, output } = startProcess({ PORT: '0', DEV_LOGIN: '1', SEED_DEMO: '1' });
    const exited = exitOf(child);
    const base = await vi.waitFor(
      () => {
        const url = runningUrl(output());
        if (!url) throw new Error(`The server has not started yet. Output so far:\n${output()}`);
        return url;
      },
      { timeout: 30_000, interval: 50 },
    );
    const users = (
      (await (await fetch(`${base}/dev/users`)).json()) as { users: { id: string; role: string }[] }
    ).users;
    const employee = users.find((user) => user.role === 'employee_full')?.id ?? '';
    const { token } = (await (
      await fetch(`${base}/dev/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: employee }),
      })
    ).json()) as { token: string };
    // SIGTERM goes out the moment the first answer comes back: the server is then serving the
    // burst, and the other requests are still in flight (no fixed sleep to guess that moment).
    const stopOnFirstAnswer = () => {
      if (child.signalCode === null && !child.killed) child.kill('SIGTERM');
    };
    const burst = Array.from({ length: 40 }, () =>
      fetch(`${base}/trpc/collaborations.list?input=${encodeURIComponent('{"limit":100}')}`, {
        headers: { authorization: `Bearer ${token}` },
      }).then(
        // 503 is Fastify refusing a new request because it is closing: not accepted.
        (response) => {
          stopOnFirstAnswer();
          return response.status === 503 ? ('refused' as const) : response.status;
        },
        () => 'refused' as const,
      ),
    );
    const statuses = await Promise.all(burst);
    expect(await exited).toBe(0);
    const answered = statuses.filter((status) => status !== 'refused');
    expect(answered.length).toBeGreaterThan(0);
    // Every request the server accepted was answered in full; none failed half-way.
    expect(answered.filter((status) => status !== 200)).toEqual([]);
  }, 60_000);
});
