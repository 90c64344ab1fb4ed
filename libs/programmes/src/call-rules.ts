import { FieldError, ValidationFailedError } from '@hatchery/core';
import type { QuestionDto, RoundDto } from './dto/call.dto';
import type { FormQuestion, Round } from './entities/call.entity';
import type { Criterion } from './entities/programme.entity';
import { normalizeRubric } from './programme-rules';

const CHOICE_TYPES = new Set(['single_choice', 'multiple_choice']);

export function normalizeQuestions(questions: QuestionDto[]): FormQuestion[] {
  const errors: FieldError[] = [];
  const keys = new Set<string>();
  const normalized = questions.map((q, i) => {
    const at = `questions.${i}`;
    if (keys.has(q.key)) errors.push({ field: `${at}.key`, message: `key ${q.key} appears twice` });
    keys.add(q.key);
    const options = q.options ? [...new Set(q.options.map((o) => o.trim()).filter(Boolean))] : null;
    if (CHOICE_TYPES.has(q.type) && (!options || options.length < 2)) errors.push({ field: `${at}.options`, message: 'a choice question needs at least two distinct options' });
    if (!CHOICE_TYPES.has(q.type) && options) errors.push({ field: `${at}.options`, message: 'only choice questions have options' });
    if (q.minLength !== undefined && q.maxLength !== undefined && q.minLength > q.maxLength) errors.push({ field: `${at}.minLength`, message: 'minLength must not exceed maxLength' });
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) errors.push({ field: `${at}.min`, message: 'min must not exceed max' });
    return {
      key: q.key,
      label: q.label,
      type: q.type,
      required: q.required,
      minLength: q.minLength ?? null,
      maxLength: q.maxLength ?? null,
      min: q.min ?? null,
      max: q.max ?? null,
      options: CHOICE_TYPES.has(q.type) ? options : null,
    };
  });
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return normalized;
}

/** Rounds without a rubric take the programme's; without rounds, one screening round. */
export function normalizeRounds(rounds: RoundDto[] | undefined, programmeRubric: Criterion[]): Round[] {
  const given = rounds ?? [{ key: 'screening', name: 'Screening' }];
  const keys = new Set<string>();
  const errors: FieldError[] = [];
  const normalized = given.map((round, i) => {
    if (keys.has(round.key)) errors.push({ field: `rounds.${i}.key`, message: `key ${round.key} appears twice` });
    keys.add(round.key);
    return {
      key: round.key,
      name: round.name,
      rubric: round.rubric ? normalizeRubric(round.rubric, `rounds.${i}.rubric`) : programmeRubric.map((criterion) => ({ ...criterion })),
      shortlistSize: round.shortlistSize ?? null,
    };
  });
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return normalized;
}

export function checkWindow(opensAt: Date, closesAt: Date): void {
  if (closesAt.getTime() <= opensAt.getTime()) throw new ValidationFailedError([{ field: 'closesAt', message: 'closesAt must be after opensAt' }]);
}

/** A local time in the organization's zone, for messages: "31 Mar 2026, 23:59 (Asia/Ulaanbaatar)". */
export function formatInZone(instant: Date, timezone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(instant);
  return `${text} (${timezone})`;
}
