/**
 * Funding arithmetic the forms show before sending, in integers as the API does it: the
 * difference between tranches and the award, and a perk converted at a typed rate, rounded half up
 * (libs/funding money-rules.ts convertAtRate), so the amount shown is the amount the cap is charged.
 */

export const RATE_PATTERN = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,12})?$/;

function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units of `to` for `amountMinor` of `from` at `rate`; null for a rate that is not a positive decimal. */
export function convertAtRate(amountMinor: number, from: string, to: string, rate: string): number | null {
  if (!RATE_PATTERN.test(rate) || !/[1-9]/.test(rate)) return null;
  const [whole, fraction = ''] = rate.split('.');
  const shift = minorDigits(to) - minorDigits(from) - fraction.length;
  let numerator = BigInt(amountMinor) * BigInt(whole + fraction);
  let denominator = 1n;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator = 10n ** BigInt(-shift);
  const result = (2n * numerator + denominator) / (2n * denominator);
  return result > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(result);
}

/** Today as a calendar day (YYYY-MM-DD) in a timezone. */
export function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
