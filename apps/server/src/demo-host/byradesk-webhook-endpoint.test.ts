import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningCollab, startCollab } from '../collab-server.js';
import { loadConfig } from '../config.js';
import { devWebhookEndpointFile } from './byradesk-webhook-endpoint.js';

/**
 * `pnpm start` registers Byrådesk's receiver once and reuses it on later starts in the same
 * data folder; an endpoint deleted meanwhile is made again (apps/demo/README.md).
 */
const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-byradesk-endpoint-'));
let running: RunningCollab | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

async function start(): Promise<RunningCollab> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDirectory,
    DEV_LOGIN: '1',
    SEED_DEMO: '1',
    LOG_LEVEL: 'silent',
    WEBHOOK_ALLOW_PRIVATE_URLS: '1',
  });
  running = await startCollab(config);
  return running;
}

function stored(): { id: string; secret: string } {
  const path = join(dataDirectory, devWebhookEndpointFile);
  expect(statSync(path).mode & 0o777).toBe(0o600);
  return JSON.parse(readFileSync(path, 'utf8')) as { id: string; secret: string };
}

async function endpoints(server: RunningCollab): Promise<{ id: string; url: string }[]> {
  const response = await fetch(`${server.url}/v1/webhook-endpoints`, {
    headers: { authorization: `Bearer ${server.devIntegration?.key}` },
  });
  return ((await response.json()) as { data: { id: string; url: string }[] }).data;
}

describe('given the dev integration across starts', () => {
  it('registers once, reuses and re-points it on a new port, and makes it again when deleted', async () => {
    const first = await start();
    const made = stored();
    expect(made.secret).toMatch(/^whsec_/);
    expect(await endpoints(first)).toEqual([
      expect.objectContaining({ id: made.id, url: `${first.url}/byradesk/webhooks` }),
    ]);
    await first.stop();

    const second = await start();
    expect(stored()).toEqual(made);
    // Port 0: another port, so the same endpoint now points at this start's receiver.
    expect(await endpoints(second)).toEqual([
      expect.objectContaining({ id: made.id, url: `${second.url}/byradesk/webhooks` }),
    ]);
    const deleted = await fetch(`${second.url}/v1/webhook-endpoints/${made.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${second.devIntegration?.key}` },
    });
    expect(deleted.status).toBe(204);
    await second.stop();

    const third = await start();
    const remade = stored();
    expect(remade.id).not.toBe(made.id);
    expect((await endpoints(third)).map((endpoint) => endpoint.id)).toEqual([remade.id]);
    await third.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  });
});
