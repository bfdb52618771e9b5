import { outboxMessages } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { TestWorld } from './world.js';

/**
 * Flow 1b in the test world: the full-rights employee invites Ägarbolaget AB, which has an
 * account with two admins (Kim, sv; Lo, en), to eEkonomi. Resolves to the invitation's id.
 */
export async function inviteExistingCustomer(world: TestWorld): Promise<string> {
  const result = await world.callerFor(world.ids.fullEmployee).collaborations.activate({
    customerId: world.ids.existingCustomer,
    taskId: world.ids.existingCustomerTask,
    services: [{ service: 'eekonomi', options: { variant: 'bokforing' } }],
  });
  if (!result.invitation) throw new Error('Expected an invitation.');
  return result.invitation.id;
}

/** The expiry reminders in the outbox, whatever their status. */
export function queuedReminders(world: TestWorld) {
  return world.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.topic, 'invitation_reminder'))
    .all();
}
