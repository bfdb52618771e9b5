import { describe, expect, it } from 'vitest';
import {
  collaborationStatuses,
  collaborationTransitions,
  effectiveStatus,
  nextStatus,
} from './status.js';

describe('given the transition table', () => {
  it('has a row for every status', () => {
    expect(Object.keys(collaborationTransitions).sort()).toEqual([...collaborationStatuses].sort());
  });
  it('lets a pending collaboration be accepted, declined, cancelled or expire', () => {
    expect(nextStatus('pending', 'accept')).toBe('active');
    expect(nextStatus('pending', 'decline')).toBe('declined');
    expect(nextStatus('pending', 'cancel')).toBe('cancelled');
    expect(nextStatus('pending', 'expire')).toBe('expired');
  });
  it('refuses to accept anything that is not pending', () => {
    for (const status of collaborationStatuses.filter((status) => status !== 'pending')) {
      expect(nextStatus(status, 'accept')).toBeUndefined();
    }
  });
  it('treats ended and declined as final, and lets a cancel only be undone', () => {
    for (const status of ['ended', 'declined'] as const) {
      expect(collaborationTransitions[status]).toEqual({});
    }
    expect(collaborationTransitions.cancelled).toEqual({ restore: 'pending' });
  });
});

describe('given an invitation expiry', () => {
  const expiresAt = new Date('2026-12-01T00:00:00Z');
  it('is pending until the moment it expires, and expired from then on', () => {
    expect(effectiveStatus('pending', expiresAt, new Date('2026-11-30T23:59:59Z'))).toBe('pending');
    expect(effectiveStatus('pending', expiresAt, expiresAt)).toBe('expired');
  });
  it('does not touch other statuses', () => {
    expect(effectiveStatus('active', expiresAt, new Date('2027-01-01T00:00:00Z'))).toBe('active');
  });
});
