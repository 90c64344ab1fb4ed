/**
 * The pure rules of mentoring, reachable by unit tests without a database: which hourly rate is in
 * force on a date, and which session state changes are allowed, by whom.
 */
import type { SessionStatus } from './entities/mentor-session.entity';

export interface DatedRate {
  effectiveFrom: string;
  amountMinor: number;
  currency: string;
}

/**
 * The rate in force on `on` (a `YYYY-MM-DD` date): the one with the latest `effectiveFrom` not after
 * it. A rate from the 15th applies from the 15th itself; before the first rate there is none (null).
 * Each rate runs until the day before the next one's `effectiveFrom`.
 */
export function rateInForce<T extends DatedRate>(rates: readonly T[], on: string): T | null {
  let found: T | null = null;
  for (const rate of rates) {
    if (rate.effectiveFrom <= on && (!found || rate.effectiveFrom > found.effectiveFrom)) found = rate;
  }
  return found;
}

/** Each rate with the last day it is in force (null: still in force), oldest first. */
export function ratePeriods<T extends DatedRate>(rates: readonly T[]): (T & { effectiveTo: string | null })[] {
  const sorted = [...rates].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  return sorted.map((rate, i) => ({ ...rate, effectiveTo: i + 1 < sorted.length ? dayBefore(sorted[i + 1].effectiveFrom) : null }));
}

export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

export type SessionAction = 'confirm' | 'dispute' | 'approve' | 'reject';
export type SessionActor = 'founder' | 'staff';

/**
 * The session's life:
 *
 *   logged ──confirm (founder)──▶ confirmed ──approve | reject (staff)──▶ approved | rejected
 *      │ └──dispute (founder)──▶ disputed ──approve | reject (staff)──▶ approved | rejected
 *      └──────────────approve | reject (staff)──────────────────────▶ approved | rejected
 *
 * A founder answers a logged session once (confirm or dispute) and may take back a dispute by
 * confirming. Staff have the last word from any open state: a founder who never answers does not
 * hold up the mentor's pay, and a dispute is settled by staff (approve: the session stands; reject:
 * it does not). Approved and rejected are final.
 */
export const SESSION_TRANSITIONS: Record<SessionAction, { actor: SessionActor; from: readonly SessionStatus[]; to: SessionStatus }> = {
  confirm: { actor: 'founder', from: ['logged', 'disputed'], to: 'confirmed' },
  dispute: { actor: 'founder', from: ['logged'], to: 'disputed' },
  approve: { actor: 'staff', from: ['logged', 'confirmed', 'disputed'], to: 'approved' },
  reject: { actor: 'staff', from: ['logged', 'confirmed', 'disputed'], to: 'rejected' },
};

/** The state after `action`, or null when it is not allowed from `from`. */
export function nextSessionStatus(from: SessionStatus, action: SessionAction): SessionStatus | null {
  const transition = SESSION_TRANSITIONS[action];
  return transition.from.includes(from) ? transition.to : null;
}

/** The mentor edits a session only while it is logged (before anyone answered it). */
export function sessionEditable(status: SessionStatus): boolean {
  return status === 'logged';
}

/** Longest session: 12 hours. */
export const MAX_SESSION_MINUTES = 720;
