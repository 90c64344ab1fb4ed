import { dayBefore, nextSessionStatus, rateInForce, ratePeriods, SESSION_TRANSITIONS, sessionEditable } from './mentor-rules';
import { SESSION_STATUSES } from './entities/mentor-session.entity';

describe('rateInForce', () => {
  const rates = [
    { effectiveFrom: '2026-11-15', amountMinor: 6_000_000, currency: 'MNT' },
    { effectiveFrom: '2026-01-01', amountMinor: 5_000_000, currency: 'MNT' },
    { effectiveFrom: '2027-02-01', amountMinor: 30_00, currency: 'USD' },
  ];

  it('is none before the first rate', () => {
    expect(rateInForce(rates, '2025-12-31')).toBeNull();
    expect(rateInForce([], '2026-05-01')).toBeNull();
  });

  it('applies a rate from its own date: a change from the 15th applies on the 15th, not the 14th', () => {
    expect(rateInForce(rates, '2026-11-14')?.amountMinor).toBe(5_000_000);
    expect(rateInForce(rates, '2026-11-15')?.amountMinor).toBe(6_000_000);
    expect(rateInForce(rates, '2026-11-16')?.amountMinor).toBe(6_000_000);
  });

  it('takes the latest date not after the day, whatever the order given, across currencies', () => {
    expect(rateInForce(rates, '2026-01-01')?.amountMinor).toBe(5_000_000);
    expect(rateInForce(rates, '2027-01-31')?.currency).toBe('MNT');
    expect(rateInForce(rates, '2027-02-01')).toEqual({ effectiveFrom: '2027-02-01', amountMinor: 3000, currency: 'USD' });
    expect(rateInForce(rates, '2099-12-31')?.currency).toBe('USD');
  });

  it('gives each rate the day before the next as its last day', () => {
    expect(ratePeriods(rates).map((r) => [r.effectiveFrom, r.effectiveTo])).toEqual([
      ['2026-01-01', '2026-11-14'],
      ['2026-11-15', '2027-01-31'],
      ['2027-02-01', null],
    ]);
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });
});

describe('session transitions', () => {
  it('allows exactly the documented moves', () => {
    const table = Object.fromEntries(SESSION_STATUSES.map((from) => [from, (['confirm', 'dispute', 'approve', 'reject'] as const).map((a) => nextSessionStatus(from, a))]));
    expect(table).toEqual({
      logged: ['confirmed', 'disputed', 'approved', 'rejected'],
      confirmed: [null, null, 'approved', 'rejected'],
      disputed: ['confirmed', null, 'approved', 'rejected'],
      approved: [null, null, null, null],
      rejected: [null, null, null, null],
    });
  });

  it('gives founders the answers and staff the decision', () => {
    expect(SESSION_TRANSITIONS.confirm.actor).toBe('founder');
    expect(SESSION_TRANSITIONS.dispute.actor).toBe('founder');
    expect(SESSION_TRANSITIONS.approve.actor).toBe('staff');
    expect(SESSION_TRANSITIONS.reject.actor).toBe('staff');
  });

  it('lets the mentor edit only a logged session', () => {
    expect(SESSION_STATUSES.filter(sessionEditable)).toEqual(['logged']);
  });
});
