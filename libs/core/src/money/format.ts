/** Digits after the decimal point of a currency's minor unit (ISO 4217, as Node's ICU knows it): USD 2, JPY 0, KWD 3. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units as a decimal string for people: 12345 with 2 decimals → "123.45". Exact, no floats. */
export function formatMinor(amountMinor: number | bigint, decimals: number): string {
  const value = BigInt(amountMinor);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = decimals > 0 ? digits.slice(0, -decimals) : digits;
  const fraction = decimals > 0 ? `.${digits.slice(-decimals)}` : '';
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}

/** "GBP 1,234.50". */
export const formatMoney = (amountMinor: number | bigint, currency: string): string => `${currency} ${formatMinor(amountMinor, minorUnitDigits(currency))}`;
