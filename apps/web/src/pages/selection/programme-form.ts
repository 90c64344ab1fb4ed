import type { Schemas } from '../../api/client';
import { decimalToMinor, minorToDecimal } from '../../format';
import { criterionRows, newCriterion, rubricDto, type CriterionRow } from './rubric-form';
import { optionalText, rowId, toNumber } from './shared';

export type MilestoneRow = { id: string; title: string; offsetDays: number | string; description: string; evidenceRequired: boolean };
export type PhaseRow = { id: string; name: string; durationUnit: Schemas['DurationUnit']; durationValue: number | string; milestones: MilestoneRow[] };

export type ProgrammeFormState = {
  name: string;
  type: Schemas['ProgrammeType'];
  description: string;
  phases: PhaseRow[];
  rubric: CriterionRow[];
  equity: { kind: Schemas['EquityKind']; minBps: number | string; maxBps: number | string; neverMajority: boolean; bps: number | string; afterMonths: number | string };
  grant: { min: string; max: string; currency: string };
  perkCap: { amount: string; currency: string };
};

export const PROGRAMME_TYPES: Schemas['ProgrammeType'][] = ['pre_incubation', 'incubation', 'acceleration', 'coworking_membership'];

export function newMilestone(): MilestoneRow {
  return { id: rowId(), title: '', offsetDays: 14, description: '', evidenceRequired: true };
}

export function newPhase(): PhaseRow {
  return { id: rowId(), name: '', durationUnit: 'months', durationValue: 1, milestones: [] };
}

export function emptyProgramme(currency: string): ProgrammeFormState {
  return {
    name: '',
    type: 'incubation',
    description: '',
    phases: [newPhase()],
    rubric: [newCriterion()],
    equity: { kind: 'none', minBps: '', maxBps: '', neverMajority: false, bps: '', afterMonths: '' },
    grant: { min: '', max: '', currency },
    perkCap: { amount: '', currency },
  };
}

export function programmeState(programme: Schemas['ProgrammeDto'], currency: string): ProgrammeFormState {
  const equity = programme.equityPolicy;
  return {
    name: programme.name,
    type: programme.type,
    description: programme.description ?? '',
    phases: programme.phases.map((phase) => ({
      id: rowId(),
      name: phase.name,
      durationUnit: phase.durationUnit,
      durationValue: phase.durationValue,
      milestones: phase.milestones.map((m) => ({ id: rowId(), title: m.title, offsetDays: m.offsetDays, description: m.description ?? '', evidenceRequired: m.evidenceRequired })),
    })),
    rubric: criterionRows(programme.rubric),
    equity: { kind: equity.kind, minBps: equity.minBps ?? '', maxBps: equity.maxBps ?? '', neverMajority: equity.neverMajority ?? false, bps: equity.bps ?? '', afterMonths: equity.afterMonths ?? '' },
    grant: programme.grantPolicy
      ? { min: minorToDecimal(programme.grantPolicy.minAmountMinor, programme.grantPolicy.currency), max: minorToDecimal(programme.grantPolicy.maxAmountMinor, programme.grantPolicy.currency), currency: programme.grantPolicy.currency }
      : { min: '', max: '', currency },
    perkCap: programme.perkCap ? { amount: minorToDecimal(programme.perkCap.amountMinor, programme.perkCap.currency), currency: programme.perkCap.currency } : { amount: '', currency },
  };
}

/** Money typed as decimal text; the amounts that cannot be read, by field path, to show before sending. */
export function moneyErrors(state: ProgrammeFormState): Record<string, true> {
  const errors: Record<string, true> = {};
  const grantGiven = state.grant.min.trim() !== '' || state.grant.max.trim() !== '';
  if (grantGiven && decimalToMinor(state.grant.min, state.grant.currency) === null) errors['grantPolicy.minAmountMinor'] = true;
  if (grantGiven && decimalToMinor(state.grant.max, state.grant.currency) === null) errors['grantPolicy.maxAmountMinor'] = true;
  if (state.perkCap.amount.trim() !== '' && decimalToMinor(state.perkCap.amount, state.perkCap.currency) === null) errors['perkCap.amountMinor'] = true;
  return errors;
}

function equityDto(equity: ProgrammeFormState['equity']): Schemas['EquityPolicyDto'] {
  if (equity.kind === 'range') return { kind: 'range', minBps: toNumber(equity.minBps), maxBps: toNumber(equity.maxBps), neverMajority: equity.neverMajority };
  if (equity.kind === 'fixed_after') return { kind: 'fixed_after', bps: toNumber(equity.bps), afterMonths: toNumber(equity.afterMonths) };
  return { kind: 'none' };
}

/** The create body; call only after moneyErrors() is empty. Absent money is null (for an update: removed). */
export function programmeDto(state: ProgrammeFormState) {
  const grantGiven = state.grant.min.trim() !== '' || state.grant.max.trim() !== '';
  const grantPolicy: Schemas['MoneyRangeDto'] | null = grantGiven
    ? { currency: state.grant.currency, minAmountMinor: decimalToMinor(state.grant.min, state.grant.currency) ?? 0, maxAmountMinor: decimalToMinor(state.grant.max, state.grant.currency) ?? 0 }
    : null;
  const perkCap: Schemas['MoneyDto'] | null =
    state.perkCap.amount.trim() !== '' ? { currency: state.perkCap.currency, amountMinor: decimalToMinor(state.perkCap.amount, state.perkCap.currency) ?? 0 } : null;
  return {
    name: state.name,
    type: state.type,
    description: optionalText(state.description),
    phases: state.phases.map((phase) => ({
      name: phase.name,
      durationUnit: phase.durationUnit,
      durationValue: toNumber(phase.durationValue),
      milestones: phase.milestones.map((m) => ({ title: m.title, offsetDays: toNumber(m.offsetDays), description: optionalText(m.description), evidenceRequired: m.evidenceRequired })),
    })),
    rubric: rubricDto(state.rubric),
    equityPolicy: equityDto(state.equity),
    grantPolicy,
    perkCap,
  };
}
