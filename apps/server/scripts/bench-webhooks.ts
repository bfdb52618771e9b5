import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createIntegration,
  createSecretBox,
  createWebhookEndpoint,
  type IntegrationContext,
  putAgency,
  recordEvent,
  systemClock,
} from '@collab/api';
import { createDatabase, type Database, events, webhookDeliveries } from '@collab/db';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { createWebhookWorker } from '../src/webhooks/index.js';

/**
 * Webhook delivery throughput and latency (docs/webhooks.md, "Performance").
 *
 *   pnpm --filter @collab/server bench:webhooks [events, default 10000]
 *
 * The receiver runs in its own process (answers 204 at once, notes when each event came).
 * (a) `events` events already recorded, then the worker starts: deliveries per second to 1
 *     endpoint and to 10 endpoints. The floor is a bare loop POSTing the same signed bodies to
 *     the same receiver at the same concurrency, with no database: the ratio is what leasing,
 *     signing per attempt and recording the attempts cost.
 * (b) change → delivery latency, p50 and p99, of 200 events recorded 10 ms apart, with an
 *     idle outbox and with a busy one (a backlog of `events` events for each of 9 other endpoints).
 */

const total = Number(process.argv[2] ?? 10_000);
const perEndpoint = 4;
const pollIntervalMs = 50;

const receiverSource = `
const http = require('node:http');
let count = 0; const latencies = [];
const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (c) => chunks.push(c));
  request.on('end', () => {
    count++;
    if (request.url === '/latency') {
      const body = JSON.parse(Buffer.concat(chunks).toString());
      latencies.push(Date.now() - Date.parse(body.timestamp));
    }
    response.writeHead(204).end();
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', (m) => {
  if (m === 'count') process.send({ count });
  if (m === 'latencies') { process.send({ latencies }); latencies.length = 0; }
  if (m === 'reset') { count = 0; latencies.length = 0; process.send({ reset: true }); }
});
`;

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    child.send(message);
  });
}

function emit(
  db: Database,
  agencyId: string,
  count: number,
  type: 'access.granted' | 'access.revoked',
) {
  for (let done = 0; done < count; done += 1000) {
    db.transaction((transaction) => {
      for (let index = done; index < Math.min(done + 1000, count); index++) {
        recordEvent(
          transaction,
          {
            type,
            agencyId,
            data: {
              collaborationCollabId: `c-${index}`,
              service: 'eekonomi',
              account: { id: 'acc-1', collabId: 'acc', orgNumber: '556036-0793' },
              subject: {
                type: 'employee',
                id: `e-${index}`,
                collabId: `ec-${index}`,
                name: 'Eva Ek',
                email: 'eva@byra.se',
              },
              reason: 'task_participant',
            },
          },
          new Date(),
        );
      }
    });
  }
}

const pending = (db: Database) =>
  db.get<{ n: number }>(
    sql`select count(*) as n from ${webhookDeliveries} where status = 'pending'`,
  )?.n ?? 0;

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'collab-bench-webhooks-'));
  const receiverFile = join(folder, 'receiver.cjs');
  writeFileSync(receiverFile, receiverSource);
  const receiver = fork(receiverFile, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { port } = await new Promise<{ port: number }>((resolve) =>
    receiver.once('message', (m) => resolve(m as { port: number })),
  );
  const secrets = createSecretBox(randomBytes(32));
  const logger = {
    info() {},
    warn() {},
    error: (details: object, message?: string) => console.error(message, details),
  };

  async function world(endpoints: number, options: { latencyEndpoint?: boolean } = {}) {
    const db = createDatabase({
      filename: join(folder, `bench-${Date.now()}-${Math.random()}.sqlite`),
    });
    const integration = createIntegration(db, { name: 'Bench' }, new Date());
    const context = {
      db,
      clock: systemClock,
      integration: { kind: 'integration' as const, id: integration.id, name: 'Bench', keyId: 'k' },
      locale: 'en' as const,
      secrets,
      urlPolicy: { allowPrivate: true },
    } satisfies IntegrationContext & Record<string, unknown>;
    await putAgency(context, 'ag-1', { name: 'Bench Byrå AB', orgNumber: '556036-0793' });
    const agencyId = db.get<{ id: string }>(sql`select id from agency limit 1`)?.id ?? '';
    const created = [];
    for (let index = 0; index < endpoints; index++) {
      created.push(
        await createWebhookEndpoint(context, {
          url: `http://127.0.0.1:${port}/hooks`,
          eventTypes: ['access.granted'],
          enabled: true,
        }),
      );
    }
    if (options.latencyEndpoint) {
      await createWebhookEndpoint(context, {
        url: `http://127.0.0.1:${port}/latency`,
        eventTypes: ['access.revoked'],
        enabled: true,
      });
    }
    const worker = createWebhookWorker({
      db,
      secrets,
      clock: systemClock,
      logger,
      urlPolicy: { allowPrivate: true },
      pollIntervalMs,
      perEndpointConcurrency: perEndpoint,
    });
    return { db, agencyId, worker, secret: created[0]?.secret ?? '' };
  }

  async function waitForCount(target: number): Promise<void> {
    for (;;) {
      const { count } = await ask<{ count: number }>(receiver, 'count');
      if (count >= target) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function throughput(endpoints: number) {
    await ask(receiver, 'reset');
    const w = await world(endpoints);
    const eventCount = Math.floor(total / endpoints);
    emit(w.db, w.agencyId, eventCount, 'access.granted');
    const started = performance.now();
    w.worker.start();
    await waitForCount(eventCount * endpoints);
    const seconds = (performance.now() - started) / 1000;
    await w.worker.stop();
    if (pending(w.db) !== 0) throw new Error('deliveries left pending');
    const body = JSON.stringify(
      w.db.select({ payload: events.payload }).from(events).limit(1).get()?.payload,
    );
    return {
      deliveries: eventCount * endpoints,
      perSecond: (eventCount * endpoints) / seconds,
      body,
      secret: w.secret,
    };
  }

  async function floor(deliveries: number, endpoints: number, body: string, secret: string) {
    await ask(receiver, 'reset');
    const agent = new http.Agent({ keepAlive: true });
    const signer = new Webhook(secret);
    let next = 0;
    const started = performance.now();
    const lane = async () => {
      while (next < deliveries) {
        next++;
        const id = `msg_${next}`;
        const now = new Date();
        await new Promise<void>((resolve, reject) => {
          const request = http.request(
            {
              host: '127.0.0.1',
              port,
              path: '/hooks',
              method: 'POST',
              agent,
              headers: {
                'content-type': 'application/json',
                'webhook-id': id,
                'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
                'webhook-signature': signer.sign(id, now, body),
                'content-length': Buffer.byteLength(body),
              },
            },
            (response) => {
              response.resume();
              response.on('end', () => resolve());
            },
          );
          request.on('error', reject);
          request.end(body);
        });
      }
    };
    await Promise.all(Array.from({ length: perEndpoint * endpoints }, lane));
    agent.destroy();
    return deliveries / ((performance.now() - started) / 1000);
  }

  async function latency(busy: boolean) {
    await ask(receiver, 'reset');
    const w = await world(busy ? 9 : 0, { latencyEndpoint: true });
    if (busy) emit(w.db, w.agencyId, total, 'access.granted');
    w.worker.start();
    for (let index = 0; index < 200; index++) {
      emit(w.db, w.agencyId, 1, 'access.revoked');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    let latencies: number[] = [];
    while (latencies.length < 200) {
      latencies = latencies.concat(
        (await ask<{ latencies: number[] }>(receiver, 'latencies')).latencies,
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const backlogLeft = pending(w.db);
    await w.worker.stop();
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    return { p50: at(0.5), p99: at(0.99), backlogLeft };
  }

  console.log(
    `bench:webhooks — ${total} deliveries per run, ${perEndpoint} in flight per endpoint, poll ${pollIntervalMs} ms`,
  );
  for (const endpoints of [1, 10]) {
    const run = await throughput(endpoints);
    const bare = await floor(run.deliveries, endpoints, run.body, run.secret);
    console.log(
      `  ${String(endpoints).padStart(2)} endpoint(s): ${run.perSecond.toFixed(0)} deliveries/s; floor (bare signed POST loop, no DB) ${bare.toFixed(0)}/s; ratio ${(run.perSecond / bare).toFixed(2)}`,
    );
  }
  for (const busy of [false, true]) {
    const result = await latency(busy);
    console.log(
      `  latency change → delivery, ${busy ? `busy outbox (${total} events queued for each of 9 other endpoints; ${result.backlogLeft} still pending at the end)` : 'idle outbox'}: p50 ${result.p50} ms, p99 ${result.p99} ms`,
    );
  }
  receiver.kill();
  rmSync(folder, { recursive: true, force: true });
}

await main();
