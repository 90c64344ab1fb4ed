import { addMonths, defaultPrefix, documentNumber, lastEndedPeriod, periodsBetween } from './period-rules';

describe('periods and numbers', () => {
  it('bills in arrears: on any day the last ended period is the previous month', () => {
    expect(lastEndedPeriod('2026-04-01')).toBe('2026-03');
    expect(lastEndedPeriod('2027-01-31')).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(periodsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('numbers are prefix-year-sequence, six digits; credit notes have their own series', () => {
    expect(documentNumber('HUB', 'invoice', 2026, 123)).toBe('HUB-2026-000123');
    expect(documentNumber('HUB', 'credit_note', 2026, 4)).toBe('HUB-CN-2026-000004');
    expect(defaultPrefix('ub-hub')).toBe('UBHUB');
    expect(defaultPrefix('x')).toBe('XINV');
    expect(defaultPrefix('itpark-ulaanbaatar-2026')).toBe('ITPARKULAA');
  });
});
