import type { Schemas } from '../../api/client';
import { rowId, toNumber } from './shared';

export type CriterionRow = { id: string; key: string; label: string; weight: number | string; scaleMin: number | string; scaleMax: number | string };

export function newCriterion(): CriterionRow {
  return { id: rowId(), key: '', label: '', weight: 1, scaleMin: 1, scaleMax: 5 };
}

export function criterionRows(rubric: Schemas['CriterionResponseDto'][]): CriterionRow[] {
  return rubric.map((criterion) => ({ id: rowId(), ...criterion }));
}

export function rubricDto(rows: CriterionRow[]): Schemas['CriterionDto'][] {
  return rows.map((row) => ({ key: row.key.trim(), label: row.label, weight: toNumber(row.weight), scaleMin: toNumber(row.scaleMin), scaleMax: toNumber(row.scaleMax) }));
}
