import { DomainError, FieldError, ValidationFailedError } from '@hatchery/core';
import type { CriterionDto, EquityPolicyDto, MoneyRangeDto } from './dto/programme.dto';
import type { Criterion } from './entities/programme.entity';

export const DEFAULT_SCALE = { min: 1, max: 5 };
/** 50 % in basis points: a never-majority stake must stay strictly below it. */
export const MAJORITY_BPS = 5000;

/** Fills default scales and checks keys are unique and each scale runs upwards. */
export function normalizeRubric(criteria: CriterionDto[], field = 'rubric'): Criterion[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const rubric = criteria.map((criterion, i) => {
    const scaleMin = criterion.scaleMin ?? DEFAULT_SCALE.min;
    const scaleMax = criterion.scaleMax ?? DEFAULT_SCALE.max;
    if (seen.has(criterion.key)) errors.push({ field: `${field}.${i}.key`, message: `key ${criterion.key} appears twice` });
    seen.add(criterion.key);
    if (scaleMin >= scaleMax) errors.push({ field: `${field}.${i}.scaleMax`, message: 'scaleMax must be greater than scaleMin' });
    return { key: criterion.key, label: criterion.label, weight: criterion.weight, scaleMin, scaleMax };
  });
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return rubric;
}

export interface EquityColumns {
  equityKind: 'none' | 'range' | 'fixed_after';
  equityMinBps: number | null;
  equityMaxBps: number | null;
  equityNeverMajority: boolean;
  equityFixedBps: number | null;
  equityAfterMonths: number | null;
}

/** Checks an equity policy and flattens it to its columns. */
export function equityColumns(policy: EquityPolicyDto): EquityColumns {
  const none: EquityColumns = { equityKind: 'none', equityMinBps: null, equityMaxBps: null, equityNeverMajority: false, equityFixedBps: null, equityAfterMonths: null };
  if (policy.kind === 'none') return none;
  if (policy.kind === 'fixed_after') {
    return { ...none, equityKind: 'fixed_after', equityFixedBps: policy.bps!, equityAfterMonths: policy.afterMonths! };
  }
  const minBps = policy.minBps!;
  const maxBps = policy.maxBps!;
  if (minBps > maxBps) throw new ValidationFailedError([{ field: 'equityPolicy.minBps', message: 'minBps must not exceed maxBps' }]);
  if (policy.neverMajority && maxBps >= MAJORITY_BPS) {
    throw new DomainError(400, 'EQUITY_MAJORITY_FORBIDDEN', 'A never-majority policy must keep the maximum stake below 50 % (5,000 basis points).', {
      errors: [{ field: 'equityPolicy.maxBps', message: 'must be below 5000 when neverMajority is set' }],
    });
  }
  return { ...none, equityKind: 'range', equityMinBps: minBps, equityMaxBps: maxBps, equityNeverMajority: policy.neverMajority ?? false };
}

export function checkMoneyRange(range: MoneyRangeDto | null | undefined, field: string): void {
  if (range && range.minAmountMinor > range.maxAmountMinor) {
    throw new ValidationFailedError([{ field: `${field}.minAmountMinor`, message: 'minAmountMinor must not exceed maxAmountMinor' }]);
  }
}
