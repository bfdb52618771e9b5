import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIntegration } from '@collab/api';
import {
  accountUsers,
  agencies,
  customerAccounts,
  employees,
  externalIdentities,
} from '@collab/db';
import { TRPCClientError } from '@trpc/client';
import { eq } from 'drizzle-orm';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/running-server.js';

/**
 * JWKS mode with a real identity provider stand-in: a JWKS served over HTTP on port 0, tokens
 * signed with its private key. The provider's `sub` is its own id, never Collab's; the server
 * maps (iss, sub) to a Collab user by README "External identities".
 */
const issuer = 'https://login.smartabyran.example';
const audience = 'collab';
let jwksServer: Server;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let server: TestServer;
let employee: { id: string; name: string };
let contact: { id: string; name: string; email: string };

async function signToken(claims: JWTPayload & { sub: string }): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
}

/** The caller's name as Collab sees it, or the error code it was refused with. */
async function signInAs(claims: JWTPayload & { sub: string }): Promise<string> {
  try {
    return (await server.client(await signToken(claims)).session.me.query()).name;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as { appCode?: string; httpStatus?: number } | undefined;
      return `${data?.httpStatus} ${data?.appCode}`;
    }
    throw error;
  }
}

beforeAll(async () => {
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  server = await startTestServer({
    DEV_LOGIN: '0',
    AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: audience,
  });

  // The host provisioned one agency and one company account, with its own ids, and said that
  // its identity provider's `sub` is those ids (identityIssuer).
  const { db } = server;
  const integration = createIntegration(
    db,
    { name: 'Smarta Byrån', identityIssuer: issuer },
    new Date(),
  );
  const agency = db.select().from(agencies).get();
  db.update(agencies)
    .set({ integrationId: integration.id })
    .where(eq(agencies.id, agency?.id ?? ''))
    .run();
  const employeeRow = db
    .select()
    .from(employees)
    .where(eq(employees.agencyId, agency?.id ?? ''))
    .get();
  db.update(employees)
    .set({ externalId: 'emp-4711' })
    .where(eq(employees.id, employeeRow?.id ?? ''))
    .run();
  employee = { id: employeeRow?.id ?? '', name: employeeRow?.name ?? '' };
  const contactRow = db.select().from(accountUsers).where(eq(accountUsers.isAdmin, true)).get();
  contact = {
    id: contactRow?.id ?? '',
    name: contactRow?.name ?? '',
    email: contactRow?.email ?? '',
  };
  db.update(customerAccounts)
    .set({ integrationId: integration.id })
    .where(eq(customerAccounts.id, contactRow?.accountId ?? ''))
    .run();
});

afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

describe('given tokens from the host’s identity provider (JWKS)', () => {
  it('signs in a provisioned employee by its external id, and links it', async () => {
    expect(await signInAs({ sub: 'emp-4711' })).toBe(employee.name);
    const link = server.db
      .select()
      .from(externalIdentities)
      .where(eq(externalIdentities.subject, 'emp-4711'))
      .get();
    expect(link).toMatchObject({ issuer, userType: 'employee', userId: employee.id });
  });

  it('does not link a contact person by an unverified e-mail', async () => {
    expect(
      await signInAs({ sub: 'idp-unverified', email: contact.email, email_verified: false }),
    ).toBe('401 IDENTITY_NOT_LINKED');
    expect(await signInAs({ sub: 'idp-no-claim', email: contact.email })).toBe(
      '401 IDENTITY_NOT_LINKED',
    );
  });

  it('links a contact person by a verified e-mail on first sign-in; later sign-ins use the link', async () => {
    expect(
      await signInAs({
        sub: 'idp-contact-1',
        email: contact.email.toUpperCase(),
        email_verified: true,
      }),
    ).toBe(contact.name);
    expect(await signInAs({ sub: 'idp-contact-1' })).toBe(contact.name);
    const link = server.db
      .select()
      .from(externalIdentities)
      .where(eq(externalIdentities.subject, 'idp-contact-1'))
      .get();
    expect(link).toMatchObject({ issuer, userType: 'account_user', userId: contact.id });
    // Linked now: another subject with the same verified e-mail does not take the person over.
    expect(
      await signInAs({ sub: 'idp-intruder', email: contact.email, email_verified: true }),
    ).toBe('401 IDENTITY_NOT_LINKED');
  });

  it('has no development integration: that is for DEV_LOGIN with the demo seed only', () => {
    expect(server.devIntegration).toBeNull();
  });

  it('refuses an identity-provider user Collab does not know, and a Collab id as sub', async () => {
    expect(await signInAs({ sub: 'somebody-else' })).toBe('401 IDENTITY_NOT_LINKED');
    expect(await signInAs({ sub: employee.id })).toBe('401 IDENTITY_NOT_LINKED');
  });

  it('refuses a deactivated person, linked or not', async () => {
    server.db
      .update(employees)
      .set({ deactivatedAt: new Date() })
      .where(eq(employees.id, employee.id))
      .run();
    expect(await signInAs({ sub: 'emp-4711' })).toBe('403 EMPLOYEE_DEACTIVATED');
    server.db
      .update(accountUsers)
      .set({ deactivatedAt: new Date() })
      .where(eq(accountUsers.id, contact.id))
      .run();
    expect(await signInAs({ sub: 'idp-contact-1' })).toBe('403 ACCOUNT_USER_DEACTIVATED');
  });
});
