import type { Schemas } from '../../api/client';
import { isoToLocal, localToIso } from '../../format';
import { criterionRows, rubricDto, type CriterionRow } from './rubric-form';
import { optionalText, rowId, toNumber } from './shared';

export type QuestionType = Schemas['QuestionType'];
export const QUESTION_TYPES: QuestionType[] = ['short_text', 'long_text', 'number', 'single_choice', 'multiple_choice', 'url', 'yes_no'];
export const TEXT_TYPES = new Set<QuestionType>(['short_text', 'long_text']);
export const CHOICE_TYPES = new Set<QuestionType>(['single_choice', 'multiple_choice']);

export type QuestionRow = {
  id: string;
  key: string;
  label: string;
  type: QuestionType;
  required: boolean;
  minLength: number | string;
  maxLength: number | string;
  min: number | string;
  max: number | string;
  options: string[];
};

export type RoundRow = { id: string; key: string; name: string; ownRubric: boolean; rubric: CriterionRow[]; shortlistSize: number | string };

export type CallFormState = {
  title: string;
  theme: string;
  opensAt: string;
  closesAt: string;
  capacity: number | string;
  reviewersPerApplication: number | string;
  blindReview: boolean;
  questions: QuestionRow[];
  rounds: RoundRow[];
};

export function newQuestion(type: QuestionType = 'short_text'): QuestionRow {
  return { id: rowId(), key: '', label: '', type, required: true, minLength: '', maxLength: '', min: '', max: '', options: [] };
}

export function newRound(programmeRubric: Schemas['CriterionResponseDto'][]): RoundRow {
  return { id: rowId(), key: '', name: '', ownRubric: false, rubric: criterionRows(programmeRubric), shortlistSize: '' };
}

export function emptyCall(programmeRubric: Schemas['CriterionResponseDto'][]): CallFormState {
  return {
    title: '',
    theme: '',
    opensAt: '',
    closesAt: '',
    capacity: 10,
    reviewersPerApplication: 2,
    blindReview: false,
    questions: [newQuestion()],
    rounds: [{ ...newRound(programmeRubric), key: 'screening', name: 'Screening' }],
  };
}

const sameRubric = (a: Schemas['CriterionResponseDto'][], b: Schemas['CriterionResponseDto'][]) =>
  JSON.stringify(a.map(({ key, label, weight, scaleMin, scaleMax }) => [key, label, weight, scaleMin, scaleMax])) ===
  JSON.stringify(b.map(({ key, label, weight, scaleMin, scaleMax }) => [key, label, weight, scaleMin, scaleMax]));

export function callState(call: Schemas['CallDto'], timeZone: string, programmeRubric: Schemas['CriterionResponseDto'][]): CallFormState {
  return {
    title: call.title,
    theme: call.theme ?? '',
    opensAt: isoToLocal(call.opensAt, timeZone),
    closesAt: isoToLocal(call.closesAt, timeZone),
    capacity: call.capacity,
    reviewersPerApplication: call.reviewersPerApplication,
    blindReview: call.blindReview,
    questions: call.questions.map((q) => ({
      id: rowId(), key: q.key, label: q.label, type: q.type, required: q.required,
      minLength: q.minLength ?? '', maxLength: q.maxLength ?? '', min: q.min ?? '', max: q.max ?? '', options: q.options ?? [],
    })),
    rounds: call.rounds.map((round) => ({
      id: rowId(), key: round.key, name: round.name, ownRubric: !sameRubric(round.rubric, programmeRubric), rubric: criterionRows(round.rubric), shortlistSize: round.shortlistSize ?? '',
    })),
  };
}

const optionalNumber = (value: number | string) => (value === '' ? undefined : toNumber(value));

function questionDto(q: QuestionRow): Schemas['QuestionDto'] {
  return {
    key: q.key.trim(),
    label: q.label,
    type: q.type,
    required: q.required,
    ...(TEXT_TYPES.has(q.type) ? { minLength: optionalNumber(q.minLength), maxLength: optionalNumber(q.maxLength) } : {}),
    ...(q.type === 'number' ? { min: optionalNumber(q.min), max: optionalNumber(q.max) } : {}),
    ...(CHOICE_TYPES.has(q.type) ? { options: q.options } : {}),
  };
}

function roundDto(round: RoundRow): Schemas['RoundDto'] {
  return { key: round.key.trim(), name: round.name, rubric: round.ownRubric ? rubricDto(round.rubric) : undefined, shortlistSize: optionalNumber(round.shortlistSize) };
}

const instant = (local: string, timeZone: string) => (local ? localToIso(local, timeZone) : '');

export function createCallDto(state: CallFormState, timeZone: string): Schemas['CreateCallDto'] {
  return {
    title: state.title,
    theme: optionalText(state.theme),
    opensAt: instant(state.opensAt, timeZone),
    closesAt: instant(state.closesAt, timeZone),
    capacity: toNumber(state.capacity),
    reviewersPerApplication: toNumber(state.reviewersPerApplication),
    blindReview: state.blindReview,
    questions: state.questions.map(questionDto),
    rounds: state.rounds.map(roundDto),
  };
}

/** Once a call is open its questions, rounds and opening time are frozen: they are not sent. */
export function updateCallDto(state: CallFormState, timeZone: string, frozen: boolean): Schemas['UpdateCallDto'] {
  const { opensAt, questions, rounds, ...rest } = createCallDto(state, timeZone);
  return frozen ? { ...rest, theme: state.theme } : { ...rest, theme: state.theme, opensAt, questions, rounds };
}
