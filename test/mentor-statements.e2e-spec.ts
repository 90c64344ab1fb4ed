import { randomBytes } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { EventBus, Tenancy } from '@hatchery/core';
import { MentorStatementSweeper, MentorStatementsService } from '@hatchery/mentors';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';
import { WorkerProcess } from './support/worker-process';

/**
 * Monthly mentor statements and success fees on the real stack: the api, the in-process worker and,
 * for the month-end, a second spawned worker, all reading the TestClock. The organization is in
 * Asia/Ulaanbaatar (UTC+8): October ends at 2026-10-31T16:00Z. Mentor A's rate changes on the 15th.
 */
describe('mentor statements: the month-end run, late approvals, success fees, access', () => {
  let system: System;
  const clock = new TestClock('2026-10-20T04:00:00Z'); // 20 October, noon in Ulaanbaatar
  jest.setTimeout(90_000);

  let owner: SignedIn, manager: SignedIn, reviewer: SignedIn, mentorA: SignedIn, mentorB: SignedIn;
  let org: { id: string; slug: string };
  let other: { owner: SignedIn; org: { id: string; slug: string } };
  let s1: { id: string; founder: SignedIn };
  let programmeId: string;
  const profile: Record<string, string> = {};
  const session: Record<string, string> = {};

  const url = (path: string, slug = org.slug) => `/api/v1/organizations/${slug}${path}`;
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  const query = async (sql: string, params: unknown[] = []) => (await system.db.query(sql, params)).rows;
  const inWorker = <T>(work: (statements: MentorStatementsService) => Promise<T>) => system.worker!.get(Tenancy).runInOrganization(org.id, () => work(system.worker!.get(MentorStatementsService)));
  const statementsOf = (month: string) => query(`SELECT id, profile_id FROM mentor_statements WHERE organization_id = $1 AND month = $2::date ORDER BY profile_id`, [org.id, `${month}-01`]);
  const statementId = async (who: string, month: string) => (await statementsOf(month)).find((s) => s.profile_id === profile[who])?.id as string;
  const mails = (email: string) => system.mailbox.messages.filter((m) => m.to.includes(email) && /mentoring statement/.test(m.subject)).length;

  async function logSession(who: SignedIn, sessionOn: string, minutes: number, topic: string): Promise<string> {
    const response = await system.http.post(url('/mentor-sessions'), { startupId: s1.id, sessionOn, minutes, topic }, who.token);
    expect(response.status).toBe(201);
    return response.body.id;
  }
  const approve = (id: string, by = manager) => system.http.post(url(`/mentor-sessions/${id}/approve`), {}, by.token);

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file, RECONCILE_INTERVAL_MS: '300' } });
    owner = await users.create(system);
    org = await organizations.create(system, owner, { timezone: 'Asia/Ulaanbaatar', defaultCurrency: 'USD' });
    [manager, reviewer, mentorA, mentorB] = await Promise.all([addMember(system, org.id, 'manager'), addMember(system, org.id, 'reviewer'), addMember(system, org.id, 'mentor'), addMember(system, org.id, 'mentor')]);
    const programme = await programmes.create(system, owner, org.slug, { name: `Socratus Incubation ${randomBytes(3).toString('hex')}` });
    programmeId = programme.id;
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId, startsOn: '2026-09-01' });
    s1 = await startups.create(system, owner, org);
    await enrol(system, owner, org.slug, cohort.id, [s1.id]);

    for (const [key, who, kind] of [['A', mentorA, 'lead'], ['B', mentorB, 'expert']] as const) {
      const made = await system.http.post(url('/mentor-profiles'), { userId: who.id, kind, tags: [], bio: `Mentor ${key}`, capacity: 3 }, owner.token);
      expect(made.status).toBe(201);
      profile[key] = made.body.id;
    }
    const rate = (who: string, amountMinor: number, effectiveFrom: string) => system.http.post(url(`/mentor-profiles/${profile[who]}/rates`), { rate: { amountMinor, currency: 'USD' }, effectiveFrom }, owner.token);
    expect((await rate('A', 5000, '2026-09-01')).status).toBe(201);
    expect((await rate('A', 6000, '2026-10-15')).status).toBe(201); // the change from the 15th
    expect((await rate('B', 4000, '2026-09-01')).status).toBe(201);
    const fee = (who: string, amountMinor: number, forProgramme?: string) =>
      system.http.post(url(`/mentor-profiles/${profile[who]}/fee-terms`), { amount: { amountMinor, currency: 'USD' }, ...(forProgramme ? { programmeId: forProgramme } : {}) }, owner.token);
    expect((await fee('A', 100_000)).status).toBe(201);
    expect((await fee('A', 200_000, programmeId)).status).toBe(201); // the programme's terms win
    expect((await fee('B', 50_000)).status).toBe(201);
    for (const [who, role] of [['A', 'lead'], ['B', 'expert']]) {
      expect((await system.http.post(url(`/startups/${s1.id}/mentor-assignments`), { mentorProfileId: profile[who], role, startsOn: '2026-09-01' }, owner.token)).status).toBe(201);
    }
    session.a1 = await logSession(mentorA, '2026-10-10', 90, 'Pricing');
    session.a2 = await logSession(mentorA, '2026-10-14', 50, 'Pitch deck');
    session.a3 = await logSession(mentorA, '2026-10-16', 50, 'Hiring'); // after the rate change
    session.late = await logSession(mentorA, '2026-10-18', 45, 'Term sheet'); // approved only in November
    session.b1 = await logSession(mentorB, '2026-10-12', 60, 'Go to market');
    for (const id of [session.a1, session.a2, session.a3, session.b1]) expect((await approve(id)).status).toBe(200);

    const otherOwner = await users.create(system);
    other = { owner: otherOwner, org: await organizations.create(system, otherOwner) };
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  it('issues October once, after local midnight on 1 November, under two workers and a job delivered twice; emails each mentor once', async () => {
    const second = new WorkerProcess({ RECONCILE_INTERVAL_MS: '300' });
    await second.start();
    try {
      // 23:30 on 31 October in Ulaanbaatar: the month has not ended there, whatever the sweeps do.
      clock.set('2026-10-31T15:30:00Z');
      const early = await inWorker((s) => s.issueDue());
      expect(early).toMatchObject({ month: '2026-09', statementsIssued: 0 });
      expect(await statementsOf('2026-10')).toEqual([]);

      clock.set('2026-10-31T16:30:00Z'); // 00:30 on 1 November
      const queue = system.worker!.get(MentorStatementSweeper);
      // The sweeps of both workers run every 300 ms; besides, the same job twice and two direct runs at once.
      await Promise.all([queue.sweep(), queue.sweep(), inWorker((s) => s.issueDue()), inWorker((s) => s.issueDue())]);
      await until('October statements', async () => (await statementsOf('2026-10')).length === 2);
      await until('the emails', async () => mails(mentorA.email) >= 1 && mails(mentorB.email) >= 1);
      expect((await inWorker((s) => s.issueDue())).monthsRun).toEqual([]);
    } finally {
      await second.stop();
    }
    expect(await statementsOf('2026-10')).toHaveLength(2);
    expect(await countRows(system, 'mentor_statement_runs', 'organization_id = $1 AND month = $2', [org.id, '2026-10-01'])).toBe(1);
    expect(await countRows(system, 'mentor_statement_lines', 'organization_id = $1', [org.id])).toBe(4);
    expect(await countRows(system, 'notifications', `organization_id = $1 AND kind = 'mentor.statement-issued'`, [org.id])).toBe(2);
    await until('the emails sent', async () => (await countRows(system, 'notifications', `organization_id = $1 AND kind = 'mentor.statement-issued' AND email_status = 'sent'`, [org.id])) === 2);
    expect(mails(mentorA.email)).toBe(1);
    expect(mails(mentorB.email)).toBe(1);
  });

  it("lists each session at the rate in force on its day, rounded half up, with totals per currency", async () => {
    const a = await system.http.get(url(`/mentor-statements/${await statementId('A', '2026-10')}`), mentorA.token);
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ mentorProfileId: profile.A, month: '2026-10' });
    expect(a.body.lines.map((l: any) => [l.kind, l.occurredOn, l.minutes, l.rate.amountMinor, l.rateEffectiveFrom, l.amount.amountMinor])).toEqual([
      ['session', '2026-10-10', 90, 5000, '2026-09-01', 7500],
      ['session', '2026-10-14', 50, 5000, '2026-09-01', 4167], // 4166.67 → 4167
      ['session', '2026-10-16', 50, 6000, '2026-10-15', 5000],
    ]);
    expect(a.body.totals).toEqual([{ currency: 'USD', sessionsMinor: 16667, adjustmentsMinor: 0, successFeesMinor: 0, totalMinor: 16667, minutes: 190 }]);
    const list = await system.http.get(url('/mentor-statements?month=2026-10'), owner.token);
    expect(list.body.items.map((s: any) => [s.mentorProfileId, s.totals[0].totalMinor]).sort()).toEqual([[profile.A, 16667], [profile.B, 4000]].sort());
  });

  it("locks the month: editing a locked session is 409 SESSION_LOCKED; the statement is frozen even for the table's owner", async () => {
    const edit = await system.http.patch(url(`/mentor-sessions/${session.late}`), { minutes: 60 }, mentorA.token);
    expectProblem(edit, 409, 'SESSION_LOCKED');
    expect((await query(`SELECT minutes FROM mentor_sessions WHERE id = $1`, [session.late]))[0].minutes).toBe(45);
    const paid = await query(`SELECT locked_statement_id FROM mentor_sessions WHERE id = ANY($1::uuid[])`, [[session.a1, session.a2, session.a3]]);
    expect(paid.every((r) => r.locked_statement_id === paid[0].locked_statement_id && r.locked_statement_id)).toBe(true);
    await expect(query(`UPDATE mentor_statement_lines SET amount_minor = 1 WHERE organization_id = $1`, [org.id])).rejects.toThrow(/frozen/);
    await expect(query(`DELETE FROM mentor_statements WHERE organization_id = $1`, [org.id])).rejects.toThrow(/frozen/);
  });

  it('success fee: accrued once per mentor and startup while the outcome flips back and forth; programme terms over general', async () => {
    clock.set('2026-11-05T04:00:00Z');
    const publish = (status: string, previousStatus: string) =>
      system.worker!.get(Tenancy).runInOrganization(org.id, () => system.worker!.get(EventBus).publish('startup.outcome-changed', org.id, { startupId: s1.id, status: status as any, previousStatus: previousStatus as any, reason: 'Demo day', on: '2026-11-05' }));
    await publish('graduated_successful', 'incubating');
    await publish('incubating', 'graduated_successful');
    await publish('exited', 'incubating');
    await until('three deliveries', async () => (await countRows(system, 'event_deliveries', `subscriber = 'mentors.accrue-success-fees'`)) === 3);
    const fees = await query(`SELECT profile_id, amount_minor, currency, outcome_status FROM mentor_success_fees WHERE startup_id = $1 ORDER BY amount_minor DESC`, [s1.id]);
    expect(fees.map(({ outcome_status: _status, ...fee }) => fee)).toEqual([
      { profile_id: profile.A, amount_minor: '200000', currency: 'USD' },
      { profile_id: profile.B, amount_minor: '50000', currency: 'USD' },
    ]);
    // Deliveries run in any order: whichever successful outcome arrived first accrued both fees.
    expect(new Set(fees.map((fee) => fee.outcome_status)).size).toBe(1);
    expect(['graduated_successful', 'exited']).toContain(fees[0].outcome_status);
    expect(await inWorker((s) => s.outcomeChanged(s1.id, 'exited', '2026-11-06'))).toBe(0); // a redelivery
    expect(await countRows(system, 'mentor_success_fees', 'startup_id = $1', [s1.id])).toBe(2);
  });

  it("a late approval goes into November's statement as an adjustment, beside the success fee; October is unchanged", async () => {
    expect((await approve(session.late)).status).toBe(200); // approved after October was issued
    const octoberA = await statementId('A', '2026-10');
    clock.set('2026-11-30T16:30:00Z'); // 00:30 on 1 December in Ulaanbaatar
    await until('November statements', async () => (await statementsOf('2026-11')).length === 2);
    const november = await system.http.get(url(`/mentor-statements/${await statementId('A', '2026-11')}`), owner.token);
    expect(november.body.lines.map((l: any) => [l.kind, l.occurredOn, l.minutes, l.amount.amountMinor])).toEqual([
      ['adjustment', '2026-10-18', 45, 4500], // at the rate in force on the 18th: 60.00 × 45 / 60
      ['success_fee', '2026-11-05', null, 200_000],
    ]);
    expect(november.body.totals).toEqual([{ currency: 'USD', sessionsMinor: 0, adjustmentsMinor: 4500, successFeesMinor: 200_000, totalMinor: 204_500, minutes: 45 }]);
    const october = await system.http.get(url(`/mentor-statements/${octoberA}`), owner.token);
    expect(october.body.lines).toHaveLength(3);
    expect(october.body.totals[0].totalMinor).toBe(16667);
    expectProblem(await approve(session.late), 409, 'SESSION_LOCKED'); // paid: never changes again
  });

  it('access: the mentor reads their own; another mentor 404; founders and reviewers 403; another organization 404', async () => {
    const id = await statementId('A', '2026-10');
    expect((await system.http.get(url(`/mentor-statements/${id}`), mentorA.token)).status).toBe(200);
    expect((await system.http.get(url(`/mentor-statements/${id}`), manager.token)).status).toBe(200);
    expectProblem(await system.http.get(url(`/mentor-statements/${id}`), mentorB.token), 404, 'NOT_FOUND');
    expectProblem(await system.http.get(url(`/mentor-statements/${id}?format=pdf`), mentorB.token), 404, 'NOT_FOUND');
    expectProblem(await system.http.get(url(`/mentor-statements/${id}`), s1.founder.token), 403, 'FORBIDDEN');
    expectProblem(await system.http.get(url(`/mentor-statements/${id}`), reviewer.token), 403, 'FORBIDDEN');
    expectProblem(await system.http.get(url(`/mentor-statements/${id}`, other.org.slug), other.owner.token), 404, 'NOT_FOUND');
    const mine = await system.http.get(url('/mentor-statements'), mentorB.token);
    expect(mine.body.items.every((s: any) => s.mentorProfileId === profile.B)).toBe(true);
    expect(mine.body.items).toHaveLength(2);
    const filtered = await system.http.get(url(`/mentor-statements?mentorProfileId=${profile.A}`), mentorB.token);
    expect(filtered.body.items).toEqual([]);
  });

  it('downloads as CSV and as a PDF', async () => {
    const id = await statementId('A', '2026-10');
    const csv = await system.http.get(url(`/mentor-statements/${id}?format=csv`), mentorA.token);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="mentor-statement-2026-10-/);
    const rows = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('statementId,month,mentor,kind,date,startup,description,minutes,rateMinor,rateEffectiveFrom,currency,amountMinor,amount');
    expect(rows.slice(1).map((r) => r.split(',').slice(-3).join(','))).toEqual(['USD,7500,75.00', 'USD,4167,41.67', 'USD,5000,50.00', 'USD,16667,166.67']);
    const pdf = await system.http.get(url(`/mentor-statements/${id}?format=pdf`), mentorA.token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF')).toBe(true);
  });

  it('staff run a month by hand: idempotent; a month not ended is 409; mentors 403', async () => {
    const before = await countRows(system, 'mentor_statements');
    const again = await system.http.post(url('/mentor-statements/run'), { month: '2026-11' }, owner.token, { 'Idempotency-Key': randomBytes(8).toString('hex') });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ month: '2026-11', monthsRun: [], statementsIssued: 0, statementsInMonth: 2, unpricedSessions: 0 });
    expectProblem(await system.http.post(url('/mentor-statements/run'), { month: '2026-12' }, owner.token), 409, 'MONTH_NOT_ENDED');
    expectProblem(await system.http.post(url('/mentor-statements/run'), { month: '2026-11' }, mentorA.token), 403, 'FORBIDDEN');
    expectProblem(await system.http.post(url('/mentor-statements/run'), { month: '2026-13' }, owner.token), 400, 'VALIDATION_FAILED');
    expect(await countRows(system, 'mentor_statements')).toBe(before);
  });

  it('draws Cyrillic in the PDF: a mentor named in Mongolian gets DejaVu Sans embedded, not Helvetica', async () => {
    const saraa = await users.create(system, { name: 'Сараа Бат' });
    await addMember(system, org.id, 'mentor', saraa);
    const made = await system.http.post(url('/mentor-profiles'), { userId: saraa.id, kind: 'expert', tags: [], bio: 'Санхүү', capacity: 2 }, owner.token);
    expect(made.status).toBe(201);
    expect((await system.http.post(url(`/mentor-profiles/${made.body.id}/rates`), { rate: { amountMinor: 3000, currency: 'USD' }, effectiveFrom: '2026-11-01' }, owner.token)).status).toBe(201);
    expect((await system.http.post(url(`/startups/${s1.id}/mentor-assignments`), { mentorProfileId: made.body.id, role: 'expert', startsOn: '2026-11-01' }, owner.token)).status).toBe(201);
    const sessionId = await logSession(saraa, '2026-12-01', 60, 'Үнийн бодлого'); // the clock: 1 December in Ulaanbaatar
    expect((await approve(sessionId)).status).toBe(200);
    clock.set('2026-12-31T16:30:00Z'); // 00:30 on 1 January
    await until('her December statement', async () => (await statementsOf('2026-12')).some((s) => s.profile_id === made.body.id));
    const id = (await statementsOf('2026-12')).find((s) => s.profile_id === made.body.id)!.id;

    const response = await system.api.getHttpAdapter().getInstance().inject({ method: 'GET', url: url(`/mentor-statements/${id}?format=pdf`), headers: { authorization: `Bearer ${saraa.token}` } });
    expect(response.statusCode).toBe(200);
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/); // embedded (subset) TrueType
    expect(text).not.toMatch(/Helvetica/);
    // The embedded font's ToUnicode map (a compressed stream) maps glyphs back to С (U+0421) and а (U+0430).
    const streams = [...text.matchAll(/stream\r?\n/g)].map((m) => {
      const start = m.index! + m[0].length;
      try {
        return inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1');
      } catch {
        return '';
      }
    });
    const cmap = streams.find((s) => s.includes('beginbfrange')) ?? '';
    expect(cmap).toContain('<0421>');
    expect(cmap).toContain('<0430>');
  });
});
