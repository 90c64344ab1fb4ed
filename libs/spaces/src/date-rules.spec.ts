import { addDays, endAfterOutcome, needsReason } from './date-rules';

describe('spaces date rules', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 30)).toBe('2026-04-28');
  });

  it('asks a reason only to shorten a lease below today + notice', () => {
    const today = '2026-03-10';
    expect(needsReason({ currentEndsOn: null, newEndsOn: '2026-04-08', today, noticeDays: 30 })).toBe(true);
    expect(needsReason({ currentEndsOn: null, newEndsOn: '2026-04-09', today, noticeDays: 30 })).toBe(false);
    expect(needsReason({ currentEndsOn: '2026-03-20', newEndsOn: '2026-03-25', today, noticeDays: 30 })).toBe(false); // extending
    expect(needsReason({ currentEndsOn: '2026-03-20', newEndsOn: '2026-03-15', today, noticeDays: 30 })).toBe(true);
    expect(needsReason({ currentEndsOn: null, newEndsOn: today, today, noticeDays: 0 })).toBe(false);
    expect(needsReason({ currentEndsOn: null, newEndsOn: '2026-03-09', today, noticeDays: 0 })).toBe(true); // the past
  });

  it('ends a failed startup lease after the notice, never before its start, never later than it ends', () => {
    expect(endAfterOutcome({ startsOn: '2026-01-01', endsOn: null }, '2026-03-10', 30)).toBe('2026-04-09');
    expect(endAfterOutcome({ startsOn: '2026-05-01', endsOn: null }, '2026-03-10', 30)).toBe('2026-05-01');
    expect(endAfterOutcome({ startsOn: '2026-01-01', endsOn: '2026-03-31' }, '2026-03-10', 30)).toBeNull();
    expect(endAfterOutcome({ startsOn: '2026-01-01', endsOn: '2026-12-31' }, '2026-03-10', 0)).toBe('2026-03-10');
  });
});
