/** Billing periods are calendar months, 'YYYY-MM'; dates are 'YYYY-MM-DD'. Arithmetic in UTC: no timezone shifts a day. */

export function firstDay(period: string): string {
  return `${period}-01`;
}

export function periodOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The periods from `from` to `to`, both included, oldest first. */
export function periodsBetween(from: string, to: string): string[] {
  const periods: string[] = [];
  for (let p = from; p <= to; p = addMonths(p, 1)) periods.push(p);
  return periods;
}

/** Rent is billed in arrears: on a local day, the last period that has ended is the previous month. */
export function lastEndedPeriod(today: string): string {
  return addMonths(periodOf(today), -1);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `HUB-2026-000123`; a credit note `HUB-CN-2026-000004`. */
export function documentNumber(prefix: string, kind: 'invoice' | 'credit_note', year: number, sequence: number): string {
  return `${prefix}-${kind === 'credit_note' ? 'CN-' : ''}${year}-${String(sequence).padStart(6, '0')}`;
}

/** The prefix an organization without billing settings gets: its slug's letters and digits, upper case, 2 to 10 of them. */
export function defaultPrefix(slug: string): string {
  const letters = slug.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return (letters.length >= 2 ? letters : `${letters}INV`).slice(0, 10);
}
