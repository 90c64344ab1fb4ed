import { DomainError, ValidationFailedError } from '@hatchery/core';
import type { CriterionDto, EquityPolicyDto } from './dto/programme.dto';
import { checkMoneyRange, DEFAULT_SCALE, equityColumns, MAJORITY_BPS, normalizeRubric } from './programme-rules';

/** The error a rule throws, for asserting its code and fields. */
function thrown(run: () => unknown): DomainError & { errors?: { field: string; message: string }[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error as DomainError & { errors?: { field: string; message: string }[] };
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}
const fields = (error: { errors?: { field: string }[] }) => (error.errors ?? []).map((e) => e.field);

const socratus: CriterionDto[] = [
  { key: 'innovative_idea', label: 'Innovative idea', weight: 1 },
  { key: 'leadership', label: 'Leadership', weight: 1 },
  { key: 'team_composition', label: 'Team composition', weight: 1 },
  { key: 'previous_experience', label: 'Previous experience', weight: 1 },
];

describe('normalizeRubric', () => {
  it('fills the default 1–5 scale and keeps key, label and weight in order', () => {
    expect(DEFAULT_SCALE).toEqual({ min: 1, max: 5 });
    expect(normalizeRubric(socratus)).toEqual(socratus.map((c) => ({ ...c, scaleMin: 1, scaleMax: 5 })));
  });

  it('keeps a scale that is given, and fills only the missing end', () => {
    expect(
      normalizeRubric([
        { key: 'a', label: 'A', weight: 2.5, scaleMin: 0, scaleMax: 10 },
        { key: 'b', label: 'B', weight: 1, scaleMin: 0 },
        { key: 'c', label: 'C', weight: 1, scaleMax: 7 },
      ]),
    ).toEqual([
      { key: 'a', label: 'A', weight: 2.5, scaleMin: 0, scaleMax: 10 },
      { key: 'b', label: 'B', weight: 1, scaleMin: 0, scaleMax: 5 },
      { key: 'c', label: 'C', weight: 1, scaleMin: 1, scaleMax: 7 },
    ]);
  });

  it('drops anything that is not part of a criterion', () => {
    const [criterion] = normalizeRubric([{ key: 'a', label: 'A', weight: 1, extra: 'x' } as CriterionDto]);
    expect(Object.keys(criterion).sort()).toEqual(['key', 'label', 'scaleMax', 'scaleMin', 'weight']);
  });

  it('refuses a key that appears twice, naming the second one', () => {
    const error = thrown(() => normalizeRubric([...socratus, { key: 'leadership', label: 'Leadership again', weight: 1 }]));
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fields(error)).toEqual(['rubric.4.key']);
  });

  it.each([
    ['equal ends', { scaleMin: 3, scaleMax: 3 }],
    ['a scale running downwards', { scaleMin: 5, scaleMax: 1 }],
    ['a minimum that meets the default maximum', { scaleMin: 5 }],
    ['a maximum that meets the default minimum', { scaleMax: 1 }],
  ])('refuses %s (scaleMin >= scaleMax)', (_what, scale) => {
    const error = thrown(() => normalizeRubric([socratus[0], { key: 'x', label: 'X', weight: 1, ...scale }]));
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(fields(error)).toEqual(['rubric.1.scaleMax']);
  });

  it('reports every problem at once, under the field prefix it is given', () => {
    const error = thrown(() =>
      normalizeRubric(
        [
          { key: 'a', label: 'A', weight: 1, scaleMin: 4, scaleMax: 2 },
          { key: 'a', label: 'A again', weight: 1 },
        ],
        'rounds.1.rubric',
      ),
    );
    expect(fields(error)).toEqual(['rounds.1.rubric.0.scaleMax', 'rounds.1.rubric.1.key']);
  });

  it('accepts an empty rubric (the DTO is what requires at least one criterion)', () => {
    expect(normalizeRubric([])).toEqual([]);
  });
});

describe('equityColumns', () => {
  const nullColumns = { equityMinBps: null, equityMaxBps: null, equityNeverMajority: false, equityFixedBps: null, equityAfterMonths: null };

  it('none: every equity column empty', () => {
    expect(equityColumns({ kind: 'none' })).toEqual({ equityKind: 'none', ...nullColumns });
  });

  it('none: ignores numbers sent along with it', () => {
    expect(equityColumns({ kind: 'none', minBps: 100, maxBps: 200, bps: 300, afterMonths: 6, neverMajority: true })).toEqual({ equityKind: 'none', ...nullColumns });
  });

  it('range: min and max in basis points, never-majority off by default', () => {
    expect(equityColumns({ kind: 'range', minBps: 1500, maxBps: 4900 })).toEqual({
      ...nullColumns,
      equityKind: 'range',
      equityMinBps: 1500,
      equityMaxBps: 4900,
      equityNeverMajority: false,
    });
  });

  it('range: min equal to max is a single value, allowed', () => {
    expect(equityColumns({ kind: 'range', minBps: 2000, maxBps: 2000 })).toMatchObject({ equityMinBps: 2000, equityMaxBps: 2000 });
  });

  it('range: min above max is a VALIDATION_FAILED on equityPolicy.minBps', () => {
    const error = thrown(() => equityColumns({ kind: 'range', minBps: 3000, maxBps: 2000 }));
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fields(error)).toEqual(['equityPolicy.minBps']);
  });

  it('range, never majority: 4999 basis points (just under half) is accepted', () => {
    expect(MAJORITY_BPS).toBe(5000);
    expect(equityColumns({ kind: 'range', minBps: 0, maxBps: 4999, neverMajority: true })).toEqual({
      ...nullColumns,
      equityKind: 'range',
      equityMinBps: 0,
      equityMaxBps: 4999,
      equityNeverMajority: true,
    });
  });

  it.each([5000, 5001, 10000])('range, never majority: maxBps %i is 400 EQUITY_MAJORITY_FORBIDDEN on equityPolicy.maxBps', (maxBps) => {
    const error = thrown(() => equityColumns({ kind: 'range', minBps: 1000, maxBps, neverMajority: true }));
    expect(error).not.toBeInstanceOf(ValidationFailedError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('EQUITY_MAJORITY_FORBIDDEN');
    expect(fields(error.extra as { errors?: { field: string }[] })).toEqual(['equityPolicy.maxBps']);
  });

  it('range without never majority: a majority stake (5000 and above) is allowed', () => {
    expect(equityColumns({ kind: 'range', minBps: 5000, maxBps: 10000, neverMajority: false })).toMatchObject({ equityMaxBps: 10000, equityNeverMajority: false });
  });

  it('fixed_after: the MCS policy, 10 % after 6 months', () => {
    expect(equityColumns({ kind: 'fixed_after', bps: 1000, afterMonths: 6 })).toEqual({
      ...nullColumns,
      equityKind: 'fixed_after',
      equityFixedBps: 1000,
      equityAfterMonths: 6,
    });
  });

  it('fixed_after: range fields sent along are not stored', () => {
    const policy: EquityPolicyDto = { kind: 'fixed_after', bps: 1000, afterMonths: 6, minBps: 1, maxBps: 2, neverMajority: true };
    expect(equityColumns(policy)).toMatchObject({ equityMinBps: null, equityMaxBps: null, equityNeverMajority: false });
  });
});

describe('checkMoneyRange', () => {
  it('accepts nothing at all', () => {
    expect(() => checkMoneyRange(undefined, 'grantPolicy')).not.toThrow();
    expect(() => checkMoneyRange(null, 'grantPolicy')).not.toThrow();
  });

  it('accepts min below or equal to max', () => {
    expect(() => checkMoneyRange({ minAmountMinor: 800_000, maxAmountMinor: 1_000_000, currency: 'USD' }, 'grantPolicy')).not.toThrow();
    expect(() => checkMoneyRange({ minAmountMinor: 500, maxAmountMinor: 500, currency: 'GBP' }, 'grantPolicy')).not.toThrow();
    expect(() => checkMoneyRange({ minAmountMinor: 0, maxAmountMinor: 0, currency: 'MNT' }, 'grantPolicy')).not.toThrow();
  });

  it('refuses min above max, naming <field>.minAmountMinor', () => {
    const error = thrown(() => checkMoneyRange({ minAmountMinor: 1_000_001, maxAmountMinor: 1_000_000, currency: 'USD' }, 'grantPolicy'));
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fields(error)).toEqual(['grantPolicy.minAmountMinor']);
  });
});
