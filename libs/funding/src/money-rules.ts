import { minorUnitDigits } from '@hatchery/core';

/**
 * The arithmetic of funding, pure so unit tests reach it: the enrolment year a date falls in,
 * the minor unit of a currency, and a conversion at a given rate, rounded half up.
 */

/** Dates are `YYYY-MM-DD` calendar dates; this adds whole years, a 29 February becoming 28 February. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

export interface EnrolmentYear {
  /** 1 for the first year. */
  year: number;
  startsOn: string;
  /** The year's last day (the day before the next year starts). */
  endsOn: string;
}

/**
 * The enrolment year that `on` falls in. Year N (N = 1, 2, …) runs from start + (N − 1) years to
 * the day before start + N years, with a start on 29 February moving to 28 February in years
 * that lack it. A date before the start counts in year 1.
 */
export function enrolmentYear(startsOn: string, on: string): EnrolmentYear {
  let n = 0;
  if (on >= startsOn) {
    n = Math.max(0, Number(on.slice(0, 4)) - Number(startsOn.slice(0, 4)));
    while (n > 0 && addYears(startsOn, n) > on) n -= 1;
    while (addYears(startsOn, n + 1) <= on) n += 1;
  }
  return { year: n + 1, startsOn: addYears(startsOn, n), endsOn: dayBefore(addYears(startsOn, n + 1)) };
}

/** The window of year `year` (1-based) from `startsOn`. */
export function enrolmentYearWindow(startsOn: string, year: number): EnrolmentYear {
  return { year, startsOn: addYears(startsOn, year - 1), endsOn: dayBefore(addYears(startsOn, year)) };
}


/** A rate: a positive decimal written with a dot, up to 9 digits before it and 12 after. */
export const RATE_PATTERN = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,12})?$/;

/**
 * Converts `amountMinor` of `from` into minor units of `to` at `rate` (units of `to` for one unit
 * of `from`), exactly, in integers, and rounds half up (away from zero: amounts are never
 * negative here) to the minor unit of `to`: 1,000.00 USD at "0.78655" is 786.55 GBP; 0.01 USD
 * at "0.785" is 0.00785 → 0.01 GBP.
 */
export function convertAtRate(amountMinor: number, from: string, to: string, rate: string): number {
  if (!RATE_PATTERN.test(rate)) throw new Error(`not a rate: ${rate}`);
  const [whole, fraction = ''] = rate.split('.');
  const rateUnits = BigInt(whole + fraction);
  const shift = minorUnitDigits(to) - minorUnitDigits(from) - fraction.length;
  let numerator = BigInt(amountMinor) * rateUnits;
  let denominator = 1n;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator = 10n ** BigInt(-shift);
  const result = (2n * numerator + denominator) / (2n * denominator);
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('converted amount too large');
  return Number(result);
}

/** The local calendar date of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
