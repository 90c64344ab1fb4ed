import { bpsAsPercent, compareToBps, fraction, isMajority, largestRemainderBps, sharesForInvestment, sharesToReachStake } from './equity-math';

describe('cap-table arithmetic', () => {
  describe('exact fractions', () => {
    it('reduces part/whole', () => {
      expect(fraction(250n, 1000n)).toEqual({ numerator: '1', denominator: '4' });
      expect(fraction(1n, 3n)).toEqual({ numerator: '1', denominator: '3' });
      expect(fraction(0n, 10n)).toEqual({ numerator: '0', denominator: '1' });
      expect(fraction(5n, 0n)).toEqual({ numerator: '0', denominator: '1' });
    });
    it('stays exact past 2^53', () => {
      const big = 2n ** 60n;
      expect(fraction(big + 1n, 3n * (big + 1n))).toEqual({ numerator: '1', denominator: '3' });
      expect(fraction(big - 1n, big)).toEqual({ numerator: (big - 1n).toString(), denominator: big.toString() });
    });
  });

  describe('largest remainder display', () => {
    it('thirds sum to exactly 10000, the extra point to the first of equal remainders', () => {
      expect(largestRemainderBps([1n, 1n, 1n])).toEqual([3334, 3333, 3333]);
    });
    it('gives the missing points to the largest remainders', () => {
      // 1/6 = 1666.67, 2/6 = 3333.33, 3/6 = 5000
      expect(largestRemainderBps([1n, 2n, 3n])).toEqual([1667, 3333, 5000]);
      // 7 holders of 1/7 each: 1428.57 → four get 1429, three 1428
      const sevenths = largestRemainderBps(Array(7).fill(1n));
      expect(sevenths.reduce((a, b) => a + b, 0)).toBe(10000);
      expect(sevenths.filter((b) => b === 1429)).toHaveLength(4);
    });
    it('always sums to 10000 for a non-empty total', () => {
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
      for (let run = 0; run < 200; run++) {
        const shares = Array.from({ length: 1 + (next() % 12) }, () => BigInt(next() % 1_000_000));
        if (!shares.some((s) => s !== 0n)) shares[0] = 1n;
        expect(largestRemainderBps(shares).reduce((a, b) => a + b, 0)).toBe(10000);
      }
    });
    it('is all zeros for an empty table and exact for exact shares', () => {
      expect(largestRemainderBps([0n, 0n] as bigint[])).toEqual([0, 0]);
      expect(largestRemainderBps([750n, 250n])).toEqual([7500, 2500]);
    });
    it('shows basis points as a percentage', () => {
      expect(bpsAsPercent(2500)).toBe('25.00');
      expect(bpsAsPercent(3333)).toBe('33.33');
      expect(bpsAsPercent(7)).toBe('0.07');
    });
  });

  describe('x = p·T/(1−p), rounded so the stake is never above p', () => {
    it('is exact when it divides: 10 % of 9,000 founders\' shares is 1,000', () => {
      expect(sharesToReachStake(1000, 0n, 9000n)).toBe(1000n);
    });
    it('rounds down: 10 % of 10,000 is 1,111 (1111/11111 < 10 %; 1112 would be above)', () => {
      const x = sharesToReachStake(1000, 0n, 10000n);
      expect(x).toBe(1111n);
      expect(compareToBps(x, 10000n + x, 1000)).toBeLessThanOrEqual(0);
      expect(compareToBps(x + 1n, 10001n + x, 1000)).toBeGreaterThan(0);
    });
    it('never lands above p and is the largest such x, over many totals and stakes', () => {
      for (const bps of [1, 500, 1000, 1500, 2500, 3333, 4900, 9999]) {
        for (const total of [1n, 3n, 7n, 999n, 10000n, 123457n, 2n ** 55n + 3n]) {
          const x = sharesToReachStake(bps, 0n, total);
          expect(compareToBps(x, total + x, bps)).toBeLessThanOrEqual(0);
          expect(compareToBps(x + 1n, total + x + 1n, bps)).toBeGreaterThan(0);
        }
      }
    });
    it('tops up a holding the organization already has, and issues nothing at or above p', () => {
      // 500 of 10,000 held (5 %): the top-up to 10 % is floor((1000·10000 − 10000·500)/9000) = 555.
      const x = sharesToReachStake(1000, 500n, 10000n);
      expect(x).toBe(555n);
      expect(compareToBps(500n + x, 10000n + x, 1000)).toBeLessThanOrEqual(0);
      expect(compareToBps(500n + x + 1n, 10001n + x, 1000)).toBeGreaterThan(0);
      expect(sharesToReachStake(1000, 1000n, 10000n)).toBe(0n);
      expect(sharesToReachStake(1000, 2000n, 10000n)).toBe(0n);
    });
    it('issues nothing when there is nothing to dilute', () => {
      expect(sharesToReachStake(1000, 0n, 0n)).toBe(0n);
      expect(sharesToReachStake(1000, 50n, 50n)).toBe(0n);
    });
    it('refuses a stake of 100 % or a non-integer', () => {
      expect(() => sharesToReachStake(10000, 0n, 10n)).toThrow(RangeError);
      expect(() => sharesToReachStake(10.5, 0n, 10n)).toThrow(RangeError);
    });
  });

  describe('dilution and majority', () => {
    it('an outside issue dilutes the stake without changing the organization\'s shares', () => {
      // 25 % of 10,000; an investor buys 2,500 new shares: 2,500/12,500 = 20 %.
      expect(compareToBps(2500n, 10000n, 2500)).toBe(0);
      expect(compareToBps(2500n, 12500n, 2000)).toBe(0);
      expect(compareToBps(2500n, 12500n, 1500)).toBe(1);
      expect(fraction(2500n, 12500n)).toEqual({ numerator: '1', denominator: '5' });
    });
    it('50 % is a majority; just below is not; nothing is not', () => {
      expect(isMajority(5000n, 10000n)).toBe(true);
      expect(isMajority(4999n, 10000n)).toBe(false);
      expect(isMajority(0n, 0n)).toBe(false);
      expect(isMajority(1n, 1n)).toBe(true);
    });
    it('an equity investment buys floor(amount · fully diluted / pre-money) shares', () => {
      // USD 250,000 into USD 1,000,000 pre-money over 10,000 shares: 2,500 shares at USD 100.
      expect(sharesForInvestment(25_000_000n, 100_000_000n, 10000n)).toBe(2500n);
      expect(sharesForInvestment(100n, 300n, 10n)).toBe(3n);
      expect(() => sharesForInvestment(1n, 0n, 10n)).toThrow(RangeError);
    });
  });
});
