import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIntegration, createIntegrationKey } from '@collab/api';
import { closeDatabase, createDatabase, type Database } from '@collab/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agencyCollabId, emitEvents } from './test-support/events.js';
import { type Receiver, startReceiver } from './test-support/receiver.js';

/*
 * kill -9 in the middle of deliveries (docs/webhooks.md, "Delivery"): the server runs as its
 * own process (as in process.test.ts) on a data folder; the leases of what it was sending
 * expire (WEBHOOK_LEASE_SECONDS=2) and the restarted server sends them again. Nothing is
 * lost; repeats carry the same webhook-id.
 */
const serverFolder = fileURLToPath(new URL('../..', import.meta.url));
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function startServer(dataDirectory: string) {
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
        PORT: '0',
        WEBHOOK_ALLOW_PRIVATE_URLS: '1',
        WEBHOOK_LEASE_SECONDS: '2',
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
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  return { child, exited, output: () => output };
}

async function urlOf(server: ReturnType<typeof startServer>): Promise<string> {
  return vi.waitFor(
    () => {
      const url = /Collab is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output())?.[1];
      if (!url) throw new Error(`not running yet:\n${server.output()}`);
      return url;
    },
    { timeout: 30_000, interval: 50 },
  );
}

describe('given kill -9 while the receiver is slow', () => {
  it('the restarted server delivers every event, repeats under the same webhook-id', async () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-webhook-crash-'));
    cleanup.push(() => rmSync(dataDirectory, { recursive: true, force: true }));
    const db: Database = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
    cleanup.push(() => closeDatabase(db));
    const integration = createIntegration(db, { name: 'Krasch AB' }, new Date());
    const { key } = createIntegrationKey(db, integration.id, new Date());
    const receiver: Receiver = await startReceiver({
      respond: () => new Promise((resolve) => setTimeout(() => resolve(200), 150)),
    });
    cleanup.push(() => receiver.close());

    const first = startServer(dataDirectory);
    const base = await urlOf(first);
    const call = (method: string, path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(
      (await call('PUT', '/v1/agencies/ag-1', { name: 'Byrå AB', orgNumber: '556036-0793' }))
        .status,
    ).toBe(201);
    expect((await call('POST', '/v1/webhook-endpoints', { url: receiver.url })).status).toBe(201);
    // The changes happen in another process, as the events of any writer would.
    const ids = emitEvents(db, agencyCollabId(db, integration.id, 'ag-1'), 60);
    await vi.waitFor(() => expect(receiver.received.length).toBeGreaterThanOrEqual(8), {
      timeout: 20_000,
      interval: 10,
    });
    first.child.kill('SIGKILL');
    await first.exited;
    const before = receiver.eventIds().size;
    expect(before).toBeLessThan(ids.length);

    const second = startServer(dataDirectory);
    await urlOf(second);
    await vi.waitFor(() => expect(receiver.eventIds()).toEqual(new Set(ids)), {
      timeout: 60_000,
      interval: 50,
    });
    const idsByEvent = new Map<string, Set<string>>();
    for (const entry of receiver.received) {
      const eventId = (JSON.parse(entry.body) as { id: string }).id;
      idsByEvent.set(eventId, (idsByEvent.get(eventId) ?? new Set()).add(entry.webhookId));
    }
    for (const webhookIds of idsByEvent.values()) expect(webhookIds.size).toBe(1);
  }, 120_000);
});
