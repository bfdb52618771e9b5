import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createCaller,
  createInnerContext,
  createIntegration,
  createIntegrationKey,
  createSecretBox,
} from '@collab/api';
import type { CollaborationsListInput } from '@collab/contracts';
import { closeDatabase, createDatabase } from '@collab/db';
import { seedLarge } from '@collab/db/seed';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startCollab } from '../src/collab-server.js';
import { loadConfig } from '../src/config.js';

/**
 * The overview's requests against a floor (docs/architecture.md, "Speed"), issue 17's goal 2:
 *
 *   pnpm --filter @collab/server bench:floor [sizes, default 10000,100000] [seconds, default 5]
 *
 * For each size, a file database is seeded with that many collaborations over 10 agencies (the
 * busiest holds about 10 %, as the issue's measurements). Two servers run in their own
 * processes on that one file:
 * - Collab, as `pnpm start` runs it, answering `collaborations.list` over `/trpc` with the
 *   widget's batched GET and a real widget session token from `POST /v1/sessions`;
 * - the floor: bare Fastify on better-sqlite3 that runs, for the same request, the very SQL
 *   statements Collab runs (captured from Collab's own domain function when the floor starts,
 *   with their parameters, then prepared once), and sends their rows as JSON.
 * The load (autocannon, in this process) cycles through the overview's four requests: the
 * first page, a status filter, the next page by cursor and a name search. Rounds alternate
 * between the two at 1, 10 and 50 connections; the ratio is Collab's throughput over the
 * floor's. The gap is what tRPC, validation, the token check, logging, security headers and
 * Drizzle's query building and row mapping cost. `BENCH_PROFILE=<folder>` writes a CPU profile
 * of Collab's process there.
 */

const agencies = 10;

/** The overview's requests, as the widget sends them: `collaborations.list`, batched. */
function overviewInputs(search: string, cursor: string): Record<string, CollaborationsListInput> {
  return {
    first: {},
    status: { status: ['pending'] },
    next: { cursor },
    search: { search },
  };
}

function batchPath(input: CollaborationsListInput): string {
  return `/trpc/collaborations.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;
}

interface Prepared {
  dataDirectory: string;
  employeeId: string;
  search: string;
}

/** Seeds the file database and makes the busiest agency and one of its employees the host's. */
function prepare(size: number): Prepared {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-floor-'));
  const db = createDatabase({ filename: join(dataDirectory, 'collab.sqlite') });
  const started = performance.now();
  seedLarge(db, {
    agencies,
    customersPerAgency: Math.ceil(size / agencies / 7),
    collaborations: size,
  });
  const client = db.$client;
  const busiest = client
    .prepare(
      'select agency_id as id, count(*) as n from collaboration group by agency_id order by n desc limit 1',
    )
    .get() as { id: string; n: number };
  const employee = client
    .prepare("select id from employee where agency_id = ? and rights = 'full' limit 1")
    .get(busiest.id) as { id: string };
  const customer = client
    .prepare('select name from customer where agency_id = ? limit 1')
    .get(busiest.id) as { name: string };
  const integration = createIntegration(db, { name: 'Bench' }, new Date());
  client
    .prepare("update agency set integration_id = ?, external_id = 'ag-bench' where id = ?")
    .run(integration.id, busiest.id);
  client.prepare("update employee set external_id = 'emp-bench' where id = ?").run(employee.id);
  closeDatabase(db);
  console.log(
    `${size.toLocaleString('en')} collaborations seeded in ${((performance.now() - started) / 1000).toFixed(0)} s; the busiest agency holds ${busiest.n.toLocaleString('en')}`,
  );
  return { dataDirectory, employeeId: employee.id, search: customer.name.slice(0, 5) };
}

type Ready = { url: string; token: string; inputs: Record<string, CollaborationsListInput> };

/** Collab as `pnpm start` runs it, on the seeded file, with a widget session of the employee. */
async function serveCollab(prepared: Prepared): Promise<void> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: prepared.dataDirectory,
    LOG_LEVEL: 'info',
  });
  const running = await startCollab(config, {});
  const integrationId = running.db.$client
    .prepare("select integration_id as id from agency where external_id = 'ag-bench'")
    .get() as { id: string };
  const { key } = createIntegrationKey(running.db, integrationId.id, new Date());
  const session = await fetch(`${running.url}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      user: { type: 'employee', agencyId: 'ag-bench', employeeId: 'emp-bench' },
      expiresInSeconds: 3600,
    }),
  });
  if (session.status !== 201) throw new Error(`session: ${session.status} ${await session.text()}`);
  const { token } = (await session.json()) as { token: string };
  const first = await fetch(`${running.url}${batchPath({})}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const [answer] = (await first.json()) as [{ result: { data: { nextCursor: string } } }];
  const inputs = overviewInputs(prepared.search, answer.result.data.nextCursor);
  process.send?.({ url: running.url, token, inputs } satisfies Ready);
  process.on('disconnect', () => void running.stop().then(() => process.exit(0)));
}

interface CapturedStatement {
  source: string;
  method: 'all' | 'get' | 'run' | 'iterate';
  raw: boolean;
  params: unknown[];
}

/**
 * Runs Collab's own domain function once per request and records every statement it runs on
 * better-sqlite3, with its parameters and mode: better-sqlite3's Statement methods, wrapped on
 * the prototype while the capture runs.
 */
async function captureStatements(
  prepared: Prepared,
  inputs: Record<string, CollaborationsListInput>,
): Promise<Record<string, CapturedStatement[]>> {
  const db = createDatabase({ filename: join(prepared.dataDirectory, 'collab.sqlite') });
  const prototype = Object.getPrototypeOf(db.$client.prepare('select 1')) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  const originals = new Map(
    (['all', 'get', 'run', 'iterate', 'raw'] as const).map((name) => [name, prototype[name]]),
  );
  let recording: CapturedStatement[] = [];
  const rawMode = new WeakSet<object>();
  prototype.raw = function (this: object, ...toggle: unknown[]) {
    if (toggle[0] === false) rawMode.delete(this);
    else rawMode.add(this);
    return originals.get('raw')?.apply(this, toggle);
  };
  for (const method of ['all', 'get', 'run', 'iterate'] as const) {
    prototype[method] = function (this: { source: string }, ...params: unknown[]) {
      recording.push({ source: this.source, method, raw: rawMode.has(this), params });
      return originals.get(method)?.apply(this, params);
    };
  }
  const caller = createCaller(
    createInnerContext({
      db,
      secrets: createSecretBox(new Uint8Array(32)),
      identity: { userId: prepared.employeeId },
    }),
  );
  const captured: Record<string, CapturedStatement[]> = {};
  try {
    for (const [kind, input] of Object.entries(inputs)) {
      recording = [];
      await caller.collaborations.list(input);
      captured[kind] = recording;
    }
  } finally {
    for (const [name, original] of originals) if (original) prototype[name] = original;
    closeDatabase(db);
  }
  return captured;
}

/** Bare Fastify + better-sqlite3 running Collab's captured statements for each request. */
async function serveFloor(prepared: Prepared, inputs: Record<string, CollaborationsListInput>) {
  const captured = await captureStatements(prepared, inputs);
  const db = createDatabase({ filename: join(prepared.dataDirectory, 'collab.sqlite') });
  const byInput = new Map(
    Object.entries(captured).map(([kind, statements]) => [
      JSON.stringify({ 0: inputs[kind] }),
      statements.map((statement) => {
        const prepared = db.$client.prepare(statement.source);
        if (statement.raw) prepared.raw(true);
        return { prepared, ...statement };
      }),
    ]),
  );
  const app = Fastify();
  app.get<{ Querystring: { input: string } }>('/trpc/collaborations.list', async (request) => {
    const statements = byInput.get(request.query.input);
    if (!statements) throw new Error(`unknown input ${request.query.input}`);
    const results = statements.map(({ prepared, method, params }) =>
      method === 'iterate' ? [...prepared.iterate(...params)] : prepared[method](...params),
    );
    return [{ result: { data: results } }];
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const counts = Object.entries(captured).map(([kind, list]) => `${kind} ${list.length}`);
  console.error(`  floor runs Collab's statements per request: ${counts.join(', ')}`);
  process.send?.({ url, token: 'none', inputs } satisfies Ready);
  process.on(
    'disconnect',
    () =>
      void app.close().then(() => {
        closeDatabase(db);
        process.exit(0);
      }),
  );
}

async function startChild(
  role: string,
  argument: object,
): Promise<Ready & { stop(): Promise<unknown> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...process.execArgv,
      // BENCH_PROFILE=<folder> writes a V8 CPU profile of Collab's process there, for
      // chrome://inspect or speedscope: where the time goes that the floor does not spend.
      ...(process.env.BENCH_PROFILE && role === 'serve-collab'
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : []),
      new URL(import.meta.url).pathname,
      role,
      JSON.stringify(argument),
    ],
    { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
  );
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Ready));
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    ...ready,
    stop: () => {
      child.disconnect();
      return exited;
    },
  };
}

async function load(server: Ready, connections: number, seconds: number) {
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: Object.values(server.inputs).map((input) => ({
      method: 'GET' as const,
      path: batchPath(input),
      headers: { authorization: `Bearer ${server.token}` },
    })),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bad };
}

function figures(name: string, result: Awaited<ReturnType<typeof load>>): string {
  const bad = result.bad > 0 ? ` (${result.bad} failed)` : '';
  return `${name} ${result.rps.toFixed(0).padStart(6)} req/s p50 ${String(result.p50).padStart(3)} ms p99 ${String(result.p99).padStart(3)} ms${bad}`;
}

async function main(sizes: number[], seconds: number): Promise<void> {
  console.log(
    `collaborations.list (first page, status, next page, search), ${seconds} s per round`,
  );
  for (const size of sizes) {
    const prepared = prepare(size);
    const collab = await startChild('serve-collab', prepared);
    const floor = await startChild('serve-floor', { prepared, inputs: collab.inputs });
    try {
      for (const connections of [1, 10, 50]) {
        const total = { collab: 0, floor: 0 };
        for (let round = 1; round <= 2; round++) {
          const a = await load(collab, connections, seconds);
          const b = await load(floor, connections, seconds);
          total.collab += a.rps;
          total.floor += b.rps;
          console.log(
            `  ${size.toLocaleString('en').padStart(9)} · ${String(connections).padStart(2)} conn · round ${round}: ${figures('Collab', a)} | ${figures('floor', b)} | ${((100 * a.rps) / b.rps).toFixed(0)} %`,
          );
        }
        console.log(
          `  ${size.toLocaleString('en').padStart(9)} · ${String(connections).padStart(2)} conn: Collab reaches ${((100 * total.collab) / total.floor).toFixed(0)} % of the floor`,
        );
      }
    } finally {
      await Promise.all([collab.stop(), floor.stop()]);
      rmSync(prepared.dataDirectory, { recursive: true, force: true });
    }
  }
}

// Last, so every constant above is initialised before a role runs.
const [role, argument] = process.argv.slice(2);
if (role === 'serve-collab') await serveCollab(JSON.parse(argument ?? '{}') as Prepared);
else if (role === 'serve-floor') {
  const { prepared, inputs } = JSON.parse(argument ?? '{}') as {
    prepared: Prepared;
    inputs: Record<string, CollaborationsListInput>;
  };
  await serveFloor(prepared, inputs);
} else {
  const sizes = (role ?? '10000,100000').split(',').map(Number);
  await main(sizes, Number(argument ?? 5));
}
