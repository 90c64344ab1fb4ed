/**
 * The arithmetic of mentor statements, reachable by unit tests without a database. The SQL of the
 * run (mentor-statements.sql.ts) computes the same amounts; the e2e suite checks they agree.
 */

/**
 * What one session earns: the hourly rate (minor units) × the approved minutes / 60, rounded half up
 * to the currency's minor unit — an exact half goes up (rate 25 for 6 minutes is 2.5 → 3), anything
 * below a half down. Computed in integers (BigInt): floor((2·rate·minutes + 60) / 120), which is
 * floor(rate·minutes/60 + ½) for non-negative amounts. Each line is rounded on its own and a total is
 * the sum of its rounded lines, so a statement always adds up as printed.
 */
export function sessionAmountMinor(rateMinor: number | bigint, minutes: number): bigint {
  const rate = BigInt(rateMinor);
  const m = BigInt(minutes);
  if (rate < 0n || m < 0n) throw new RangeError('rate and minutes are never negative');
  return (2n * rate * m + 60n) / 120n;
}

/** The same rule as SQL over bigint columns (integer division truncates; the operands are non-negative). */
export const SESSION_AMOUNT_SQL = (rate: string, minutes: string) => `((${rate})::bigint * (${minutes}) * 2 + 60) / 120`;

export interface StatementLineAmount {
  kind: 'session' | 'adjustment' | 'success_fee';
  amountMinor: number | bigint;
  currency: string;
  minutes?: number | null;
}

export interface StatementTotal {
  currency: string;
  sessionsMinor: bigint;
  adjustmentsMinor: bigint;
  successFeesMinor: bigint;
  totalMinor: bigint;
  minutes: number;
}

/** Totals per currency (alphabetical), never summed across currencies. */
export function statementTotals(lines: readonly StatementLineAmount[]): StatementTotal[] {
  const byCurrency = new Map<string, StatementTotal>();
  for (const line of lines) {
    const total = byCurrency.get(line.currency) ?? { currency: line.currency, sessionsMinor: 0n, adjustmentsMinor: 0n, successFeesMinor: 0n, totalMinor: 0n, minutes: 0 };
    const amount = BigInt(line.amountMinor);
    if (line.kind === 'session') total.sessionsMinor += amount;
    else if (line.kind === 'adjustment') total.adjustmentsMinor += amount;
    else total.successFeesMinor += amount;
    total.totalMinor += amount;
    total.minutes += line.minutes ?? 0;
    byCurrency.set(line.currency, total);
  }
  return [...byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

// ---- calendar months (YYYY-MM) ----

const MONTH = /^(\d{4})-(\d{2})$/;

function index(month: string): number {
  const match = MONTH.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new RangeError(`not a month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function fromIndex(i: number): string {
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The month of a `YYYY-MM-DD` date. */
export const monthOf = (date: string): string => date.slice(0, 7);
export const addMonths = (month: string, n: number): string => fromIndex(index(month) + n);
/** The first day, `YYYY-MM-01`. */
export const firstDay = (month: string): string => `${month}-01`;

/** Every month from `from` to `to`, both included (none when from > to). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = index(from); i <= index(to); i++) out.push(fromIndex(i));
  return out;
}

/**
 * The last month whose statements are due on local day `today`: the month before today's. A month's
 * statements are due from local midnight starting the 1st of the next month, in the organization's
 * timezone (so "today" is the organization's date).
 */
export const lastEndedMonth = (today: string): string => addMonths(monthOf(today), -1);
