/**
 * Cap-table arithmetic, in integers only (BigInt): share counts can exceed 2^53, and a stake rule
 * must never be decided by a rounded float.
 */

export const BPS = 10_000n;

export interface Fraction {
  /** Decimal integer strings, reduced; 0/1 when the total is 0. */
  numerator: string;
  denominator: string;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** part/whole as an exact, reduced fraction. */
export function fraction(part: bigint, whole: bigint): Fraction {
  if (whole === 0n || part === 0n) return { numerator: '0', denominator: '1' };
  const d = gcd(part, whole);
  return { numerator: (part / d).toString(), denominator: (whole / d).toString() };
}

/**
 * Basis points for display, by the largest-remainder rule: each holder gets floor(10000·s/T),
 * and the points still missing to 10000 go one each to the largest remainders (ties: the earlier
 * row first, so the result is deterministic in the given order). The column sums to exactly
 * 10000 whenever T > 0; all zeros when T = 0.
 */
export function largestRemainderBps(shares: bigint[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0n);
  if (total === 0n) return shares.map(() => 0);
  const floors = shares.map((s) => (s * BPS) / total);
  const remainders = shares.map((s, i) => ({ i, r: (s * BPS) % total }));
  let missing = Number(BPS - floors.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const result = floors.map(Number);
  for (const { i } of remainders) {
    if (missing === 0) break;
    result[i] += 1;
    missing -= 1;
  }
  return result;
}

/**
 * The shares to issue to the organization so that it holds at most `bps` of the total after the
 * issue, as close to it as whole shares allow: the largest x with (O + x)/(T + x) ≤ p, i.e.
 * x = floor((bps·T − 10000·O) / (10000 − bps)), where T is the total before the issue and O the
 * organization's part of it. Rounding down keeps the result never above p. 0 when the
 * organization already holds p or more, or when there is nothing to dilute (T = O).
 */
export function sharesToReachStake(bps: number, organizationShares: bigint, totalShares: bigint): bigint {
  if (!Number.isInteger(bps) || bps < 0 || bps >= 10_000) throw new RangeError('bps must be an integer in [0, 10000)');
  if (totalShares - organizationShares <= 0n) return 0n;
  const numerator = BigInt(bps) * totalShares - BPS * organizationShares;
  if (numerator <= 0n) return 0n;
  return numerator / (BPS - BigInt(bps));
}

/** Compares a/b with c/d (b, d > 0): negative, zero or positive. */
export function compareFractions(a: bigint, b: bigint, c: bigint, d: bigint): number {
  const left = a * d;
  const right = c * b;
  return left === right ? 0 : left < right ? -1 : 1;
}

/** part/whole against bps/10000: −1 below, 0 equal, 1 above (an empty whole counts as 0 %). */
export function compareToBps(part: bigint, whole: bigint, bps: number): number {
  if (whole === 0n) return compareFractions(0n, 1n, BigInt(bps), BPS);
  return compareFractions(part, whole, BigInt(bps), BPS);
}

/** 50 % or more of a non-empty whole. */
export function isMajority(part: bigint, whole: bigint): boolean {
  return part > 0n && 2n * part >= whole;
}

/**
 * The shares an equity investment buys when only the money is given: the price per share is the
 * pre-money valuation over the fully diluted shares before the investment, so
 * shares = floor(amount · fullyDiluted / preMoney) (rounded down: the investor never gets a
 * share not paid for). Both amounts in the same currency's minor units.
 */
export function sharesForInvestment(amountMinor: bigint, preMoneyMinor: bigint, fullyDilutedShares: bigint): bigint {
  if (preMoneyMinor <= 0n) throw new RangeError('the pre-money valuation must be positive');
  return (amountMinor * fullyDilutedShares) / preMoneyMinor;
}

/** Basis points shown as a percentage with two decimals: 2500 → "25.00". */
export function bpsAsPercent(bps: number): string {
  return `${Math.floor(bps / 100)}.${String(bps % 100).padStart(2, '0')}`;
}
