import { randomBytes } from 'node:crypto';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { startSystem, System } from './support/system';
import { until } from './support/wait';

type Org = Awaited<ReturnType<typeof organizations.create>>;

/** An instant relative to real now: the call window runs on real time, whatever the test clock says. */
const at = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
const tag = randomBytes(3).toString('hex');

/**
 * The staff dashboard's two charts on the real stack: a call's funnel and a cohort's milestones by
 * status, day by day. The organizations are in Asia/Ulaanbaatar (UTC+8, no DST).
 */
describe('dashboard stats: call funnel and cohort milestone trend', () => {
  let system: System;
  const clock = new TestClock('2027-02-20T00:00:00Z');
  let owner: SignedIn;
  let manager: SignedIn;
  let reviewers: SignedIn[];
  let ownerB: SignedIn;
  let org: Org;
  let orgB: Org;
  jest.setTimeout(60_000);

  const orgUrl = (o: Org = org) => `/api/v1/organizations/${o.slug}`;
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  const ok = (response: Response, status = 200) => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  };

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file } });
    [owner, ownerB] = await Promise.all([users.create(system), users.create(system)]);
    [org, orgB] = await Promise.all([organizations.create(system, owner), organizations.create(system, ownerB)]);
    [manager, ...reviewers] = await Promise.all([addMember(system, org.id, 'manager'), addMember(system, org.id, 'reviewer'), addMember(system, org.id, 'reviewer')]);
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  describe('GET …/calls/{callId}/funnel', () => {
    let callId: string;
    let otherCallId: string;
    /** a[0] draft; a[1] withdrawn as a draft; a[2] submitted then withdrawn; a[3]–a[7] go to review. */
    const a: string[] = [];
    const callUrl = (id = callId, o: Org = org) => `${orgUrl(o)}/calls/${id}`;
    const funnel = (who: SignedIn = owner, id = callId) => system.http.get(`${callUrl(id)}/funnel`, who.token);
    const scores = (n: number) => ({ innovative_idea: n, leadership: n, team_composition: n, previous_experience: n });
    const score = (who: SignedIn, i: number, n: number) =>
      system.http.request('PUT', `${orgUrl()}/applications/${a[i]}/reviews/screening`, { token: who.token, body: { scores: scores(n) } });
    const body = (i: number, who: SignedIn) => ({
      startupName: `Funnel ${i} ${tag}`,
      sector: 'cleantech',
      stage: 'seed',
      idea: `Idea ${i}.`,
      teamSize: 1,
      founders: [{ name: `Founder ${i}`, email: who.email, role: 'CEO', gender: 'female', birthYear: 1990, group: 'urban' }],
      answers: { team_background: 'Two engineers.', sector: 'Cleantech' },
    });

    beforeAll(async () => {
      const programme = await programmes.create(system, owner, org.slug);
      const draft = await calls.create(system, owner, org.slug, programme.id, {
        opensAt: at(1_000),
        closesAt: at(6_000),
        reviewersPerApplication: 2,
        rounds: [
          { key: 'screening', name: 'Screening', shortlistSize: 2 },
          { key: 'pitch', name: 'Pitch day' },
        ],
      });
      callId = draft.id;
      otherCallId = (await calls.create(system, ownerB, orgB.slug, (await programmes.create(system, ownerB, orgB.slug)).id)).id;
      ok(await system.http.post(`${callUrl()}/publish`, {}, owner.token));
      await until('the call to open', async () => (await system.http.get(callUrl(), owner.token)).body.status === 'open');

      const applicants = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(() => users.create(system)));
      for (const [i, who] of applicants.entries()) a.push(ok(await system.http.post(`${callUrl()}/applications`, body(i, who), who.token), 201).body.id);
      for (let i = 2; i < 8; i++) ok(await system.http.post(`${orgUrl()}/applications/${a[i]}/submit`, {}, applicants[i].token));
      ok(await system.http.post(`${orgUrl()}/applications/${a[1]}/withdraw`, {}, applicants[1].token));
      ok(await system.http.post(`${orgUrl()}/applications/${a[2]}/withdraw`, {}, applicants[2].token));

      // The worker closes the call; a[3]–a[7] enter screening with both reviewers each.
      await until('10 screening assignments', async () => {
        const progress = (await system.http.get(`${callUrl()}/rounds/screening/progress`, owner.token)).body;
        return Array.isArray(progress) && progress.reduce((sum: number, p: { assigned: number }) => sum + p.assigned, 0) === 10;
      });
      // Both reviews for a[3], a[4], a[5]; one of two for a[6]; none for a[7].
      for (const who of reviewers) for (const [i, n] of [[3, 5], [4, 4], [5, 2]]) ok(await score(who, i, n), 204);
      ok(await score(reviewers[0], 6, 1), 204);
      // The top two (a[3], a[4]) go on to the pitch round.
      expect(ok(await system.http.post(`${callUrl()}/rounds/screening/shortlist`, { top: 2 }, owner.token)).body.shortlisted.sort()).toEqual([a[3], a[4]].sort());
      const decide = async (ids: string[], decision: string) => ok(await system.http.post(`${callUrl()}/decisions`, { applicationIds: ids, decision }, owner.token));
      await decide([a[3]], 'accept');
      await decide([a[5], a[7]], 'reject');
      await decide([a[6]], 'waitlist');
    });

    it('counts each stage exactly, in one response for owners and managers', async () => {
      const expected = {
        callId,
        firstRoundKey: 'screening',
        requiredReviews: 2,
        total: 8,
        drafts: 1, // a[0]
        submitted: 6, // a[2]–a[7], a[2] withdrawn since
        reviewed: 3, // a[3], a[4], a[5]: two completed reviews each; a[6] has one
        shortlisted: 2, // a[3] (accepted since) and a[4]
        decided: 4,
        accepted: 1, // a[3]
        rejected: 2, // a[5], a[7]
        waitlisted: 1, // a[6]
        withdrawn: 2, // a[1] as a draft, a[2] after submission
      };
      const byOwner = await funnel(owner);
      expect(byOwner.status).toBe(200);
      expect(byOwner.body).toEqual(expected);
      expect((await funnel(manager)).body).toEqual(expected);
      // The application statuses behind those numbers, as the database holds them.
      const rows = (await system.db.query(`SELECT id, status, round_key FROM applications WHERE call_id = $1`, [callId])).rows as { id: string; status: string; round_key: string | null }[];
      expect(a.map((id) => rows.find((r) => r.id === id)?.status)).toEqual(['draft', 'withdrawn', 'withdrawn', 'accepted', 'shortlisted', 'rejected', 'waitlisted', 'rejected']);
    });

    it('is for owners and managers: a reviewer gets 403; another organization’s call is 404', async () => {
      expectProblem(await funnel(reviewers[0]), 403, 'FORBIDDEN');
      expectProblem(await funnel(owner, otherCallId), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(`${callUrl(callId, orgB)}/funnel`, ownerB.token), 404, 'NOT_FOUND');
    });
  });

  describe('GET …/cohorts/{cohortId}/milestone-trend', () => {
    let cohortId: string;
    let otherCohortId: string;
    let founder: SignedIn;
    const trend = (query = '', who: SignedIn = owner, id = cohortId) => system.http.get(`${orgUrl()}/cohorts/${id}/milestone-trend${query}`, who.token);
    const row = (date: string, pending: number, submitted: number, changesRequested: number, approved: number, overdue: number) => ({ date, pending, submitted, changesRequested, approved, overdue });
    /**
     * M1 due 03-10: submitted 23:30 local on 03-02, approved 00:30 local on 03-04 (16:30 UTC on 03-03).
     * M2 due 03-03: never submitted, overdue from 03-04. M3 due 03-20: submitted 03-03, changes
     * requested 03-05. M4 (this startup's own, due 03-25): added 03-01, dropped 03-05.
     */
    const EXPECTED = [
      row('2027-03-01', 4, 0, 0, 0, 0),
      row('2027-03-02', 3, 1, 0, 0, 0),
      row('2027-03-03', 2, 2, 0, 0, 0), // M2 is due today: not yet overdue; M1's approval at 00:30 the next local day is not in
      row('2027-03-04', 1, 1, 0, 1, 1),
      row('2027-03-05', 0, 0, 1, 1, 1),
      row('2027-03-06', 0, 0, 1, 1, 1),
    ];

    beforeAll(async () => {
      const programme = await programmes.create(system, owner, org.slug, {
        phases: [
          {
            name: 'Incubation',
            durationValue: 2,
            durationUnit: 'months',
            milestones: [
              { title: 'M1', offsetDays: 9, evidenceRequired: true },
              { title: 'M2', offsetDays: 2, evidenceRequired: true },
              { title: 'M3', offsetDays: 19, evidenceRequired: true },
            ],
          },
        ],
      });
      const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: '2027-03-01' });
      cohortId = cohort.id;
      const programmeB = await programmes.create(system, ownerB, orgB.slug);
      otherCohortId = (await cohorts.create(system, ownerB, orgB.slug, { programmeId: programmeB.id, startsOn: '2027-03-01' })).id;

      clock.set('2027-02-27T04:00:00Z');
      const startup = await startups.create(system, owner, org);
      founder = startup.founder;
      const enrolmentId = (await enrol(system, owner, org.slug, cohortId, [startup.id])).enrolments[0].id;
      clock.set('2027-03-01T02:00:00Z');
      const m4 = ok(await system.http.post(`${orgUrl()}/enrolments/${enrolmentId}/milestones`, { title: 'M4', dueOn: '2027-03-25' }, owner.token), 201).body.id as string;
      const ids = new Map(
        ((await system.db.query(`SELECT id, title FROM milestones WHERE enrolment_id = $1`, [enrolmentId])).rows as { id: string; title: string }[]).map((m) => [m.title, m.id]),
      );
      const submit = async (title: string) => ok(await system.http.post(`${orgUrl()}/milestones/${ids.get(title)}/submissions`, { text: `Evidence for ${title}` }, founder.token), 201);
      const review = async (title: string, decision: string) =>
        ok(await system.http.post(`${orgUrl()}/milestones/${ids.get(title)}/review`, { decision, comment: 'Noted.' }, owner.token));

      clock.set('2027-03-02T15:30:00Z'); // 23:30 in Ulaanbaatar, still 2 March
      await submit('M1');
      clock.set('2027-03-03T02:00:00Z');
      await submit('M3');
      clock.set('2027-03-03T16:30:00Z'); // 00:30 on 4 March in Ulaanbaatar, still 3 March in UTC
      await review('M1', 'approve');
      clock.set('2027-03-05T01:00:00Z');
      await review('M3', 'request_changes');
      clock.set('2027-03-05T03:00:00Z');
      ok(await system.http.request('DELETE', `${orgUrl()}/milestones/${m4}`, { token: owner.token }), 204);
      clock.set('2027-03-06T10:00:00Z'); // 18:00 on 6 March in Ulaanbaatar
    });

    it("by default, the cohort's first day to today (local), each day's counts at the end of that local day", async () => {
      const response = await trend();
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ cohortId, timezone: 'Asia/Ulaanbaatar', days: EXPECTED });
    });

    it("'today' is the local day: at 01:00 on 7 March in Ulaanbaatar (17:00 UTC on the 6th) the range runs to 7 March", async () => {
      clock.set('2027-03-06T17:00:00Z');
      try {
        const response = await trend();
        expect(response.status).toBe(200);
        expect(response.body.days).toEqual([...EXPECTED, row('2027-03-07', 0, 0, 1, 1, 1)]);
      } finally {
        clock.set('2027-03-06T10:00:00Z');
      }
    });

    it('serves a given range, up to 400 days; more is 400 VALIDATION_FAILED, as are a reversed range and a bad date', async () => {
      expect((await trend('?from=2027-03-03&to=2027-03-04')).body.days).toEqual(EXPECTED.slice(2, 4));
      const longest = await trend('?from=2027-03-01&to=2028-04-03');
      expect(longest.status).toBe(200);
      expect(longest.body.days).toHaveLength(400);
      // Past its due date M3 (changes requested) is overdue too.
      expect(longest.body.days[399]).toEqual(row('2028-04-03', 0, 0, 0, 1, 2));
      expectProblem(await trend('?from=2027-03-01&to=2028-04-04'), 400, 'VALIDATION_FAILED');
      expectProblem(await trend('?from=2027-03-05&to=2027-03-04'), 400, 'VALIDATION_FAILED');
      expectProblem(await trend('?from=2027-02-30'), 400, 'VALIDATION_FAILED');
    });

    it('is for owners and managers: a reviewer and a founder get 403; another organization’s cohort is 404', async () => {
      expect((await trend('', manager)).status).toBe(200);
      expectProblem(await trend('', reviewers[0]), 403, 'FORBIDDEN');
      expectProblem(await trend('', founder), 403, 'FORBIDDEN');
      expectProblem(await trend('', owner, otherCohortId), 404, 'NOT_FOUND');
    });
  });
});
