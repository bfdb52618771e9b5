import { createTestWorld, type TestWorld } from '@collab/api/testing';
import { agencies } from '@collab/db';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from './outbox-worker.js';
import {
  inviteExistingCustomer,
  publicUrl,
  recordingLogger,
} from './test-support/outbox-fixtures.js';
import { createDevMailbox, type DeliveredMail } from './transport.js';

/*
 * The worker heads an e-mail an agency causes with the agency as it is at delivery: its name,
 * and its logo when set (docs/integration-api.md, "Agencies").
 */
let world: TestWorld;

beforeEach(() => {
  world = createTestWorld();
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

function agencyNameOf(): string {
  return (
    world.db
      .select({ name: agencies.name })
      .from(agencies)
      .where(eq(agencies.id, world.ids.agencyA))
      .get()?.name ?? ''
  );
}

describe('an invitation e-mail', () => {
  it('shows the logo the agency has when the e-mail is sent', async () => {
    await inviteExistingCustomer(world);
    const logoUrl = 'https://cdn.example.se/alfa/logo.png';
    world.db.update(agencies).set({ logoUrl }).where(eq(agencies.id, world.ids.agencyA)).run();
    const mail = (await deliver()).find((delivered) => delivered.to === 'kim@agarbolaget.se');
    expect(mail?.html).toContain(
      `<img src="${logoUrl}" alt="${agencyNameOf()}" width="48" height="48"`,
    );
    expect(mail?.text.startsWith(`${agencyNameOf()}\n\n`)).toBe(true);
  });

  it('shows the name alone when the agency has no logo', async () => {
    await inviteExistingCustomer(world);
    const mail = (await deliver()).find((delivered) => delivered.to === 'kim@agarbolaget.se');
    expect(mail?.html).not.toContain('<img');
    expect(mail?.html).toContain(`Collab skickade det här meddelandet för ${agencyNameOf()}.`);
  });
});
