import { describe, expect, it } from 'vitest';
import { eventSchema, eventTypes } from './events.js';

const customer = { id: 'cust_1', collabId: 'c-1', name: 'Kafé Ärlig AB', orgNumber: '556677-8899' };

describe('the event catalogue', () => {
  it('has a schema per type, and the envelope refuses data of another type', () => {
    expect(eventTypes).toContain('access.granted');
    const base = {
      id: 'evt_1',
      timestamp: '2026-12-03T10:00:00.000Z',
      integrationId: 'int-1',
      agencyId: 'agency_1',
      sequence: 1,
    };
    const declined = {
      ...base,
      type: 'invitation.declined',
      data: {
        invitation: {
          collabId: 'inv-1',
          status: 'declined',
          services: ['eekonomi'],
          expiresAt: '2026-12-10T10:00:00.000Z',
          sendCount: 1,
        },
        customer,
        collaborations: [],
        actor: { type: 'system' },
        reason: 'Vi byter byrå',
      },
    };
    expect(eventSchema.safeParse(declined).success).toBe(true);
    expect(eventSchema.safeParse({ ...declined, type: 'access.granted' }).success).toBe(false);
  });
});
