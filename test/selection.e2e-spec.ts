import { randomBytes, randomUUID } from 'node:crypto';
import { addMember, organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';

type Org = Awaited<ReturnType<typeof organizations.create>>;
type Triple = [idea: number, team: number, market: number];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** An instant relative to now, as the API expects it (ISO 8601 with an offset). */
const at = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
const tag = randomBytes(3).toString('hex');

/** Screening: the idea weighs double; default 1–5 scales. */
const SCREENING_RUBRIC = [
  { key: 'idea', label: 'Innovative idea', weight: 2 },
  { key: 'team', label: 'Team', weight: 1 },
  { key: 'market', label: 'Market', weight: 1 },
];
/** The pitch round brings its own rubric (one criterion on 0–10). */
const PITCH_RUBRIC = [
  { key: 'delivery', label: 'Delivery', weight: 1, scaleMin: 0, scaleMax: 10 },
  { key: 'demo', label: 'Demo', weight: 3 },
];
/** Criterion keys that KEY_PATTERN allows but that name Object.prototype members. */
const RESERVED_LOOKING_RUBRIC = [
  { key: 'prototype', label: 'Prototype', weight: 2 },
  { key: 'pitch', label: 'Pitch', weight: 1 },
];
const WEIGHTS: Record<string, number> = { idea: 2, team: 1, market: 1 };
const screeningScores = ([idea, team, market]: Triple) => ({ idea, team, market });
/** A review's weighted mean: Σ score × weight / Σ weight. */
const weightedOf = (triple: Triple) => {
  const scores = screeningScores(triple);
  return Object.entries(scores).reduce((sum, [k, v]) => sum + v * WEIGHTS[k], 0) / Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
};

/**
 * The screening scores, by reviewer (r0…r3, by id) and application (0…5, by submission time).
 * r0 and r1 are lenient and see applications 0, 2 and 4; r2 and r3 are harsh and see 1, 3 and 5
 * (r2 also takes over 0 when r0 recuses). r3 leaves application 1 unscored. The weights matter:
 * unweighted, application 0 (5,5,5 and 2,4,4) would beat application 2 (5,3,3 and 5,4,4).
 */
const SCORES: Array<{ reviewer: number; app: number; scores: Triple }> = [
  { reviewer: 0, app: 2, scores: [5, 3, 3] }, // 4
  { reviewer: 0, app: 4, scores: [5, 5, 5] }, // 5
  { reviewer: 1, app: 0, scores: [5, 5, 5] }, // 5
  { reviewer: 1, app: 2, scores: [5, 4, 4] }, // 4.5
  { reviewer: 1, app: 4, scores: [4, 4, 4] }, // 4
  { reviewer: 2, app: 0, scores: [2, 4, 4] }, // 3
  { reviewer: 2, app: 1, scores: [3, 1, 1] }, // 2
  { reviewer: 2, app: 3, scores: [2, 2, 2] }, // 2
  { reviewer: 2, app: 5, scores: [1, 1, 1] }, // 1
  { reviewer: 3, app: 3, scores: [1, 3, 3] }, // 2
  { reviewer: 3, app: 5, scores: [3, 3, 3] }, // 3
];

/**
 * What the ranking must be, computed here from SCORES: the mean of each review's weighted mean,
 * or the mean of each review's z-score within its reviewer's own reviews (population spread).
 * Ties: more reviews first, then earlier submission. Values are rounded to 4 places, as served.
 */
function expectedRanking(method: 'weighted' | 'zscore') {
  const reviews = SCORES.map((s) => ({ ...s, weighted: weightedOf(s.scores) }));
  const byReviewer = new Map<number, number[]>();
  for (const r of reviews) byReviewer.set(r.reviewer, [...(byReviewer.get(r.reviewer) ?? []), r.weighted]);
  const z = (r: (typeof reviews)[number]) => {
    const values = byReviewer.get(r.reviewer)!;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    return sd === 0 ? 0 : (r.weighted - mean) / sd;
  };
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const rows = [0, 1, 2, 3, 4, 5].map((app) => {
    const mine = reviews.filter((r) => r.app === app);
    return { app, score: round(mean(mine.map((r) => r.weighted))), zScore: round(mean(mine.map(z))), reviews: mine.length };
  });
  const key = method === 'weighted' ? 'score' : 'zScore';
  return rows.sort((a, b) => b[key] - a[key] || b.reviews - a.reviews || a.app - b.app);
}

describe('selection: review, ranking, shortlist and decisions, end to end on the real stack', () => {
  let system: System;
  let owner: SignedIn;
  let manager: SignedIn;
  let founderMember: SignedIn;
  let mentor: SignedIn;
  /** The four reviewers, sorted by id: the order the planner breaks ties in. */
  let r: SignedIn[];
  /** Six applicants, none of them a member; apps[i] is applicants[i]'s, submitted in that order. */
  let applicants: SignedIn[];
  /** A co-founder of application 4 who already has an account. */
  let cofounderWithAccount: SignedIn;
  const cofounderWithoutAccount = `cofounder-${tag}@example.org`;
  let org: Org;
  let callId: string;
  const apps: Array<{ id: string; startupName: string; founderEmails: string[]; founderNames: string[] }> = [];

  /** Another organization, with a call of its own for the capacity race. */
  let ownerB: SignedIn;
  let orgB: Org;
  let callB: string;
  let raceApplicants: SignedIn[];
  const raceApps: string[] = [];
  /** Organization B's second call, whose rubric has a criterion keyed `prototype` (if that rubric is accepted at all). */
  let reservedProgramme: Response;
  let reservedCall: string | undefined;
  let reservedApp: string | undefined;

  const orgUrl = (o: Org = org) => `/api/v1/organizations/${o.slug}`;
  const callUrl = (id = callId, o: Org = org) => `${orgUrl(o)}/calls/${id}`;
  const appUrl = (id: string, o: Org = org) => `${orgUrl(o)}/applications/${id}`;
  const reviewUrl = (id: string, round: string) => `${appUrl(id)}/reviews/${round}`;
  const score = (who: SignedIn, app: number | string, round: string, scores: unknown, comment?: string) =>
    system.http.request('PUT', reviewUrl(typeof app === 'number' ? apps[app].id : app, round), { token: who.token, body: { scores, ...(comment ? { comment } : {}) } });
  const decide = (applicationIds: string[], decision: string, who: SignedIn = owner, headers?: Record<string, string>, o: Org = org, id = callId) =>
    system.http.post(`${callUrl(id, o)}/decisions`, { applicationIds, decision }, who.token, headers);
  const ranking = (query: string, who: SignedIn = owner, round = 'screening') => system.http.get(`${callUrl()}/rounds/${round}/ranking${query}`, who.token);
  const progress = (round: string, who: SignedIn = owner) => system.http.get(`${callUrl()}/rounds/${round}/progress`, who.token);
  const queue = (who: SignedIn) => system.http.get(`${orgUrl()}/reviews/queue`, who.token);
  const status = async (id: string) => (await system.db.query('SELECT status, round_key FROM applications WHERE id = $1', [id])).rows[0];
  const assignments = async (round: string) =>
    (
      await system.db.query(
        `SELECT ra.application_id, ra.reviewer_user_id, ra.status FROM review_assignments ra JOIN applications a ON a.id = ra.application_id
          WHERE a.call_id = $1 AND ra.round_key = $2`,
        [callId, round],
      )
    ).rows as Array<{ application_id: string; reviewer_user_id: string; status: string }>;
  /** Reviewer indexes (into r) on application i in a round, sorted. */
  const reviewersOf = async (i: number, round: string) =>
    (await assignments(round))
      .filter((a) => a.application_id === apps[i].id)
      .map((a) => r.findIndex((x) => x.id === a.reviewer_user_id))
      .sort();
  const mailsTo = (email: string) => system.mailbox.messages.filter((m) => m.to.includes(email));

  const waitForCallStatus = (id: string, wanted: string, o: Org = org, who: SignedIn = owner) =>
    until(`call ${id} to be ${wanted}`, async () => (await system.http.get(callUrl(id, o), who.token)).body.status === wanted);
  const expectProblem = (response: Response, statusCode: number, code: string) => expect({ status: response.status, code: response.body?.code }).toEqual({ status: statusCode, code });

  /** Everything an applicant fills in; each application has the applicant and a CTO (no account) as founders. */
  function applicationBody(i: number, applicant: SignedIn) {
    const founders = [
      { name: `Founder ${i} ${tag}`, email: applicant.email, role: 'CEO', gender: 'female', birthYear: 1991, group: 'rural' },
      { name: `Cto ${i} ${tag}`, email: `cto-${i}-${tag}@example.org`, role: 'CTO', gender: 'male', birthYear: 1987, group: 'herder' },
    ];
    if (i === 4) {
      founders.push({ name: `Cofounder A ${tag}`, email: cofounderWithAccount.email, role: 'COO', gender: 'other', birthYear: 1993, group: 'urban' });
      founders.push({ name: `Cofounder B ${tag}`, email: cofounderWithoutAccount, role: 'CFO', gender: 'prefer_not_to_say', birthYear: 1989, group: 'urban' });
    }
    return {
      startupName: `Startup ${i} ${tag}`,
      sector: 'cleantech',
      stage: 'seed',
      idea: `Air quality sensors, variant ${i}.`,
      teamSize: founders.length,
      founders,
      answers: { team_background: 'Two engineers and a designer.', sector: 'Cleantech' },
    };
  }

  async function apply(o: Org, id: string, who: SignedIn, body: Record<string, unknown>): Promise<string> {
    const created = await system.http.post(`${orgUrl(o)}/calls/${id}/applications`, body, who.token);
    if (created.status !== 201) throw new Error(`create application failed: ${JSON.stringify(created.body)}`);
    return created.body.id;
  }
  async function submit(o: Org, id: string, who: SignedIn): Promise<void> {
    const submitted = await system.http.post(`${appUrl(id, o)}/submit`, {}, who.token);
    if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
  }

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    [owner, ownerB] = await Promise.all([users.create(system), users.create(system)]);
    [org, orgB] = await Promise.all([organizations.create(system, owner), organizations.create(system, ownerB)]);
    const people = await Promise.all([
      addMember(system, org.id, 'manager'),
      addMember(system, org.id, 'founder'),
      addMember(system, org.id, 'mentor'),
      ...[0, 1, 2, 3].map(() => addMember(system, org.id, 'reviewer')),
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => users.create(system)),
    ]);
    [manager, founderMember, mentor] = people.slice(0, 3);
    r = people.slice(3, 7).sort((a, b) => a.id.localeCompare(b.id));
    applicants = people.slice(7, 13);
    cofounderWithAccount = people[13];
    raceApplicants = people.slice(14, 17);
    const reservedApplicant = people[17];

    // Organization B: a call open at once, closing with the main one, capacity 2, three applications.
    const programmeB = await programmes.create(system, ownerB, orgB.slug);
    const draftB = await calls.create(system, ownerB, orgB.slug, programmeB.id, { opensAt: at(-60_000), closesAt: at(4_000), capacity: 2, reviewersPerApplication: 1 });
    callB = draftB.id;
    expect((await system.http.post(`${callUrl(callB, orgB)}/publish`, {}, ownerB.token)).body.status).toBe('open');
    for (const [i, who] of raceApplicants.entries()) {
      const id = await apply(orgB, callB, who, { ...applicationBody(10 + i, who), answers: { team_background: 'Two engineers.', sector: 'Agritech' } });
      await submit(orgB, id, who);
      raceApps.push(id);
    }
    reservedProgramme = await system.http.post(`${orgUrl(orgB)}/programmes`, programmes.build({ rubric: RESERVED_LOOKING_RUBRIC }), ownerB.token);
    if (reservedProgramme.status === 201) {
      const reserved = await calls.create(system, ownerB, orgB.slug, reservedProgramme.body.id, { opensAt: at(-60_000), closesAt: at(4_000), reviewersPerApplication: 1 });
      reservedCall = reserved.id;
      expect((await system.http.post(`${callUrl(reservedCall, orgB)}/publish`, {}, ownerB.token)).body.status).toBe('open');
      reservedApp = await apply(orgB, reservedCall, reservedApplicant, { ...applicationBody(20, reservedApplicant), answers: { team_background: 'Two engineers.', sector: 'Fintech' } });
      await submit(orgB, reservedApp, reservedApplicant);
    }

    const programme = await programmes.create(system, owner, org.slug, { rubric: SCREENING_RUBRIC });
    const draft = await calls.create(system, owner, org.slug, programme.id, {
      opensAt: at(1_000),
      closesAt: at(3_500),
      capacity: 2,
      reviewersPerApplication: 2,
      blindReview: true,
      rounds: [
        { key: 'screening', name: 'Screening', shortlistSize: 3 },
        { key: 'pitch', name: 'Pitch day', rubric: PITCH_RUBRIC },
      ],
    });
    callId = draft.id;
  });
  afterAll(() => system?.close());

  it('the worker opens the call, six applicants (not members) apply, the worker closes it', async () => {
    const published = await system.http.post(`${callUrl()}/publish`, {}, owner.token);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('scheduled');
    await waitForCallStatus(callId, 'open');

    const bodies = applicants.map((who, i) => applicationBody(i, who));
    const ids = await Promise.all(applicants.map((who, i) => apply(org, callId, who, bodies[i])));
    // One after the other: submission time is the last tie-break of the ranking.
    for (const [i, who] of applicants.entries()) await submit(org, ids[i], who);
    for (const [i, id] of ids.entries()) {
      apps.push({ id, startupName: bodies[i].startupName, founderEmails: bodies[i].founders.map((f) => f.email), founderNames: bodies[i].founders.map((f) => f.name) });
    }
    for (const who of applicants) expect(await countRows(system, 'memberships', 'user_id = $1', [who.id])).toBe(0);

    await waitForCallStatus(callId, 'closed');
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse((await system.http.get(callUrl(), owner.token)).body.closesAt));
  });

  it("the 'call.start-review' job puts every submitted application into screening with 2 reviewers each, balanced 3 / 3 / 3 / 3, never the applicant", async () => {
    const rows = await until('12 screening assignments', async () => {
      const response = await progress('screening');
      expect(response.status).toBe(200);
      const total = (response.body as Array<{ assigned: number }>).reduce((sum, p) => sum + p.assigned, 0);
      return total === 12 && response.body;
    });
    expect(rows.map((p: { reviewerUserId: string }) => p.reviewerUserId).sort()).toEqual(r.map((x) => x.id).sort());
    for (const p of rows) expect(p).toMatchObject({ assigned: 3, done: 0, pending: 3 });

    for (const app of apps) expect(await status(app.id)).toEqual({ status: 'under_review', round_key: 'screening' });
    const all = await assignments('screening');
    expect(all).toHaveLength(12);
    const applicantOf = new Map(apps.map((a, i) => [a.id, applicants[i].id]));
    for (const a of all) expect(a.reviewer_user_id).not.toBe(applicantOf.get(a.application_id));
    // Least loaded first, ties by id: the planner's choice is predictable.
    for (const i of [0, 2, 4]) expect(await reviewersOf(i, 'screening')).toEqual([0, 1]);
    for (const i of [1, 3, 5]) expect(await reviewersOf(i, 'screening')).toEqual([2, 3]);

    const q = await queue(r[0]);
    expect(q.status).toBe(200);
    expect(q.body.map((item: { applicationId: string }) => item.applicationId).sort()).toEqual([apps[0].id, apps[2].id, apps[4].id].sort());
    expect(q.body[0]).toMatchObject({ callId, roundKey: 'screening', status: 'assigned' });
  });

  it('under blind review, a reviewer sees no founder names, emails or demographics: not in the application, the list or the queue', async () => {
    const got = await system.http.get(appUrl(apps[0].id), r[1].token);
    expect(got.status).toBe(200);
    expect(got.body).not.toHaveProperty('founders');
    expect(got.body.startupName).toBe(apps[0].startupName);
    const listed = await system.http.get(`${orgUrl()}/applications?callId=${callId}&limit=100`, r[1].token);
    expect(listed.body.items.map((i: { id: string }) => i.id).sort()).toEqual([apps[0].id, apps[2].id, apps[4].id].sort());
    const q = await queue(r[1]);
    const secrets = [...apps.flatMap((a) => [...a.founderEmails, ...a.founderNames]), ...applicants.map((a) => a.email), 'founders', 'gender', 'birthYear', 'female', 'herder', 'rural'];
    for (const response of [got, listed, q]) {
      const text = JSON.stringify(response.body);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    // The owner still sees them (with demographics).
    const forOwner = await system.http.get(appUrl(apps[0].id), owner.token);
    expect(forOwner.body.founders[0]).toMatchObject({ email: apps[0].founderEmails[0], gender: 'female', birthYear: 1991, group: 'rural' });
  });

  it('a reviewer who declares a conflict loses the application (queue, reading, scoring; their score too) and another reviewer takes it', async () => {
    // r0 had already scored it.
    expect((await score(r[0], 0, 'screening', screeningScores([1, 1, 1]))).status).toBe(204);
    const before = (await system.db.query(`SELECT id FROM review_assignments WHERE application_id = $1 AND reviewer_user_id = $2`, [apps[0].id, r[0].id])).rows[0].id;
    expect(await countRows(system, 'review_scores', 'assignment_id = $1', [before])).toBe(3);

    const declared = await system.http.post(`${appUrl(apps[0].id)}/conflict`, { reason: 'I mentored this team last year' }, r[0].token);
    expect(declared.status).toBe(204);
    expect(await countRows(system, 'review_conflicts', 'application_id = $1 AND reviewer_user_id = $2', [apps[0].id, r[0].id])).toBe(1);
    expect(await countRows(system, 'review_scores', 'assignment_id = $1', [before])).toBe(0);
    expect(await countRows(system, 'audit_entries', `action = 'review.conflict-declared' AND entity_id = $1 AND actor_user_id = $2`, [apps[0].id, r[0].id])).toBe(1);

    const q = await queue(r[0]);
    expect(q.body.map((item: { applicationId: string }) => item.applicationId).sort()).toEqual([apps[2].id, apps[4].id].sort());
    expectProblem(await system.http.get(appUrl(apps[0].id), r[0].token), 404, 'NOT_FOUND');
    expectProblem(await score(r[0], 0, 'screening', screeningScores([3, 3, 3])), 404, 'NOT_FOUND');

    // Still two reviewers: r1 stays, r2 (load 3, id before r3's) replaces r0.
    expect(await reviewersOf(0, 'screening')).toEqual([1, 2]);
    expect((await queue(r[2])).body.map((item: { applicationId: string }) => item.applicationId)).toContain(apps[0].id);
  });

  it('a reviewer scoring, or reading, an application not assigned to them gets 404, and nothing is written', async () => {
    const scoresBefore = await countRows(system, 'review_scores');
    expectProblem(await score(r[0], 1, 'screening', screeningScores([5, 5, 5])), 404, 'NOT_FOUND');
    expectProblem(await system.http.get(appUrl(apps[1].id), r[0].token), 404, 'NOT_FOUND');
    expectProblem(await score(r[0], 2, 'no_such_round', screeningScores([5, 5, 5])), 404, 'NOT_FOUND');
    expect(await countRows(system, 'review_scores')).toBe(scoresBefore);
  });

  describe('scoring', () => {
    const invalid: Array<[string, unknown, string[]]> = [
      ['a missing criterion', { idea: 4, team: 4 }, ['scores.market']],
      ['a score above the scale', { idea: 6, team: 4, market: 4 }, ['scores.idea']],
      ['a score below the scale', { idea: 4, team: 0, market: 4 }, ['scores.team']],
      ['a fraction', { idea: 4, team: 3.5, market: 4 }, ['scores.team']],
      ['a number as a string', { idea: '4', team: 4, market: 4 }, ['scores.idea']],
      ['an unknown criterion', { idea: 4, team: 4, market: 4, charisma: 5 }, ['scores.charisma']],
      ["the next round's criterion", { delivery: 7 }, ['scores.delivery', 'scores.idea', 'scores.team', 'scores.market']],
      ['no scores at all', undefined, ['scores']],
      ['scores that are not an object', [4, 4, 4], ['scores']],
    ];

    it.each(invalid)('refuses %s: 400 naming the fields, nothing written', async (_what, scores, fields) => {
      const assignment = (await system.db.query(`SELECT id, status FROM review_assignments WHERE application_id = $1 AND reviewer_user_id = $2`, [apps[2].id, r[1].id])).rows[0];
      const audit = await countRows(system, 'audit_entries', `action = 'review.submitted'`);
      const response = await score(r[1], 2, 'screening', scores);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect((response.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([...fields].sort());
      expect(await countRows(system, 'review_scores', 'assignment_id = $1', [assignment.id])).toBe(0);
      expect((await system.db.query(`SELECT status FROM review_assignments WHERE id = $1`, [assignment.id])).rows[0].status).toBe('assigned');
      expect(await countRows(system, 'audit_entries', `action = 'review.submitted'`)).toBe(audit);
    });

    it('saves a valid review (204), lets the reviewer edit it before the round is finalized, and tracks progress per reviewer', async () => {
      // r0 first scores application 4 low, then changes their mind.
      expect((await score(r[0], 4, 'screening', screeningScores([1, 1, 1]), 'first look')).status).toBe(204);
      const edited = await score(r[0], 4, 'screening', screeningScores([5, 5, 5]), 'second look');
      expect(edited.status).toBe(204);
      const { rows } = await system.db.query(
        `SELECT rs.criterion_key, rs.score, ra.status, ra.comment FROM review_scores rs JOIN review_assignments ra ON ra.id = rs.assignment_id
          WHERE ra.application_id = $1 AND ra.reviewer_user_id = $2 ORDER BY rs.criterion_key`,
        [apps[4].id, r[0].id],
      );
      expect(rows).toEqual([
        { criterion_key: 'idea', score: 5, status: 'submitted', comment: 'second look' },
        { criterion_key: 'market', score: 5, status: 'submitted', comment: 'second look' },
        { criterion_key: 'team', score: 5, status: 'submitted', comment: 'second look' },
      ]);

      for (const s of SCORES) {
        if (s.reviewer === 0 && s.app === 4) continue;
        const response = await score(r[s.reviewer], s.app, 'screening', screeningScores(s.scores));
        expect({ reviewer: s.reviewer, app: s.app, status: response.status }).toEqual({ reviewer: s.reviewer, app: s.app, status: 204 });
      }

      const response = await progress('screening', manager);
      expect(response.status).toBe(200);
      const byReviewer = Object.fromEntries((response.body as Array<{ reviewerUserId: string }>).map((p) => [r.findIndex((x) => x.id === p.reviewerUserId), p]));
      expect(byReviewer).toEqual({
        0: expect.objectContaining({ assigned: 2, done: 2, pending: 0 }),
        1: expect.objectContaining({ assigned: 3, done: 3, pending: 0 }),
        2: expect.objectContaining({ assigned: 4, done: 4, pending: 0 }),
        3: expect.objectContaining({ assigned: 3, done: 2, pending: 1 }),
      });
      // Most pending first.
      expect(response.body[0].reviewerUserId).toBe(r[3].id);
      expect(response.body[0].name).toEqual(expect.any(String));
    });

    it('never accepts a rubric it cannot score: a criterion keyed `prototype` is either refused when the rubric is made, or scored like any other', async () => {
      if (reservedProgramme.status !== 201) {
        // Refusing the key up front is a correct answer too.
        expectProblem(reservedProgramme, 400, 'VALIDATION_FAILED');
        expect(JSON.stringify(reservedProgramme.body.errors)).toContain('rubric.0.key');
        return;
      }
      await waitForCallStatus(reservedCall!, 'closed', orgB, ownerB);
      await until('the reviewer assignment', async () => (await countRows(system, 'review_assignments', 'application_id = $1', [reservedApp])) === 1);
      const response = await system.http.request('PUT', `${appUrl(reservedApp!, orgB)}/reviews/screening`, { token: ownerB.token, body: { scores: { prototype: 4, pitch: 3 } } });
      expect({ status: response.status, errors: response.body?.errors }).toEqual({ status: 204, errors: undefined });
      const { rows } = await system.db.query(
        `SELECT rs.criterion_key, rs.score FROM review_scores rs JOIN review_assignments ra ON ra.id = rs.assignment_id WHERE ra.application_id = $1 ORDER BY 1`,
        [reservedApp],
      );
      expect(rows).toEqual([
        { criterion_key: 'pitch', score: 3 },
        { criterion_key: 'prototype', score: 4 },
      ]);
    });
  });

  describe('who may see the ranking, the progress and the decisions', () => {
    type Route = readonly ['GET' | 'POST', string, unknown?];
    const routes = (o: Org = org, id = callId): Route[] => [
      ['GET', `${callUrl(id, o)}/rounds/screening/ranking`],
      ['GET', `${callUrl(id, o)}/rounds/screening/ranking?method=zscore&format=csv`],
      ['GET', `${callUrl(id, o)}/rounds/screening/progress`],
      ['POST', `${callUrl(id, o)}/rounds/screening/shortlist`, {}],
      ['POST', `${callUrl(id, o)}/decisions`, { applicationIds: [apps[0].id], decision: 'accept' }],
    ];
    const hit = (who: SignedIn, [method, url, body]: Route) => system.http.request(method, url, { token: who.token, body });

    it.each([
      ['a founder', () => founderMember],
      ['a mentor', () => mentor],
    ])('answers %s of the organization with 403', async (_who, who) => {
      for (const route of routes()) expect({ route, status: (await hit(who(), route)).status }).toEqual({ route, status: 403 });
    });

    it('answers a reviewer with 403 for the ranking, the progress and decisions', async () => {
      for (const route of routes()) expect({ route, status: (await hit(r[1], route)).status }).toEqual({ route, status: 403 });
    });

    it("answers another organization's owner with 404, and this call through the other organization's slug with 404", async () => {
      for (const route of routes()) expectProblem(await hit(ownerB, route), 404, 'NOT_FOUND');
      for (const route of routes(orgB, callId)) expectProblem(await hit(ownerB, route), 404, 'NOT_FOUND');
      for (const route of routes(org, callB)) expectProblem(await hit(owner, route), 404, 'NOT_FOUND');
    });

    it('left every application undecided and the round open', async () => {
      for (const app of apps) expect((await status(app.id)).status).toBe('under_review');
      expect((await system.http.get(callUrl(), owner.token)).body.finalizedRounds).toEqual([]);
    });
  });

  describe('ranking', () => {
    it('by weighted mean: the weights count, ties go to more reviews, then earlier submission', async () => {
      const expected = expectedRanking('weighted');
      // Spelled out: 4.5, 4.25, 4, then three at 2 (two reviews and earlier, two reviews, one review).
      expect(expected.map((e) => e.app)).toEqual([4, 2, 0, 3, 5, 1]);
      expect(expected.map((e) => e.score)).toEqual([4.5, 4.25, 4, 2, 2, 2]);

      const response = await ranking('?method=weighted', manager);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(
        expected.map((e, i) => ({
          rank: i + 1,
          applicationId: apps[e.app].id,
          startupName: apps[e.app].startupName,
          sector: 'cleantech',
          status: 'under_review',
          score: e.score,
          zScore: expect.any(Number),
          reviews: e.reviews,
          submittedAt: expect.any(String),
        })),
      );
      for (const [i, e] of expected.entries()) expect(response.body[i].zScore).toBeCloseTo(e.zScore, 3);
      // Weighted is the default.
      expect((await ranking('')).body).toEqual(response.body);
    });

    it('by z-score: each reviewer normalized against their own scores, so the harsh reviewers’ favourites rise', async () => {
      const expected = expectedRanking('zscore');
      expect(expected.map((e) => e.app)).toEqual([0, 1, 4, 5, 2, 3]);
      const response = await ranking('?method=zscore');
      expect(response.status).toBe(200);
      expect(response.body.map((row: { applicationId: string }) => row.applicationId)).toEqual(expected.map((e) => apps[e.app].id));
      expect(response.body.map((row: { rank: number }) => row.rank)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const [i, e] of expected.entries()) {
        expect(response.body[i].zScore).toBeCloseTo(e.zScore, 3);
        expect(response.body[i].score).toBe(e.score);
        expect(response.body[i].reviews).toBe(e.reviews);
      }
      // The two methods disagree here, at the top and below.
      expect(expectedRanking('weighted').map((e) => e.app)).not.toEqual(expected.map((e) => e.app));
      expect(expectedRanking('weighted')[0].app).not.toBe(expected[0].app);
    });

    it('as CSV: text/csv, an attachment, a header and one line per application in ranking order', async () => {
      const response = await ranking('?method=weighted&format=csv');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="ranking-screening-weighted.csv"');
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      // A UTF-8 byte-order mark first, for spreadsheet programs (the Cyrillic case is in applications.e2e-spec.ts).
      expect((response.body as string).startsWith('\uFEFF')).toBe(true);
      const lines = (response.body as string).slice(1).split('\r\n');
      expect(lines[0]).toBe('rank,applicationId,startupName,sector,status,score,zScore,reviews,submittedAt');
      expect(lines.at(-1)).toBe('');
      const rows = lines.slice(1, -1).map((line) => line.split(','));
      expect(rows).toHaveLength(6);
      const expected = expectedRanking('weighted');
      expect(rows.map((cells) => [cells[0], cells[1], cells[2], cells[5], cells[7]])).toEqual(
        expected.map((e, i) => [String(i + 1), apps[e.app].id, apps[e.app].startupName, String(e.score), String(e.reviews)]),
      );
    });

    it('refuses an unknown method or format with 400, and an unknown round with 404', async () => {
      expectProblem(await ranking('?method=median'), 400, 'VALIDATION_FAILED');
      expectProblem(await ranking('?format=xlsx'), 400, 'VALIDATION_FAILED');
      expectProblem(await ranking('', owner, 'final'), 404, 'NOT_FOUND');
    });
  });

  describe('shortlist', () => {
    it("moves the top 3 (weighted) to 'pitch' as shortlisted, assigns pitch reviewers (the recused one kept off), and finalizes screening", async () => {
      const response = await system.http.post(`${callUrl()}/rounds/screening/shortlist`, {}, manager.token);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ shortlisted: [apps[4].id, apps[2].id, apps[0].id] });
      for (const i of [0, 2, 4]) expect(await status(apps[i].id)).toEqual({ status: 'shortlisted', round_key: 'pitch' });
      for (const i of [1, 3, 5]) expect(await status(apps[i].id)).toEqual({ status: 'under_review', round_key: 'screening' });
      expect((await system.http.get(callUrl(), owner.token)).body.finalizedRounds).toEqual(['screening']);

      const pitch = await assignments('pitch');
      expect(pitch).toHaveLength(6);
      expect(await reviewersOf(0, 'pitch')).toEqual([1, 2]);
      expect(await reviewersOf(2, 'pitch')).toEqual([0, 3]);
      expect(await reviewersOf(4, 'pitch')).toEqual([0, 1]);
      const pitchProgress = await progress('pitch');
      expect((pitchProgress.body as Array<{ assigned: number }>).reduce((n, p) => n + p.assigned, 0)).toBe(6);

      // The screening ranking still lists everyone, with the new statuses.
      const after = await ranking('?method=weighted');
      expect(after.body.map((row: { applicationId: string; status: string }) => [row.applicationId, row.status])).toEqual(
        expectedRanking('weighted').map((e) => [apps[e.app].id, [0, 2, 4].includes(e.app) ? 'shortlisted' : 'under_review']),
      );
    });

    it('pitch reviews use the pitch rubric, not the screening one', async () => {
      const fieldsOf = (response: Response) => (response.body.errors as { field: string }[]).map((e) => e.field);
      const screening = await score(r[0], 2, 'pitch', screeningScores([5, 5, 5]));
      expectProblem(screening, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(screening)).toEqual(expect.arrayContaining(['scores.idea', 'scores.team', 'scores.market', 'scores.delivery']));
      const outOfScale = await score(r[0], 2, 'pitch', { delivery: 11, demo: 4 });
      expectProblem(outOfScale, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(outOfScale)).toContain('scores.delivery');
      expect(await countRows(system, 'review_scores rs JOIN review_assignments ra ON ra.id = rs.assignment_id', `ra.round_key = 'pitch'`)).toBe(0);
      // r0 recused from application 0: no pitch review for them either.
      expectProblem(await score(r[0], 0, 'pitch', { delivery: 5, demo: 5 }), 404, 'NOT_FOUND');
    });

    it('pitch reviews are saved on the pitch rubric (0 and 10 are on its 0–10 scale)', async () => {
      expect((await score(r[0], 2, 'pitch', { delivery: 0, demo: 5 })).status).toBe(204);
      expect((await score(r[1], 0, 'pitch', { delivery: 10, demo: 4 })).status).toBe(204);
      const { rows } = await system.db.query(
        `SELECT rs.criterion_key, rs.score FROM review_scores rs JOIN review_assignments ra ON ra.id = rs.assignment_id
          WHERE ra.round_key = 'pitch' AND ra.application_id = $1 AND ra.reviewer_user_id = $2 ORDER BY 1`,
        [apps[2].id, r[0].id],
      );
      expect(rows).toEqual([
        { criterion_key: 'delivery', score: 0 },
        { criterion_key: 'demo', score: 5 },
      ]);
    });

    it('then screening scores can no longer change: 409 ROUND_FINALIZED, nothing written', async () => {
      const before = (await system.db.query(`SELECT rs.* FROM review_scores rs JOIN review_assignments ra ON ra.id = rs.assignment_id WHERE ra.round_key = 'screening' ORDER BY 1, 2`)).rows;
      expectProblem(await score(r[1], 2, 'screening', screeningScores([1, 1, 1])), 409, 'ROUND_FINALIZED');
      // Even the review r3 never finished.
      expectProblem(await score(r[3], 1, 'screening', screeningScores([5, 5, 5])), 409, 'ROUND_FINALIZED');
      expect((await system.db.query(`SELECT rs.* FROM review_scores rs JOIN review_assignments ra ON ra.id = rs.assignment_id WHERE ra.round_key = 'screening' ORDER BY 1, 2`)).rows).toEqual(before);
    });

    it('a conflict declared after screening is finalized takes the reviewer off the pitch round only: the final screening reviews and ranking stay', async () => {
      const screeningScoresNow = async () =>
        (await system.db.query(`SELECT rs.* FROM review_scores rs JOIN review_assignments ra ON ra.id = rs.assignment_id WHERE ra.round_key = 'screening' ORDER BY 1, 2`)).rows;
      const before = await screeningScoresNow();
      const rankingBefore = (await ranking('?method=weighted')).body;
      expect(await reviewersOf(4, 'pitch')).toEqual([0, 1]);

      expect((await system.http.post(`${appUrl(apps[4].id)}/conflict`, {}, r[1].token)).status).toBe(204);
      // Pitch: r1 replaced by r2 (pitch load 1, id before r3's).
      expect(await reviewersOf(4, 'pitch')).toEqual([0, 2]);
      expect((await queue(r[1])).body.filter((item: { applicationId: string; roundKey: string }) => item.applicationId === apps[4].id && item.roundKey === 'pitch')).toEqual([]);
      // Screening was final: r1's review of it is still there, and so is the ranking the shortlist came from.
      expect(await reviewersOf(4, 'screening')).toEqual([0, 1]);
      expect(await screeningScoresNow()).toEqual(before);
      expect((await ranking('?method=weighted')).body).toEqual(rankingBefore);
    });

    it('refuses to shortlist screening twice (409 ROUND_FINALIZED) and to shortlist the last round (409 NO_NEXT_ROUND)', async () => {
      expectProblem(await system.http.post(`${callUrl()}/rounds/screening/shortlist`, {}, owner.token), 409, 'ROUND_FINALIZED');
      expectProblem(await system.http.post(`${callUrl()}/rounds/pitch/shortlist`, {}, owner.token), 409, 'NO_NEXT_ROUND');
      for (const i of [0, 2, 4]) expect(await status(apps[i].id)).toEqual({ status: 'shortlisted', round_key: 'pitch' });
      expect((await system.http.get(callUrl(), owner.token)).body.finalizedRounds).toEqual(['screening']);
    });
  });

  describe('decisions', () => {
    const decisionJobs = () => countRows(system, 'outbox_messages', `job_name = 'application.decision-email' AND payload->>'organizationId' = $1`, [org.id]);
    const subjectOf = (i: number, what: 'accepted' | 'not accepted' | 'on the waiting list') => `${org.name}: ${apps[i].startupName} ${what}`;

    it('refuses to accept 3 with capacity 2: 409 CALL_CAPACITY_REACHED, nothing decided', async () => {
      const startups = await countRows(system, 'startups');
      const memberships = await countRows(system, 'memberships', 'organization_id = $1', [org.id]);
      const jobs = await decisionJobs();
      const response = await decide([apps[4].id, apps[2].id, apps[0].id], 'accept');
      expectProblem(response, 409, 'CALL_CAPACITY_REACHED');
      expect(response.body).toMatchObject({ capacity: 2, accepted: 0 });
      for (const i of [0, 2, 4]) expect((await status(apps[i].id)).status).toBe('shortlisted');
      expect(await countRows(system, 'startups')).toBe(startups);
      expect(await countRows(system, 'memberships', 'organization_id = $1', [org.id])).toBe(memberships);
      expect(await decisionJobs()).toBe(jobs);
      expect(await countRows(system, 'applications', `call_id = $1 AND decided_at IS NOT NULL`, [callId])).toBe(0);
    });

    it('accepts 2 in bulk (Idempotency-Key: a replay changes nothing more), waitlists 1, rejects the rest', async () => {
      const key = `decide-${tag}`;
      const accepted = await decide([apps[4].id, apps[2].id], 'accept', manager, { 'Idempotency-Key': key });
      expect(accepted.status).toBe(200);
      expect([...accepted.body.decided].sort()).toEqual([apps[4].id, apps[2].id].sort());
      const jobs = await decisionJobs();
      expect(jobs).toBe(2);

      const replay = await decide([apps[4].id, apps[2].id], 'accept', manager, { 'Idempotency-Key': key });
      expect(replay.status).toBe(200);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(accepted.body);
      expect(await decisionJobs()).toBe(jobs);
      expectProblem(await decide([apps[0].id], 'accept', manager, { 'Idempotency-Key': key }), 422, 'IDEMPOTENCY_KEY_REUSED');
      expect((await status(apps[0].id)).status).toBe('shortlisted');

      expect((await decide([apps[0].id], 'waitlist')).body).toEqual({ decided: [apps[0].id] });
      const rejected = await decide([apps[1].id, apps[3].id, apps[5].id], 'reject');
      expect(rejected.status).toBe(200);
      expect([...rejected.body.decided].sort()).toEqual([apps[1].id, apps[3].id, apps[5].id].sort());

      const statuses = await Promise.all(apps.map(async (a) => (await status(a.id)).status));
      expect(statuses).toEqual(['waitlisted', 'rejected', 'accepted', 'rejected', 'accepted', 'rejected']);
      expect(await countRows(system, 'applications', `call_id = $1 AND status = 'accepted'`, [callId])).toBe(2);
      // A decided application is not decided again the other way.
      expectProblem(await decide([apps[1].id], 'accept'), 409, 'APPLICATION_NOT_DECIDABLE');
    });

    it('emails each applicant their decision once', async () => {
      const expected: Array<[number, 'accepted' | 'not accepted' | 'on the waiting list']> = [
        [0, 'on the waiting list'],
        [1, 'not accepted'],
        [2, 'accepted'],
        [3, 'not accepted'],
        [4, 'accepted'],
        [5, 'not accepted'],
      ];
      for (const [i, what] of expected) {
        const mail = await system.mailbox.waitFor(applicants[i].email);
        expect(mail.subject).toBe(subjectOf(i, what));
      }
      await sleep(1_500);
      for (const [i, what] of expected) expect(mailsTo(applicants[i].email).map((m) => m.subject)).toEqual([subjectOf(i, what)]);
    });

    it('accepting creates the startup, makes the applicant and co-founders with accounts founders, and invites the others', async () => {
      for (const i of [2, 4]) {
        const { rows } = await system.db.query(`SELECT organization_id, name, status, sector, stage FROM startups WHERE application_id = $1`, [apps[i].id]);
        expect(rows).toEqual([{ organization_id: org.id, name: apps[i].startupName, status: 'accepted', sector: 'cleantech', stage: 'seed' }]);
        expect((await system.db.query(`SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`, [org.id, applicants[i].id])).rows).toEqual([{ role: 'founder' }]);
      }
      for (const i of [0, 1, 3, 5]) {
        expect(await countRows(system, 'startups', 'application_id = $1', [apps[i].id])).toBe(0);
        expect(await countRows(system, 'memberships', 'user_id = $1', [applicants[i].id])).toBe(0);
      }
      expect((await system.db.query(`SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`, [org.id, cofounderWithAccount.id])).rows).toEqual([{ role: 'founder' }]);
      const invited = (await system.db.query(`SELECT email, role FROM invitations WHERE organization_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL ORDER BY email`, [org.id])).rows;
      expect(invited).toEqual(
        [cofounderWithoutAccount, `cto-2-${tag}@example.org`, `cto-4-${tag}@example.org`].sort().map((email) => ({ email, role: 'founder' })),
      );
      await system.mailbox.waitFor(cofounderWithoutAccount);
    });

    it('lets exactly one of two concurrent accepts take the last place: one 200, one 409, accepted = capacity', async () => {
      const decideB = (ids: string[]) => decide(ids, 'accept', ownerB, undefined, orgB, callB);
      await waitForCallStatus(callB, 'closed', orgB, ownerB);
      expect((await decideB([raceApps[0]])).status).toBe(200);
      const results = await Promise.all([decideB([raceApps[1]]), decideB([raceApps[2]])]);
      expect(results.map((x) => x.status).sort()).toEqual([200, 409]);
      const loser = results.find((x) => x.status === 409)!;
      expect(loser.body).toMatchObject({ code: 'CALL_CAPACITY_REACHED', capacity: 2, accepted: 2 });
      const winner = results.find((x) => x.status === 200)!;
      expect(await countRows(system, 'applications', `call_id = $1 AND status = 'accepted'`, [callB])).toBe(2);
      expect(await countRows(system, 'startups', 'organization_id = $1', [orgB.id])).toBe(2);
      const loserId = winner.body.decided[0] === raceApps[1] ? raceApps[2] : raceApps[1];
      expect((await system.db.query('SELECT status FROM applications WHERE id = $1', [loserId])).rows[0].status).not.toBe('accepted');
    });

    it('an accepted applicant withdraws: the startup is withdrawn, the worker promotes the waitlisted application and emails it, capacity stays full', async () => {
      const withdrawn = await system.http.post(`${appUrl(apps[2].id)}/withdraw`, {}, applicants[2].token);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.status).toBe('withdrawn');
      // The startups domain withdraws the startup when it hears of it (application.withdrawn, through the worker).
      await until('the startup to be withdrawn', async () => (await system.db.query(`SELECT status FROM startups WHERE application_id = $1`, [apps[2].id])).rows[0]?.status === 'withdrawn');

      await until('the waitlisted application to be promoted', async () => (await status(apps[0].id)).status === 'accepted');
      expect(await countRows(system, 'applications', `call_id = $1 AND status = 'accepted'`, [callId])).toBe(2);
      expect((await system.db.query(`SELECT status FROM startups WHERE application_id = $1`, [apps[0].id])).rows).toEqual([{ status: 'accepted' }]);
      expect((await system.db.query(`SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`, [org.id, applicants[0].id])).rows).toEqual([{ role: 'founder' }]);
      expect(await countRows(system, 'audit_entries', `action = 'application.promoted-from-waitlist' AND entity_id = $1`, [apps[0].id])).toBe(1);
      expect(await countRows(system, 'invitations', `organization_id = $1 AND email = $2 AND role = 'founder'`, [org.id, `cto-0-${tag}@example.org`])).toBe(1);

      await until('the acceptance email', async () => mailsTo(applicants[0].email).length >= 2, 15_000);
      await sleep(1_000);
      expect(mailsTo(applicants[0].email).map((m) => m.subject)).toEqual([subjectOf(0, 'on the waiting list'), subjectOf(0, 'accepted')]);
      // Nobody else heard anything more.
      for (const i of [1, 2, 3, 4, 5]) expect(mailsTo(applicants[i].email)).toHaveLength(1);
    });

    it('answers an application of another call with 404 and decides nothing', async () => {
      expectProblem(await decide([raceApps[2]], 'reject'), 404, 'NOT_FOUND');
      expectProblem(await decide([randomUUID()], 'reject'), 404, 'NOT_FOUND');
    });
  });
});
