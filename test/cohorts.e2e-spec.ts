import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TimerReconciler } from '@hatchery/cohorts';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { openQueues, Queues, quiet } from './support/quiet';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';

type Org = Awaited<ReturnType<typeof organizations.create>>;

/**
 * Cohorts, phases, milestones, notifications, calendar feeds and programme actions on the real
 * stack. The organizations are in Asia/Ulaanbaatar (UTC+8, no DST). The clock only moves forward,
 * describe by describe: each area's dates lie after the clock moves of the areas before it.
 */
describe('cohorts: phases, enrolments, milestones, notifications, calendar, programme actions', () => {
  let system: System;
  let queues: Queues;
  const clock = new TestClock('2026-01-01T00:00:00Z');
  const tag = randomBytes(3).toString('hex');
  jest.setTimeout(60_000);

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file } });
    queues = openQueues(system);
  });
  afterAll(async () => {
    await Promise.all([queues?.milestones.close(), queues?.notifications.close(), queues?.events.close()]);
    await system?.close();
    clock.remove();
  });

  // ---- helpers ----
  const orgUrl = (o: Org) => `/api/v1/organizations/${o.slug}`;
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  const query = async (sql: string, params: unknown[] = []) => (await system.db.query(sql, params)).rows;
  // Generous: effects run as jobs, and a loaded machine (other suites, benches) slows them.
  const mailsTo = (email: string, subject: RegExp) => system.mailbox.messages.filter((m) => m.to.includes(email) && subject.test(m.subject));
  const waitForMail = (email: string, subject: RegExp) => until(`mail to ${email} ${subject}`, async () => mailsTo(email, subject)[0]);
  /** Until the worker has run every queued job and sent every pending email. */
  const idle = () => quiet(system, queues);
  /**
   * Moves the clock, asks the worker to catch up and waits until the jobs that produced have run,
   * so that a test's before/after row counts never see another test's effects land.
   */
  const travel = async (to: string) => {
    clock.set(to);
    await system.worker!.get(TimerReconciler).reconcile();
    await idle();
  };
  /**
   * Everything that a refused request must leave unchanged, counted once the worker is idle: jobs
   * started by earlier steps have landed, and any a refused request wrongly started have too.
   */
  const snapshot = async () => {
    await idle();
    return Promise.all(['cohorts', 'cohort_phases', 'cohort_milestones', 'enrolments', 'milestones', 'milestone_events', 'programme_actions', 'startups', 'notifications'].map((t) => countRows(system, t)));
  };
  const milestonesOf = (enrolmentId: string) => query(`SELECT * FROM milestones WHERE enrolment_id = $1 ORDER BY due_on, id`, [enrolmentId]);

  /** An owner, their organization and a programme (by default one 2-month phase, a milestone 14 days in). */
  async function setup(programme: Record<string, unknown> = {}) {
    const owner = await users.create(system);
    const org = await organizations.create(system, owner);
    const prog = await programmes.create(system, owner, org.slug, programme);
    return { owner, org, programme: prog };
  }
  const phase = (name: string, months: number, milestones: Array<{ title: string; offsetDays: number }> = []) => ({
    name,
    durationValue: months,
    durationUnit: 'months',
    milestones: milestones.map((m) => ({ ...m, evidenceRequired: true })),
  });

  describe('1. cohort creation', () => {
    const MCS = [
      phase('Pre-incubation', 1, [{ title: 'Problem interviews', offsetDays: 14 }, { title: 'Clamped to the phase end', offsetDays: 40 }]),
      phase('Incubation', 2, [{ title: 'MVP', offsetDays: 0 }]),
      phase('Acceleration', 1),
      phase('Demo', 1),
    ];
    let ctx: Awaited<ReturnType<typeof setup>>;
    beforeAll(async () => {
      ctx = await setup({ phases: MCS });
    });

    it('lays out 1+2+1+1 months from 31 January: a phase starts on the last day of February, each at local midnight in Ulaanbaatar', async () => {
      const created = await system.http.post(`${orgUrl(ctx.org)}/cohorts`, { programmeId: ctx.programme.id, name: `MCS ${tag}`, startsOn: '2026-01-31' }, ctx.owner.token);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'planned', timezone: 'Asia/Ulaanbaatar', startsOn: '2026-01-31', endsOn: '2026-06-29', currentPhase: null, reminderOffsetsDays: [7, 1], equityStake: null });
      expect(created.body.phases).toEqual([
        { position: 0, name: 'Pre-incubation', startsOn: '2026-01-31', endsOn: '2026-02-27' },
        { position: 1, name: 'Incubation', startsOn: '2026-02-28', endsOn: '2026-04-29' },
        { position: 2, name: 'Acceleration', startsOn: '2026-04-30', endsOn: '2026-05-30' },
        { position: 3, name: 'Demo', startsOn: '2026-05-31', endsOn: '2026-06-29' },
      ]);
      expect(created.body.milestones.map((m: any) => [m.title, m.dueOn, m.phasePosition])).toEqual([
        ['Problem interviews', '2026-02-14', 0],
        ['Clamped to the phase end', '2026-02-27', 0],
        ['MVP', '2026-02-28', 1],
      ]);
      const phases = await query(`SELECT position, starts_on::text, ends_on::text, starts_at FROM cohort_phases WHERE cohort_id = $1 ORDER BY position`, [created.body.id]);
      expect(phases.map((p) => p.starts_at.toISOString())).toEqual(['2026-01-30T16:00:00.000Z', '2026-02-27T16:00:00.000Z', '2026-04-29T16:00:00.000Z', '2026-05-30T16:00:00.000Z']);
      expect(phases.map((p) => p.starts_on)).toEqual(['2026-01-31', '2026-02-28', '2026-04-30', '2026-05-31']);
      const [cohort] = await query(`SELECT ends_on::text, ends_at, timezone FROM cohorts WHERE id = $1`, [created.body.id]);
      expect(cohort).toEqual({ ends_on: '2026-06-29', ends_at: new Date('2026-06-29T16:00:00Z'), timezone: 'Asia/Ulaanbaatar' });
      expect(await countRows(system, 'cohort_milestones', 'cohort_id = $1', [created.body.id])).toBe(3);
    });

    it('refuses bad input with a problem and writes nothing', async () => {
      const before = await snapshot();
      const post = (body: Record<string, unknown>) => system.http.post(`${orgUrl(ctx.org)}/cohorts`, { programmeId: ctx.programme.id, name: `Bad ${tag}`, ...body }, ctx.owner.token);
      expectProblem(await post({ startsOn: '2026-02-30' }), 400, 'VALIDATION_FAILED');
      expectProblem(await post({ startsOn: 'next monday' }), 400, 'VALIDATION_FAILED');
      expectProblem(await post({ startsOn: '2026-03-02', programmeId: randomUUID() }), 404, 'NOT_FOUND');
      expectProblem(await post({ startsOn: '2026-01-31', name: `MCS ${tag}` }), 409, 'COHORT_EXISTS');
      // The API refuses a programme without phases, so one is emptied behind its back.
      const empty = await programmes.create(system, ctx.owner, ctx.org.slug);
      await system.db.query(`UPDATE programmes SET phase_template = '[]'::jsonb WHERE id = $1`, [empty.id]);
      expectProblem(await post({ startsOn: '2026-03-02', programmeId: empty.id }), 400, 'PROGRAMME_HAS_NO_PHASES');
      expect(await snapshot()).toEqual(before);
    });

    it('replays a POST with the same Idempotency-Key: one cohort', async () => {
      const key = `cohort-${tag}`;
      const body = { programmeId: ctx.programme.id, name: `Replayed ${tag}`, startsOn: '2026-03-02' };
      const first = await system.http.post(`${orgUrl(ctx.org)}/cohorts`, body, ctx.owner.token, { 'Idempotency-Key': key });
      expect(first.status).toBe(201);
      const replay = await system.http.post(`${orgUrl(ctx.org)}/cohorts`, body, ctx.owner.token, { 'Idempotency-Key': key });
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(first.body);
      expect(await countRows(system, 'cohorts', 'name = $1', [body.name])).toBe(1);
      expect(await countRows(system, 'cohort_phases', 'cohort_id = $1', [first.body.id])).toBe(4);
    });
  });

  describe('2. enrolment', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let a: { id: string }, b: { id: string };
    let s: Awaited<ReturnType<typeof startups.create>>[];
    const enrolUrl = (cohortId: string) => `${orgUrl(ctx.org)}/cohorts/${cohortId}/enrolments`;
    beforeAll(async () => {
      ctx = await setup();
      a = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2026-02-02' });
      b = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2026-02-02' });
      s = [];
      for (let i = 0; i < 3; i++) s.push(await startups.create(system, ctx.owner, ctx.org));
    });

    it("enrols startups directly, each with a copy of the cohort's milestones", async () => {
      const response = await system.http.post(enrolUrl(a.id), { startupIds: [s[0].id, s[1].id] }, ctx.owner.token);
      expect(response.status).toBe(201);
      expect(response.body.enrolled).toBe(2);
      expect(response.body.enrolments.map((e: any) => e.startupId).sort()).toEqual([s[0].id, s[1].id].sort());
      expect(response.body.enrolments[0]).toMatchObject({ cohortId: a.id, status: 'active', applicationId: null, incubationEndsAt: '2026-04-01T16:00:00.000Z' });
      const rows = await query(`SELECT m.due_on::text, m.due_at, m.status FROM milestones m JOIN enrolments e ON e.id = m.enrolment_id WHERE e.cohort_id = $1`, [a.id]);
      expect(rows).toEqual([0, 1].map(() => ({ due_on: '2026-02-16', due_at: new Date('2026-02-16T16:00:00Z'), status: 'pending' })));
      expect((await query(`SELECT status FROM startups WHERE id = $1`, [s[0].id]))[0].status).toBe('incubating');
    });

    it('refuses a startup already active in a cohort of the programme (this one or another): 409, nothing written', async () => {
      const before = await snapshot();
      const again = await system.http.post(enrolUrl(a.id), { startupIds: [s[0].id] }, ctx.owner.token);
      expectProblem(again, 409, 'STARTUP_ALREADY_ENROLLED');
      expect(again.body.startupIds).toEqual([s[0].id]);
      expectProblem(await system.http.post(enrolUrl(b.id), { startupIds: [s[2].id, s[0].id] }, ctx.owner.token), 409, 'STARTUP_ALREADY_ENROLLED');
      expect(await snapshot()).toEqual(before);
      expect(await countRows(system, 'enrolments', 'startup_id = $1', [s[2].id])).toBe(0);
    });

    it("answers another organization's startup with 404 and writes nothing", async () => {
      const other = await setup();
      const theirs = await startups.create(system, other.owner, other.org);
      const before = await snapshot();
      expectProblem(await system.http.post(enrolUrl(b.id), { startupIds: [theirs.id] }, ctx.owner.token), 404, 'NOT_FOUND');
      expect(await snapshot()).toEqual(before);
    });

    it('withdraws keeping the history; the startup can then enrol again', async () => {
      const [enrolment] = await query(`SELECT id FROM enrolments WHERE cohort_id = $1 AND startup_id = $2`, [a.id, s[1].id]);
      const response = await system.http.post(`${orgUrl(ctx.org)}/enrolments/${enrolment.id}/withdraw`, { reason: 'Founders took jobs elsewhere' }, ctx.owner.token);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: enrolment.id, status: 'withdrawn', endReason: 'Founders took jobs elsewhere', endedAt: clock.now().toISOString() });
      expect((await query(`SELECT status FROM enrolments WHERE id = $1`, [enrolment.id]))[0].status).toBe('withdrawn');
      expect(await milestonesOf(enrolment.id)).toHaveLength(1);
      expectProblem(await system.http.post(`${orgUrl(ctx.org)}/enrolments/${enrolment.id}/withdraw`, { reason: 'twice' }, ctx.owner.token), 409, 'ENROLMENT_NOT_ACTIVE');

      const again = await system.http.post(enrolUrl(b.id), { startupIds: [s[1].id] }, ctx.owner.token);
      expect(again.status).toBe(201);
      expect(await countRows(system, 'enrolments', 'startup_id = $1', [s[1].id])).toBe(2);
    });

    it("the worker marks the active enrolment's milestone overdue, never the withdrawn one's", async () => {
      const [active] = await query(`SELECT id FROM enrolments WHERE cohort_id = $1 AND startup_id = $2`, [a.id, s[0].id]);
      const [withdrawn] = await query(`SELECT id FROM enrolments WHERE cohort_id = $1 AND startup_id = $2`, [a.id, s[1].id]);
      await travel('2026-02-16T16:00:00Z'); // 00:00 on 17 February in Ulaanbaatar
      const [overdue] = await until('the overdue mark', async () => (await milestonesOf(active.id))[0].overdue_marked_at && milestonesOf(active.id));
      expect(await countRows(system, 'milestone_events', `milestone_id = $1 AND kind = 'overdue'`, [overdue.id])).toBe(1);
      const [mark] = await milestonesOf(withdrawn.id);
      expect(mark.overdue_marked_at).toBeNull();
      expect(await countRows(system, 'milestone_events', `milestone_id = $1 AND kind = 'overdue'`, [mark.id])).toBe(0);
      // One escalation per cohort (the re-enrolled startup's copy in cohort b is overdue too).
      const mail = await until('the escalation for cohort a', async () => mailsTo(ctx.owner.email, /overdue/).find((m) => m.text.includes(`/cohorts/${a.id}`)));
      expect(mail.subject).toMatch(/^1 milestone overdue/);
      expect(mail.text).toContain(`${s[0].name}: "Customer discovery interviews" (due 2026-02-16)`);
    });
  });

  describe('3. acceptance into a cohort', () => {
    it('accepting with a cohort creates, enrols and links the founders; a cohort of another programme is 400 with nothing decided', async () => {
      const ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2026-03-02' });
      const otherProgramme = await programmes.create(system, ctx.owner, ctx.org.slug);
      const foreign = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: otherProgramme.id, startsOn: '2026-03-02' });
      const [applicant, cofounder] = [await users.create(system), await users.create(system)];
      const call = await calls.create(system, ctx.owner, ctx.org.slug, ctx.programme.id, {
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 4_000).toISOString(),
        reviewersPerApplication: 1,
      });
      const callUrl = `${orgUrl(ctx.org)}/calls/${call.id}`;
      expect((await system.http.post(`${callUrl}/publish`, {}, ctx.owner.token)).body.status).toBe('open');
      const application = await system.http.post(
        `${callUrl}/applications`,
        {
          startupName: `Steppe Air ${tag}`,
          sector: 'cleantech',
          stage: 'seed',
          idea: 'Air quality sensors.',
          teamSize: 2,
          founders: [
            { name: 'Applicant', email: applicant.email, role: 'CEO' },
            { name: 'Cofounder', email: cofounder.email, role: 'CTO' },
          ],
          answers: { team_background: 'Two engineers.', sector: 'Cleantech' },
        },
        applicant.token,
      );
      expect(application.status).toBe(201);
      const appId = application.body.id;
      expect((await system.http.post(`${orgUrl(ctx.org)}/applications/${appId}/submit`, {}, applicant.token)).status).toBe(200);
      await until('the call to close', async () => (await system.http.get(callUrl, ctx.owner.token)).body.status === 'closed');
      // Closing queues the review start; wait for it, so that nothing else moves the application.
      await until('screening', async () => (await query(`SELECT status FROM applications WHERE id = $1`, [appId]))[0].status === 'under_review');

      const before = await snapshot();
      const statusBefore = (await query(`SELECT status FROM applications WHERE id = $1`, [appId]))[0].status;
      expectProblem(await system.http.post(`${callUrl}/decisions`, { applicationIds: [appId], decision: 'accept', cohortId: foreign.id }, ctx.owner.token), 400, 'COHORT_NOT_ALLOWED');
      expectProblem(await system.http.post(`${callUrl}/decisions`, { applicationIds: [appId], decision: 'reject', cohortId: cohort.id }, ctx.owner.token), 400, 'COHORT_NOT_ALLOWED');
      expect(await snapshot()).toEqual(before);
      expect((await query(`SELECT status FROM applications WHERE id = $1`, [appId]))[0].status).toBe(statusBefore);

      const accepted = await system.http.post(`${callUrl}/decisions`, { applicationIds: [appId], decision: 'accept', cohortId: cohort.id }, ctx.owner.token);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toEqual({ decided: [appId] });
      const [startup] = await query(`SELECT id, name, status FROM startups WHERE application_id = $1`, [appId]);
      expect(startup).toMatchObject({ name: `Steppe Air ${tag}`, status: 'incubating' });
      const enrolments = await query(`SELECT cohort_id, application_id, status FROM enrolments WHERE startup_id = $1`, [startup.id]);
      expect(enrolments).toEqual([{ cohort_id: cohort.id, application_id: appId, status: 'active' }]);
      expect(await milestonesOf((await query(`SELECT id FROM enrolments WHERE startup_id = $1`, [startup.id]))[0].id)).toHaveLength(1);
      const founders = await query(`SELECT user_id FROM startup_founders WHERE startup_id = $1`, [startup.id]);
      expect(founders.map((f) => f.user_id).sort()).toEqual([applicant.id, cofounder.id].sort());
      // The applicant, now a founder member, sees the startup's timeline.
      const timeline = await system.http.get(`${orgUrl(ctx.org)}/startups/${startup.id}/timeline`, applicant.token);
      expect(timeline.status).toBe(200);
      expect(timeline.body.enrolments[0].cohort.id).toBe(cohort.id);
    }, 30_000);
  });

  describe('4. milestone lifecycle', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let mine: Awaited<ReturnType<typeof startups.create>>;
    let theirs: Awaited<ReturnType<typeof startups.create>>;
    let milestoneId: string;
    const url = (id = milestoneId) => `${orgUrl(ctx.org)}/milestones/${id}`;
    const submit = (who: SignedIn, body: unknown = { text: 'We interviewed 23 customers.', links: ['https://docs.example.com/interviews'] }) =>
      system.http.post(`${url()}/submissions`, body, who.token);
    const review = (who: SignedIn, body: unknown) => system.http.post(`${url()}/review`, body, who.token);
    const status = async () => (await query(`SELECT status FROM milestones WHERE id = $1`, [milestoneId]))[0].status;
    beforeAll(async () => {
      ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2026-03-02' });
      mine = await startups.create(system, ctx.owner, ctx.org);
      theirs = await startups.create(system, ctx.owner, ctx.org);
      const { enrolments } = await enrol(system, ctx.owner, ctx.org.slug, cohort.id, [mine.id, theirs.id]);
      milestoneId = (await milestonesOf(enrolments.find((e) => e.startupId === mine.id)!.id))[0].id;
    });

    it('submitted → changes requested (comment required) → submitted → approved, with the history in order', async () => {
      const submitted = await submit(mine.founder);
      expect(submitted.status).toBe(201);
      expect(submitted.body).toMatchObject({ id: milestoneId, status: 'submitted', dueOn: '2026-03-16', overdue: false });
      expectProblem(await submit(mine.founder), 409, 'MILESTONE_NOT_OPEN');

      const events = await countRows(system, 'milestone_events', 'milestone_id = $1', [milestoneId]);
      expectProblem(await review(ctx.owner, { decision: 'request_changes' }), 400, 'VALIDATION_FAILED');
      expect(await countRows(system, 'milestone_events', 'milestone_id = $1', [milestoneId])).toBe(events);
      expect(await status()).toBe('submitted');

      const returned = await review(ctx.owner, { decision: 'request_changes', comment: 'Add the interview notes.' });
      expect(returned.status).toBe(200);
      expect(returned.body.status).toBe('changes_requested');
      expect(await status()).toBe('changes_requested');
      expect((await submit(mine.founder, { text: 'Notes attached.' })).body.status).toBe('submitted');
      const approved = await review(ctx.owner, { decision: 'approve' });
      expect(approved.status).toBe(200);
      expect(await status()).toBe('approved');

      const got = await system.http.get(url(), mine.founder.token);
      expect(got.status).toBe(200);
      expect(got.body.history.map((e: any) => [e.kind, e.actorUserId, e.evidenceText, e.evidenceLinks, e.comment])).toEqual([
        ['created', ctx.owner.id, null, null, null], // when the startup was enrolled
        ['submitted', mine.founder.id, 'We interviewed 23 customers.', ['https://docs.example.com/interviews'], null],
        ['changes_requested', ctx.owner.id, null, null, 'Add the interview notes.'],
        ['submitted', mine.founder.id, 'Notes attached.', [], null],
        ['approved', ctx.owner.id, null, null, null],
      ]);
    });

    it('refuses evidence on an approved milestone (409) and writes nothing', async () => {
      const events = await countRows(system, 'milestone_events', 'milestone_id = $1', [milestoneId]);
      expectProblem(await submit(mine.founder), 409, 'MILESTONE_NOT_OPEN');
      expect(await countRows(system, 'milestone_events', 'milestone_id = $1', [milestoneId])).toBe(events);
    });

    it("hides another startup's milestone from a founder (404), and the review route from founders and reviewers (403)", async () => {
      const reviewer = await addMember(system, ctx.org.id, 'reviewer');
      const before = await snapshot();
      expectProblem(await submit(theirs.founder), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(), theirs.founder.token), 404, 'NOT_FOUND');
      expectProblem(await review(mine.founder, { decision: 'approve' }), 403, 'FORBIDDEN');
      expectProblem(await review(reviewer, { decision: 'approve' }), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(url(), reviewer.token), 403, 'FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    });

    it('tells the founders of each review by email and in the app', async () => {
      const mail = await waitForMail(mine.founder.email, /returned for changes/);
      expect(mail.text).toContain('Add the interview notes.');
      await waitForMail(mine.founder.email, /was approved/);
      const notes = await query(`SELECT kind, subject, email_status FROM notifications WHERE user_id = $1 ORDER BY id`, [mine.founder.id]);
      expect(notes.map((n) => [n.kind, n.subject.id])).toEqual([
        ['milestone.reviewed', milestoneId],
        ['milestone.reviewed', milestoneId],
      ]);
      expect(await countRows(system, 'notifications', 'user_id = $1', [theirs.founder.id])).toBe(0);
    });

    it("signs emails with the organization's sender name and reply-to address, once set", async () => {
      const before = await waitForMail(mine.founder.email, /was approved/);
      expect(before.fromHeader).toContain(`"${ctx.org.name}"`);
      expect(before.replyTo).toBeUndefined();
      const patched = await system.http.patch(orgUrl(ctx.org), { emailFromName: 'MCS Programme Office', emailReplyTo: 'Programme@MCS.example' }, ctx.owner.token);
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ emailFromName: 'MCS Programme Office', emailReplyTo: 'programme@mcs.example' });
      expect((await system.http.patch(orgUrl(ctx.org), { emailReplyTo: 'not an email' }, ctx.owner.token)).status).toBe(400);

      const extra = await system.http.post(`${orgUrl(ctx.org)}/enrolments/${(await query(`SELECT enrolment_id FROM milestones WHERE id = $1`, [milestoneId]))[0].enrolment_id}/milestones`, { title: 'Signed pilot', dueOn: '2026-04-20', evidenceRequired: false }, ctx.owner.token);
      expect(extra.status).toBe(201);
      expect((await system.http.post(`${orgUrl(ctx.org)}/milestones/${extra.body.id}/review`, { decision: 'approve' }, ctx.owner.token)).status).toBe(200);
      const after = await waitForMail(mine.founder.email, /"Signed pilot" was approved/);
      expect(after.fromHeader).toContain('"MCS Programme Office"');
      expect(after.replyTo).toBe('programme@mcs.example');
      expect(after.text).toContain('— MCS Programme Office');
    });
  });

  describe('5. staff edits', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let cohortId: string;
    let e: Array<{ id: string; startupId: string }>;
    let s: Awaited<ReturnType<typeof startups.create>>[];
    let cohortMilestoneId: string;
    const cmUrl = () => `${orgUrl(ctx.org)}/cohorts/${cohortId}/milestones`;
    const copies = () => query(`SELECT id, enrolment_id, due_on::text, due_at, status, dropped_at FROM milestones WHERE cohort_milestone_id = $1 ORDER BY enrolment_id`, [cohortMilestoneId]);
    beforeAll(async () => {
      ctx = await setup();
      cohortId = (await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2026-03-02' })).id; // 2026-03-02 … 2026-05-01
      s = [];
      for (let i = 0; i < 3; i++) s.push(await startups.create(system, ctx.owner, ctx.org));
      e = (await enrol(system, ctx.owner, ctx.org.slug, cohortId, s.map((x) => x.id))).enrolments.sort((x, y) => s.findIndex((t) => t.id === x.startupId) - s.findIndex((t) => t.id === y.startupId));
      await system.http.post(`${orgUrl(ctx.org)}/enrolments/${e[2].id}/withdraw`, { reason: 'Left the programme' }, ctx.owner.token);
    });

    it('adds a milestone for the cohort: a copy for every active enrolment, none for the withdrawn one', async () => {
      const response = await system.http.post(cmUrl(), { title: 'Pitch deck', dueOn: '2026-04-10' }, ctx.owner.token);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ title: 'Pitch deck', dueOn: '2026-04-10', phasePosition: 0, evidenceRequired: true });
      cohortMilestoneId = response.body.id;
      const rows = await copies();
      expect(rows.map((r) => r.enrolment_id).sort()).toEqual([e[0].id, e[1].id].sort());
      expect(rows.every((r) => r.due_at.toISOString() === '2026-04-10T16:00:00.000Z')).toBe(true);
      expect(await countRows(system, 'milestone_events', `kind = 'created' AND milestone_id = ANY($1)`, [rows.map((r) => r.id)])).toBe(2);
    });

    it('adds a milestone for one enrolment only', async () => {
      const response = await system.http.post(`${orgUrl(ctx.org)}/enrolments/${e[0].id}/milestones`, { title: 'Bank account', dueOn: '2026-04-20' }, ctx.owner.token);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ enrolmentId: e[0].id, cohortMilestoneId: null, dueOn: '2026-04-20', status: 'pending' });
      expect(await countRows(system, 'milestones', `title = 'Bank account' AND cohort_id = $1`, [cohortId])).toBe(1);
    });

    it('reschedules the copies not yet approved; the approved copy keeps its date', async () => {
      const approvedCopy = (await copies()).find((r) => r.enrolment_id === e[0].id)!;
      expect((await system.http.post(`${orgUrl(ctx.org)}/milestones/${approvedCopy.id}/submissions`, { text: 'Deck' }, s[0].founder.token)).status).toBe(201);
      expect((await system.http.post(`${orgUrl(ctx.org)}/milestones/${approvedCopy.id}/review`, { decision: 'approve' }, ctx.owner.token)).status).toBe(200);

      const response = await system.http.patch(`${cmUrl()}/${cohortMilestoneId}`, { dueOn: '2026-04-24', title: 'Pitch deck v2' }, ctx.owner.token);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ dueOn: '2026-04-24', title: 'Pitch deck v2' });
      const rows = await copies();
      const [kept, moved] = [rows.find((r) => r.enrolment_id === e[0].id)!, rows.find((r) => r.enrolment_id === e[1].id)!];
      expect(kept).toMatchObject({ due_on: '2026-04-10', status: 'approved' });
      expect(moved).toMatchObject({ due_on: '2026-04-24', due_at: new Date('2026-04-24T16:00:00Z'), status: 'pending' });
      expect(await countRows(system, 'milestone_events', `kind = 'rescheduled' AND milestone_id = $1`, [moved.id])).toBe(1);
      expect(await countRows(system, 'milestone_events', `kind = 'rescheduled' AND milestone_id = $1`, [kept.id])).toBe(0);
    });

    it('refuses a due date outside the cohort: 400 DUE_DATE_OUTSIDE_COHORT, nothing written', async () => {
      const before = await snapshot();
      const rows = await copies();
      expectProblem(await system.http.post(cmUrl(), { title: 'Too late', dueOn: '2026-05-02' }, ctx.owner.token), 400, 'DUE_DATE_OUTSIDE_COHORT');
      expectProblem(await system.http.post(cmUrl(), { title: 'Too early', dueOn: '2026-03-01' }, ctx.owner.token), 400, 'DUE_DATE_OUTSIDE_COHORT');
      expectProblem(await system.http.patch(`${cmUrl()}/${cohortMilestoneId}`, { dueOn: '2026-05-02' }, ctx.owner.token), 400, 'DUE_DATE_OUTSIDE_COHORT');
      expectProblem(await system.http.post(`${orgUrl(ctx.org)}/enrolments/${e[0].id}/milestones`, { title: 'Too late', dueOn: '2026-06-01' }, ctx.owner.token), 400, 'DUE_DATE_OUTSIDE_COHORT');
      expect(await snapshot()).toEqual(before);
      expect(await copies()).toEqual(rows);
    });

    it('drops a cohort milestone: rows stay, flagged, with a history event; the approved copy stays live', async () => {
      const count = await countRows(system, 'milestones', 'cohort_id = $1', [cohortId]);
      expect((await system.http.delete(`${cmUrl()}/${cohortMilestoneId}`, ctx.owner.token)).status).toBe(204);
      expect(await countRows(system, 'milestones', 'cohort_id = $1', [cohortId])).toBe(count);
      expect((await query(`SELECT dropped_at FROM cohort_milestones WHERE id = $1`, [cohortMilestoneId]))[0].dropped_at).not.toBeNull();
      const rows = await copies();
      const [kept, dropped] = [rows.find((r) => r.enrolment_id === e[0].id)!, rows.find((r) => r.enrolment_id === e[1].id)!];
      expect(kept.dropped_at).toBeNull();
      expect(dropped.dropped_at).not.toBeNull();
      expect(await countRows(system, 'milestone_events', `kind = 'dropped' AND milestone_id = $1`, [dropped.id])).toBe(1);
      const cohort = await system.http.get(`${orgUrl(ctx.org)}/cohorts/${cohortId}`, ctx.owner.token);
      expect(cohort.body.milestones.map((m: any) => m.id)).not.toContain(cohortMilestoneId);
      expectProblem(await system.http.delete(`${cmUrl()}/${cohortMilestoneId}`, ctx.owner.token), 404, 'NOT_FOUND');
    });
  });

  describe('6. grid and timelines', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let cohortId: string;
    let s: Awaited<ReturnType<typeof startups.create>>[];
    let columnId: string;
    const grid = () => system.http.get(`${orgUrl(ctx.org)}/cohorts/${cohortId}/grid`, ctx.owner.token);
    const cellOf = (body: any, startupId: string) => body.rows.find((r: any) => r.enrolment.startupId === startupId).cells[columnId];
    beforeAll(async () => {
      ctx = await setup({ phases: [phase('Validation', 1, [{ title: 'Interviews', offsetDays: 14 }]), phase('Build', 1)] });
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2026-03-02' });
      cohortId = cohort.id;
      columnId = cohort.milestones[0].id;
      s = [await startups.create(system, ctx.owner, ctx.org), await startups.create(system, ctx.owner, ctx.org)];
      const { enrolments } = await enrol(system, ctx.owner, ctx.org.slug, cohortId, s.map((x) => x.id));
      const first = enrolments.find((x) => x.startupId === s[0].id)!;
      const [m] = await milestonesOf(first.id);
      await system.http.post(`${orgUrl(ctx.org)}/milestones/${m.id}/submissions`, { text: 'Done' }, s[0].founder.token);
      await system.http.post(`${orgUrl(ctx.org)}/milestones/${m.id}/review`, { decision: 'approve' }, ctx.owner.token);
      await system.http.post(`${orgUrl(ctx.org)}/enrolments/${first.id}/milestones`, { title: 'Extra', dueOn: '2026-03-20' }, ctx.owner.token);
    });

    it('shows startups × milestones with statuses; overdue from local midnight after the due date', async () => {
      clock.set('2026-03-16T15:59:00Z'); // 23:59 on the due date in Ulaanbaatar
      const before = await grid();
      expect(before.status).toBe(200);
      expect(before.body.columns.map((c: any) => [c.id, c.dueOn])).toEqual([[columnId, '2026-03-16']]);
      expect(before.body.rows).toHaveLength(2);
      expect(cellOf(before.body, s[0].id)).toMatchObject({ status: 'approved', overdue: false, dueOn: '2026-03-16' });
      expect(cellOf(before.body, s[1].id)).toMatchObject({ status: 'pending', overdue: false });
      const row0 = before.body.rows.find((r: any) => r.enrolment.startupId === s[0].id);
      expect(row0.startupName).toBe(s[0].name);
      expect(row0.extra.map((x: any) => [x.title, x.status])).toEqual([['Extra', 'pending']]);

      clock.set('2026-03-16T16:00:00Z'); // 00:00 on the next day
      const after = await grid();
      expect(cellOf(after.body, s[0].id)).toMatchObject({ status: 'approved', overdue: false });
      expect(cellOf(after.body, s[1].id)).toMatchObject({ status: 'pending', overdue: true });
    });

    it("gives a founder their startup's timeline, and 404 for another startup's", async () => {
      const own = await system.http.get(`${orgUrl(ctx.org)}/startups/${s[1].id}/timeline`, s[1].founder.token);
      expect(own.status).toBe(200);
      expect(own.body.startup.id).toBe(s[1].id);
      expect(own.body.enrolments).toHaveLength(1);
      expect(own.body.enrolments[0].phases.map((p: any) => p.startsOn)).toEqual(['2026-03-02', '2026-04-02']);
      expect(own.body.enrolments[0].milestones.map((m: any) => [m.dueOn, m.status, m.overdue])).toEqual([['2026-03-16', 'pending', true]]);
      expectProblem(await system.http.get(`${orgUrl(ctx.org)}/startups/${s[0].id}/timeline`, s[1].founder.token), 404, 'NOT_FOUND');
    });

    it('gives staff the cohort timeline with the current phase marked', async () => {
      await travel('2026-03-16T16:00:00Z');
      await until('the cohort to run', async () => (await query(`SELECT status FROM cohorts WHERE id = $1`, [cohortId]))[0].status === 'running');
      const response = await system.http.get(`${orgUrl(ctx.org)}/cohorts/${cohortId}/timeline`, ctx.owner.token);
      expect(response.status).toBe(200);
      expect(response.body.now).toBe('2026-03-16T16:00:00.000Z');
      expect(response.body.cohort).toMatchObject({ status: 'running', currentPhase: 0 });
      expect(response.body.phases.map((p: any) => [p.name, p.current])).toEqual([['Validation', true], ['Build', false]]);
      expect(response.body.milestones.map((m: any) => m.title)).toEqual(['Interviews']);
    });
  });

  describe('7. notifications', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let quiet: Awaited<ReturnType<typeof startups.create>>;
    let loud: Awaited<ReturnType<typeof startups.create>>;
    const me = (who: SignedIn, path = '') => system.http.get(`/api/v1/me/notifications${path}`, who.token);
    beforeAll(async () => {
      ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2026-04-01' }); // due 2026-04-15
      [quiet, loud] = [await startups.create(system, ctx.owner, ctx.org), await startups.create(system, ctx.owner, ctx.org)];
      await enrol(system, ctx.owner, ctx.org.slug, cohort.id, [quiet.id, loud.id]);
    });

    it('turns reminder emails off: the reminder is in the app only (skipped), others still get the email', async () => {
      for (const who of [quiet.founder, ctx.owner]) {
        const response = await system.http.patch('/api/v1/me/notification-settings', { reminderEmails: false }, who.token);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ reminderEmails: false });
      }
      expect((await system.http.get('/api/v1/me/notification-settings', quiet.founder.token)).body).toEqual({ reminderEmails: false });
      await travel('2026-04-08T02:00:00Z'); // 10:00 local, after the 7-day reminder at 09:00
      await waitForMail(loud.founder.email, /Reminder/);
      const [note] = await until('the quiet reminder', async () => {
        const rows = await query(`SELECT kind, email_status FROM notifications WHERE user_id = $1`, [quiet.founder.id]);
        return rows.length > 0 && rows;
      });
      expect(note).toEqual({ kind: 'milestone.reminder', email_status: 'skipped' });
      await idle();
      expect(system.mailbox.messages.filter((m) => m.to.includes(quiet.founder.email))).toHaveLength(0);
    });

    it('still emails the overdue escalation to an owner who turned reminder emails off', async () => {
      await travel('2026-04-15T16:00:00Z');
      const mail = await waitForMail(ctx.owner.email, /overdue/);
      expect(mail.subject).toMatch(/^2 milestones overdue/);
      for (const who of [quiet, loud]) expect(mail.text).toContain(`${who.name}: "Customer discovery interviews" (due 2026-04-15)`);
      // The mail is marked sent when its transaction commits, just after the SMTP listener has it.
      await until('the escalation marked sent', async () => (await countRows(system, 'notifications', `user_id = $1 AND kind = 'milestone.overdue' AND email_status = 'sent'`, [ctx.owner.id])) === 1);
    });

    it('lists only your own notifications; read one, read all, count unread', async () => {
      const mine = await me(quiet.founder);
      expect(mine.status).toBe(200);
      expect(mine.body.items).toHaveLength(1);
      expect(mine.body.unread).toBe(1);
      const theirs = await me(loud.founder);
      expect(theirs.body.items.map((n: any) => n.id)).not.toContain(mine.body.items[0].id);

      expectProblem(await system.http.post(`/api/v1/me/notifications/${mine.body.items[0].id}/read`, {}, loud.founder.token), 404, 'NOT_FOUND');
      expect((await query(`SELECT read_at FROM notifications WHERE id = $1`, [mine.body.items[0].id]))[0].read_at).toBeNull();
      const read = await system.http.post(`/api/v1/me/notifications/${mine.body.items[0].id}/read`, {}, quiet.founder.token);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: mine.body.items[0].id, read: true });
      expect((await me(quiet.founder)).body.unread).toBe(0);
      expect((await me(quiet.founder, '?unread=true')).body.items).toHaveLength(0);

      const ownerUnread = (await me(ctx.owner)).body.unread;
      expect(ownerUnread).toBeGreaterThan(0);
      const all = await system.http.post('/api/v1/me/notifications/read', {}, ctx.owner.token);
      expect(all.status).toBe(200);
      expect(all.body).toEqual({ marked: ownerUnread });
      expect(await countRows(system, 'notifications', 'user_id = $1 AND read_at IS NULL', [ctx.owner.id])).toBe(0);
      expect(await countRows(system, 'notifications', 'user_id = $1 AND read_at IS NULL', [loud.founder.id])).toBeGreaterThan(0);
    });
  });

  describe('8. calendar feed', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let s: Awaited<ReturnType<typeof startups.create>>;
    const path = (url: string) => new URL(url).pathname;
    beforeAll(async () => {
      ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, name: `Spring ${tag}`, startsOn: '2026-05-04' });
      s = await startups.create(system, ctx.owner, ctx.org);
      await enrol(system, ctx.owner, ctx.org.slug, cohort.id, [s.id]);
    });

    it("serves the founder's milestones and phases as all-day events to anyone with the URL, until it is replaced or revoked", async () => {
      const created = await system.http.post('/api/v1/me/calendar-feed', {}, s.founder.token);
      expect(created.status).toBe(201);
      expect(path(created.body.url)).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const feed = await system.http.get(path(created.body.url));
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
      const text = feed.body as string;
      expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
      expect(text).toContain('DTSTART;VALUE=DATE:20260518');
      expect(text).toMatch(/SUMMARY:Due: Customer discovery interviews/);
      expect(text).toContain('DTSTART;VALUE=DATE:20260504');
      expect(text).toContain(`SUMMARY:Spring ${tag}: Onboarding and validation`);

      const replaced = await system.http.post('/api/v1/me/calendar-feed', {}, s.founder.token);
      expect(replaced.status).toBe(201);
      expectProblem(await system.http.get(path(created.body.url)), 404, 'NOT_FOUND');
      expect((await system.http.get(path(replaced.body.url))).status).toBe(200);
      expect(await countRows(system, 'calendar_feeds', 'user_id = $1 AND revoked_at IS NULL', [s.founder.id])).toBe(1);

      expect((await system.http.delete('/api/v1/me/calendar-feed', s.founder.token)).status).toBe(204);
      expectProblem(await system.http.get(path(replaced.body.url)), 404, 'NOT_FOUND');
      expectProblem(await system.http.delete('/api/v1/me/calendar-feed', s.founder.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get('/api/v1/calendar/not-a-token.ics'), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(`/api/v1/calendar/${randomBytes(32).toString('base64url')}.ics`), 404, 'NOT_FOUND');
    });
  });

  describe('9. tenancy', () => {
    it("answers another organization's owner with 404 on every cohort route, and changes nothing", async () => {
      const a = await setup();
      const b = await setup();
      const cohort = await cohorts.create(system, a.owner, a.org.slug, { programmeId: a.programme.id, startsOn: '2026-05-04' });
      const startup = await startups.create(system, a.owner, a.org);
      const { enrolments } = await enrol(system, a.owner, a.org.slug, cohort.id, [startup.id]);
      const enrolmentId = enrolments[0].id;
      const [milestone] = await milestonesOf(enrolmentId);
      const [action] = await query(
        `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, stake_bps, created_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'graduation_review', now(), NULL, now()) RETURNING id`,
        [a.org.id, enrolmentId, startup.id],
      );
      const theirStartup = await startups.create(system, b.owner, b.org);
      const routes = (o: Org): Array<[string, string, unknown?]> => [
        ['GET', `${orgUrl(o)}/cohorts/${cohort.id}`],
        ['GET', `${orgUrl(o)}/cohorts/${cohort.id}/grid`],
        ['GET', `${orgUrl(o)}/cohorts/${cohort.id}/timeline`],
        ['POST', `${orgUrl(o)}/cohorts/${cohort.id}/enrolments`, { startupIds: [theirStartup.id] }],
        ['POST', `${orgUrl(o)}/cohorts/${cohort.id}/milestones`, { title: 'Sneaky', dueOn: '2026-05-20' }],
        ['PATCH', `${orgUrl(o)}/cohorts/${cohort.id}/milestones/${cohort.milestones[0].id}`, { title: 'Sneaky' }],
        ['DELETE', `${orgUrl(o)}/cohorts/${cohort.id}/milestones/${cohort.milestones[0].id}`],
        ['POST', `${orgUrl(o)}/enrolments/${enrolmentId}/withdraw`, { reason: 'Sneaky' }],
        ['POST', `${orgUrl(o)}/enrolments/${enrolmentId}/milestones`, { title: 'Sneaky', dueOn: '2026-05-20' }],
        ['GET', `${orgUrl(o)}/milestones/${milestone.id}`],
        ['PATCH', `${orgUrl(o)}/milestones/${milestone.id}`, { title: 'Sneaky' }],
        ['DELETE', `${orgUrl(o)}/milestones/${milestone.id}`],
        ['POST', `${orgUrl(o)}/milestones/${milestone.id}/review`, { decision: 'approve' }],
        ['GET', `${orgUrl(o)}/startups/${startup.id}/timeline`],
        ['POST', `${orgUrl(o)}/programme-actions/${action.id}/resolve`, { resolution: 'failed', reason: 'Sneaky', effectiveOn: '2026-05-20' }],
      ];
      const before = await snapshot();
      for (const o of [a.org, b.org]) {
        for (const [method, url, body] of routes(o)) {
          const response = await system.http.request(method as any, url, { token: b.owner.token, body });
          expect({ method, url, status: response.status, code: response.body?.code }).toEqual({ method, url, status: 404, code: 'NOT_FOUND' });
        }
      }
      expect(await snapshot()).toEqual(before);
      expect((await system.http.get(`${orgUrl(b.org)}/programme-actions`, b.owner.token)).body.items).toEqual([]);
      expect((await query(`SELECT status FROM programme_actions WHERE id = $1`, [action.id]))[0].status).toBe('open');
      expect((await query(`SELECT title, status, dropped_at FROM milestones WHERE id = $1`, [milestone.id]))[0]).toEqual({ title: milestone.title, status: 'pending', dropped_at: null });
    });
  });

  describe('10. programme actions', () => {
    let ctx: Awaited<ReturnType<typeof setup>>;
    let s: Awaited<ReturnType<typeof startups.create>>[];
    let enrolments: Array<{ id: string; startupId: string }>;
    const list = (status = 'open') => system.http.get(`${orgUrl(ctx.org)}/programme-actions?status=${status}`, ctx.owner.token);
    const resolve = (id: string, body: Record<string, unknown>) =>
      system.http.post(`${orgUrl(ctx.org)}/programme-actions/${id}/resolve`, { reason: 'Reviewed by the committee', effectiveOn: '2027-01-05', ...body }, ctx.owner.token);
    const actionsOf = (kind: string) => query(`SELECT * FROM programme_actions WHERE organization_id = $1 AND kind = $2 ORDER BY due_at, id`, [ctx.org.id, kind]);
    const reviewOf = async (i: number) => (await actionsOf('graduation_review')).find((a) => a.startup_id === s[i].id && a.status === 'open')!;
    beforeAll(async () => {
      ctx = await setup({ phases: [phase('Incubation', 6), phase('Acceleration', 1)], equityPolicy: { kind: 'fixed_after', bps: 1000, afterMonths: 6 } });
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2026-06-01' }); // ends 2026-12-31
      expect(cohort.equityStake).toEqual({ bps: 1000, afterMonths: 6 });
      s = [];
      for (let i = 0; i < 3; i++) s.push(await startups.create(system, ctx.owner, ctx.org));
      enrolments = (await enrol(system, ctx.owner, ctx.org.slug, cohort.id, s.map((x) => x.id))).enrolments;
    });

    it('opens an equity stake 6 months after the start (local midnight), once per enrolment', async () => {
      await travel('2026-11-30T15:59:00Z');
      expect(await actionsOf('equity_stake')).toHaveLength(0);
      await travel('2026-11-30T16:00:00Z'); // 00:00 on 1 December in Ulaanbaatar
      const stakes = await until('three stakes', async () => (await actionsOf('equity_stake')).length === 3 && actionsOf('equity_stake'));
      expect(stakes.map((a) => [a.stake_bps, a.status, a.due_at.toISOString()])).toEqual([0, 1, 2].map(() => [1000, 'open', '2026-11-30T16:00:00.000Z']));
      await system.worker!.get(TimerReconciler).reconcile();
      await idle();
      expect(await actionsOf('equity_stake')).toHaveLength(3);
      const listed = await list();
      expect(listed.status).toBe(200);
      expect(listed.body.items.filter((a: any) => a.kind === 'equity_stake').map((a: any) => a.stakeBps)).toEqual([1000, 1000, 1000]);
      await waitForMail(ctx.owner.email, /Equity stake due/);
    });

    it('opens a graduation review for each enrolment after the cohort ends', async () => {
      await travel('2027-01-01T00:00:00Z');
      await until('three reviews', async () => (await actionsOf('graduation_review')).length === 3);
      const listed = await list();
      expect(listed.body.items.filter((a: any) => a.kind === 'graduation_review').map((a: any) => [a.status, a.dueAt])).toEqual([0, 1, 2].map(() => ['open', '2026-12-31T16:00:00.000Z']));
    });

    it('refuses a resolution of the wrong kind (400) and writes nothing', async () => {
      const [stake] = await actionsOf('equity_stake');
      const review = await reviewOf(0);
      const before = await snapshot();
      expectProblem(await resolve(stake.id, { resolution: 'graduated' }), 400, 'RESOLUTION_NOT_ALLOWED');
      expectProblem(await resolve(review.id, { resolution: 'confirmed' }), 400, 'RESOLUTION_NOT_ALLOWED');
      expectProblem(await resolve(review.id, { resolution: 'extended' }), 400, 'VALIDATION_FAILED');
      expectProblem(await resolve(review.id, { resolution: 'extended', extendUntil: '2026-12-31' }), 400, 'EXTENSION_TOO_SHORT');
      expect(await snapshot()).toEqual(before);
      const confirmed = await resolve(stake.id, { resolution: 'confirmed' });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ status: 'resolved', resolution: 'confirmed', resolvedBy: ctx.owner.id });
    });

    it('graduates: the startup succeeds with the reason and date; resolving again is 409', async () => {
      const review = await reviewOf(0);
      const response = await resolve(review.id, { resolution: 'graduated', reason: 'Reached 40 paying customers' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'resolved', resolution: 'graduated', effectiveOn: '2027-01-05' });
      // The startups domain records the outcome when it hears of it (enrolment.outcome-decided).
      await idle();
      expect((await query(`SELECT status, outcome_reason, outcome_on::text FROM startups WHERE id = $1`, [s[0].id]))[0]).toEqual({ status: 'graduated_successful', outcome_reason: 'Reached 40 paying customers', outcome_on: '2027-01-05' });
      expect((await query(`SELECT status FROM enrolments WHERE startup_id = $1`, [s[0].id]))[0].status).toBe('graduated');
      const before = await snapshot();
      expectProblem(await resolve(review.id, { resolution: 'failed' }), 409, 'ACTION_RESOLVED');
      expect(await snapshot()).toEqual(before);
      expect((await query(`SELECT resolution FROM programme_actions WHERE id = $1`, [review.id]))[0].resolution).toBe('graduated');
    });

    it('fails: the startup is marked failed', async () => {
      const response = await resolve((await reviewOf(2)).id, { resolution: 'failed', reason: 'No traction' });
      expect(response.status).toBe(200);
      await idle();
      expect((await query(`SELECT status, outcome_reason FROM startups WHERE id = $1`, [s[2].id]))[0]).toEqual({ status: 'failed', outcome_reason: 'No traction' });
      expect((await query(`SELECT status FROM enrolments WHERE startup_id = $1`, [s[2].id]))[0].status).toBe('failed');
    });

    it('extends: incubation runs to the new date, and a new review opens then', async () => {
      const review = await reviewOf(1);
      const response = await resolve(review.id, { resolution: 'extended', extendUntil: '2027-02-28', reason: 'Needs two more months' });
      expect(response.status).toBe(200);
      expect(response.body.resolution).toBe('extended');
      const enrolmentId = enrolments.find((x) => x.startupId === s[1].id)!.id;
      expect((await query(`SELECT status, incubation_ends_at FROM enrolments WHERE id = $1`, [enrolmentId]))[0]).toEqual({ status: 'active', incubation_ends_at: new Date('2027-02-28T16:00:00Z') });
      await idle();
      expect((await query(`SELECT status FROM startups WHERE id = $1`, [s[1].id]))[0].status).toBe('incubating');

      await travel('2027-03-01T00:00:00Z');
      const next = await until('the next review', async () => (await query(`SELECT * FROM programme_actions WHERE enrolment_id = $1 AND kind = 'graduation_review' AND status = 'open'`, [enrolmentId]))[0]);
      expect(next.due_at.toISOString()).toBe('2027-02-28T16:00:00.000Z');
      expect(await countRows(system, 'programme_actions', `enrolment_id = $1 AND kind = 'graduation_review'`, [enrolmentId])).toBe(2);
      // The graduated and failed enrolments get no new review.
      expect(await countRows(system, 'programme_actions', `organization_id = $1 AND kind = 'graduation_review'`, [ctx.org.id])).toBe(4);
    });
  });
  describe('11. rules from review', () => {
    // Dates from 2031 on: after every clock move above.
    let late: Awaited<ReturnType<typeof setup>> & { cohortId: string; startup: Awaited<ReturnType<typeof startups.create>>; enrolmentId: string };
    let gridCtx: Awaited<ReturnType<typeof setup>> & { cohortId: string; columnId: string; s: Awaited<ReturnType<typeof startups.create>>[]; e: Array<{ id: string; startupId: string }> };
    const TOKEN_IN_LINK = /\/invitations\/([A-Za-z0-9_-]{86})(?![A-Za-z0-9_-])/;
    const insertAction = async (org: { id: string }, enrolmentId: string, startupId: string, kind = 'graduation_review') =>
      (
        await query(
          `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, stake_bps, created_at)
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $5) RETURNING id`,
          [org.id, enrolmentId, startupId, kind, clock.now(), kind === 'equity_stake' ? 500 : null],
        )
      )[0].id as string;
    /** A second founder (a member of the organization) linked to the startup. */
    const addFounder = async (ctx: { owner: SignedIn; org: Org }, startupId: string) => {
      const person = await addMember(system, ctx.org.id, 'founder');
      expect((await system.http.post(`${orgUrl(ctx.org)}/startups/${startupId}/founders`, { email: person.email }, ctx.owner.token)).status).toBe(204);
      return person;
    };
    beforeAll(async () => {
      // Created before the clock reaches 2031: a cohort from 6 January (ends 5 March) for the extension rule,
      const l = await setup();
      const lc = await cohorts.create(system, l.owner, l.org.slug, { programmeId: l.programme.id, startsOn: '2031-01-06' });
      const ls = await startups.create(system, l.owner, l.org);
      late = { ...l, cohortId: lc.id, startup: ls, enrolmentId: (await enrol(system, l.owner, l.org.slug, lc.id, [ls.id])).enrolments[0].id };
      // and one from 7 April (a milestone due 21 April) for the grid.
      const g = await setup();
      const gc = await cohorts.create(system, g.owner, g.org.slug, { programmeId: g.programme.id, startsOn: '2031-04-07' });
      const gs = [await startups.create(system, g.owner, g.org), await startups.create(system, g.owner, g.org)];
      const ge = (await enrol(system, g.owner, g.org.slug, gc.id, gs.map((x) => x.id))).enrolments;
      gridCtx = { ...g, cohortId: gc.id, columnId: gc.milestones[0].id, s: gs, e: gs.map((x) => ge.find((y) => y.startupId === x.id)!) };
    });

    it("a cohort-wide title edit leaves a startup's own reschedule and overdue mark alone; a cohort-wide date edit moves the copies", async () => {
      const ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2031-01-06' }); // due 2031-01-20, ends 2031-03-05
      const cmId = cohort.milestones[0].id;
      const s = [await startups.create(system, ctx.owner, ctx.org), await startups.create(system, ctx.owner, ctx.org)];
      const { enrolments } = await enrol(system, ctx.owner, ctx.org.slug, cohort.id, s.map((x) => x.id));
      const [own] = await milestonesOf(enrolments.find((x) => x.startupId === s[0].id)!.id);
      const [other] = await milestonesOf(enrolments.find((x) => x.startupId === s[1].id)!.id);
      const rescheduled = await system.http.patch(`${orgUrl(ctx.org)}/milestones/${own.id}`, { dueOn: '2031-01-10' }, ctx.owner.token);
      expect(rescheduled.status).toBe(200);
      expect(rescheduled.body).toMatchObject({ id: own.id, dueOn: '2031-01-10' });

      await travel('2031-01-10T16:00:00Z'); // 00:00 on 11 January in Ulaanbaatar
      const marked = await until('the overdue mark', async () => {
        const [row] = await query(`SELECT overdue_marked_at FROM milestones WHERE id = $1`, [own.id]);
        return row.overdue_marked_at as Date | null;
      });

      const renamed = await system.http.patch(`${orgUrl(ctx.org)}/cohorts/${cohort.id}/milestones/${cmId}`, { title: `Renamed ${tag}` }, ctx.owner.token);
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ id: cmId, title: `Renamed ${tag}`, dueOn: '2031-01-20' });
      const row = async (id: string) => (await query(`SELECT title, due_on::text, due_at, overdue_marked_at FROM milestones WHERE id = $1`, [id]))[0];
      expect(await row(own.id)).toEqual({ title: `Renamed ${tag}`, due_on: '2031-01-10', due_at: new Date('2031-01-10T16:00:00Z'), overdue_marked_at: marked });
      expect(await row(other.id)).toEqual({ title: `Renamed ${tag}`, due_on: '2031-01-20', due_at: new Date('2031-01-20T16:00:00Z'), overdue_marked_at: null });
      expect(await countRows(system, 'milestone_events', `kind = 'edited' AND milestone_id = ANY($1)`, [[own.id, other.id]])).toBe(2);
      expect((await system.http.get(`${orgUrl(ctx.org)}/milestones/${own.id}`, ctx.owner.token)).body).toMatchObject({ dueOn: '2031-01-10', overdue: true });

      const moved = await system.http.patch(`${orgUrl(ctx.org)}/cohorts/${cohort.id}/milestones/${cmId}`, { dueOn: '2031-01-25' }, ctx.owner.token);
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ dueOn: '2031-01-25' });
      for (const id of [own.id, other.id]) expect(await row(id)).toEqual({ title: `Renamed ${tag}`, due_on: '2031-01-25', due_at: new Date('2031-01-25T16:00:00Z'), overdue_marked_at: null });
    });

    // Two applicants accepted into one cohort: A declines the place; B named a co-founder who has no account yet.
    let acceptance: {
      ctx: Awaited<ReturnType<typeof setup>>;
      cohortId: string;
      a: { applicant: SignedIn; appId: string; startupId: string; enrolmentId: string };
      b: { applicant: SignedIn; appId: string; startupId: string; cofounderEmail: string };
    };

    it('declining an accepted place withdraws the enrolment and cancels its open actions; the withdrawn startup cannot enrol again (409, nothing written)', async () => {
      const ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2031-02-03' });
      const [applicantA, applicantB, cofounderA] = [await users.create(system), await users.create(system), await users.create(system)];
      const cofounderEmail = `cofounder-${tag}-${randomBytes(3).toString('hex')}@example.org`;
      const call = await calls.create(system, ctx.owner, ctx.org.slug, ctx.programme.id, {
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 4_000).toISOString(),
        reviewersPerApplication: 1,
      });
      const callUrl = `${orgUrl(ctx.org)}/calls/${call.id}`;
      expect((await system.http.post(`${callUrl}/publish`, {}, ctx.owner.token)).body.status).toBe('open');
      const apply = async (who: SignedIn, name: string, cofounder: string) => {
        const response = await system.http.post(
          `${callUrl}/applications`,
          {
            startupName: `${name} ${tag}`,
            sector: 'cleantech',
            stage: 'seed',
            idea: 'Air quality sensors.',
            teamSize: 2,
            founders: [
              { name: 'Applicant', email: who.email, role: 'CEO' },
              { name: 'Cofounder', email: cofounder, role: 'CTO' },
            ],
            answers: { team_background: 'Two engineers.', sector: 'Cleantech' },
          },
          who.token,
        );
        expect(response.status).toBe(201);
        expect((await system.http.post(`${orgUrl(ctx.org)}/applications/${response.body.id}/submit`, {}, who.token)).status).toBe(200);
        return response.body.id as string;
      };
      const appA = await apply(applicantA, 'Declines', cofounderA.email);
      const appB = await apply(applicantB, 'Invites', cofounderEmail);
      await until('the call to close', async () => (await system.http.get(callUrl, ctx.owner.token)).body.status === 'closed');
      await until('screening', async () => (await query(`SELECT count(*)::int AS n FROM applications WHERE id = ANY($1) AND status = 'under_review'`, [[appA, appB]]))[0].n === 2);
      const accepted = await system.http.post(`${callUrl}/decisions`, { applicationIds: [appA, appB], decision: 'accept', cohortId: cohort.id }, ctx.owner.token);
      expect(accepted.status).toBe(200);
      const startupOf = async (appId: string) => (await query(`SELECT id FROM startups WHERE application_id = $1`, [appId]))[0].id as string;
      const [startupA, startupB] = [await startupOf(appA), await startupOf(appB)];
      const [enrolmentA] = await query(`SELECT id, status FROM enrolments WHERE startup_id = $1`, [startupA]);
      expect(enrolmentA.status).toBe('active');
      acceptance = { ctx, cohortId: cohort.id, a: { applicant: applicantA, appId: appA, startupId: startupA, enrolmentId: enrolmentA.id }, b: { applicant: applicantB, appId: appB, startupId: startupB, cofounderEmail } };

      const review = await insertAction(ctx.org, enrolmentA.id, startupA);
      const stake = await insertAction(ctx.org, enrolmentA.id, startupA, 'equity_stake');
      const withdrawn = await system.http.post(`${orgUrl(ctx.org)}/applications/${appA}/withdraw`, {}, applicantA.token);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ id: appA, status: 'withdrawn' });
      // The cohorts and startups domains end the enrolment and the startup when they hear of it (application.withdrawn).
      await idle();
      expect((await query(`SELECT status, end_reason, ended_at FROM enrolments WHERE id = $1`, [enrolmentA.id]))[0]).toEqual({ status: 'withdrawn', end_reason: 'The applicant declined the place.', ended_at: clock.now() });
      const actions = await query(`SELECT id, status, resolution, resolved_at FROM programme_actions WHERE enrolment_id = $1 ORDER BY kind`, [enrolmentA.id]);
      expect(actions).toEqual([
        { id: stake, status: 'resolved', resolution: 'cancelled', resolved_at: clock.now() },
        { id: review, status: 'resolved', resolution: 'cancelled', resolved_at: clock.now() },
      ]);
      expect((await query(`SELECT status FROM startups WHERE id = $1`, [startupA]))[0].status).toBe('withdrawn');
      // B is untouched.
      expect((await query(`SELECT status FROM enrolments WHERE startup_id = $1`, [startupB]))[0].status).toBe('active');

      const before = await snapshot();
      const again = await system.http.post(`${orgUrl(ctx.org)}/cohorts/${cohort.id}/enrolments`, { startupIds: [startupA] }, ctx.owner.token);
      expectProblem(again, 409, 'STARTUP_WITHDRAWN');
      expect(again.body.startupIds).toEqual([startupA]);
      expect(await snapshot()).toEqual(before);
      expect(await countRows(system, 'enrolments', 'startup_id = $1', [startupA])).toBe(1);
    }, 40_000);

    it('the place an enrolled applicant declines goes to the next on the waitlist, in the same cohort', async () => {
      const ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2031-02-03' });
      const [first, next] = [await users.create(system), await users.create(system)];
      const call = await calls.create(system, ctx.owner, ctx.org.slug, ctx.programme.id, {
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 4_000).toISOString(),
        reviewersPerApplication: 1,
        capacity: 1,
      });
      const callUrl = `${orgUrl(ctx.org)}/calls/${call.id}`;
      expect((await system.http.post(`${callUrl}/publish`, {}, ctx.owner.token)).body.status).toBe('open');
      const apply = async (who: SignedIn, name: string) => {
        const body = {
          startupName: `${name} ${tag}`,
          sector: 'cleantech',
          stage: 'seed',
          idea: 'Air quality sensors.',
          teamSize: 1,
          founders: [{ name: 'Applicant', email: who.email, role: 'CEO' }],
          answers: { team_background: 'An engineer.', sector: 'Cleantech' },
        };
        const created = await system.http.post(`${callUrl}/applications`, body, who.token);
        expect(created.status).toBe(201);
        expect((await system.http.post(`${orgUrl(ctx.org)}/applications/${created.body.id}/submit`, {}, who.token)).status).toBe(200);
        return created.body.id as string;
      };
      const [appFirst, appNext] = [await apply(first, 'First'), await apply(next, 'Next')];
      await until('the call to close', async () => (await system.http.get(callUrl, ctx.owner.token)).body.status === 'closed');
      await until('screening', async () => (await query(`SELECT count(*)::int AS n FROM applications WHERE id = ANY($1) AND status = 'under_review'`, [[appFirst, appNext]]))[0].n === 2);
      expect((await system.http.post(`${callUrl}/decisions`, { applicationIds: [appFirst], decision: 'accept', cohortId: cohort.id }, ctx.owner.token)).status).toBe(200);
      expect((await system.http.post(`${callUrl}/decisions`, { applicationIds: [appNext], decision: 'waitlist' }, ctx.owner.token)).status).toBe(200);

      expect((await system.http.post(`${orgUrl(ctx.org)}/applications/${appFirst}/withdraw`, {}, first.token)).status).toBe(200);
      const promoted = await until('the promotion', async () => {
        const [row] = await query(
          `SELECT a.status, e.cohort_id, e.status AS enrolment FROM applications a JOIN startups s ON s.application_id = a.id JOIN enrolments e ON e.startup_id = s.id WHERE a.id = $1`,
          [appNext],
        );
        return row;
      });
      expect(promoted).toEqual({ status: 'accepted', cohort_id: cohort.id, enrolment: 'active' });
      expect(await countRows(system, 'startup_founders f JOIN startups s ON s.id = f.startup_id', 's.application_id = $1 AND f.user_id = $2', [appNext, next.id])).toBe(1);
    }, 60_000);

    it('withdrawing an enrolment cancels its open graduation review; resolving that review afterwards is 409 ACTION_RESOLVED', async () => {
      const ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2031-02-03' });
      const s = await startups.create(system, ctx.owner, ctx.org);
      const enrolmentId = (await enrol(system, ctx.owner, ctx.org.slug, cohort.id, [s.id])).enrolments[0].id;
      const review = await insertAction(ctx.org, enrolmentId, s.id);
      const response = await system.http.post(`${orgUrl(ctx.org)}/enrolments/${enrolmentId}/withdraw`, { reason: 'Founders split up' }, ctx.owner.token);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: enrolmentId, status: 'withdrawn', endReason: 'Founders split up' });
      const after = (await query(`SELECT status, resolution, reason, resolved_by, resolved_at FROM programme_actions WHERE id = $1`, [review]))[0];
      expect(after).toEqual({ status: 'resolved', resolution: 'cancelled', reason: 'Enrolment withdrawn: Founders split up', resolved_by: ctx.owner.id, resolved_at: clock.now() });
      const listed = await system.http.get(`${orgUrl(ctx.org)}/programme-actions?status=open`, ctx.owner.token);
      expect(listed.body.items).toEqual([]);

      const before = await snapshot();
      const resolved = await system.http.post(`${orgUrl(ctx.org)}/programme-actions/${review}/resolve`, { resolution: 'graduated', reason: 'Too late', effectiveOn: '2031-02-05' }, ctx.owner.token);
      expectProblem(resolved, 409, 'ACTION_RESOLVED');
      expect(await snapshot()).toEqual(before);
      expect((await query(`SELECT status, resolution FROM programme_actions WHERE id = $1`, [review]))[0]).toEqual({ status: 'resolved', resolution: 'cancelled' });
      expect((await query(`SELECT status FROM startups WHERE id = $1`, [s.id]))[0].status).not.toBe('graduated_successful');
      // Staff cannot choose "cancelled" themselves.
      const other = await startups.create(system, ctx.owner, ctx.org);
      const otherEnrolment = (await enrol(system, ctx.owner, ctx.org.slug, cohort.id, [other.id])).enrolments[0].id;
      const open = await insertAction(ctx.org, otherEnrolment, other.id);
      expectProblem(await system.http.post(`${orgUrl(ctx.org)}/programme-actions/${open}/resolve`, { resolution: 'cancelled', reason: 'x', effectiveOn: '2031-02-05' }, ctx.owner.token), 400, 'VALIDATION_FAILED');
      expect((await query(`SELECT status FROM programme_actions WHERE id = $1`, [open]))[0].status).toBe('open');
    });

    it('an invited co-founder who registers and accepts becomes a founder of the startup and sees its timeline', async () => {
      const { ctx, b } = acceptance;
      const [invitation] = await query(`SELECT id, role, startup_id, accepted_at FROM invitations WHERE email = $1`, [b.cofounderEmail]);
      expect(invitation).toMatchObject({ role: 'founder', startup_id: b.startupId, accepted_at: null });
      const mail = await waitForMail(b.cofounderEmail, /invited/);
      const token = TOKEN_IN_LINK.exec(mail.text)![1];
      const cofounder = await users.create(system, { email: b.cofounderEmail });
      expectProblem(await system.http.get(`${orgUrl(ctx.org)}/startups/${b.startupId}/timeline`, cofounder.token), 404, 'NOT_FOUND');
      const accepted = await system.http.post(`/api/v1/invitations/${token}/accept`, undefined, cofounder.token);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ id: ctx.org.id, role: 'founder' });
      expect(await query(`SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`, [ctx.org.id, cofounder.id])).toEqual([{ role: 'founder' }]);
      expect(await query(`SELECT startup_id FROM startup_founders WHERE user_id = $1`, [cofounder.id])).toEqual([{ startup_id: b.startupId }]);
      const founders = await query(`SELECT user_id FROM startup_founders WHERE startup_id = $1`, [b.startupId]);
      expect(founders.map((f) => f.user_id).sort()).toEqual([b.applicant.id, cofounder.id].sort());
      const timeline = await system.http.get(`${orgUrl(ctx.org)}/startups/${b.startupId}/timeline`, cofounder.token);
      expect(timeline.status).toBe(200);
      expect(timeline.body.startup.id).toBe(b.startupId);
      expect(timeline.body.enrolments[0].cohort.id).toBe(acceptance.cohortId);
    });

    // Area 5 and 6 share a startup with two founders, one of whom is removed from the organization.
    let removal: { ctx: Awaited<ReturnType<typeof setup>>; kept: SignedIn; removed: SignedIn };

    it('removing a founder member unlinks them from their startups; the next reminder goes only to the founder who stayed', async () => {
      const ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2031-02-03' }); // due 2031-02-17
      const s = await startups.create(system, ctx.owner, ctx.org);
      const second = await addFounder(ctx, s.id);
      await enrol(system, ctx.owner, ctx.org.slug, cohort.id, [s.id]);
      expect(await countRows(system, 'startup_founders', 'user_id = $1', [second.id])).toBe(1);
      const response = await system.http.delete(`${orgUrl(ctx.org)}/members/${second.id}`, ctx.owner.token);
      expect(response.status).toBe(204);
      expect(await countRows(system, 'memberships', 'user_id = $1 AND organization_id = $2', [second.id, ctx.org.id])).toBe(0);
      expect(await countRows(system, 'startup_founders', 'user_id = $1', [second.id])).toBe(0);
      expect(await query(`SELECT user_id FROM startup_founders WHERE startup_id = $1`, [s.id])).toEqual([{ user_id: s.founder.id }]);
      removal = { ctx, kept: s.founder, removed: second };

      await travel('2031-02-10T02:00:00Z'); // 10:00 local on 10 February, after the 7-day reminder
      await waitForMail(s.founder.email, /Reminder/);
      expect(system.mailbox.messages.filter((m) => m.to.includes(second.email))).toHaveLength(0);
      expect(await countRows(system, 'notifications', 'user_id = $1', [second.id])).toBe(0);
      expect(await countRows(system, 'notifications', `user_id = $1 AND kind = 'milestone.reminder'`, [s.founder.id])).toBe(1);
    });

    it("lets only the recipient read a notification: the owner's session sees none of a founder's rows, the founder sees their own", async () => {
      const { ctx, kept } = removal;
      const total = await countRows(system, 'notifications', 'user_id = $1', [kept.id]);
      expect(total).toBeGreaterThan(0);
      const client = new Client({ connectionString: system.urls.app });
      await client.connect();
      const visible = async (userId: string, role: string) => {
        await client.query('BEGIN');
        try {
          await client.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.role', $2, true), set_config('app.user_id', $3, true)`, [ctx.org.id, role, userId]);
          return (await client.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [kept.id])).rows[0].n as number;
        } finally {
          await client.query('ROLLBACK');
        }
      };
      try {
        expect(await visible(ctx.owner.id, 'owner')).toBe(0);
        expect(await visible(ctx.owner.id, 'manager')).toBe(0);
        expect(await visible(kept.id, 'founder')).toBe(total);
      } finally {
        await client.end();
      }
      // Through the API too: each person lists only their own.
      expect((await system.http.get('/api/v1/me/notifications', kept.token)).body.items).toHaveLength(total);
      const owners = (await system.http.get('/api/v1/me/notifications', ctx.owner.token)).body.items;
      expect(owners.every((n: any) => n.kind !== 'milestone.reminder')).toBe(true);
    });

    it('refuses an extension that ends before today, though after the cohort end: 400 EXTENSION_TOO_SHORT, nothing written', async () => {
      await travel('2031-03-20T02:00:00Z'); // the cohort ended on 5 March
      const review = await until('the graduation review', async () => (await query(`SELECT id FROM programme_actions WHERE enrolment_id = $1 AND kind = 'graduation_review' AND status = 'open'`, [late.enrolmentId]))[0]);
      const resolve = (extendUntil: string) =>
        system.http.post(`${orgUrl(late.org)}/programme-actions/${review.id}/resolve`, { resolution: 'extended', extendUntil, reason: 'More time', effectiveOn: '2031-03-20' }, late.owner.token);
      const [enrolmentBefore] = await query(`SELECT status, incubation_ends_at FROM enrolments WHERE id = $1`, [late.enrolmentId]);
      expect(enrolmentBefore).toEqual({ status: 'active', incubation_ends_at: new Date('2031-03-05T16:00:00Z') });
      const before = await snapshot();
      for (const extendUntil of ['2031-03-10', '2031-03-20']) {
        const refused = await resolve(extendUntil);
        expectProblem(refused, 400, 'EXTENSION_TOO_SHORT');
        expect(refused.body.errors).toEqual([{ field: 'extendUntil', message: 'must be after 2031-03-20' }]);
      }
      expect(await snapshot()).toEqual(before);
      expect((await query(`SELECT status, resolution FROM programme_actions WHERE id = $1`, [review.id]))[0]).toEqual({ status: 'open', resolution: null });
      expect((await query(`SELECT status, incubation_ends_at FROM enrolments WHERE id = $1`, [late.enrolmentId]))[0]).toEqual(enrolmentBefore);

      const extended = await resolve('2031-03-21');
      expect(extended.status).toBe(200);
      expect(extended.body).toMatchObject({ status: 'resolved', resolution: 'extended' });
      expect((await query(`SELECT incubation_ends_at FROM enrolments WHERE id = $1`, [late.enrolmentId]))[0].incubation_ends_at).toEqual(new Date('2031-03-21T16:00:00Z'));
    });

    it('a late catch-up sends only the nearest reminder: one "due tomorrow" email per founder, one reminder row (offset 1)', async () => {
      const ctx = await setup();
      const cohort = await cohorts.create(system, ctx.owner, ctx.org.slug, { programmeId: ctx.programme.id, startsOn: '2031-04-07' }); // due 2031-04-21
      const s = await startups.create(system, ctx.owner, ctx.org);
      const second = await addFounder(ctx, s.id);
      // 10:00 local on 20 April: the 7-day (14 April, 09:00) and the 1-day (20 April, 09:00) moments have both passed.
      await travel('2031-04-20T02:00:00Z');
      await until('the cohort to run', async () => (await query(`SELECT status FROM cohorts WHERE id = $1`, [cohort.id]))[0].status === 'running');
      const enrolmentId = (await enrol(system, ctx.owner, ctx.org.slug, cohort.id, [s.id])).enrolments[0].id;
      const [milestone] = await milestonesOf(enrolmentId);
      expect(milestone.due_at).toEqual(new Date('2031-04-21T16:00:00Z'));
      for (const who of [s.founder, second]) await waitForMail(who.email, /Reminder/);
      // Ask the worker to catch up once more, and let whatever that starts land.
      await system.worker!.get(TimerReconciler).reconcile();
      await idle();
      for (const who of [s.founder, second]) {
        const mails = mailsTo(who.email, /Reminder/);
        expect(mails).toHaveLength(1);
        expect(mails[0].text).toContain('due tomorrow');
        expect(mails[0].text).not.toMatch(/in \d+ days?/);
        const notes = await query(`SELECT kind, body FROM notifications WHERE user_id = $1`, [who.id]);
        expect(notes).toHaveLength(1);
        expect(notes[0].kind).toBe('milestone.reminder');
        expect(notes[0].body).toContain('is due tomorrow, on 2031-04-21');
      }
      expect(await query(`SELECT offset_days, due_on::text FROM milestone_reminders WHERE milestone_id = $1`, [milestone.id])).toEqual([{ offset_days: 1, due_on: '2031-04-21' }]);
    });

    it('keeps one calendar feed under a double click: both 201, one active row, only the second URL works', async () => {
      const ctx = await setup();
      const s = await startups.create(system, ctx.owner, ctx.org);
      const path = (url: string) => new URL(url).pathname;
      const original = await system.http.post('/api/v1/me/calendar-feed', {}, s.founder.token);
      expect(original.status).toBe(201);
      // Hold the active feed's row so that both clicks are in flight at once, then let them go.
      const holder = new Client({ connectionString: system.urls.inspect });
      await holder.connect();
      let first: Response, second: Response;
      try {
        await holder.query('BEGIN');
        await holder.query(`SELECT 1 FROM calendar_feeds WHERE user_id = $1 AND revoked_at IS NULL FOR UPDATE`, [s.founder.id]);
        const clicks = Promise.all([system.http.post('/api/v1/me/calendar-feed', {}, s.founder.token), system.http.post('/api/v1/me/calendar-feed', {}, s.founder.token)]);
        // Polled on another connection: inside the holder's transaction pg_stat_activity is a frozen snapshot.
        await until('both clicks waiting', async () => {
          const [{ n }] = await query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%calendar%'`);
          return n === 2;
        });
        await holder.query('COMMIT');
        [first, second] = await clicks;
      } finally {
        await holder.end();
      }
      expect([first.status, second.status]).toEqual([201, 201]);
      expect(first.body.url).not.toBe(second.body.url);
      expect(await countRows(system, 'calendar_feeds', 'user_id = $1 AND revoked_at IS NULL', [s.founder.id])).toBe(1);
      expect(await countRows(system, 'calendar_feeds', 'user_id = $1', [s.founder.id])).toBe(3);
      // The last created is the active row: ids are UUIDv7, made after the lock, so they sort by creation
      // (created_at is each transaction's start, which does not follow the order the lock was taken in).
      const [active] = await query(`SELECT id, token_hash FROM calendar_feeds WHERE user_id = $1 AND revoked_at IS NULL`, [s.founder.id]);
      for (const revoked of await query(`SELECT id FROM calendar_feeds WHERE user_id = $1 AND revoked_at IS NOT NULL`, [s.founder.id])) {
        expect(active.id > revoked.id).toBe(true);
      }
      const tokenOf = (url: string) => path(url).replace(/^.*\/calendar\//, '').replace(/\.ics$/, '');
      const hash = (token: string) => createHash('sha256').update(token).digest('hex');
      const [winner, loser] = hash(tokenOf(first.body.url)) === active.token_hash ? [first, second] : [second, first];
      expect(hash(tokenOf(winner.body.url))).toBe(active.token_hash);
      expect((await system.http.get(path(winner.body.url))).status).toBe(200);
      expectProblem(await system.http.get(path(loser.body.url)), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(path(original.body.url)), 404, 'NOT_FOUND');
    });

    it("shows a withdrawn enrolment's past-due milestone as not overdue in the grid, an active one's as overdue", async () => {
      const { org, owner, cohortId, columnId, s, e } = gridCtx;
      const withdrawn = await system.http.post(`${orgUrl(org)}/enrolments/${e[1].id}/withdraw`, { reason: 'Left' }, owner.token);
      expect(withdrawn.status).toBe(200);
      await travel('2031-04-21T16:00:00Z'); // 00:00 on 22 April, after the due date
      const grid = await system.http.get(`${orgUrl(org)}/cohorts/${cohortId}/grid`, owner.token);
      expect(grid.status).toBe(200);
      const cell = (startupId: string) => grid.body.rows.find((r: any) => r.enrolment.startupId === startupId).cells[columnId];
      expect(cell(s[0].id)).toMatchObject({ status: 'pending', dueOn: '2031-04-21', overdue: true });
      expect(cell(s[1].id)).toMatchObject({ status: 'pending', dueOn: '2031-04-21', overdue: false });
      // Both copies are past due and open in the database; only the enrolment differs.
      const rows = await query(`SELECT e.status AS enrolment, m.status, m.due_at FROM milestones m JOIN enrolments e ON e.id = m.enrolment_id WHERE m.cohort_milestone_id = $1 ORDER BY e.status`, [columnId]);
      expect(rows).toEqual([
        { enrolment: 'active', status: 'pending', due_at: new Date('2031-04-21T16:00:00Z') },
        { enrolment: 'withdrawn', status: 'pending', due_at: new Date('2031-04-21T16:00:00Z') },
      ]);
    });
  });
});
