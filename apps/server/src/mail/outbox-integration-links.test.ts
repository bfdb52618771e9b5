import { createIntegration, updateIntegration } from '@collab/api';
import { createTestWorld, type TestWorld } from '@collab/api/testing';
import { agencies } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker, withToken } from './outbox-worker.js';
import {
  activateNewCustomer,
  inviteExistingCustomer,
  publicUrl,
  recordingLogger,
} from './test-support/outbox-fixtures.js';
import { createDevMailbox, type DeliveredMail } from './transport.js';

/** E-mails link to the pages of the integration that owns their agency (docs/integration-api.md). */
let world: TestWorld;
let integrationId: string;

beforeEach(() => {
  world = createTestWorld();
  integrationId = createIntegration(world.db, { name: 'Smarta Byrån' }, world.clock.now()).id;
  world.db.update(agencies).set({ integrationId }).where(eq(agencies.id, world.ids.agencyA)).run();
});

async function deliver(): Promise<DeliveredMail[]> {
  const mailbox = createDevMailbox();
  const worker = createOutboxWorker({
    db: world.db,
    secrets: world.secrets,
    transport: mailbox,
    publicUrl,
    clock: world.clock,
    logger: recordingLogger().logger,
  });
  await worker.runOnce();
  return mailbox.list();
}

describe('given an integration with its own accept and sign-in pages', () => {
  it('links the invitation to its accept page, keeping its query, with the token that works', async () => {
    updateIntegration(world.db, integrationId, {
      acceptUrl: 'https://app.smartabyran.se/collab/accept?source=mail',
      signInUrl: 'https://app.smartabyran.se/login',
    });
    await inviteExistingCustomer(world);
    const mail = (await deliver()).find((delivered) => delivered.to === 'kim@agarbolaget.se');
    const link = /https:\/\/app\.smartabyran\.se\/collab\/accept\?source=mail&token=([\w-]+)/.exec(
      mail?.text ?? '',
    );
    expect(link).not.toBeNull();
    expect(world.invitationTokens()).toContain(link?.[1]);
    expect(mail?.text).not.toContain(`${publicUrl}/accept`);
    expect(mail?.html).toContain('https://app.smartabyran.se/collab/accept?source=mail&amp;token=');
  });

  it('links the sign-in instructions to its sign-in page', async () => {
    updateIntegration(world.db, integrationId, { signInUrl: 'https://app.smartabyran.se/login' });
    await activateNewCustomer(world);
    const mail = (await deliver()).find((delivered) => delivered.to === 'kontakt@nykund.se');
    expect(mail?.text).toContain('https://app.smartabyran.se/login');
    expect(mail?.text).not.toContain(publicUrl);
  });

  it("falls back to this server's pages when the integration sets none", async () => {
    await inviteExistingCustomer(world);
    await activateNewCustomer(world);
    const delivered = await deliver();
    const invitation = delivered.find((mail) => mail.to === 'kim@agarbolaget.se');
    expect(invitation?.text).toMatch(/https:\/\/collab\.example\.se\/accept\?token=[\w-]+/);
    const signIn = delivered.find((mail) => mail.to === 'kontakt@nykund.se');
    expect(signIn?.text).toContain(publicUrl);
  });
});

describe('given a request to send a prepared invitation (flow 9)', () => {
  async function askColleague(): Promise<string> {
    const created = await world.callerFor(world.ids.standardEmployee).activationRequests.create({
      customerId: world.ids.existingCustomer,
      taskId: world.ids.existingCustomerTask,
      services: [{ service: 'eekonomi' }],
      colleagueId: world.ids.fullEmployee,
    });
    return created.activationRequestId;
  }

  it('links to the host page that shows the invite dialog, with the request id', async () => {
    updateIntegration(world.db, integrationId, {
      signInUrl: 'https://app.smartabyran.se/kunder?flik=collab',
    });
    const requestId = await askColleague();
    const mail = (await deliver()).find((delivered) => delivered.to === 'frida.full@byra.se');
    expect(mail?.text).toContain(
      `https://app.smartabyran.se/kunder?flik=collab&activationRequest=${requestId}`,
    );
    expect(mail?.text).not.toContain(publicUrl);
  });

  it("falls back to this server's page when the integration sets none", async () => {
    const requestId = await askColleague();
    const mail = (await deliver()).find((delivered) => delivered.to === 'frida.full@byra.se');
    expect(mail?.text).toContain(`${publicUrl}/?activationRequest=${requestId}`);
  });
});

describe('given an accept page URL', () => {
  it('adds the token and keeps what the query had', () => {
    expect(withToken('https://a.se/accept', 'abc')).toBe('https://a.se/accept?token=abc');
    expect(withToken('https://a.se/x?lang=sv#top', 'abc')).toBe(
      'https://a.se/x?lang=sv&token=abc#top',
    );
  });
});
