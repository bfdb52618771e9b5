import { type Clock, createIntegration, createIntegrationKey } from '@collab/api';
import { formatOrgNumber, luhnCheckDigit } from '@collab/contracts';
import { sql } from 'drizzle-orm';
import { startTestServer } from '../../test-support/running-server.js';

/**
 * A real server (port 0, temporary data folder, demo seed) with two integrations, A and B,
 * each with a live secret key, and helpers to call `/v1` over HTTP as either.
 */
export async function startV1Server(
  options: Parameters<typeof startTestServer>[1] & { clock?: Clock } = {},
  environment: NodeJS.ProcessEnv = {},
) {
  const server = await startTestServer(environment, options);
  const now = new Date();
  const integrationA = createIntegration(server.db, { name: 'Smarta Byrån' }, now);
  const integrationB = createIntegration(server.db, { name: 'Annan värd' }, now);
  const keyA = createIntegrationKey(server.db, integrationA.id, now);
  const keyB = createIntegrationKey(server.db, integrationB.id, now);

  /** Calls `/v1` with a key (or none) and a JSON body (or none). */
  function v1(
    method: string,
    path: string,
    options: { key?: string | null; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const key = options.key === undefined ? keyA.key : options.key;
    const headers: Record<string, string> = {
      'accept-language': 'en',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    };
    return server.request(path, {
      method,
      headers,
      ...(options.body !== undefined
        ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
        : {}),
    });
  }

  /** Every table's row count, to prove a refused request wrote nothing (audit rows included). */
  function rowCounts(): Record<string, number> {
    const tables = server.db.all<{ name: string }>(
      sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name`,
    );
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        server.db.get<{ n: number }>(sql.raw(`select count(*) as n from "${name}"`))?.n ?? 0,
      ]),
    );
  }

  return { ...server, integrationA, integrationB, keyA, keyB, v1, rowCounts };
}

export type V1Server = Awaited<ReturnType<typeof startV1Server>>;

/** A valid Swedish organisation number (Luhn) from any number. */
export function orgNumber(seed: number): string {
  const body = `55${String(seed).padStart(7, '0')}`.slice(0, 9);
  return formatOrgNumber(`${body}${luhnCheckDigit(body)}`);
}

export const agencyBody = (seed = 1) => ({ name: `Byrå ${seed} AB`, orgNumber: orgNumber(seed) });
export const employeeBody = (seed = 1, rights: 'full' | 'standard' = 'full') => ({
  name: `Anställd ${seed}`,
  email: `anstalld${seed}@byra.se`,
  rights,
});
export const customerBody = (seed = 1, accountManagerId: string | null = null) => ({
  name: `Kund ${seed} AB`,
  orgNumber: orgNumber(1000 + seed),
  companyType: 'aktiebolag',
  contact: { name: `Kontakt ${seed}`, email: `kontakt${seed}@kund.se` },
  accountManagerId,
});
export const taskBody = (customerId: string, ownerId: string, participantIds: string[] = []) => ({
  customerId,
  name: 'Bokslut 2026',
  ownerId,
  participantIds,
});
export const accountBody = (seed = 1) => ({
  name: `Konto ${seed} AB`,
  orgNumber: orgNumber(2000 + seed),
});
export const accountUserBody = (seed = 1, isAdmin = true) => ({
  name: `Användare ${seed}`,
  email: `anvandare${seed}@kund.se`,
  isAdmin,
});

/** The problem body of a response, checked to be `application/problem+json`. */
export async function problemOf(response: Response) {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json'))
    throw new Error(`Not a problem (${response.status}, ${type}): ${await response.text()}`);
  return (await response.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance?: string;
    appCode: string;
    params: Record<string, string | number>;
    errors: Record<string, { code: string; message: string }[]> | null;
    requestId?: string;
  };
}
