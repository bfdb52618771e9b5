import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIntegration, createIntegrationKey } from '@collab/api';
import { formatOrgNumber, luhnCheckDigit } from '@collab/contracts';
import { createDatabase } from '@collab/db';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startCollab } from '../src/collab-server.js';
import { loadConfig } from '../src/config.js';

/**
 * The integration API's throughput, measured against a floor (docs/architecture.md, "/v1").
 *
 *   pnpm --filter @collab/server bench:v1 [seconds per round, default 10]
 *
 * (a) PUT of one employee, alternating between three bodies so every request really writes,
 *     at 20 concurrent connections (autocannon): requests/s, p50 and p99. Rounds alternate
 *     between Collab's `/v1` and a floor: bare Fastify on better-sqlite3 running the same
 *     upsert SQL (agency lookup, employee lookup, update with version + 1, audit row) on the
 *     same schema, in one transaction. Each server runs in its own process, so the load
 *     generator does not share its event loop. The ratio says what validation, auth,
 *     problem details, logging, helmet and the domain's rules cost.
 * (b) POST sync of 10,000 records (5,000 employees and 5,000 customers) into a new agency,
 *     then the same call again (all unchanged). The goal is ≤ 3 s.
 */

function orgNumber(seed: number): string {
  const body = `55${String(seed).padStart(7, '0')}`.slice(0, 9);
  return formatOrgNumber(`${body}${luhnCheckDigit(body)}`);
}

/** The three bodies the PUT alternates between: each differs from the one before. */
const bodies = ['Eva Ek', 'Eva Ek-Berg', 'Eva Berg'].map((name) =>
  JSON.stringify({ name, email: 'eva@byra.se', rights: 'full' }),
);

async function serveCollab(): Promise<void> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-bench-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDirectory,
    LOG_LEVEL: 'warn',
  });
  const running = await startCollab(config, { integrationRequestsPerMinute: 10_000_000 });
  const integration = createIntegration(running.db, { name: 'Bench' }, new Date());
  const { key } = createIntegrationKey(running.db, integration.id, new Date());
  const put = await fetch(`${running.url}/v1/agencies/ag-1`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Byrå AB', orgNumber: orgNumber(1) }),
  });
  if (put.status !== 201) throw new Error(`agency: ${put.status}`);
  process.send?.({ url: running.url, key });
  process.on('disconnect', () => {
    void running.stop().then(() => rmSync(dataDirectory, { recursive: true, force: true }));
  });
}

async function serveFloor(): Promise<void> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'collab-floor-'));
  const db = createDatabase({ filename: join(dataDirectory, 'floor.sqlite') });
  const client = db.$client;
  const integration = createIntegration(db, { name: 'Floor' }, new Date());
  client
    .prepare(
      'insert into agency (id, name, org_number, integration_id, external_id, version, created_at) values (?, ?, ?, ?, ?, 1, ?)',
    )
    .run(crypto.randomUUID(), 'Floor AB', '5500000017', integration.id, 'ag-1', Date.now());
  const findAgency = client.prepare(
    'select id from agency where integration_id = ? and external_id = ?',
  );
  const findEmployee = client.prepare(
    'select id, name, email, rights, locale, version from employee where agency_id = ? and external_id = ?',
  );
  const insertEmployee = client.prepare(
    'insert into employee (id, agency_id, name, email, rights, locale, external_id, version, created_at) values (?, ?, ?, ?, ?, ?, ?, 1, ?)',
  );
  const updateEmployee = client.prepare(
    'update employee set name = ?, email = ?, rights = ?, locale = ?, version = ? where id = ?',
  );
  const insertAudit = client.prepare(
    "insert into audit_event (id, agency_id, actor_type, actor_id, action, before, after, created_at) values (?, ?, 'integration', ?, 'employee.provisioned', ?, ?, ?)",
  );
  type Row = {
    id: string;
    name: string;
    email: string;
    rights: string;
    locale: string;
    version: number;
  };
  const upsert = client.transaction((agencyId: string, employeeId: string, input: Row) => {
    const agency = findAgency.get(integration.id, agencyId) as { id: string } | undefined;
    if (!agency) return null;
    const existing = findEmployee.get(agency.id, employeeId) as Row | undefined;
    const now = Date.now();
    if (!existing) {
      const id = crypto.randomUUID();
      insertEmployee.run(
        id,
        agency.id,
        input.name,
        input.email,
        input.rights,
        input.locale,
        employeeId,
        now,
      );
      insertAudit.run(
        crypto.randomUUID(),
        agency.id,
        integration.id,
        null,
        JSON.stringify(input),
        now,
      );
      return { ...input, id, version: 1 };
    }
    if (existing.name === input.name && existing.email === input.email) return existing;
    const version = existing.version + 1;
    updateEmployee.run(input.name, input.email, input.rights, input.locale, version, existing.id);
    insertAudit.run(
      crypto.randomUUID(),
      agency.id,
      integration.id,
      JSON.stringify(existing),
      JSON.stringify(input),
      now,
    );
    return { ...existing, ...input, version };
  });
  const app = Fastify();
  app.put<{ Params: { agencyId: string; employeeId: string }; Body: Row }>(
    '/v1/agencies/:agencyId/employees/:employeeId',
    async (request, reply) => {
      const row = upsert(request.params.agencyId, request.params.employeeId, {
        ...request.body,
        locale: 'sv',
      });
      if (!row) return reply.code(404).send({ error: 'not found' });
      return row;
    },
  );
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ url, key: 'none' });
  process.on('disconnect', () => {
    void app.close().then(() => rmSync(dataDirectory, { recursive: true, force: true }));
  });
}

async function startChild(which: 'serve-collab' | 'serve-floor') {
  const child: ChildProcess = spawn(
    process.execPath,
    [...process.execArgv, new URL(import.meta.url).pathname, which],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const ready = await new Promise<{ url: string; key: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { url: string; key: string }));
    child.once('exit', (code) => reject(new Error(`${which} exited with ${code}`)));
  });
  return { ...ready, stop: () => child.disconnect() };
}

async function putLoad(url: string, key: string, seconds: number) {
  const result = await autocannon({
    url,
    connections: 20,
    duration: seconds,
    requests: bodies.map((body) => ({
      method: 'PUT' as const,
      path: '/v1/agencies/ag-1/employees/emp-1',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body,
    })),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bad };
}

async function main(seconds: number): Promise<void> {
  console.log(`(a) PUT one employee, 20 connections, ${seconds} s per round, rounds alternating`);
  const collab = await startChild('serve-collab');
  const floor = await startChild('serve-floor');
  const rounds: { collab: number; floor: number }[] = [];
  try {
    for (let round = 1; round <= 2; round++) {
      const a = await putLoad(collab.url, collab.key, seconds);
      const b = await putLoad(floor.url, floor.key, seconds);
      rounds.push({ collab: a.rps, floor: b.rps });
      console.log(
        `  round ${round}: /v1 ${a.rps.toFixed(0)} req/s p50 ${a.p50} ms p99 ${a.p99} ms (${a.bad} not 2xx)` +
          ` | floor ${b.rps.toFixed(0)} req/s p50 ${b.p50} ms p99 ${b.p99} ms (${b.bad} not 2xx)` +
          ` | ratio ${(a.rps / b.rps).toFixed(2)}`,
      );
    }
    const total = rounds.reduce(
      (sum, r) => ({ collab: sum.collab + r.collab, floor: sum.floor + r.floor }),
      { collab: 0, floor: 0 },
    );
    console.log(`  /v1 reaches ${((100 * total.collab) / total.floor).toFixed(0)} % of the floor`);

    console.log('(b) POST /v1/agencies/{id}/sync, 5,000 employees + 5,000 customers, new agency');
    const headers = { authorization: `Bearer ${collab.key}`, 'content-type': 'application/json' };
    await fetch(`${collab.url}/v1/agencies/ag-sync`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ name: 'Sync Byrå AB', orgNumber: orgNumber(2) }),
    });
    const body = JSON.stringify({
      employees: Array.from({ length: 5000 }, (_, i) => ({
        id: `e-${i}`,
        name: `Anställd ${i}`,
        email: `anstalld${i}@byra.se`,
        rights: i % 10 === 0 ? 'full' : 'standard',
      })),
      customers: Array.from({ length: 5000 }, (_, i) => ({
        id: `c-${i}`,
        name: `Kund ${i} AB`,
        orgNumber: orgNumber(10_000 + i),
        companyType: 'aktiebolag',
        contact: { name: `Kontakt ${i}`, email: `kontakt${i}@kund.se` },
        accountManagerId: `e-${i % 5000}`,
      })),
    });
    console.log(`  body ${(body.length / 1024 / 1024).toFixed(1)} MB`);
    for (const label of ['first (all created)', 'again (all unchanged)']) {
      const started = performance.now();
      const response = await fetch(`${collab.url}/v1/agencies/ag-sync/sync`, {
        method: 'POST',
        headers,
        body,
      });
      const result = (await response.json()) as { counts?: Record<string, number> };
      const elapsed = (performance.now() - started) / 1000;
      console.log(
        `  ${label}: ${elapsed.toFixed(2)} s, HTTP ${response.status}, ${JSON.stringify(result.counts)}${elapsed <= 3 ? '' : '  (over the 3 s goal)'}`,
      );
    }
  } finally {
    collab.stop();
    floor.stop();
  }
}

// Last, so every constant above is initialised before a role runs.
const role = process.argv[2];
if (role === 'serve-collab') await serveCollab();
else if (role === 'serve-floor') await serveFloor();
else await main(Number(process.argv[2] ?? 10));
