import { randomBytes, randomUUID } from 'node:crypto';
import { addMember, organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';

type Org = Awaited<ReturnType<typeof organizations.create>>;
type Assignment = {
  id: string;
  roundKey: string;
  application: { id: string; startupName: string | null; applicantName: string | null };
  reviewer: { id: string; name: string };
  status: 'pending' | 'done' | 'conflict';
  assignedAt: string;
  submittedAt: string | null;
};

const at = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
const tag = randomBytes(3).toString('hex');
const RUBRIC = [
  { key: 'idea', label: 'Innovative idea', weight: 2 },
  { key: 'team', label: 'Team', weight: 1 },
];

describe('review assignments for staff, and a reviewer reading their own review', () => {
  let system: System;
  let owner: SignedIn;
  let manager: SignedIn;
  let founder: SignedIn;
  let mentor: SignedIn;
  let reviewers: SignedIn[];
  const reviewerNames = [0, 1, 2].map((i) => `Reviewer ${i} ${tag}`);
  let applicants: SignedIn[];
  const applicantNames = [0, 1, 2, 3].map((i) => `Applicant ${i} ${tag}`);
  let org: Org;
  let callId: string;
  const apps: string[] = [];

  let ownerB: SignedIn;
  let reviewerB: SignedIn;
  let orgB: Org;
  let callB: string;

  const orgUrl = (o: Org = org) => `/api/v1/organizations/${o.slug}`;
  const listUrl = (query = '', id = callId, o: Org = org, round = 'screening') => `${orgUrl(o)}/calls/${id}/rounds/${round}/assignments${query}`;
  const myReviewUrl = (applicationId: string, round = 'screening', o: Org = org) => `${orgUrl(o)}/applications/${applicationId}/reviews/${round}`;
  const score = (who: SignedIn, applicationId: string, scores: Record<string, number>, comment?: string) =>
    system.http.request('PUT', myReviewUrl(applicationId), { token: who.token, body: { scores, ...(comment ? { comment } : {}) } });
  const expectProblem = (response: Response, status: number, code: string) => expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  const reviewerOf = (user: SignedIn) => reviewers.findIndex((r) => r.id === user.id);
  const dbAssignments = async () =>
    (
      await system.db.query(
        `SELECT ra.id, ra.application_id, ra.reviewer_user_id, ra.status FROM review_assignments ra JOIN applications a ON a.id = ra.application_id
          WHERE a.call_id = $1 AND ra.round_key = 'screening'`,
        [callId],
      )
    ).rows as Array<{ id: string; application_id: string; reviewer_user_id: string; status: string }>;
  /** Every assignment, following nextCursor. */
  async function listAll(query = '', limit = 100, who: SignedIn = manager): Promise<Assignment[]> {
    const all: Assignment[] = [];
    let cursor: string | null = null;
    do {
      const response: { status: number; body: any } = await system.http.get(listUrl(`?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}${query}`), who.token);
      expect(response.status).toBe(200);
      all.push(...response.body.items);
      cursor = response.body.nextCursor;
    } while (cursor);
    return all;
  }

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    [owner, ownerB] = await Promise.all([users.create(system), users.create(system)]);
    [org, orgB] = await Promise.all([organizations.create(system, owner), organizations.create(system, ownerB)]);
    [manager, founder, mentor, reviewerB, ...reviewers] = await Promise.all([
      addMember(system, org.id, 'manager'),
      addMember(system, org.id, 'founder'),
      addMember(system, org.id, 'mentor'),
      addMember(system, orgB.id, 'reviewer'),
      ...reviewerNames.map(async (name) => addMember(system, org.id, 'reviewer', await users.create(system, { name }))),
    ]);
    applicants = await Promise.all(applicantNames.map((name) => users.create(system, { name })));

    const programmeB = await programmes.create(system, ownerB, orgB.slug, { rubric: RUBRIC });
    callB = (await calls.create(system, ownerB, orgB.slug, programmeB.id)).id;

    const programme = await programmes.create(system, owner, org.slug, { rubric: RUBRIC });
    callId = (
      await calls.create(system, owner, org.slug, programme.id, {
        opensAt: at(1_000),
        closesAt: at(3_500),
        reviewersPerApplication: 2,
        blindReview: true,
        rounds: [
          { key: 'screening', name: 'Screening', shortlistSize: 1 },
          { key: 'pitch', name: 'Pitch day' },
        ],
      })
    ).id;
    expect((await system.http.post(`${orgUrl()}/calls/${callId}/publish`, {}, owner.token)).status).toBe(200);
    await until('the call to open', async () => (await system.http.get(`${orgUrl()}/calls/${callId}`, owner.token)).body.status === 'open');
    for (const [i, who] of applicants.entries()) {
      const created = await system.http.post(
        `${orgUrl()}/calls/${callId}/applications`,
        {
          startupName: `Startup ${i} ${tag}`,
          sector: 'cleantech',
          stage: 'seed',
          idea: 'Air quality sensors.',
          founders: [{ name: applicantNames[i], email: who.email, role: 'CEO' }],
          answers: { team_background: 'Two engineers.', sector: 'Cleantech' },
        },
        who.token,
      );
      expect(created.status).toBe(201);
      expect((await system.http.post(`${orgUrl()}/applications/${created.body.id}/submit`, {}, who.token)).status).toBe(200);
      apps.push(created.body.id);
    }
    // The worker closes the call and the review job assigns two reviewers to each of the four.
    await until('8 screening assignments', async () => (await dbAssignments()).length === 8, 15_000);
  });
  afterAll(() => system?.close());

  describe('GET …/calls/{callId}/rounds/{roundKey}/assignments', () => {
    it('shows a manager and an owner every assignment of the round, with startup, applicant and reviewer names (blind review hides founders from reviewers only)', async () => {
      const expected = await dbAssignments();
      for (const who of [manager, owner]) {
        const listed = await listAll('', 100, who);
        expect(listed.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
        for (const a of listed) {
          const row = expected.find((e) => e.id === a.id)!;
          const i = apps.indexOf(row.application_id);
          expect(a).toEqual({
            id: row.id,
            roundKey: 'screening',
            application: { id: apps[i], startupName: `Startup ${i} ${tag}`, applicantName: applicantNames[i] },
            reviewer: { id: row.reviewer_user_id, name: reviewerNames[reviewers.findIndex((r) => r.id === row.reviewer_user_id)] },
            status: 'pending',
            assignedAt: expect.stringMatching(/Z$/),
            submittedAt: null,
          });
        }
      }
    });

    it('pages with the house cursor: newest first, no row twice, none lost', async () => {
      const first = await system.http.get(listUrl('?limit=3'), manager.token);
      expect(first.body.items).toHaveLength(3);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const paged = await listAll('', 3);
      expect(paged).toHaveLength(8);
      expect(new Set(paged.map((a) => a.id)).size).toBe(8);
      const ids = paged.map((a) => a.id);
      expect(ids).toEqual([...ids].sort().reverse());
      expectProblem(await system.http.get(listUrl('?cursor=not-a-cursor'), manager.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.get(listUrl('?status=late'), manager.token), 400, 'VALIDATION_FAILED');
    });

    it('refuses reviewers, founders and mentors with 403', async () => {
      for (const who of [reviewers[0], founder, mentor]) expectProblem(await system.http.get(listUrl(), who.token), 403, 'FORBIDDEN');
    });

    it("answers 404 for another organization's call, an unknown call or round, and to people outside the organization", async () => {
      // Organization B's owner, through B's own slug, with A's call id; and A's manager with B's call id.
      expectProblem(await system.http.get(listUrl('', callId, orgB), ownerB.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(listUrl('', callB), manager.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(listUrl('', randomUUID()), manager.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(listUrl('', callId, org, 'no_such_round'), manager.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(listUrl(), ownerB.token), 404, 'NOT_FOUND');
    });
  });

  describe('GET …/applications/{applicationId}/reviews/{roundKey} (getMyReview)', () => {
    it("is 404 before the caller has scored; afterwards gives the caller's own scores, comment and time, never the other reviewer's", async () => {
      const rows = await dbAssignments();
      const onApp0 = rows.filter((r) => r.application_id === apps[0]).map((r) => reviewers.find((x) => x.id === r.reviewer_user_id)!).sort((a, b) => a.id.localeCompare(b.id));
      expect(onApp0).toHaveLength(2);
      const [first, second] = onApp0;

      expectProblem(await system.http.get(myReviewUrl(apps[0]), first.token), 404, 'NOT_FOUND');
      expect((await score(first, apps[0], { idea: 5, team: 2 }, 'Strong idea, thin team')).status).toBe(204);

      const mine = await system.http.get(myReviewUrl(apps[0]), first.token);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual({
        assignmentId: rows.find((r) => r.application_id === apps[0] && r.reviewer_user_id === first.id)!.id,
        applicationId: apps[0],
        roundKey: 'screening',
        scores: { idea: 5, team: 2 },
        comment: 'Strong idea, thin team',
        submittedAt: expect.stringMatching(/Z$/),
        editable: true,
      });
      // The other reviewer on the same application has not scored: still 404, not the first one's review.
      expectProblem(await system.http.get(myReviewUrl(apps[0]), second.token), 404, 'NOT_FOUND');
      expect((await score(second, apps[0], { idea: 1, team: 4 })).status).toBe(204);
      expect((await system.http.get(myReviewUrl(apps[0]), second.token)).body).toMatchObject({ scores: { idea: 1, team: 4 }, comment: null });
      expect((await system.http.get(myReviewUrl(apps[0]), first.token)).body.scores).toEqual({ idea: 5, team: 2 });

      // Saving again replaces what is shown.
      expect((await score(first, apps[0], { idea: 4, team: 3 })).status).toBe(204);
      expect((await system.http.get(myReviewUrl(apps[0]), first.token)).body).toMatchObject({ scores: { idea: 4, team: 3 }, comment: null });

      // The list shows them done.
      const done = await listAll('&status=done');
      expect(done.map((a) => a.reviewer.id).sort()).toEqual([first.id, second.id].sort());
      expect(done.every((a) => a.application.id === apps[0] && a.submittedAt)).toBe(true);
      expect(await listAll(`&reviewerUserId=${first.id}`)).toHaveLength(rows.filter((r) => r.reviewer_user_id === first.id).length);
    });

    it('is 404 to a reviewer not assigned to the application, to staff who did not review it, for an unknown round or application, and across organizations; 403 to founders', async () => {
      const rows = await dbAssignments();
      const assigned = new Set(rows.filter((r) => r.application_id === apps[0]).map((r) => r.reviewer_user_id));
      const outsider = reviewers.find((r) => !assigned.has(r.id))!;
      expectProblem(await system.http.get(myReviewUrl(apps[0]), outsider.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(myReviewUrl(apps[0]), manager.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(myReviewUrl(apps[0]), owner.token), 404, 'NOT_FOUND');
      const reviewer = reviewers.find((r) => assigned.has(r.id))!;
      expectProblem(await system.http.get(myReviewUrl(apps[0], 'pitch'), reviewer.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(myReviewUrl(randomUUID()), reviewer.token), 404, 'NOT_FOUND');
      // Organization B: its reviewer through B's slug with A's application, and through A's slug (not a member).
      expectProblem(await system.http.get(myReviewUrl(apps[0], 'screening', orgB), reviewerB.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(myReviewUrl(apps[0]), reviewerB.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(myReviewUrl(apps[0]), founder.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(myReviewUrl(apps[0]), mentor.token), 403, 'FORBIDDEN');
    });

    it("after a manager moves a scored assignment, neither the old nor the new reviewer gets that review", async () => {
      const rows = await dbAssignments();
      const row = rows.find((r) => r.application_id === apps[1])!;
      const from = reviewers.find((r) => r.id === row.reviewer_user_id)!;
      const to = reviewers.find((r) => !rows.some((x) => x.application_id === apps[1] && x.reviewer_user_id === r.id))!;
      expect((await score(from, apps[1], { idea: 3, team: 3 })).status).toBe(204);
      expect((await system.http.get(myReviewUrl(apps[1]), from.token)).status).toBe(200);

      const listed = (await listAll()).find((a) => a.id === row.id)!;
      expect(listed).toMatchObject({ status: 'done', reviewer: { id: from.id, name: reviewerNames[reviewerOf(from)] } });
      expect((await system.http.request('PATCH', `${orgUrl()}/review-assignments/${row.id}`, { token: manager.token, body: { reviewerUserId: to.id } })).status).toBe(204);

      expectProblem(await system.http.get(myReviewUrl(apps[1]), from.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(myReviewUrl(apps[1]), to.token), 404, 'NOT_FOUND');
      const moved = (await listAll()).find((a) => a.id === row.id)!;
      expect(moved).toMatchObject({ status: 'pending', reviewer: { id: to.id, name: reviewerNames[reviewerOf(to)] }, submittedAt: null, assignedAt: listed.assignedAt });
    });

    it('once the round is finalized the review is shown as no longer editable; a reviewer who then declares a conflict cannot read it, and the list shows the conflict', async () => {
      const rows = await dbAssignments();
      const onApp0 = rows.filter((r) => r.application_id === apps[0]).map((r) => reviewers.find((x) => x.id === r.reviewer_user_id)!).sort((a, b) => a.id.localeCompare(b.id));
      const shortlisted = await system.http.post(`${orgUrl()}/calls/${callId}/rounds/screening/shortlist`, {}, manager.token);
      expect(shortlisted.status).toBe(200);
      for (const who of onApp0) expect((await system.http.get(myReviewUrl(apps[0]), who.token)).body).toMatchObject({ editable: false });

      const [recusing, staying] = onApp0;
      expect((await system.http.post(`${orgUrl()}/applications/${apps[0]}/conflict`, { reason: 'Met them before' }, recusing.token)).status).toBe(204);
      // The finalized round keeps the assignment and its scores ...
      const kept = rows.find((r) => r.application_id === apps[0] && r.reviewer_user_id === recusing.id)!;
      expect(await countRows(system, 'review_scores', 'assignment_id = $1', [kept.id])).toBe(2);
      // ... but the recused reviewer can no longer read it; the other still reads their own.
      expectProblem(await system.http.get(myReviewUrl(apps[0]), recusing.token), 404, 'NOT_FOUND');
      expect((await system.http.get(myReviewUrl(apps[0]), staying.token)).body.scores).toEqual({ idea: 1, team: 4 });

      const conflicts = await listAll('&status=conflict');
      expect(conflicts.map((a) => a.id)).toEqual([kept.id]);
      expect(conflicts[0]).toMatchObject({ status: 'conflict', reviewer: { id: recusing.id } });
      expect((await listAll('&status=done')).map((a) => a.id)).not.toContain(kept.id);
    });
  });
});
