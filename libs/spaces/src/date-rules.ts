/** Calendar dates as 'YYYY-MM-DD' strings; arithmetic in UTC so no timezone shifts a day. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The local calendar date of an instant in a timezone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The notice rule: a lease on a plan with `noticeDays` days of notice may end, without a reason, on
 * today + noticeDays at the earliest. Only shortening a lease is checked (extending needs no notice).
 */
export function earliestEndWithoutReason(today: string, noticeDays: number): string {
  return addDays(today, noticeDays);
}

export function needsReason(input: { currentEndsOn: string | null; newEndsOn: string; today: string; noticeDays: number }): boolean {
  const shortening = input.currentEndsOn === null || input.newEndsOn < input.currentEndsOn;
  return shortening && input.newEndsOn < earliestEndWithoutReason(input.today, input.noticeDays);
}

/** Failed or withdrawn on `on`: the lease ends `noticeDays` later, never before its first day, never later than it already ends. */
export function endAfterOutcome(lease: { startsOn: string; endsOn: string | null }, on: string, noticeDays: number): string | null {
  let target = addDays(on, noticeDays);
  if (target < lease.startsOn) target = lease.startsOn;
  if (lease.endsOn !== null && lease.endsOn <= target) return null; // already ends by then: nothing to change
  return target;
}
