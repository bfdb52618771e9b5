import { z } from 'zod';
import type { Locale } from './locale.js';

export const collaborationStatuses = [
  'pending',
  'active',
  'declined',
  'expired',
  'cancelled',
  'ended',
] as const;
export type CollaborationStatus = (typeof collaborationStatuses)[number];
export const collaborationStatusSchema = z.enum(collaborationStatuses, {
  message: 'UNKNOWN_STATUS',
});

export type CollaborationTransition =
  | 'accept'
  | 'decline'
  | 'cancel'
  | 'expire'
  | 'resend'
  | 'end'
  /** Undoing a cancel, within `invitationUndoMinutes` of it (flow 3). */
  | 'restore';

/**
 * Every allowed status change, in one table. A transition not listed here is refused.
 * `expired` is stored lazily: an invitation past its `expires_at` counts as expired when it
 * is read (see `effectiveStatus`), and it is written as expired when something touches it.
 */
export const collaborationTransitions: Readonly<
  Record<CollaborationStatus, Partial<Record<CollaborationTransition, CollaborationStatus>>>
> = {
  pending: {
    accept: 'active',
    decline: 'declined',
    cancel: 'cancelled',
    expire: 'expired',
    resend: 'pending',
  },
  expired: { resend: 'pending', cancel: 'cancelled' },
  active: { end: 'ended' },
  declined: {},
  // Only by undoing the cancel, within `invitationUndoMinutes`; final after that.
  cancelled: { restore: 'pending' },
  ended: {},
};

export function nextStatus(
  from: CollaborationStatus,
  transition: CollaborationTransition,
): CollaborationStatus | undefined {
  return collaborationTransitions[from][transition];
}

/** Statuses that hold a service for a customer: a second activation of it is a conflict. */
export const occupyingStatuses = ['pending', 'active'] as const satisfies CollaborationStatus[];

/** A pending collaboration whose invitation has passed its expiry is expired. */
export function effectiveStatus(
  status: CollaborationStatus,
  expiresAt: Date | null,
  now: Date,
): CollaborationStatus {
  if (status === 'pending' && expiresAt !== null && expiresAt.getTime() <= now.getTime()) {
    return 'expired';
  }
  return status;
}

export const invitationValidityDays = 30;

/**
 * How long after cancelling an invitation the agency may undo it (`invitations.restore`):
 * long enough to notice a mistake, short enough that nobody acts on the cancel meanwhile.
 */
export const invitationUndoMinutes = 10;
const dayInMilliseconds = 24 * 60 * 60 * 1000;

/** When an invitation sent (or sent again) at `sentAt` stops working: 30 days later. */
export function invitationExpiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + invitationValidityDays * dayInMilliseconds);
}

export const collaborationStatusLabels: Readonly<
  Record<Locale, Record<CollaborationStatus, string>>
> = {
  sv: {
    pending: 'väntande',
    active: 'aktivt',
    declined: 'avböjt',
    expired: 'utgånget',
    cancelled: 'återkallat',
    ended: 'avslutat',
  },
  en: {
    pending: 'pending',
    active: 'active',
    declined: 'declined',
    expired: 'expired',
    cancelled: 'cancelled',
    ended: 'ended',
  },
};

export function isCollaborationStatus(value: unknown): value is CollaborationStatus {
  return typeof value === 'string' && (collaborationStatuses as readonly string[]).includes(value);
}
