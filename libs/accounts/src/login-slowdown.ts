/** The first wait once an email is slowed down; each further failure doubles it, up to the cap. */
export const LOGIN_SLOWDOWN_BASE_MS = 250;

export interface SlowdownSettings {
  /** Failures for the email (from any IP, this window) before attempts for it are slowed down. */
  after: number;
  /** The longest wait; 0 turns the slowdown off. */
  maxMs: number;
  baseMs?: number;
}

/**
 * How long an attempt to log in as an email waits before it is answered, given the failures
 * counted for that email across every client IP: nothing below `after`, then
 * min(base · 2^k, max) where k is the number of failures beyond `after`. The right password
 * waits as long (it still succeeds): the wait must not tell a guesser which answer is coming.
 */
export function slowdownDelayMs(emailFailures: number, { after, maxMs, baseMs = LOGIN_SLOWDOWN_BASE_MS }: SlowdownSettings): number {
  if (maxMs <= 0 || !Number.isFinite(emailFailures) || emailFailures < after) return 0;
  const k = Math.floor(emailFailures - after);
  // 2^31 · base is far beyond any cap; stop doubling before the number gets silly.
  if (k >= 31) return maxMs;
  return Math.min(baseMs * 2 ** k, maxMs);
}
