import type { Criterion } from '@hatchery/programmes';
import { Candidate, planAssignments, scoreErrors } from './review-rules';

const RUBRIC: Criterion[] = [
  { key: 'idea', label: 'Innovative idea', weight: 2, scaleMin: 1, scaleMax: 5 },
  { key: 'team', label: 'Team', weight: 1, scaleMin: 1, scaleMax: 5 },
  { key: 'pitch', label: 'Pitch', weight: 1, scaleMin: 0, scaleMax: 10 },
];
const VALID = { idea: 4, team: 3, pitch: 7 };
const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('scoreErrors', () => {
  it('accepts an integer on its own scale for every criterion', () => {
    expect(scoreErrors(RUBRIC, VALID)).toEqual([]);
  });

  it.each([
    ['the lowest of each scale', { idea: 1, team: 1, pitch: 0 }],
    ['the highest of each scale', { idea: 5, team: 5, pitch: 10 }],
    ['a whole number written with a fraction part of zero', { idea: 4.0, team: 3, pitch: 7 }],
  ])('accepts %s (bounds are inclusive)', (_what, scores) => {
    expect(scoreErrors(RUBRIC, scores)).toEqual([]);
  });

  it('names each missing criterion with its label', () => {
    expect(scoreErrors(RUBRIC, { idea: 4 })).toEqual([
      { field: 'scores.team', message: '"Team" needs a score' },
      { field: 'scores.pitch', message: '"Pitch" needs a score' },
    ]);
  });

  it('names every criterion when the scores are empty, in rubric order', () => {
    expect(fields(scoreErrors(RUBRIC, {}))).toEqual(['scores.idea', 'scores.team', 'scores.pitch']);
  });

  it('treats null like a missing score', () => {
    expect(scoreErrors(RUBRIC, { ...VALID, team: null })).toEqual([{ field: 'scores.team', message: '"Team" needs a score' }]);
  });

  it.each([
    ['below the scale', { idea: 0 }, 'scores.idea', '"Innovative idea" must be a whole number from 1 to 5'],
    ['above the scale', { idea: 6 }, 'scores.idea', '"Innovative idea" must be a whole number from 1 to 5'],
    ['negative on a scale from 0', { pitch: -1 }, 'scores.pitch', '"Pitch" must be a whole number from 0 to 10'],
    ['above a scale from 0 to 10', { pitch: 11 }, 'scores.pitch', '"Pitch" must be a whole number from 0 to 10'],
    ['a fraction', { team: 3.5 }, 'scores.team', '"Team" must be a whole number from 1 to 5'],
    ['a number in a string', { team: '3' }, 'scores.team', '"Team" must be a whole number from 1 to 5'],
    ['a boolean', { team: true }, 'scores.team', '"Team" must be a whole number from 1 to 5'],
    ['an array', { team: [3] }, 'scores.team', '"Team" must be a whole number from 1 to 5'],
    ['an object', { team: { value: 3 } }, 'scores.team', '"Team" must be a whole number from 1 to 5'],
    ['NaN', { team: NaN }, 'scores.team', '"Team" must be a whole number from 1 to 5'],
    ['Infinity', { pitch: Infinity }, 'scores.pitch', '"Pitch" must be a whole number from 0 to 10'],
  ])('refuses a score %s', (_what, change, field, message) => {
    expect(scoreErrors(RUBRIC, { ...VALID, ...change })).toEqual([{ field, message }]);
  });

  it('refuses a criterion the round does not have', () => {
    expect(scoreErrors(RUBRIC, { ...VALID, charisma: 5 })).toEqual([{ field: 'scores.charisma', message: 'this round has no such criterion' }]);
  });

  it('lists unknown criteria first, then the rubric in order, one error per field', () => {
    const errors = scoreErrors(RUBRIC, { zeta: 1, pitch: 12, alpha: 2, idea: 2.5 });
    expect(fields(errors)).toEqual(['scores.zeta', 'scores.alpha', 'scores.idea', 'scores.team', 'scores.pitch']);
  });

  it("does not take a score from the object's prototype", () => {
    const inherited = Object.create({ idea: 4, team: 3, pitch: 7 }) as Record<string, unknown>;
    expect(fields(scoreErrors(RUBRIC, inherited))).toEqual(['scores.idea', 'scores.team', 'scores.pitch']);
  });

  it('treats criterion keys that name Object.prototype members like any other key', () => {
    const rubric: Criterion[] = [
      { key: 'constructor', label: 'Builder', weight: 1, scaleMin: 1, scaleMax: 5 },
      { key: 'to_string', label: 'Text', weight: 1, scaleMin: 1, scaleMax: 5 },
    ];
    expect(scoreErrors(rubric, {})).toEqual([
      { field: 'scores.constructor', message: '"Builder" needs a score' },
      { field: 'scores.to_string', message: '"Text" needs a score' },
    ]);
    expect(scoreErrors(rubric, { constructor: 3, to_string: 4 })).toEqual([]);
  });

  it('refuses a __proto__ key parsed from JSON as an unknown criterion', () => {
    const scores = JSON.parse('{"idea": 4, "team": 3, "pitch": 7, "__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(scoreErrors(RUBRIC, scores)).toEqual([{ field: 'scores.__proto__', message: 'this round has no such criterion' }]);
  });
});

describe('planAssignments', () => {
  const reviewers = (...ids: string[]): Candidate[] => ids.map((userId) => ({ userId, load: 0 }));
  const app = (id: string, overrides: Partial<{ applicantUserId: string; assigned: string[]; conflicts: string[] }> = {}) => ({
    id,
    applicantUserId: `applicant-of-${id}`,
    assigned: [],
    conflicts: [],
    ...overrides,
  });
  const loads = (plan: { reviewerUserId: string }[]) => {
    const counts: Record<string, number> = {};
    for (const p of plan) counts[p.reviewerUserId] = (counts[p.reviewerUserId] ?? 0) + 1;
    return counts;
  };
  const of = (plan: { applicationId: string; reviewerUserId: string }[], applicationId: string) =>
    plan.filter((p) => p.applicationId === applicationId).map((p) => p.reviewerUserId);

  it('spreads the work evenly: 6 applications × 2 over 4 reviewers is 3 each, least loaded first, ties by id', () => {
    const apps = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => app(id));
    const plan = planAssignments(apps, reviewers('r3', 'r1', 'r0', 'r2'), 2);
    expect(plan).toHaveLength(12);
    expect(loads(plan)).toEqual({ r0: 3, r1: 3, r2: 3, r3: 3 });
    expect(plan).toEqual([
      { applicationId: 'a1', reviewerUserId: 'r0' },
      { applicationId: 'a1', reviewerUserId: 'r1' },
      { applicationId: 'a2', reviewerUserId: 'r2' },
      { applicationId: 'a2', reviewerUserId: 'r3' },
      { applicationId: 'a3', reviewerUserId: 'r0' },
      { applicationId: 'a3', reviewerUserId: 'r1' },
      { applicationId: 'a4', reviewerUserId: 'r2' },
      { applicationId: 'a4', reviewerUserId: 'r3' },
      { applicationId: 'a5', reviewerUserId: 'r0' },
      { applicationId: 'a5', reviewerUserId: 'r1' },
      { applicationId: 'a6', reviewerUserId: 'r2' },
      { applicationId: 'a6', reviewerUserId: 'r3' },
    ]);
  });

  it('is stable: the order reviewers are given in does not change the plan', () => {
    const apps = ['a1', 'a2', 'a3'].map((id) => app(id));
    const one = planAssignments(apps, reviewers('r0', 'r1', 'r2', 'r3', 'r4'), 2);
    const other = planAssignments(apps, reviewers('r4', 'r2', 'r0', 'r3', 'r1'), 2);
    expect(other).toEqual(one);
  });

  it('starts from the loads reviewers already carry', () => {
    const plan = planAssignments([app('a1'), app('a2')], [{ userId: 'r0', load: 5 }, { userId: 'r1', load: 0 }, { userId: 'r2', load: 1 }], 1);
    expect(plan).toEqual([
      { applicationId: 'a1', reviewerUserId: 'r1' },
      { applicationId: 'a2', reviewerUserId: 'r1' },
    ]);
  });

  it('never assigns the applicant to their own application', () => {
    const plan = planAssignments([app('a1', { applicantUserId: 'r0' })], reviewers('r0', 'r1', 'r2'), 2);
    expect(of(plan, 'a1')).toEqual(['r1', 'r2']);
  });

  it('never assigns a reviewer who declared a conflict', () => {
    const plan = planAssignments([app('a1', { conflicts: ['r0', 'r2'] })], reviewers('r0', 'r1', 'r2', 'r3'), 2);
    expect(of(plan, 'a1')).toEqual(['r1', 'r3']);
  });

  it('only adds what is missing, never a reviewer already on it', () => {
    const plan = planAssignments([app('a1', { assigned: ['r0'] }), app('a2', { assigned: ['r1', 'r2'] }), app('a3', { assigned: ['r0', 'r1', 'r2'] })], reviewers('r0', 'r1', 'r2'), 2);
    expect(plan).toEqual([{ applicationId: 'a1', reviewerUserId: 'r1' }]);
  });

  it('replaces a recused reviewer: the applicant, the one still on it and the recused one are all skipped', () => {
    const plan = planAssignments(
      [app('a1', { applicantUserId: 'r3', assigned: ['r1'], conflicts: ['r0'] })],
      [{ userId: 'r0', load: 0 }, { userId: 'r1', load: 3 }, { userId: 'r2', load: 3 }, { userId: 'r3', load: 0 }, { userId: 'r4', load: 4 }],
      2,
    );
    expect(plan).toEqual([{ applicationId: 'a1', reviewerUserId: 'r2' }]);
  });

  it('with fewer eligible reviewers than needed, assigns those there are, each once', () => {
    const plan = planAssignments([app('a1'), app('a2', { applicantUserId: 'r0' }), app('a3', { conflicts: ['r0', 'r1'] })], reviewers('r0', 'r1'), 3);
    expect(of(plan, 'a1')).toEqual(['r0', 'r1']);
    expect(of(plan, 'a2')).toEqual(['r1']);
    expect(of(plan, 'a3')).toEqual([]);
    expect(plan).toHaveLength(3);
  });

  it('plans nothing without reviewers or applications', () => {
    expect(planAssignments([app('a1')], [], 2)).toEqual([]);
    expect(planAssignments([], reviewers('r0'), 2)).toEqual([]);
  });

  it('leaves the candidates it was given unchanged', () => {
    const given = reviewers('r0', 'r1');
    planAssignments([app('a1'), app('a2')], given, 2);
    expect(given).toEqual([{ userId: 'r0', load: 0 }, { userId: 'r1', load: 0 }]);
  });
});
