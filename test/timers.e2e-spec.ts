import { addDays, addMonths, TimerReconciler } from '@hatchery/cohorts';
import Redis from 'ioredis';
import { createWorker } from '../apps/worker/src/bootstrap';
import { momentJob, MomentRow } from '../libs/cohorts/src/moments';
import { dueMomentsQuery, futureMomentsQuery } from '../libs/cohorts/src/timed-effects.sql';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { startSystem, System } from './support/system';
import { openQueues, Queues, quiet } from './support/quiet';
import { TcpProxy } from './support/tcp-proxy';
import { WorkerProcess } from './support/worker-process';

// Generous: spawned workers load TypeScript, and CI runs other suites beside this one on two cores.
jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const REDIS = new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379');

/** Instants in the organizations' timezone (Asia/Ulaanbaatar, UTC+8 all year). */
const local = (date: string, time = '00:00') => new Date(`${date}T${time}:00+08:00`);
const reminderAt = (dueOn: string, offset: number) => local(addDays(dueOn, -offset), '09:00');
const overdueAt = (dueOn: string) => local(addDays(dueOn, 1));
const MINUTE = 60_000;

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await sleep(50);
  }
}

async function failedJobs(queues: Queues): Promise<number> {
  return (await queues.milestones.getFailedCount()) + (await queues.notifications.getFailedCount());
}

interface CohortState {
  status: string;
  current_phase: number | null;
  enrolment_phases: (number | null)[];
  reminders: number;
  reminder_notifications: number;
  overdue: number;
  overdue_events: number;
  escalations: number;
  reviews: number;
  stakes: number;
  stakes_1000: number;
}

async function state(system: System, cohortId: string): Promise<CohortState> {
  const { rows } = await system.db.query(
    `SELECT c.status, c.current_phase,
       (SELECT array_agg(DISTINCT current_phase) FROM enrolments WHERE cohort_id = c.id) AS enrolment_phases,
       (SELECT count(*) FROM milestone_reminders r JOIN milestones m ON m.id = r.milestone_id WHERE m.cohort_id = c.id)::int AS reminders,
       (SELECT count(*) FROM notifications n JOIN milestones m ON m.id::text = n.subject->>'id' WHERE n.kind = 'milestone.reminder' AND m.cohort_id = c.id)::int AS reminder_notifications,
       (SELECT count(*) FROM milestones WHERE cohort_id = c.id AND overdue_marked_at IS NOT NULL)::int AS overdue,
       (SELECT count(*) FROM milestone_events ev JOIN milestones m ON m.id = ev.milestone_id WHERE m.cohort_id = c.id AND ev.kind = 'overdue')::int AS overdue_events,
       (SELECT count(*) FROM notifications WHERE kind = 'milestone.overdue' AND subject->>'id' = c.id::text)::int AS escalations,
       (SELECT count(*) FROM programme_actions a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.cohort_id = c.id AND a.kind = 'graduation_review')::int AS reviews,
       (SELECT count(*) FROM programme_actions a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.cohort_id = c.id AND a.kind = 'equity_stake')::int AS stakes,
       (SELECT count(*) FROM programme_actions a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.cohort_id = c.id AND a.kind = 'equity_stake' AND a.stake_bps = 1000)::int AS stakes_1000
     FROM cohorts c WHERE c.id = $1`,
    [cohortId],
  );
  return rows[0];
}

const phase = (name: string, months: number, milestones: [title: string, offsetDays: number][]) => ({
  name,
  durationValue: months,
  durationUnit: 'months',
  milestones: milestones.map(([title, offsetDays]) => ({ title, offsetDays, evidenceRequired: true })),
});

const PROGRAMMES = {
  MCS: {
    phases: [
      phase('Onboarding and validation', 1, [['Problem validated', 14]]),
      phase('Execution', 2, [['MVP shipped', 45]]),
      phase('Investment', 1, [['Investor deck', 14]]),
      phase('Pitch', 1, [['Demo day pitch', 20]]),
    ],
  },
  Socratus: {
    phases: [phase('Business plan', 2, [['Business plan approved', 30]]), phase('Market entry', 12, [['First paying customers', 90]]), phase('Incubation', 10, [['Growth review', 60]])],
    equityPolicy: { kind: 'fixed_after', bps: 1000, afterMonths: 6 },
  },
  HUB: { phases: [phase('Incubation', 12, [['Quarterly report', 30]])] },
  'IT Park': { phases: [phase('Incubation', 24, [['Product launch', 60]])] },
};

interface World {
  owner: SignedIn;
  manager: SignedIn;
  org: { id: string; slug: string };
  cohort: Awaited<ReturnType<typeof cohorts.create>>;
  founders: SignedIn[];
  enrolmentIds: string[];
}

/** One organization (owner and a manager), one programme, one cohort, `n` startups enrolled. */
async function world(system: System, body: Record<string, unknown>, startsOn: string, n = 1, name?: string, owner?: SignedIn, org?: { id: string; slug: string }): Promise<World> {
  owner ??= await users.create(system);
  org ??= await organizations.create(system, owner);
  const manager = await addMember(system, org.id, 'manager');
  const programme = await programmes.create(system, owner, org.slug, body);
  const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn, ...(name ? { name } : {}) });
  const made = [];
  for (let i = 0; i < n; i++) made.push(await startups.create(system, owner, org));
  const enrolled = await enrol(system, owner, org.slug, cohort.id, made.map((s) => s.id));
  return { owner, manager, org, cohort, founders: made.map((s) => s.founder), enrolmentIds: enrolled.enrolments.map((e) => e.id) };
}

async function milestonesOf(system: System, cohortId: string): Promise<{ id: string; due_on: string; enrolment_id: string }[]> {
  return (await system.db.query(`SELECT id, due_on::text AS due_on, enrolment_id FROM milestones WHERE cohort_id = $1 ORDER BY due_on, id`, [cohortId])).rows;
}

const mailsTo = (system: System, email: string, subject: RegExp) => system.mailbox.messages.filter((m) => m.to.includes(email) && subject.test(m.subject)).length;

async function deleteKeys(prefix: string): Promise<number> {
  const redis = new Redis(REDIS.toString());
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  return keys.length;
}

describe('timers: moments through time, at most once', () => {
  let system: System;
  let queues: Queues;
  const clock = new TestClock('2026-03-01T00:00:00Z');
  const reconcile = () => system.worker!.get(TimerReconciler).reconcile();
  const restartWorker = async () => {
    const worker = await createWorker({ logs: false });
    await worker.init();
    system.worker = worker;
  };

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file } });
    queues = openQueues(system);
  });
  afterAll(async () => {
    await queues?.milestones.close();
    await queues?.notifications.close();
    await queues?.events.close();
    await system?.close();
    clock.remove();
  });

  it('moves the four reference programmes through their calendars: every effect once, at its moment', async () => {
    const owner = await users.create(system);
    const org = await organizations.create(system, owner);
    const startsOn = '2026-03-02';
    const worlds: Record<string, World> = {};
    for (const [key, body] of Object.entries(PROGRAMMES)) worlds[key] = await world(system, body, startsOn, 1, `${key} spring 2026`, owner, org);
    await quiet(system, queues);
    expect(worlds.Socratus.cohort.phases.map((p) => [p.startsOn, p.endsOn])).toEqual([
      ['2026-03-02', '2026-05-01'],
      ['2026-05-02', '2027-05-01'],
      ['2027-05-02', '2028-03-01'],
    ]);

    // The calendar, worked out here from dates (not from the product's SQL).
    type Plan = { phases: Date[]; completes: Date; reminders: Date[]; overdues: Date[]; stake?: Date; milestones: number };
    const plans: Record<string, Plan> = {};
    for (const [key, w] of Object.entries(worlds)) {
      const dues = w.cohort.milestones.map((m) => m.dueOn);
      plans[key] = {
        phases: w.cohort.phases.map((p) => local(p.startsOn)),
        completes: local(addDays(w.cohort.endsOn, 1)),
        reminders: dues.flatMap((d) => [reminderAt(d, 7), reminderAt(d, 1)]),
        overdues: dues.map(overdueAt),
        stake: key === 'Socratus' ? local(addMonths(startsOn, 6)) : undefined,
        milestones: dues.length,
      };
    }
    expect(plans.MCS.completes.toISOString()).toBe(local('2026-08-02').toISOString());
    expect(plans.HUB.completes.toISOString()).toBe(local('2027-03-02').toISOString());
    expect(plans['IT Park'].completes.toISOString()).toBe(local('2028-03-02').toISOString());
    expect(plans.Socratus.completes.toISOString()).toBe(local('2028-03-02').toISOString());
    expect(plans.Socratus.stake!.toISOString()).toBe(local('2026-09-02').toISOString());

    const instants = [...new Set(Object.values(plans).flatMap((p) => [...p.phases, p.completes, ...p.reminders, ...p.overdues, ...(p.stake ? [p.stake] : [])].map((d) => d.getTime())))].sort((a, b) => a - b);
    expect(instants.length).toBeGreaterThan(30);

    const upTo = (dates: Date[], t: number) => dates.filter((d) => d.getTime() <= t).length;
    for (const t of instants) {
      clock.set(new Date(t));
      await reconcile();
      await quiet(system, queues);
      for (const [key, w] of Object.entries(worlds)) {
        const plan = plans[key];
        const at = `${key} at ${new Date(t).toISOString()}`;
        const phaseNow = upTo(plan.phases, t) - 1;
        const completed = plan.completes.getTime() <= t;
        const s = await state(system, w.cohort.id);
        const expected = {
          status: completed ? 'completed' : phaseNow >= 0 ? 'running' : 'planned',
          current_phase: phaseNow >= 0 ? phaseNow : null,
          enrolment_phases: [phaseNow >= 0 ? phaseNow : null],
          reminders: upTo(plan.reminders, t),
          reminder_notifications: upTo(plan.reminders, t),
          overdue: upTo(plan.overdues, t),
          overdue_events: upTo(plan.overdues, t),
          // one escalation per overdue moment, to the owner and to the cohort's manager(s)
          escalations: upTo(plan.overdues, t) * 5,
          reviews: completed ? 1 : 0,
          stakes: plan.stake && plan.stake.getTime() <= t ? 1 : 0,
          stakes_1000: plan.stake && plan.stake.getTime() <= t ? 1 : 0,
        };
        expect({ at, ...s }).toEqual({ at, ...expected });
        const name = w.cohort.name as string;
        expect({ at, reminderMails: mailsTo(system, w.founders[0].email, /^Reminder: /) }).toEqual({ at, reminderMails: expected.reminders });
        expect({ at, escalationMails: mailsTo(system, w.manager.email, new RegExp(`overdue in ${name}$`)) }).toEqual({ at, escalationMails: expected.overdue });
        expect({ at, reviewMails: mailsTo(system, owner.email, new RegExp(`^Graduation review: incubation ended in ${name}$`)) }).toEqual({ at, reviewMails: expected.reviews });
        expect({ at, stakeMails: mailsTo(system, owner.email, new RegExp(`^Equity stake due in ${name}$`)) }).toEqual({ at, stakeMails: expected.stakes });
      }
    }
    // The owner saw every escalation of the four cohorts, once each.
    const overdueTotal = Object.values(plans).reduce((n, p) => n + p.overdues.length, 0);
    expect(mailsTo(system, owner.email, /overdue in /)).toBe(overdueTotal);
    // Every reminder went out at 09:00 local before its due date, 7 and 1 days ahead: 2 per milestone.
    for (const [key, w] of Object.entries(worlds)) {
      const { rows } = await system.db.query(
        `SELECT r.offset_days, count(*)::int AS n FROM milestone_reminders r JOIN milestones m ON m.id = r.milestone_id WHERE m.cohort_id = $1 GROUP BY 1 ORDER BY 1`,
        [w.cohort.id],
      );
      expect({ key, rows }).toEqual({ key, rows: [{ offset_days: 1, n: plans[key].milestones }, { offset_days: 7, n: plans[key].milestones }] });
    }
    expect(await failedJobs(queues)).toBe(0);
  }, 180_000);

  it('a moment job delivered twice (or three times) has its effect once', async () => {
    clock.set('2029-01-01T00:00:00Z');
    const w = await world(system, { phases: [phase('Sprint', 1, [['Prototype', 20]])] }, '2029-01-02');
    await quiet(system, queues);
    const [milestone] = await milestonesOf(system, w.cohort.id);
    const base = { organizationId: w.org.id, cohortId: w.cohort.id };
    const r7 = reminderAt(milestone.due_on, 7);

    clock.set(new Date(r7.getTime() + MINUTE));
    await queues.milestones.addBulk(['a', 'b', 'c'].map((s) => ({ name: 'milestone.remind', data: { ...base, at: r7.toISOString(), offsetDays: 7 }, opts: { jobId: `dup-remind-${s}` } })));
    await quiet(system, queues);
    await queues.milestones.add('milestone.remind', { ...base, at: r7.toISOString(), offsetDays: 7 }, { jobId: 'dup-remind-late' });
    await quiet(system, queues);
    let s = await state(system, w.cohort.id);
    expect(s.reminders).toBe(1);
    expect(s.reminder_notifications).toBe(1);
    expect(mailsTo(system, w.founders[0].email, /^Reminder: /)).toBe(1);

    const due = overdueAt(milestone.due_on);
    clock.set(new Date(due.getTime() + MINUTE));
    const dueAt = (await system.db.query(`SELECT due_at FROM milestones WHERE id = $1`, [milestone.id])).rows[0].due_at as Date;
    expect(dueAt.toISOString()).toBe(due.toISOString());
    await queues.milestones.addBulk(
      ['a', 'b', 'c'].flatMap((s) => [
        { name: 'milestone.mark-overdue', data: { ...base, at: due.toISOString() }, opts: { jobId: `dup-overdue-${s}` } },
        { name: 'cohort.advance', data: { ...base, at: local('2029-01-02').toISOString() }, opts: { jobId: `dup-advance-${s}` } },
      ]),
    );
    await quiet(system, queues);
    s = await state(system, w.cohort.id);
    expect(s).toMatchObject({ overdue: 1, overdue_events: 1, escalations: 2, status: 'running', current_phase: 0 });
    expect(mailsTo(system, w.owner.email, /overdue in /)).toBe(1);
    expect(mailsTo(system, w.manager.email, /overdue in /)).toBe(1);

    // A graduation review delivered three times opens once.
    const ends = local(addDays(w.cohort.endsOn, 1));
    clock.set(new Date(ends.getTime() + MINUTE));
    await queues.milestones.addBulk(['a', 'b', 'c'].map((s) => ({ name: 'enrolment.scheduled-action', data: { ...base, at: ends.toISOString(), kind: 'graduation_review' }, opts: { jobId: `dup-review-${s}` } })));
    await quiet(system, queues);
    expect((await state(system, w.cohort.id)).reviews).toBe(1);
    expect(mailsTo(system, w.owner.email, /^Graduation review: /)).toBe(1);
    expect(await failedJobs(queues)).toBe(0);
  });

  it('rescheduling a milestone moves its reminders and overdue mark: the old moments pass with no effect', async () => {
    clock.set('2030-01-01T00:00:00Z');
    const w = await world(system, { phases: [phase('Sprint', 1, [['Prototype', 20]])] }, '2030-01-02');
    await quiet(system, queues);
    const [milestone] = await milestonesOf(system, w.cohort.id);
    const oldDue = milestone.due_on;
    const newDue = addDays(oldDue, 5);
    const patched = await system.http.patch(`/api/v1/organizations/${w.org.slug}/milestones/${milestone.id}`, { dueOn: newDue }, w.owner.token);
    expect(patched.status).toBe(200);
    await quiet(system, queues);

    const delayed = await queues.milestones.getDelayed();
    const oldJob = (name: string, at: Date) => delayed.find((j) => j.name === name && j.data.cohortId === w.cohort.id && j.data.at === at.toISOString());
    const oldR7 = oldJob('milestone.remind', reminderAt(oldDue, 7));
    const oldR1 = oldJob('milestone.remind', reminderAt(oldDue, 1));
    const oldOverdue = oldJob('milestone.mark-overdue', overdueAt(oldDue));
    expect([oldR7, oldR1, oldOverdue].every(Boolean)).toBe(true);
    expect(oldJob('milestone.remind', reminderAt(newDue, 7))).toBeDefined();
    expect(oldJob('milestone.mark-overdue', overdueAt(newDue))).toBeDefined();

    const step = async (at: Date, fire?: { promote(): Promise<void> }) => {
      clock.set(new Date(at.getTime() + MINUTE));
      await reconcile();
      await fire?.promote(); // the stale delayed job comes due too
      await quiet(system, queues);
      return state(system, w.cohort.id);
    };
    const founder = w.founders[0].email;
    expect((await step(reminderAt(oldDue, 7), oldR7)).reminders).toBe(0);
    expect(mailsTo(system, founder, /^Reminder: /)).toBe(0);
    expect((await step(reminderAt(newDue, 7))).reminders).toBe(1);
    expect(system.mailbox.messages.filter((m) => m.to.includes(founder) && m.subject === `Reminder: "Prototype" is due on ${newDue}`)).toHaveLength(1);
    expect((await step(reminderAt(oldDue, 1), oldR1)).reminders).toBe(1);
    expect(await step(overdueAt(oldDue), oldOverdue)).toMatchObject({ reminders: 1, overdue: 0, overdue_events: 0, escalations: 0 });
    expect((await step(reminderAt(newDue, 1))).reminders).toBe(2);
    expect(await step(overdueAt(newDue))).toMatchObject({ reminders: 2, overdue: 1, overdue_events: 1, escalations: 2 });
    expect(mailsTo(system, founder, /^Reminder: /)).toBe(2);
    expect(mailsTo(system, w.owner.email, /overdue in /)).toBe(1);
    const marked = (await system.db.query(`SELECT overdue_marked_at FROM milestones WHERE id = $1`, [milestone.id])).rows[0].overdue_marked_at as Date;
    expect(marked.getTime()).toBeGreaterThanOrEqual(overdueAt(newDue).getTime());
  });

  it('after its Redis keys are wiped and the worker restarts, every future moment job is back, none twice', async () => {
    clock.set('2031-01-01T00:00:00Z');
    const w = await world(system, PROGRAMMES.MCS, '2031-01-02', 2);
    await quiet(system, queues);
    clock.set(local('2031-01-02', '12:00')); // the first phase has started
    await reconcile();
    await quiet(system, queues);
    expect((await state(system, w.cohort.id)).status).toBe('running');

    await system.worker!.close();
    expect(await deleteKeys(system.redisPrefix)).toBeGreaterThan(0);
    expect(await queues.milestones.getDelayedCount()).toBe(0);
    await restartWorker();

    const now = clock.now();
    const future: MomentRow[] = (await system.db.query(futureMomentsQuery({ now, cohortId: null }))).rows;
    const due: MomentRow[] = (await system.db.query(dueMomentsQuery({ now, cohortId: null }))).rows;
    expect(due).toEqual([]);
    const expected = future.map((row) => momentJob(row, now, null).jobId).sort();
    expect(new Set(expected).size).toBe(expected.length);
    expect(expected.filter((id) => id.includes(w.cohort.id)).length).toBe(4 * 3 + 3 + 1 + 1); // 4 milestones × (2 reminders + overdue), 3 phases ahead, end, review

    await eventually(async () => (await queues.milestones.getDelayedCount()) >= expected.length, 'delayed jobs re-created');
    await reconcile(); // a second pass adds nothing
    await quiet(system, queues);
    const delayed = await queues.milestones.getDelayed(0, -1);
    const ids = delayed.map((j) => j.id!).sort();
    expect(ids).toEqual(expected);
    const moments = delayed.map((j) => `${j.name}|${j.data.cohortId}|${j.data.at}|${j.data.offsetDays ?? ''}|${j.data.kind ?? ''}`);
    expect(new Set(moments).size).toBe(moments.length);
    // Each one is due when its moment comes (delay measured from the shared clock).
    for (const job of delayed) expect(Math.abs(job.delay - (Date.parse(job.data.at) - now.getTime()))).toBeLessThan(5_000);
  });

  it('a worker stopped for a day catches up what fell due, once: reminders only before the due date, overdue always', async () => {
    clock.set('2032-01-01T00:00:00Z');
    const w = await world(system, { phases: [phase('Sprint', 1, [['Prototype', 20]])] }, '2032-01-02', 2);
    await quiet(system, queues);
    const [{ due_on: dueOn }] = await milestonesOf(system, w.cohort.id);
    const founder = w.founders[0].email;

    // Down from 08:00 on the day of the 7-day reminder to 08:00 the next day.
    clock.set(local(addDays(dueOn, -7), '08:00'));
    await reconcile();
    await quiet(system, queues);
    expect((await state(system, w.cohort.id)).reminders).toBe(0);
    await system.worker!.close();
    clock.advanceDays(1);
    await restartWorker(); // reconciles on start
    await eventually(async () => (await state(system, w.cohort.id)).reminders === 2, '7-day reminders caught up');
    await reconcile();
    await quiet(system, queues);
    expect(await state(system, w.cohort.id)).toMatchObject({ reminders: 2, reminder_notifications: 2, overdue: 0 });
    expect(mailsTo(system, founder, /^Reminder: /)).toBe(1);

    // Down from 08:00 the day before it is due (before the 1-day reminder) to 08:00 the day after.
    clock.set(local(addDays(dueOn, -1), '08:00'));
    await reconcile();
    await quiet(system, queues);
    await system.worker!.close();
    clock.set(local(addDays(dueOn, 1), '08:00'));
    await restartWorker();
    await eventually(async () => (await state(system, w.cohort.id)).overdue === 2, 'overdue marks caught up');
    await reconcile();
    await quiet(system, queues);
    await sleep(300);
    await reconcile();
    await quiet(system, queues);
    // The 1-day reminder fell due while the worker was down and its milestone is now past due: not sent.
    expect(await state(system, w.cohort.id)).toMatchObject({ reminders: 2, reminder_notifications: 2, overdue: 2, overdue_events: 2, escalations: 2 });
    expect(mailsTo(system, founder, /^Reminder: /)).toBe(1);
    expect(mailsTo(system, w.owner.email, /overdue in /)).toBe(1);
    expect(mailsTo(system, w.manager.email, /overdue in /)).toBe(1);
    expect(await failedJobs(queues)).toBe(0);
  });

  it('two workers (in-process and spawned) past several due moments: no effect twice', async () => {
    clock.set('2033-01-01T00:00:00Z');
    const w = await world(system, { phases: [phase('Sprint', 1, [['Interviews', 10], ['Prototype', 12], ['Pilot', 14]])] }, '2033-01-02', 4);
    await quiet(system, queues);
    const other = new WorkerProcess();
    await other.start();
    try {
      // Day 13, 10:00: two milestones are overdue (their reminders are no longer sent); the third's
      // 7-day and 1-day reminders have both passed, and only the nearer one (09:00 today) is sent.
      clock.set(local(addDays('2033-01-02', 13), '10:00'));
      const now = clock.now();
      const due: MomentRow[] = (await system.db.query(dueMomentsQuery({ now, cohortId: w.cohort.id }))).rows;
      expect(due.map((r) => r.job).sort()).toEqual(['cohort.advance', 'milestone.mark-overdue', 'milestone.mark-overdue', 'milestone.remind']);
      expect(due.find((r) => r.job === 'milestone.remind')!.offset_days).toBe(1);
      // Each due moment also delivered under three more ids, so both workers run the same effect at once.
      await queues.milestones.addBulk(
        due.flatMap((row) => ['x', 'y', 'z'].map((s) => {
          const job = momentJob(row, now, `t${s}`);
          return { name: job.name, data: job.data, opts: { jobId: `${job.jobId}-${s}` } };
        })),
      );
      await Promise.all([reconcile(), reconcile()]);
      await eventually(async () => (await state(system, w.cohort.id)).overdue === 8, 'overdue marks');
      await sleep(1_000); // several reconcile rounds of the spawned worker
      await quiet(system, queues);
      expect(await state(system, w.cohort.id)).toEqual({
        status: 'running',
        current_phase: 0,
        enrolment_phases: [0],
        reminders: 4, // 4 startups × the third milestone × the 1-day offset
        reminder_notifications: 4,
        overdue: 8,
        overdue_events: 8,
        escalations: 4, // 2 overdue moments × (owner + manager)
        reviews: 0,
        stakes: 0,
        stakes_1000: 0,
      });
      for (const founder of w.founders) expect(mailsTo(system, founder.email, /^Reminder: /)).toBe(1);
      expect(mailsTo(system, w.owner.email, /overdue in /)).toBe(2);
      expect(mailsTo(system, w.manager.email, /overdue in /)).toBe(2);
      expect(await failedJobs(queues)).toBe(0);
      expect(other.child!.exitCode).toBeNull();
    } finally {
      await other.stop();
    }
  });

  it('the worker outlives a Postgres restart: after the cut, moments still take effect', async () => {
    clock.set('2034-01-01T00:00:00Z');
    await system.worker!.close(); // only the spawned worker, behind the proxy, runs jobs now
    system.worker = undefined;
    const proxy = new TcpProxy(5432);
    await proxy.start();
    const viaProxy = (url: string) => {
      const u = new URL(url);
      u.port = String(proxy.port);
      return u.toString();
    };
    const worker = new WorkerProcess({ DATABASE_URL: viaProxy(system.urls.app), DATABASE_SYSTEM_URL: viaProxy(system.urls.system), DATABASE_ADMIN_URL: viaProxy(system.urls.owner) });
    try {
      await worker.start();
      const w = await world(system, { phases: [phase('Sprint', 1, [['Prototype', 20]])] }, '2034-01-02');
      await quiet(system, queues);
      const [{ due_on: dueOn }] = await milestonesOf(system, w.cohort.id);

      await proxy.stop(); // Postgres is gone for the worker
      await sleep(1_500);
      await proxy.start();
      clock.set(new Date(reminderAt(dueOn, 7).getTime() + MINUTE));
      await system.mailbox.waitFor(w.founders[0].email, 60_000);
      await quiet(system, queues);
      expect(await state(system, w.cohort.id)).toMatchObject({ reminders: 1, status: 'running', current_phase: 0 });

      await proxy.stop(); // and once more, with the clock moving while it is down
      clock.set(new Date(overdueAt(dueOn).getTime() + MINUTE));
      await sleep(1_500);
      await proxy.start();
      await eventually(async () => (await state(system, w.cohort.id)).escalations === 2, 'overdue escalated after the restart');
      await quiet(system, queues);
      await sleep(700);
      expect(await state(system, w.cohort.id)).toMatchObject({ reminders: 1, overdue: 1, overdue_events: 1, escalations: 2 });
      expect(mailsTo(system, w.founders[0].email, /^Reminder: /)).toBe(1);
      expect(mailsTo(system, w.owner.email, /overdue in /)).toBe(1);
      expect(worker.child!.exitCode).toBeNull();
    } finally {
      await worker.stop();
      await proxy.stop();
    }
  });
});

describe('timers: a worker killed while it sends an email', () => {
  let system: System;
  const clock = new TestClock('2035-01-01T00:00:00Z');

  beforeAll(async () => {
    system = await startSystem({ smtpReplyDelayMs: 3000, env: { CLOCK_FILE: clock.file } });
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  it('SIGKILL mid-send: the notification ends sent, the overdue mark and its event happened once', async () => {
    const owner = await users.create(system);
    const org = await organizations.create(system, owner);
    const programme = await programmes.create(system, owner, org.slug, { phases: [phase('Sprint', 1, [['Prototype', 20]])] });
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: '2035-01-02' });
    const startup = await startups.create(system, owner, org);
    await enrol(system, owner, org.slug, cohort.id, [startup.id]);

    let worker = new WorkerProcess({ JOB_LOCK_MS: '2000' });
    await worker.start();
    const [{ id: milestoneId, due_on: dueOn }] = await milestonesOf(system, cohort.id);
    try {
      await eventually(async () => (await system.db.query(`SELECT 1 FROM outbox_messages WHERE relayed_at IS NULL`)).rowCount === 0, 'schedule relayed');
      clock.set(new Date(overdueAt(dueOn).getTime() + 60 * MINUTE));
      await system.mailbox.waitFor(owner.email, 30_000); // the message is in; the server holds its reply 3 s
      const kill = await worker.stop('SIGKILL');
      expect(kill.signal).toBe('SIGKILL');
      const during = await system.db.query(`SELECT id, email_status FROM notifications WHERE kind = 'milestone.overdue' AND user_id = $1`, [owner.id]);
      expect(during.rows).toHaveLength(1);
      expect(during.rows[0].email_status).toBe('pending'); // killed before the commit

      worker = new WorkerProcess({ JOB_LOCK_MS: '2000' });
      await worker.start();
      await eventually(
        async () => (await system.db.query(`SELECT email_status FROM notifications WHERE id = $1`, [during.rows[0].id])).rows[0].email_status === 'sent',
        'the notification is sent after the restart',
        20_000,
      );
      await sleep(500);
      const s = await state(system, cohort.id);
      expect(s).toMatchObject({ overdue: 1, overdue_events: 1, escalations: 1 });
      const marked = await system.db.query(`SELECT overdue_marked_at FROM milestones WHERE id = $1`, [milestoneId]);
      expect(marked.rows[0].overdue_marked_at).not.toBeNull();
      // The first copy reached the server before the kill and the retry sends it again (SMTP has no
      // two-phase commit), under the same Message-ID, which mail clients show once.
      const copies = system.mailbox.messages.filter((m) => m.to.includes(owner.email) && /overdue in /.test(m.subject));
      expect(copies.length).toBeGreaterThanOrEqual(1);
      expect(copies.length).toBeLessThanOrEqual(2);
      expect(new Set(copies.map((m) => m.messageId))).toEqual(new Set([`<notification.${during.rows[0].id}@localhost>`]));
    } finally {
      await worker.stop();
    }
  }, 180_000);
});
