import { describe, expect, it } from 'vitest';
import { deriveGrants, type GrantSource } from './access.js';

const source: GrantSource = {
  status: 'active',
  service: 'eekonomi',
  taskId: 'task-1',
  participantIds: ['anna', 'bertil', 'anna'],
  accountUsers: [
    { id: 'contact', email: 'Kim@Foretag.se', isAdmin: true },
    { id: 'admin', email: 'admin@foretag.se', isAdmin: true },
    { id: 'user', email: 'user@foretag.se', isAdmin: false },
  ],
  contactEmail: 'kim@foretag.se',
};

describe('given an active linked collaboration', () => {
  it('grants the participants once each, the contact person, and the other admins', () => {
    expect(deriveGrants(source)).toEqual([
      { subjectType: 'employee', subjectId: 'anna', reason: 'task_participant' },
      { subjectType: 'employee', subjectId: 'bertil', reason: 'task_participant' },
      { subjectType: 'account_user', subjectId: 'contact', reason: 'contact_person' },
      { subjectType: 'account_user', subjectId: 'admin', reason: 'account_admin' },
    ]);
  });
});

describe('given a collaboration that is not active and linked', () => {
  it.each(['pending', 'declined', 'expired', 'cancelled', 'ended'] as const)(
    'grants nothing when %s',
    (status) => {
      expect(deriveGrants({ ...source, status })).toEqual([]);
    },
  );
  it('grants nothing while unlinked', () => {
    expect(deriveGrants({ ...source, service: null, taskId: null })).toEqual([]);
  });
});
