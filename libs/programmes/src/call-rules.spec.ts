import { DomainError, ValidationFailedError } from '@hatchery/core';
import { checkWindow, formatInZone, normalizeQuestions, normalizeRounds } from './call-rules';
import type { QuestionDto, RoundDto } from './dto/call.dto';
import type { Criterion } from './entities/programme.entity';

function thrown(run: () => unknown): DomainError & { errors: { field: string; message: string }[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailedError) return error as never;
    throw error;
  }
  throw new Error('expected a ValidationFailedError, nothing was thrown');
}
const fields = (run: () => unknown) => thrown(run).errors.map((e) => e.field);

const text = (key: string, extra: Partial<QuestionDto> = {}): QuestionDto => ({ key, label: key, type: 'short_text', required: true, ...extra });
const choice = (key: string, options: string[] | undefined, type: 'single_choice' | 'multiple_choice' = 'single_choice'): QuestionDto => ({
  key,
  label: key,
  type,
  required: false,
  options,
});

const programmeRubric: Criterion[] = [
  { key: 'innovative_idea', label: 'Innovative idea', weight: 1, scaleMin: 1, scaleMax: 5 },
  { key: 'leadership', label: 'Leadership', weight: 1, scaleMin: 1, scaleMax: 5 },
  { key: 'team_composition', label: 'Team composition', weight: 1, scaleMin: 1, scaleMax: 5 },
  { key: 'previous_experience', label: 'Previous experience', weight: 1, scaleMin: 1, scaleMax: 5 },
];

describe('normalizeQuestions', () => {
  it('fills every optional limit with null and keeps order', () => {
    expect(normalizeQuestions([text('idea', { type: 'long_text', maxLength: 2000 }), { key: 'team_size', label: 'Team size', type: 'number', required: true, min: 1 }])).toEqual([
      { key: 'idea', label: 'idea', type: 'long_text', required: true, minLength: null, maxLength: 2000, min: null, max: null, options: null },
      { key: 'team_size', label: 'Team size', type: 'number', required: true, minLength: null, maxLength: null, min: 1, max: null, options: null },
    ]);
  });

  it('accepts no questions at all', () => {
    expect(normalizeQuestions([])).toEqual([]);
  });

  it('trims choice options, drops blanks and repeats', () => {
    const [q] = normalizeQuestions([choice('sector', [' Cleantech ', 'Agritech', 'Cleantech', '  '], 'multiple_choice')]);
    expect(q.options).toEqual(['Cleantech', 'Agritech']);
  });

  it.each([
    ['no options', undefined],
    ['an empty list', []],
    ['one option', ['Only']],
    ['two spellings of one option', ['Yes', ' Yes ']],
    ['one option and a blank', ['Yes', '   ']],
  ])('refuses a choice question with %s (fewer than two distinct options)', (_what, options) => {
    expect(fields(() => normalizeQuestions([text('name'), choice('sector', options)]))).toEqual(['questions.1.options']);
    expect(fields(() => normalizeQuestions([choice('tags', options, 'multiple_choice')]))).toEqual(['questions.0.options']);
  });

  it('refuses options on a question that is not a choice', () => {
    expect(fields(() => normalizeQuestions([text('name', { options: ['a', 'b'] })]))).toEqual(['questions.0.options']);
  });

  it('refuses a key that appears twice, naming the second', () => {
    expect(fields(() => normalizeQuestions([text('name'), text('idea'), text('name')]))).toEqual(['questions.2.key']);
  });

  it('refuses minLength above maxLength and min above max; equal ends are fine', () => {
    expect(fields(() => normalizeQuestions([text('a', { minLength: 10, maxLength: 5 })]))).toEqual(['questions.0.minLength']);
    expect(fields(() => normalizeQuestions([{ key: 'n', label: 'N', type: 'number', required: true, min: 10, max: 1 }]))).toEqual(['questions.0.min']);
    expect(() => normalizeQuestions([text('a', { minLength: 5, maxLength: 5 }), { key: 'n', label: 'N', type: 'number', required: true, min: 0, max: 0 }])).not.toThrow();
  });

  it('reports every problem at once', () => {
    expect(fields(() => normalizeQuestions([choice('a', ['x']), text('a'), text('b', { minLength: 3, maxLength: 2 })]))).toEqual([
      'questions.0.options',
      'questions.1.key',
      'questions.2.minLength',
    ]);
  });
});

describe('normalizeRounds', () => {
  it("without rounds: one 'screening' round with the programme's rubric and no shortlist", () => {
    expect(normalizeRounds(undefined, programmeRubric)).toEqual([{ key: 'screening', name: 'Screening', rubric: programmeRubric, shortlistSize: null }]);
  });

  it("a round without a rubric takes the programme's; one with its own keeps it, with default scales filled", () => {
    const rounds: RoundDto[] = [
      { key: 'screening', name: 'Screening', shortlistSize: 20 },
      { key: 'hackathon', name: 'Hackathon', rubric: [{ key: 'prototype', label: 'Prototype', weight: 2 }, { key: 'pitch', label: 'Pitch', weight: 1, scaleMin: 0, scaleMax: 10 }] },
    ];
    expect(normalizeRounds(rounds, programmeRubric)).toEqual([
      { key: 'screening', name: 'Screening', rubric: programmeRubric, shortlistSize: 20 },
      {
        key: 'hackathon',
        name: 'Hackathon',
        rubric: [
          { key: 'prototype', label: 'Prototype', weight: 2, scaleMin: 1, scaleMax: 5 },
          { key: 'pitch', label: 'Pitch', weight: 1, scaleMin: 0, scaleMax: 10 },
        ],
        shortlistSize: null,
      },
    ]);
  });

  it('refuses a round key that appears twice, naming the second', () => {
    expect(fields(() => normalizeRounds([{ key: 'screening', name: 'A' }, { key: 'final', name: 'B' }, { key: 'screening', name: 'C' }], programmeRubric))).toEqual([
      'rounds.2.key',
    ]);
  });

  it("checks a round's own rubric under rounds.<i>.rubric", () => {
    const rounds: RoundDto[] = [
      { key: 'screening', name: 'Screening' },
      { key: 'hackathon', name: 'Hackathon', rubric: [{ key: 'pitch', label: 'Pitch', weight: 1 }, { key: 'pitch', label: 'Pitch', weight: 1, scaleMin: 5, scaleMax: 5 }] },
    ];
    expect(fields(() => normalizeRounds(rounds, programmeRubric))).toEqual(['rounds.1.rubric.1.key', 'rounds.1.rubric.1.scaleMax']);
  });
});

describe('checkWindow', () => {
  it('accepts a closing time after the opening time', () => {
    expect(() => checkWindow(new Date('2026-03-01T09:00:00+08:00'), new Date('2026-03-31T23:59:59+08:00'))).not.toThrow();
    expect(() => checkWindow(new Date('2026-03-01T00:00:00.000Z'), new Date('2026-03-01T00:00:00.001Z'))).not.toThrow();
  });

  it('refuses a closing time equal to the opening time, even written in another offset', () => {
    expect(fields(() => checkWindow(new Date('2026-03-01T09:00:00+08:00'), new Date('2026-03-01T01:00:00Z')))).toEqual(['closesAt']);
  });

  it('refuses a closing time before the opening time', () => {
    expect(fields(() => checkWindow(new Date('2026-03-31T00:00:00Z'), new Date('2026-03-01T00:00:00Z')))).toEqual(['closesAt']);
  });
});

describe('formatInZone', () => {
  it("writes the organization's local time with its zone", () => {
    expect(formatInZone(new Date('2026-03-31T15:59:00Z'), 'Asia/Ulaanbaatar')).toBe('31 Mar 2026, 23:59 (Asia/Ulaanbaatar)');
  });

  it('rolls over to the next local day, midnight written 00:00', () => {
    expect(formatInZone(new Date('2026-03-31T16:00:00Z'), 'Asia/Ulaanbaatar')).toBe('1 Apr 2026, 00:00 (Asia/Ulaanbaatar)');
  });

  it('follows daylight saving time', () => {
    expect(formatInZone(new Date('2026-01-15T12:00:00Z'), 'Europe/London')).toBe('15 Jan 2026, 12:00 (Europe/London)');
    expect(formatInZone(new Date('2026-07-15T12:00:00Z'), 'Europe/London')).toBe('15 Jul 2026, 13:00 (Europe/London)');
  });

  it('works in UTC', () => {
    expect(formatInZone(new Date('2026-03-01T01:00:00Z'), 'UTC')).toBe('1 Mar 2026, 01:00 (UTC)');
  });
});
