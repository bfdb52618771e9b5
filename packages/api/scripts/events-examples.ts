/**
 * Runs every flow once in a known world and prints one event of each type of the catalogue,
 * as JSON keyed by type: the examples of docs/events.md come from here (ids and times vary
 * from run to run). Usage: pnpm --filter @collab/api events:examples
 */
import { randomBytes } from 'node:crypto';

const { collaborations, events } = await import('@collab/db');
const { asc, eq } = await import('drizzle-orm');
const { createCaller } = await import('../src/root.js');
const { createInnerContext } = await import('../src/context.js');
const { createSecretBox } = await import('../src/secret-box.js');
const { collabIdOf, createIntegrationWorld, customerInput, provisionBasics } = await import(
  '../src/test-support/integration.js'
);
const { putCustomer } = await import('../src/domain/integration/provision-customers.js');
const { putTask } = await import('../src/domain/integration/provision-tasks.js');
const { expireInvitations } = await import('../src/domain/invitation-expiry.js');

const world = createIntegrationWorld();
const { db, a, clock } = world;
const secrets = createSecretBox(randomBytes(32));
const as = (userId: string) =>
  createCaller(createInnerContext({ db, secrets, clock, locale: 'en', identity: { userId } }));

await provisionBasics(a);
await putCustomer(
  a,
  'ag-1',
  'cus-2',
  customerInput({
    name: 'Nybolaget AB',
    orgNumber: '202100-6255',
    contact: { name: 'Nora Ny', email: 'nora@nybolaget.se', phone: undefined },
  }),
);
await putTask(a, 'ag-1', 'task-2', {
  customerId: 'cus-2',
  name: 'Löner',
  ownerId: 'emp-1',
  participantIds: ['emp-2'],
});
const id = (kind: 'employee' | 'customer' | 'task', externalId: string) =>
  collabIdOf(db, a, kind, 'ag-1', externalId);
const employee = as(id('employee', 'emp-1'));
const admin = as(collabIdOf(db, a, 'account_user', 'acc-1', 'usr-admin'));
const cus1 = { customerId: id('customer', 'cus-1'), taskId: id('task', 'task-1') };

// Activation without an account, and an invitation answered every way.
await employee.collaborations.activate({
  customerId: id('customer', 'cus-2'),
  taskId: id('task', 'task-2'),
  services: [{ service: 'eekonomi' }],
});
const invite = async (service: 'scanner' | 'utlagg' | 'skatt_bokslut_pro') =>
  (await employee.collaborations.activate({ ...cus1, services: [{ service }] })).invitation?.id ??
  '';
const accepted = await invite('scanner');
clock.advanceMinutes(60);
await employee.invitations.resend({ invitationId: accepted });
await admin.invitations.accept({ invitationId: accepted });
const declined = await invite('utlagg');
await admin.invitations.decline({ invitationId: declined, reason: 'We do our own expenses' });
await employee.invitations.cancel({ invitationId: await invite('skatt_bokslut_pro') });
await invite('utlagg');

// Changes of an active collaboration, and an imported one linked.
const [eekonomi] = db
  .select()
  .from(collaborations)
  .where(eq(collaborations.service, 'eekonomi'))
  .orderBy(asc(collaborations.createdAt))
  .all();
if (eekonomi) {
  await employee.collaborations.update({
    collaborationId: eekonomi.id,
    version: eekonomi.version,
    options: { variant: 'pro' },
  });
}
const scanner = db.select().from(collaborations).where(eq(collaborations.service, 'scanner')).get();
await admin.collaborations.end({
  collaborationId: scanner?.id ?? '',
  reason: 'We scan with another service now',
});
const unlinked = crypto.randomUUID();
const at = clock.now();
db.insert(collaborations)
  .values({
    id: unlinked,
    agencyId: collabIdOf(db, a, 'agency', 'ag-1'),
    customerId: id('customer', 'cus-2'),
    accountId: eekonomi?.accountId ?? '',
    service: null,
    legacyServiceName: 'Byråstöd Plus',
    options: {},
    status: 'active',
    activatedAt: at,
    createdAt: at,
    updatedAt: at,
  })
  .run();
await employee.collaborations.link({
  collaborationId: unlinked,
  taskId: id('task', 'task-2'),
  selection: { service: 'ekonomioversikt' },
});
clock.advanceMinutes(31 * 24 * 60);
await expireInvitations(db, clock.now());

const examples: Record<string, unknown> = {};
for (const row of db.select().from(events).orderBy(asc(events.id)).all()) {
  examples[row.type] ??= row.payload;
}
console.log(JSON.stringify(examples, null, 2));
