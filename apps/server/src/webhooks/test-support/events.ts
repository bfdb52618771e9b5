import { recordEvent } from '@collab/api';
import { agencies, type Database } from '@collab/db';
import { eq } from 'drizzle-orm';

/** Collab's own id of an agency the integration provisioned under `externalId`. */
export function agencyCollabId(db: Database, integrationId: string, externalId: string): string {
  const found = db
    .select({ id: agencies.id, externalId: agencies.externalId })
    .from(agencies)
    .where(eq(agencies.integrationId, integrationId))
    .all()
    .find((agency) => agency.externalId === externalId);
  if (!found) throw new Error(`No agency ${externalId}`);
  return found.id;
}

/**
 * `count` access.granted events for the agency, each written with its deliveries as a change
 * would write them (recordEvent). Resolves to their ids, oldest first.
 */
export function emitEvents(db: Database, agencyId: string, count: number): string[] {
  return db.transaction((transaction) => {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const event = recordEvent(
        transaction,
        {
          type: 'access.granted',
          agencyId,
          data: {
            collaborationCollabId: `collab-${index}`,
            service: 'eekonomi',
            account: { id: 'acc-1', collabId: 'acc-collab', orgNumber: '556036-0793' },
            subject: {
              type: 'employee',
              id: `emp-${index}`,
              collabId: `emp-collab-${index}`,
              name: `Anställd ${index}`,
              email: `anstalld${index}@byra.se`,
            },
            reason: 'task_participant',
          },
        },
        new Date(),
      );
      if (event) ids.push(event.id);
    }
    return ids;
  });
}
