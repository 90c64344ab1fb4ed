import { addDays, addMonths, isCalendarDate, phaseDates, templateDueOn, withinSpan } from './schedule-rules';

describe('schedule rules', () => {
  describe('addMonths', () => {
    it('keeps the day number when the month has it', () => {
      expect(addMonths('2026-03-15', 1)).toBe('2026-04-15');
      expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
    });

    it('clamps to the last day of a shorter month', () => {
      expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
      expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
      expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
      expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    });

    it('counts across years, forwards and back', () => {
      expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
      expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
      expect(addMonths('2026-01-10', 24)).toBe('2028-01-10');
    });
  });

  it('adds days across month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows a calendar date', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
  });

  describe('phaseDates', () => {
    const mcs = [
      { name: 'Onboarding and validation', durationValue: 1, durationUnit: 'months' as const, milestones: [] },
      { name: 'Execution', durationValue: 2, durationUnit: 'months' as const, milestones: [] },
      { name: 'Investment', durationValue: 1, durationUnit: 'months' as const, milestones: [] },
      { name: 'Pitch and delivery', durationValue: 1, durationUnit: 'months' as const, milestones: [] },
    ];

    it('lays the MCS five months end to end', () => {
      const { phases, endsOn, completesOn } = phaseDates('2026-03-02', mcs);
      expect(phases.map((p) => [p.startsOn, p.endsOn])).toEqual([
        ['2026-03-02', '2026-04-01'],
        ['2026-04-02', '2026-06-01'],
        ['2026-06-02', '2026-07-01'],
        ['2026-07-02', '2026-08-01'],
      ]);
      expect(endsOn).toBe('2026-08-01');
      expect(completesOn).toBe('2026-08-02');
    });

    it('computes every boundary from the start, so a clamped February does not drift later phases', () => {
      const { phases } = phaseDates('2026-01-31', mcs);
      expect(phases.map((p) => p.startsOn)).toEqual(['2026-01-31', '2026-02-28', '2026-04-30', '2026-05-31']);
      expect(phases[0].endsOn).toBe('2026-02-27');
    });

    it('mixes day and month phases', () => {
      const { phases, completesOn } = phaseDates('2026-01-01', [
        { name: 'Bootcamp', durationValue: 10, durationUnit: 'days', milestones: [] },
        { name: 'Incubation', durationValue: 12, durationUnit: 'months', milestones: [] },
      ]);
      expect(phases[1].startsOn).toBe('2026-01-11');
      expect(completesOn).toBe('2027-01-11');
    });

    it('counts months after a day phase from where that phase ended', () => {
      const { phases } = phaseDates('2026-01-22', [
        { name: 'Bootcamp', durationValue: 10, durationUnit: 'days', milestones: [] },
        { name: 'Validation', durationValue: 1, durationUnit: 'months', milestones: [] },
        { name: 'Sprint', durationValue: 14, durationUnit: 'days', milestones: [] },
        { name: 'Execution', durationValue: 2, durationUnit: 'months', milestones: [] },
      ]);
      expect(phases.map((p) => [p.startsOn, p.endsOn])).toEqual([
        ['2026-01-22', '2026-01-31'],
        ['2026-02-01', '2026-02-28'],
        ['2026-03-01', '2026-03-14'],
        ['2026-03-15', '2026-05-14'],
      ]);
    });
  });

  it('puts a template milestone inside its phase', () => {
    const phase = { position: 0, name: 'p', startsOn: '2026-02-01', endsOn: '2026-02-28' };
    expect(templateDueOn(phase, 14)).toBe('2026-02-15');
    expect(templateDueOn(phase, 45)).toBe('2026-02-28');
  });

  it('checks a date against a span, both ends included', () => {
    const span = { startsOn: '2026-01-01', endsOn: '2026-06-30' };
    expect(withinSpan('2026-01-01', span)).toBe(true);
    expect(withinSpan('2026-06-30', span)).toBe(true);
    expect(withinSpan('2026-07-01', span)).toBe(false);
    expect(withinSpan('2025-12-31', span)).toBe(false);
  });
});
