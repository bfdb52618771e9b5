import type { TestWorld } from '@collab/api/testing';
import { outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { MailLogger } from '../mail-logger.js';
import type { MailMessage, MailTransport } from '../transport.js';

/** What the outbox worker's tests share: loggers, clocks, transports and outbox contents. */

export const publicUrl = 'https://collab.example.se';

export function recordingLogger() {
  const calls: { level: string; details: object; message?: string | undefined }[] = [];
  const logger: MailLogger = {
    info: (details, message) => calls.push({ level: 'info', details, message }),
    warn: (details, message) => calls.push({ level: 'warn', details, message }),
    error: (details, message) => calls.push({ level: 'error', details, message }),
  };
  return { logger, calls };
}

/** A clock the test moves by milliseconds, starting where the world's clock stands. */
export function manualClock(world: TestWorld) {
  let time = world.clock.now().getTime();
  return {
    now: () => new Date(time),
    advance: (milliseconds: number) => {
      time += milliseconds;
    },
  };
}

/** Fails while `failing` is true, quoting the recipient the way real mail servers do. */
export function flakyTransport() {
  const delivered: MailMessage[] = [];
  const state = { failing: true, calls: 0 };
  const transport: MailTransport = {
    async send(message) {
      state.calls += 1;
      if (state.failing) {
        throw Object.assign(
          new Error(`connect ECONNREFUSED 127.0.0.1:2525 while sending to <${message.to}>`),
          { code: 'ESOCKET' },
        );
      }
      delivered.push(message);
    },
    async close() {},
  };
  return { transport, delivered, state };
}

export async function inviteExistingCustomer(world: TestWorld) {
  return world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: [{ service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'agency' } }],
  });
}

export async function activateNewCustomer(world: TestWorld) {
  return world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.newCustomer,
    taskId: world.ids.newCustomerTask,
    services: [{ service: 'utlagg' }],
  });
}

export function emailRows(world: TestWorld) {
  return world.db.select().from(outboxMessages).where(eq(outboxMessages.kind, 'email')).all();
}
