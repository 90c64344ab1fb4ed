import { rateInForce } from './mentor-rules';
import { formatMinor } from '@hatchery/core';
import { addMonths, lastEndedMonth, monthsBetween, sessionAmountMinor, statementTotals } from './statement-rules';

describe('statement arithmetic', () => {
  describe('sessionAmountMinor: rate × minutes / 60, half up to the minor unit, in integers', () => {
    it.each([
      [6000, 60, 6000n], // an hour at 60.00
      [6000, 90, 9000n],
      [25, 6, 3n], // 2.5 → 3: an exact half goes up
      [25, 5, 2n], // 2.083 → 2
      [1, 30, 1n], // 0.5 → 1
      [1, 29, 0n], // 0.483 → 0
      [3333, 20, 1111n], // 1111.0
      [10_000, 1, 167n], // 166.67 → 167
      [7_500_000, 45, 5_625_000n], // MNT 75,000.00 an hour for 45 minutes
    ])('%i per hour for %i minutes is %s', (rate, minutes, expected) => {
      expect(sessionAmountMinor(rate, minutes)).toBe(expected);
    });

    it('is exact where floats are not: 12345 × 7 / 60 = 1440.25 → 1440; a large rate stays exact', () => {
      expect(sessionAmountMinor(12345, 7)).toBe(1440n);
      expect(sessionAmountMinor(900_719_925_474_099n, 720)).toBe(10_808_639_105_689_188n);
    });

    it('refuses negative inputs', () => {
      expect(() => sessionAmountMinor(-1, 10)).toThrow(RangeError);
    });
  });

  describe('rate in force (sessions across a rate change)', () => {
    const rates = [
      { effectiveFrom: '2026-01-01', amountMinor: 5000, currency: 'USD' },
      { effectiveFrom: '2026-10-15', amountMinor: 6000, currency: 'USD' },
    ];
    it('the 14th uses the old rate, the 15th the new one, before the first none', () => {
      expect(rateInForce(rates, '2026-10-14')?.amountMinor).toBe(5000);
      expect(rateInForce(rates, '2026-10-15')?.amountMinor).toBe(6000);
      expect(rateInForce(rates, '2025-12-31')).toBeNull();
    });
    it('a month of sessions across the change adds up line by line', () => {
      const sessions = [
        { on: '2026-10-10', minutes: 90 },
        { on: '2026-10-14', minutes: 50 },
        { on: '2026-10-15', minutes: 50 },
        { on: '2026-10-30', minutes: 61 },
      ];
      const lines = sessions.map((s) => {
        const rate = rateInForce(rates, s.on)!;
        return { kind: 'session' as const, currency: rate.currency, minutes: s.minutes, amountMinor: sessionAmountMinor(rate.amountMinor, s.minutes) };
      });
      expect(lines.map((l) => l.amountMinor)).toEqual([7500n, 4167n, 5000n, 6100n]);
      expect(statementTotals(lines)).toEqual([{ currency: 'USD', sessionsMinor: 22767n, adjustmentsMinor: 0n, successFeesMinor: 0n, totalMinor: 22767n, minutes: 251 }]);
    });
  });

  describe('statementTotals', () => {
    it('keeps currencies apart and splits sessions, adjustments and fees', () => {
      const totals = statementTotals([
        { kind: 'session', amountMinor: 100, currency: 'USD', minutes: 60 },
        { kind: 'adjustment', amountMinor: 50, currency: 'USD', minutes: 30 },
        { kind: 'success_fee', amountMinor: 500_000, currency: 'MNT' },
        { kind: 'session', amountMinor: 7, currency: 'MNT', minutes: 1 },
      ]);
      expect(totals).toEqual([
        { currency: 'MNT', sessionsMinor: 7n, adjustmentsMinor: 0n, successFeesMinor: 500_000n, totalMinor: 500_007n, minutes: 1 },
        { currency: 'USD', sessionsMinor: 100n, adjustmentsMinor: 50n, successFeesMinor: 0n, totalMinor: 150n, minutes: 90 },
      ]);
      expect(statementTotals([])).toEqual([]);
    });
  });

  describe('months', () => {
    it('the last ended month, ranges across a year, formatting', () => {
      expect(lastEndedMonth('2026-11-01')).toBe('2026-10');
      expect(lastEndedMonth('2027-01-31')).toBe('2026-12');
      expect(addMonths('2026-12', 1)).toBe('2027-01');
      expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
      expect(monthsBetween('2026-11', '2026-10')).toEqual([]);
      expect(formatMinor(123456789, 2)).toBe('1,234,567.89');
      expect(formatMinor(5, 2)).toBe('0.05');
      expect(formatMinor(5, 0)).toBe('5');
    });
  });
});
