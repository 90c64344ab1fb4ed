import { minorUnitDigits } from '@hatchery/core';
import { addYears, convertAtRate, enrolmentYear, enrolmentYearWindow, localDate } from './money-rules';

describe('enrolment years', () => {
  it('year 1 runs from the start date to the day before its anniversary', () => {
    expect(enrolmentYear('2026-03-02', '2026-03-02')).toEqual({ year: 1, startsOn: '2026-03-02', endsOn: '2027-03-01' });
    expect(enrolmentYear('2026-03-02', '2027-03-01')).toEqual({ year: 1, startsOn: '2026-03-02', endsOn: '2027-03-01' });
  });

  it('the anniversary opens the next year', () => {
    expect(enrolmentYear('2026-03-02', '2027-03-02')).toEqual({ year: 2, startsOn: '2027-03-02', endsOn: '2028-03-01' });
    expect(enrolmentYear('2026-03-02', '2030-12-31')).toMatchObject({ year: 5, startsOn: '2030-03-02' });
  });

  it('a date before the start counts in year 1', () => {
    expect(enrolmentYear('2026-03-02', '2026-01-15')).toMatchObject({ year: 1, startsOn: '2026-03-02' });
  });

  it('a start on 29 February moves to 28 February in years without it, and back in leap years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(enrolmentYear('2024-02-29', '2025-02-27')).toEqual({ year: 1, startsOn: '2024-02-29', endsOn: '2025-02-27' });
    expect(enrolmentYear('2024-02-29', '2025-02-28')).toEqual({ year: 2, startsOn: '2025-02-28', endsOn: '2026-02-27' });
    expect(enrolmentYearWindow('2024-02-29', 4)).toEqual({ year: 4, startsOn: '2027-02-28', endsOn: '2028-02-28' });
  });

  it('reads the local date in the organization timezone', () => {
    expect(localDate(new Date('2026-03-01T16:30:00Z'), 'Asia/Ulaanbaatar')).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-01T16:30:00Z'), 'Europe/London')).toBe('2026-03-01');
  });
});

describe('conversion at a rate', () => {
  it('knows minor units', () => {
    expect([minorUnitDigits('USD'), minorUnitDigits('GBP'), minorUnitDigits('JPY'), minorUnitDigits('KWD')]).toEqual([2, 2, 0, 3]);
  });

  it('is exact when it can be', () => {
    expect(convertAtRate(1_000_000, 'USD', 'GBP', '0.7900')).toBe(790_000);
    expect(convertAtRate(100_000, 'USD', 'GBP', '1.2650')).toBe(126_500);
  });

  it('rounds half up to the minor unit of the target currency', () => {
    expect(convertAtRate(1, 'USD', 'GBP', '0.785')).toBe(1); // 0.785 of a penny → 1
    expect(convertAtRate(1, 'USD', 'GBP', '0.5')).toBe(1); // exactly half → up
    expect(convertAtRate(1, 'USD', 'GBP', '0.4999')).toBe(0);
    expect(convertAtRate(333, 'USD', 'GBP', '1.5')).toBe(500); // 499.5 → 500
  });

  it('handles currencies with other minor units', () => {
    expect(convertAtRate(10_000, 'JPY', 'GBP', '0.0052')).toBe(5_200); // ¥10,000 → £52.00
    expect(convertAtRate(5_200, 'GBP', 'JPY', '192.3077')).toBe(10_000); // £52.00 → ¥10,000.0004 → ¥10,000
    expect(convertAtRate(1_000, 'KWD', 'USD', '3.25')).toBe(325); // 1.000 KWD → 3.25 USD
  });

  it('never uses floating point: large amounts stay exact', () => {
    expect(convertAtRate(9_007_199_254_740, 'USD', 'GBP', '1.000000000001')).toBe(9_007_199_254_749);
    expect(() => convertAtRate(Number.MAX_SAFE_INTEGER, 'USD', 'GBP', '2')).toThrow(RangeError);
  });
});
