import { randomUUID } from 'node:crypto';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { startSystem, System } from './support/system';
import { until } from './support/wait';

type Org = Awaited<ReturnType<typeof organizations.create>>;

/**
 * Startups as their own domain (a cursor-paged, filtered list and a profile), the organization-wide
 * attention list, and programme actions with names. Overdue is read from the clock, and programme
 * actions are inserted as the worker would have opened them.
 */
describe('startups: portfolio, profile, attention, programme actions', () => {
  let system: System;
  const clock = new TestClock('2026-03-01T00:00:00Z');

  beforeAll(async () => {
    // The worker delivers the domain events that record a startup's outcome.
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file } });
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  const orgUrl = (o: Org) => `/api/v1/organizations/${o.slug}`;
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  };
  const query = async (sql: string, params: unknown[] = []) => (await system.db.query(sql, params)).rows;

  async function setup() {
    const owner = await users.create(system);
    const org = await organizations.create(system, owner);
    const programme = await programmes.create(system, owner, org.slug);
    return { owner, org, programme };
  }

  describe('the portfolio list and the profile', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let made: Awaited<ReturnType<typeof startups.create>>[];
    let cohort: Awaited<ReturnType<typeof cohorts.create>>;

    beforeAll(async () => {
      ctx = await setup();
      made = [];
      for (const [name, stage, sector] of [
        ['Steppe Robotics', 'seed', 'Robotics'],
        ['Clean Commute', 'idea', 'Mobility'],
        ['Gobi Solar', 'Seed', 'Cleantech'],
        ['100%_Wool', 'pre-seed', 'Textiles'],
      ] as const) {
        const created = await system.http.post(`${orgUrl(ctx.org)}/startups`, { name, stage, sector }, ctx.owner.token);
        expect(created.status).toBe(201);
        const founder = await addMember(system, ctx.org.id, 'founder');
        expect((await system.http.post(`${orgUrl(ctx.org)}/startups/${created.body.id}/founders`, { email: founder.email }, ctx.owner.token)).status).toBe(204);
        made.push({ ...created.body, founder });
      }
      cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, name: 'Spring 2026', startsOn: '2026-03-02' });
      await enrol(system, ctx.owner, ctx.org.slug, cohort.id, [made[0].id, made[2].id]);
    });

    it('pages the portfolio newest first with ?limit=&cursor= → { items, nextCursor }', async () => {
      const first = await system.http.get(`${orgUrl(ctx.org)}/startups?limit=3`, ctx.owner.token);
      expect(first.status).toBe(200);
      expect(first.body.items.map((s: { name: string }) => s.name)).toEqual(['100%_Wool', 'Gobi Solar', 'Clean Commute']);
      expect(typeof first.body.nextCursor).toBe('string');
      const second = await system.http.get(`${orgUrl(ctx.org)}/startups?limit=3&cursor=${first.body.nextCursor}`, ctx.owner.token);
      expect(second.body).toEqual({ items: [expect.objectContaining({ name: 'Steppe Robotics', status: 'incubating' })], nextCursor: null });
      expectProblem(await system.http.get(`${orgUrl(ctx.org)}/startups?limit=101`, ctx.owner.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.get(`${orgUrl(ctx.org)}/startups?cursor=bm90LWEtY3Vyc29y`, ctx.owner.token), 400, 'VALIDATION_FAILED');
    });

    it('filters by status, stage (any case) and q (name or sector; % and _ are literal)', async () => {
      const names = async (qs: string) => (await system.http.get(`${orgUrl(ctx.org)}/startups?${qs}`, ctx.owner.token)).body.items.map((s: { name: string }) => s.name);
      expect(await names('status=incubating')).toEqual(['Gobi Solar', 'Steppe Robotics']);
      expect(await names('status=accepted')).toEqual(['100%_Wool', 'Clean Commute']);
      expect(await names('stage=SEED')).toEqual(['Gobi Solar', 'Steppe Robotics']);
      expect(await names('q=robot')).toEqual(['Steppe Robotics']);
      expect(await names('q=mobility')).toEqual(['Clean Commute']);
      expect(await names('q=%25')).toEqual(['100%_Wool']);
      expect(await names('q=_')).toEqual(['100%_Wool']);
      expect(await names('status=incubating&q=solar')).toEqual(['Gobi Solar']);
      expectProblem(await system.http.get(`${orgUrl(ctx.org)}/startups?status=dormant`, ctx.owner.token), 400, 'VALIDATION_FAILED');
    });

    it('shows a founder only their own startup, in the list and by id (another one is 404)', async () => {
      const own = await system.http.get(`${orgUrl(ctx.org)}/startups`, made[1].founder.token);
      expect(own.body).toEqual({ items: [expect.objectContaining({ id: made[1].id })], nextCursor: null });
      expect((await system.http.get(`${orgUrl(ctx.org)}/startups/${made[1].id}`, made[1].founder.token)).status).toBe(200);
      expectProblem(await system.http.get(`${orgUrl(ctx.org)}/startups/${made[0].id}`, made[1].founder.token), 404, 'NOT_FOUND');
    });

    it('keeps the role rules: reviewers and mentors are refused (403), a manager sees all', async () => {
      const reviewer = await addMember(system, ctx.org.id, 'reviewer');
      const mentor = await addMember(system, ctx.org.id, 'mentor');
      const manager = await addMember(system, ctx.org.id, 'manager');
      for (const who of [reviewer, mentor]) {
        expectProblem(await system.http.get(`${orgUrl(ctx.org)}/startups`, who.token), 403, 'FORBIDDEN');
        expectProblem(await system.http.get(`${orgUrl(ctx.org)}/startups/${made[0].id}`, who.token), 403, 'FORBIDDEN');
      }
      expect((await system.http.get(`${orgUrl(ctx.org)}/startups`, manager.token)).body.items).toHaveLength(4);
    });

    it('profiles a startup: stage, status, founders, cohorts with name, status and phase, outcome history', async () => {
      await system.db.query(
        `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at)
         SELECT $1, e.organization_id, e.id, e.startup_id, 'graduation_review', e.incubation_ends_at FROM enrolments e WHERE e.startup_id = $2`,
        [randomUUID(), made[0].id],
      );
      const [action] = await query(`SELECT id FROM programme_actions WHERE startup_id = $1`, [made[0].id]);
      const resolved = await system.http.post(`${orgUrl(ctx.org)}/programme-actions/${action.id}/resolve`, { resolution: 'graduated', reason: 'Reached 40 paying customers', effectiveOn: '2026-05-01' }, ctx.owner.token);
      expect(resolved.status).toBe(200);
      await until('the outcome', async () => (await query(`SELECT status FROM startups WHERE id = $1`, [made[0].id]))[0].status === 'graduated_successful');

      const profile = await system.http.get(`${orgUrl(ctx.org)}/startups/${made[0].id}`, made[0].founder.token);
      expect(profile.status).toBe(200);
      expect(profile.body).toMatchObject({ id: made[0].id, name: 'Steppe Robotics', stage: 'seed', sector: 'Robotics', status: 'graduated_successful', outcomeReason: 'Reached 40 paying customers', outcomeOn: '2026-05-01' });
      expect(profile.body.founders).toEqual([{ userId: made[0].founder.id, name: expect.any(String), email: made[0].founder.email, since: expect.any(String) }]);
      expect(profile.body.cohorts).toEqual([
        expect.objectContaining({ cohortId: cohort.id, cohortName: 'Spring 2026', cohortStatus: 'planned', status: 'graduated', startsOn: '2026-03-02', endReason: 'Reached 40 paying customers' }),
      ]);
      expect(profile.body.outcomeHistory.map((o: { status: string; previousStatus: string | null; reason: string | null }) => [o.previousStatus, o.status, o.reason])).toEqual([
        [null, 'accepted', null],
        ['accepted', 'incubating', null],
        ['incubating', 'graduated_successful', 'Reached 40 paying customers'],
      ]);
    });
  });

  describe('two organizations', () => {
    it("answers 404 for the other organization's startup, and lists none of it", async () => {
      const a = await setup();
      const b = await setup();
      const theirs = await startups.create(system, b.owner, b.org);
      expectProblem(await system.http.get(`${orgUrl(a.org)}/startups/${theirs.id}`, a.owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(`${orgUrl(a.org)}/startups/${theirs.id}/timeline`, a.owner.token), 404, 'NOT_FOUND');
      expect((await system.http.get(`${orgUrl(a.org)}/startups`, a.owner.token)).body).toEqual({ items: [], nextCursor: null });
      expectProblem(await system.http.get(`${orgUrl(b.org)}/startups`, a.owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(`${orgUrl(b.org)}/attention`, a.owner.token), 404, 'NOT_FOUND');
      expect((await system.http.get(`${orgUrl(a.org)}/attention`, a.owner.token)).body).toMatchObject({ items: [], counts: { total: 0 } });
    });
  });

  describe('attention and programme actions', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let s: Awaited<ReturnType<typeof startups.create>>[];
    let cohortId: string;
    let enrolments: { id: string; startupId: string }[];
    let founder: SignedIn;

    beforeAll(async () => {
      clock.set('2026-03-01T00:00:00Z');
      ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, name: 'Autumn 2026', startsOn: '2026-03-02' });
      cohortId = cohort.id;
      s = [await startups.create(system, ctx.owner, ctx.org), await startups.create(system, ctx.owner, ctx.org), await startups.create(system, ctx.owner, ctx.org)];
      founder = s[1].founder;
      enrolments = (await enrol(system, ctx.owner, ctx.org.slug, cohortId, s.map((x) => x.id))).enrolments;
      // A second milestone per startup, due later, so the order by due date shows.
      expect((await system.http.post(`${orgUrl(ctx.org)}/cohorts/${cohortId}/milestones`, { title: 'Pitch deck', dueOn: '2026-04-20' }, ctx.owner.token)).status).toBe(201);
    });

    const attention = (qs = '', token = ctx.owner.token) => system.http.get(`${orgUrl(ctx.org)}/attention${qs ? `?${qs}` : ''}`, token);

    it('is empty before anything is due; owners and managers only', async () => {
      expect((await attention()).body).toEqual({ counts: { overdueMilestones: 0, evidenceToReview: 0, graduationReviews: 0, equityStakes: 0, total: 0 }, items: [], nextCursor: null });
      expectProblem(await attention('', founder.token), 403, 'FORBIDDEN');
      expectProblem(await attention('', (await addMember(system, ctx.org.id, 'reviewer')).token), 403, 'FORBIDDEN');
    });

    it('lists overdue milestones, submitted evidence and open actions across cohorts, most urgent first, with names and counts', async () => {
      const milestoneOf = async (startupId: string, title: string) =>
        (await query(`SELECT m.id FROM milestones m JOIN enrolments e ON e.id = m.enrolment_id WHERE e.startup_id = $1 AND m.title = $2`, [startupId, title]))[0].id as string;
      // s[1]'s founder submits the first milestone before it is due.
      const first1 = await milestoneOf(s[1].id, 'Customer discovery interviews');
      expect((await system.http.post(`${orgUrl(ctx.org)}/milestones/${first1}/submissions`, { text: 'Forty interviews.' }, founder.token)).status).toBe(201);
      // After the first milestone's due date (2026-03-16 in Ulaanbaatar): s[0] and s[2] are overdue on it.
      clock.set('2026-03-20T00:00:00Z');
      await system.db.query(
        `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, stake_bps) VALUES (uuid_v7(), $1, $2, $3, 'equity_stake', '2026-03-18T16:00:00Z', 1000)`,
        [ctx.org.id, enrolments[2].id, s[2].id],
      );
      const page = await attention();
      expect(page.status).toBe(200);
      expect(page.body.counts).toEqual({ overdueMilestones: 2, evidenceToReview: 1, graduationReviews: 0, equityStakes: 1, total: 4 });
      const summary = page.body.items.map((i: any) => [i.kind, i.startup.name, i.cohort.name, i.milestone?.title ?? i.action?.kind, i.dueOn, i.overdue]);
      // The three milestones share one due moment (ordered by id among themselves); the stake came due later.
      expect(summary.slice(0, 3)).toEqual(
        expect.arrayContaining([
          ['evidence_to_review', s[1].name, 'Autumn 2026', 'Customer discovery interviews', '2026-03-16', true],
          ['overdue_milestone', s[0].name, 'Autumn 2026', 'Customer discovery interviews', '2026-03-16', true],
          ['overdue_milestone', s[2].name, 'Autumn 2026', 'Customer discovery interviews', '2026-03-16', true],
        ]),
      );
      expect(summary[3]).toEqual(['equity_stake', s[2].name, 'Autumn 2026', 'equity_stake', '2026-03-19', true]);
      // Urgency: by due moment, earliest first.
      const dueAts = page.body.items.map((i: { dueAt: string }) => i.dueAt);
      expect([...dueAts].sort()).toEqual(dueAts);
      expect(page.body.items[page.body.items.length - 1]).toMatchObject({ kind: 'equity_stake', cohort: { id: cohortId }, milestone: null, action: { kind: 'equity_stake' } });
    });

    it('pages with a cursor and filters by kind and cohort', async () => {
      const one = await attention('limit=1');
      const two = await attention(`limit=1&cursor=${one.body.nextCursor}`);
      const rest = await attention(`limit=10&cursor=${two.body.nextCursor}`);
      const all = (await attention()).body.items.map((i: any) => i.milestone?.id ?? i.action.id);
      expect([...one.body.items, ...two.body.items, ...rest.body.items].map((i: any) => i.milestone?.id ?? i.action.id)).toEqual(all);
      expect(rest.body.nextCursor).toBeNull();
      expect((await attention('kind=overdue_milestone')).body.items.map((i: any) => i.kind)).toEqual(['overdue_milestone', 'overdue_milestone']);
      expect((await attention(`cohortId=${randomUUID()}`)).body.items).toEqual([]);
      expectProblem(await attention('kind=everything'), 400, 'VALIDATION_FAILED');
      expectProblem(await attention('cursor=abc'), 400, 'VALIDATION_FAILED');
    });

    it('drops what was dealt with: approved evidence, a resolved action, a withdrawn startup', async () => {
      const submitted = (await attention('kind=evidence_to_review')).body.items[0];
      expect((await system.http.post(`${orgUrl(ctx.org)}/milestones/${submitted.milestone.id}/review`, { decision: 'approve' }, ctx.owner.token)).status).toBe(200);
      const stake = (await attention('kind=equity_stake')).body.items[0];
      expect((await system.http.post(`${orgUrl(ctx.org)}/programme-actions/${stake.action.id}/resolve`, { resolution: 'dismissed', reason: 'Not this time', effectiveOn: '2026-03-20' }, ctx.owner.token)).status).toBe(200);
      expect((await system.http.post(`${orgUrl(ctx.org)}/enrolments/${enrolments[2].id}/withdraw`, { reason: 'Moved abroad' }, ctx.owner.token)).status).toBe(200);
      expect((await attention()).body.counts).toEqual({ overdueMilestones: 1, evidenceToReview: 0, graduationReviews: 0, equityStakes: 0, total: 1 });
    });

    it('names the startup and the cohort of each programme action', async () => {
      await system.db.query(
        `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at) VALUES (uuid_v7(), $1, $2, $3, 'graduation_review', '2026-05-01T16:00:00Z')`,
        [ctx.org.id, enrolments[0].id, s[0].id],
      );
      const list = await system.http.get(`${orgUrl(ctx.org)}/programme-actions?status=open`, ctx.owner.token);
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([expect.objectContaining({ kind: 'graduation_review', startupId: s[0].id, startupName: s[0].name, cohortId, cohortName: 'Autumn 2026', enrolmentId: enrolments[0].id })]);
      const all = await system.http.get(`${orgUrl(ctx.org)}/programme-actions`, ctx.owner.token);
      expect(all.body.items.map((a: { startupName: string; cohortName: string }) => [a.startupName, a.cohortName])).toEqual([
        [s[0].name, 'Autumn 2026'],
        [s[2].name, 'Autumn 2026'],
      ]);
      expect((await attention('kind=graduation_review')).body.items).toEqual([expect.objectContaining({ startup: { id: s[0].id, name: s[0].name }, dueOn: '2026-05-02', overdue: false })]);
    });
  });
});
