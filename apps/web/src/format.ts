/**
 * Dates and money as people read them: Intl in the organization's timezone and currency. Money
 * arrives as integer minor units and is turned into an exact decimal string (never a float) before
 * Intl formats it; MNT is shown without minor units, as Mongolians write it.
 */
import type { Schemas } from './api/client';

export type Money = Schemas['MoneyResponseDto'];

const NO_MINOR_IN_DISPLAY = new Set(['MNT', 'JPY', 'KRW']);

function exponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "123456" minor units with exponent 2 → "1234.56", exactly. */
export function minorToDecimal(amountMinor: number | string | bigint, currency: string): string {
  const digits = exponent(currency);
  const value = BigInt(amountMinor);
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(digits + 1, '0');
  const whole = digits ? text.slice(0, -digits) : text;
  const fraction = digits ? `.${text.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** "1234.56" → minor units as an integer; null when it is not a valid amount for the currency. */
export function decimalToMinor(text: string, currency: string): number | null {
  const digits = exponent(currency);
  const match = /^\s*(-?)(\d+)(?:[.,](\d*))?\s*$/.exec(text);
  if (!match || (match[3]?.length ?? 0) > digits) return null;
  const minor = BigInt(match[2] + (match[3] ?? '').padEnd(digits, '0'));
  const value = match[1] ? -minor : minor;
  return value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

export function formatMoney(money: Money | null | undefined, locale: string): string {
  if (!money) return '—';
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: money.currency };
  if (NO_MINOR_IN_DISPLAY.has(money.currency)) options.maximumFractionDigits = options.minimumFractionDigits = 0;
  // format() takes a decimal string exactly (Intl.NumberFormat v3).
  return new Intl.NumberFormat(locale, options).format(minorToDecimal(money.amountMinor, money.currency) as unknown as number);
}

export function formatDateTime(iso: string | null | undefined, timeZone: string, locale: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) is a day, not an instant: formatted as such, in UTC so it never shifts. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** The UTC offset of a zone at an instant, "+08:00", for the API's datetime fields. */
export function offsetOf(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = part.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

/** A local wall-clock "YYYY-MM-DDTHH:mm" in the zone → an ISO instant with that zone's offset. */
export function localToIso(local: string, timeZone: string): string {
  const guess = new Date(`${local}:00Z`);
  const offset = offsetOf(timeZone, new Date(guess.getTime() - offsetMinutes(offsetOf(timeZone, guess)) * 60_000));
  return `${local}:00${offset}`;
}

/** An ISO instant → the zone's wall-clock "YYYY-MM-DDTHH:mm" (for datetime-local inputs). */
export function isoToLocal(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function offsetMinutes(offset: string): number {
  const match = /([+-])(\d{2}):(\d{2})/.exec(offset);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}
