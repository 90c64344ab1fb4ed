import type { PoolClient } from 'pg';
import type { MomentRow } from '../libs/cohorts/src/moments';
import {
  dueEnrolmentsQuery,
  dueMomentsQuery,
  enrolmentsToPhaseQuery,
  futureMomentsQuery,
  markOverdueQuery,
  openActionsQuery,
  overdueEventsQuery,
  remindQuery,
  SqlQuery,
} from '../libs/cohorts/src/timed-effects.sql';
import { newId } from '../libs/core/src/ids';
import { cohorts, enrol, startups } from './factories/cohorts';
import { organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { users } from './factories/users';
import { startSystem, System } from './support/system';

/**
 * Each named query of the timed effects (libs/cohorts/src/timed-effects.sql.ts) and the local-day
 * functions it uses (migration AddLocalDayFunctions), against a real database, with rows around
 * the edges: Europe/Berlin across its DST change (2027-03-28, 02:00 CET → 03:00 CEST) and
 * Asia/Ulaanbaatar (UTC+8 all year), a moment exactly now vs one second later, approved, dropped
 * and withdrawn rows left out. Every test that writes runs in a transaction rolled back after it.
 */

const instant = (iso: string) => new Date(iso);
const SECOND = 1000;
const before = (at: Date, ms = SECOND) => new Date(at.getTime() - ms);

/** Berlin: midnight starting 28 March is 23:00Z on the 27th (CET, +1); from the 29th on, +2. */
const BERLIN = {
  /** Due on 27 March (the day before the change): overdue from 28 March 00:00 CET. */
  a: { dueOn: '2027-03-27', dueAt: instant('2027-03-27T23:00:00Z'), remind7: instant('2027-03-20T08:00:00Z'), remind1: instant('2027-03-26T08:00:00Z') },
  /** Due on the day of the change: overdue from 29 March 00:00 CEST; its 1-day reminder is 09:00 CET on the 27th. */
  b: { dueOn: '2027-03-28', dueAt: instant('2027-03-28T22:00:00Z'), remind7: instant('2027-03-21T08:00:00Z'), remind1: instant('2027-03-27T08:00:00Z') },
  /** Due the day after: its 1-day reminder is 09:00 CEST on the change day itself. */
  c: { dueOn: '2027-03-29', dueAt: instant('2027-03-29T22:00:00Z'), remind7: instant('2027-03-22T08:00:00Z'), remind1: instant('2027-03-28T07:00:00Z') },
};
/** Ulaanbaatar: no DST; due on 28 March, overdue from 29 March 00:00 +08. */
const UB = { dueOn: '2027-03-28', dueAt: instant('2027-03-28T16:00:00Z'), remind7: instant('2027-03-21T01:00:00Z'), remind1: instant('2027-03-27T01:00:00Z') };

interface Fixture {
  organizationId: string;
  cohortId: string;
  endsAt: Date;
  /** Enrolment and milestone ids by name. */
  enrolments: Record<string, { id: string; startupId: string }>;
  milestones: Record<string, string>;
}

describe('timed effects: the named queries and the local-day functions', () => {
  let system: System;
  let berlin: Fixture;
  let ub: Fixture;

  /** A cohort in `timezone` with one enrolment (one milestone each) per name, milestones due as given. */
  async function fixture(timezone: string, dues: Record<string, { dueOn: string; dueAt: Date }>): Promise<Fixture> {
    const owner = await users.create(system);
    const org = await organizations.create(system, owner, { timezone });
    const programme = await programmes.create(system, owner, org.slug, {
      phases: [{ name: 'Incubation', durationValue: 12, durationUnit: 'months', milestones: [{ title: 'Quarterly report', offsetDays: 30, evidenceRequired: true }] }],
    });
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: '2027-01-04', reminderOffsetsDays: [7, 1] });
    const names = Object.keys(dues);
    const made: { id: string }[] = [];
    for (let i = 0; i < names.length; i++) made.push(await startups.create(system, owner, org));
    const enrolled = await enrol(system, owner, org.slug, cohort.id, made.map((s) => s.id));
    const result: Fixture = { organizationId: org.id, cohortId: cohort.id, endsAt: new Date(0), enrolments: {}, milestones: {} };
    for (const [i, name] of names.entries()) {
      const enrolment = enrolled.enrolments.find((e) => e.startupId === made[i].id)!;
      result.enrolments[name] = { id: enrolment.id, startupId: made[i].id };
      const { rows } = await system.db.query<{ id: string }>(
        `UPDATE milestones SET due_on = $2, due_at = $3 WHERE enrolment_id = $1 RETURNING id`,
        [enrolment.id, dues[name].dueOn, dues[name].dueAt],
      );
      result.milestones[name] = rows[0].id;
    }
    result.endsAt = (await system.db.query<{ ends_at: Date }>(`SELECT ends_at FROM cohorts WHERE id = $1`, [cohort.id])).rows[0].ends_at;
    return result;
  }

  /** Runs `body` in a transaction that is rolled back, so every test starts from the fixtures. */
  async function rolledBack<T>(body: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await system.db.connect();
    try {
      await client.query('BEGIN');
      return await body(client);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }

  const rows = async <R>(client: PoolClient | System['db'], query: SqlQuery<R>) => (await client.query(query.text, query.values)).rows as R[];

  /** The milestone moments of a cohort, as `job offset at` strings, sorted. */
  const milestoneMoments = (moments: MomentRow[], cohortId: string) =>
    moments
      .filter((m) => m.cohort_id === cohortId && m.job.startsWith('milestone.'))
      .map((m) => `${m.job} ${m.offset_days} ${m.at.toISOString()}`)
      .sort();

  beforeAll(async () => {
    system = await startSystem();
    berlin = await fixture('Europe/Berlin', {
      a: BERLIN.a,
      b: BERLIN.b,
      c: BERLIN.c,
      approved: BERLIN.a,
      dropped: BERLIN.a,
      withdrawn: BERLIN.a,
    });
    await system.db.query(`UPDATE milestones SET status = 'approved' WHERE id = $1`, [berlin.milestones.approved]);
    await system.db.query(`UPDATE milestones SET dropped_at = now() WHERE id = $1`, [berlin.milestones.dropped]);
    await system.db.query(`UPDATE enrolments SET status = 'withdrawn', ended_at = now() WHERE id = $1`, [berlin.enrolments.withdrawn.id]);
    ub = await fixture('Asia/Ulaanbaatar', { a: UB });
  });

  afterAll(async () => {
    await system?.close();
  });

  describe('the local-day functions', () => {
    const one = async <T>(sql: string, values: unknown[]) => (await system.db.query<{ v: T }>(`SELECT ${sql} AS v`, values)).rows[0].v;
    const midnightAfter = (d: string, tz: string) => one<Date>('local_midnight_after($1::date, $2)', [d, tz]).then((v) => v.toISOString());

    it('local_midnight_after: the instant the next local day begins, across Berlin\'s DST change', async () => {
      expect(await midnightAfter('2027-03-26', 'Europe/Berlin')).toBe('2027-03-26T23:00:00.000Z');
      expect(await midnightAfter('2027-03-27', 'Europe/Berlin')).toBe('2027-03-27T23:00:00.000Z'); // 28 March 00:00 CET
      expect(await midnightAfter('2027-03-28', 'Europe/Berlin')).toBe('2027-03-28T22:00:00.000Z'); // 29 March 00:00 CEST: the 28th had 23 hours
      expect(await midnightAfter('2027-10-30', 'Europe/Berlin')).toBe('2027-10-30T22:00:00.000Z');
      expect(await midnightAfter('2027-10-31', 'Europe/Berlin')).toBe('2027-10-31T23:00:00.000Z'); // the 31st of October had 25 hours
    });

    it('local_midnight_after: Ulaanbaatar has no DST, +08:00 all year', async () => {
      expect(await midnightAfter('2027-03-27', 'Asia/Ulaanbaatar')).toBe('2027-03-27T16:00:00.000Z');
      expect(await midnightAfter('2027-03-28', 'Asia/Ulaanbaatar')).toBe('2027-03-28T16:00:00.000Z');
      expect(await midnightAfter('2027-10-31', 'Asia/Ulaanbaatar')).toBe('2027-10-31T16:00:00.000Z');
    });

    it('local_midnight_after: the end of a month (February, leap year or not) and 31 December', async () => {
      expect(await midnightAfter('2027-02-28', 'Asia/Ulaanbaatar')).toBe('2027-02-28T16:00:00.000Z'); // 1 March
      expect(await midnightAfter('2028-02-28', 'Asia/Ulaanbaatar')).toBe('2028-02-28T16:00:00.000Z'); // 29 February
      expect(await midnightAfter('2028-02-29', 'Europe/Berlin')).toBe('2028-02-29T23:00:00.000Z'); // 1 March
      expect(await midnightAfter('2027-04-30', 'Europe/Berlin')).toBe('2027-04-30T22:00:00.000Z');
      expect(await midnightAfter('2027-12-31', 'Europe/Berlin')).toBe('2027-12-31T23:00:00.000Z'); // 1 January 2028
      expect(await midnightAfter('2027-12-31', 'Asia/Ulaanbaatar')).toBe('2027-12-31T16:00:00.000Z');
      // Read back as a local date, it is always the next day.
      const next = (d: string, tz: string) => one<string>('local_date(local_midnight_after($1::date, $2), $2)::text', [d, tz]);
      expect(await next('2027-12-31', 'Europe/Berlin')).toBe('2028-01-01');
      expect(await next('2028-02-28', 'Asia/Ulaanbaatar')).toBe('2028-02-29');
      expect(await next('2027-03-28', 'Europe/Berlin')).toBe('2027-03-29');
    });

    it('local_midnight, local_time_on and local_date', async () => {
      expect((await one<Date>('local_midnight($1::date, $2)', ['2027-03-28', 'Europe/Berlin'])).toISOString()).toBe('2027-03-27T23:00:00.000Z');
      expect((await one<Date>('local_midnight($1::date, $2)', ['2027-03-29', 'Europe/Berlin'])).toISOString()).toBe('2027-03-28T22:00:00.000Z');
      expect((await one<Date>('local_midnight($1::date, $2)', ['2028-01-01', 'Asia/Ulaanbaatar'])).toISOString()).toBe('2027-12-31T16:00:00.000Z');
      const nine = async (d: string, tz: string) => (await one<Date>('local_time_on($1::date, 9, $2)', [d, tz])).toISOString();
      expect(await nine('2027-03-27', 'Europe/Berlin')).toBe('2027-03-27T08:00:00.000Z');
      expect(await nine('2027-03-28', 'Europe/Berlin')).toBe('2027-03-28T07:00:00.000Z');
      expect(await nine('2027-03-28', 'Asia/Ulaanbaatar')).toBe('2027-03-28T01:00:00.000Z');
      expect(await nine('2027-12-31', 'Europe/Berlin')).toBe('2027-12-31T08:00:00.000Z');
      const date = (t: string, tz: string) => one<string>('local_date($1::timestamptz, $2)::text', [t, tz]);
      expect(await date('2027-03-27T22:59:59Z', 'Europe/Berlin')).toBe('2027-03-27');
      expect(await date('2027-03-27T23:00:00Z', 'Europe/Berlin')).toBe('2027-03-28');
      expect(await date('2027-12-31T15:59:59Z', 'Asia/Ulaanbaatar')).toBe('2027-12-31');
      expect(await date('2027-12-31T16:00:00Z', 'Asia/Ulaanbaatar')).toBe('2028-01-01');
      expect(await one<Date | null>('local_midnight_after(NULL::date, $1)', ['Europe/Berlin'])).toBeNull();
    });

    it('only the app and system roles may call them, and the planner inlines them', async () => {
      for (const fn of ['local_midnight(date,text)', 'local_midnight_after(date,text)', 'local_time_on(date,integer,text)', 'local_date(timestamptz,text)']) {
        const { rows: [grants] } = await system.db.query(
          `SELECT has_function_privilege('hatchery_app', $1, 'EXECUTE') AS app, has_function_privilege('hatchery_system', $1, 'EXECUTE') AS system,
                  EXISTS (SELECT 1 FROM pg_proc p, aclexplode(p.proacl) a WHERE p.oid = $1::regprocedure AND a.grantee = 0) AS public`,
          [fn],
        );
        expect({ fn, ...grants }).toEqual({ fn, app: true, system: true, public: false });
      }
      const { rows: plan } = await system.db.query(`EXPLAIN VERBOSE SELECT local_midnight_after(due_on, 'Europe/Berlin') FROM milestones`);
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain(`AT TIME ZONE 'Europe/Berlin'`);
    });
  });

  describe('futureMomentsQuery', () => {
    it('one moment per cohort, effect and instant: overdue marks at local midnight after the due date, reminders at 09:00 local, across the DST change', async () => {
      const now = instant('2027-03-01T00:00:00Z');
      const moments = await rows(system.db, futureMomentsQuery({ now, cohortId: berlin.cohortId }));
      expect(milestoneMoments(moments, berlin.cohortId)).toEqual(
        [
          ...[BERLIN.a, BERLIN.b, BERLIN.c].map((m) => `milestone.mark-overdue 0 ${m.dueAt.toISOString()}`),
          ...[BERLIN.a, BERLIN.b, BERLIN.c].flatMap((m) => [`milestone.remind 1 ${m.remind1.toISOString()}`, `milestone.remind 7 ${m.remind7.toISOString()}`]),
        ].sort(),
      );
      expect(moments.every((m) => m.cohort_id === berlin.cohortId && m.organization_id === berlin.organizationId)).toBe(true);
      // The completion and one graduation review at the cohort's end (the withdrawn enrolment adds none).
      expect(moments.filter((m) => m.at.getTime() === berlin.endsAt.getTime()).map((m) => `${m.job} ${m.kind}`).sort()).toEqual([
        'cohort.advance null',
        'enrolment.scheduled-action graduation_review',
      ]);
    });

    it('Ulaanbaatar: the same rules at +08:00; all cohorts with a null cohort id', async () => {
      const now = instant('2027-03-01T00:00:00Z');
      const moments = await rows(system.db, futureMomentsQuery({ now, cohortId: null }));
      expect(milestoneMoments(moments, ub.cohortId)).toEqual(
        [`milestone.mark-overdue 0 ${UB.dueAt.toISOString()}`, `milestone.remind 1 ${UB.remind1.toISOString()}`, `milestone.remind 7 ${UB.remind7.toISOString()}`].sort(),
      );
      expect(milestoneMoments(moments, berlin.cohortId)).toHaveLength(9);
    });

    it('a moment exactly now is no longer ahead; one a second later still is', async () => {
      const ahead = async (now: Date) => milestoneMoments(await rows(system.db, futureMomentsQuery({ now, cohortId: berlin.cohortId })), berlin.cohortId);
      expect(await ahead(before(BERLIN.a.dueAt))).toContain(`milestone.mark-overdue 0 ${BERLIN.a.dueAt.toISOString()}`);
      expect(await ahead(BERLIN.a.dueAt)).not.toContain(`milestone.mark-overdue 0 ${BERLIN.a.dueAt.toISOString()}`);
      expect(await ahead(BERLIN.a.dueAt)).toContain(`milestone.mark-overdue 0 ${BERLIN.b.dueAt.toISOString()}`);
    });

    it('approved, dropped and withdrawn milestones have no moments; nor does one already marked overdue', async () => {
      await rolledBack(async (client) => {
        // With a approved, only the approved, dropped and withdrawn copies remain due on 27 March.
        await client.query(`UPDATE milestones SET status = 'approved' WHERE id = $1`, [berlin.milestones.a]);
        await client.query(`UPDATE milestones SET overdue_marked_at = now() WHERE id = $1`, [berlin.milestones.b]);
        const moments = milestoneMoments(await rows(client, futureMomentsQuery({ now: instant('2027-03-01T00:00:00Z'), cohortId: berlin.cohortId })), berlin.cohortId);
        expect(moments.filter((m) => m.includes(BERLIN.a.dueAt.toISOString()) || m.includes(BERLIN.a.remind1.toISOString()) || m.includes(BERLIN.a.remind7.toISOString()))).toEqual([]);
        expect(moments).not.toContain(`milestone.mark-overdue 0 ${BERLIN.b.dueAt.toISOString()}`);
        expect(moments).toContain(`milestone.remind 1 ${BERLIN.b.remind1.toISOString()}`); // not yet due: still reminded
      });
    });
  });

  describe('dueMomentsQuery', () => {
    it('a reminder is caught up only while not yet due, not yet sent, and only the nearest one that passed', async () => {
      // 27 March 08:30Z: a's and b's 7- and 1-day moments have passed (only the 1-day ones are
      // owed); c's 7-day has passed, its 1-day (09:00 CEST on the 28th) has not.
      const now = instant('2027-03-27T08:30:00Z');
      const due = async (client: PoolClient | System['db']) => milestoneMoments(await rows(client, dueMomentsQuery({ now, cohortId: berlin.cohortId })), berlin.cohortId);
      expect(await due(system.db)).toEqual(
        [`milestone.remind 1 ${BERLIN.a.remind1.toISOString()}`, `milestone.remind 1 ${BERLIN.b.remind1.toISOString()}`, `milestone.remind 7 ${BERLIN.c.remind7.toISOString()}`].sort(),
      );
      await rolledBack(async (client) => {
        await client.query(`INSERT INTO milestone_reminders (milestone_id, offset_days, due_on, organization_id) VALUES ($1, 7, $2, $3)`, [berlin.milestones.c, BERLIN.c.dueOn, berlin.organizationId]);
        expect(await due(client)).not.toContain(`milestone.remind 7 ${BERLIN.c.remind7.toISOString()}`);
        // A reminder sent for another due date does not count.
        await client.query(`UPDATE milestone_reminders SET due_on = '2027-03-30' WHERE milestone_id = $1`, [berlin.milestones.c]);
        expect(await due(client)).toContain(`milestone.remind 7 ${BERLIN.c.remind7.toISOString()}`);
      });
    });

    it('an overdue mark is due exactly at its moment, not a second before; its reminders stop then', async () => {
      const owed = async (now: Date) => milestoneMoments(await rows(system.db, dueMomentsQuery({ now, cohortId: berlin.cohortId })), berlin.cohortId);
      expect(await owed(before(BERLIN.a.dueAt))).toEqual([`milestone.remind 1 ${BERLIN.a.remind1.toISOString()}`, `milestone.remind 1 ${BERLIN.b.remind1.toISOString()}`, `milestone.remind 7 ${BERLIN.c.remind7.toISOString()}`].sort());
      expect(await owed(BERLIN.a.dueAt)).toEqual([`milestone.mark-overdue 0 ${BERLIN.a.dueAt.toISOString()}`, `milestone.remind 1 ${BERLIN.b.remind1.toISOString()}`, `milestone.remind 7 ${BERLIN.c.remind7.toISOString()}`].sort());
    });

    it('overdue marks: not for approved, dropped or withdrawn milestones, nor once marked', async () => {
      const now = instant('2027-03-29T12:00:00Z'); // a's and b's moments have passed, c's has not
      await rolledBack(async (client) => {
        const marks = async () => milestoneMoments(await rows(client, dueMomentsQuery({ now, cohortId: berlin.cohortId })), berlin.cohortId).filter((m) => m.startsWith('milestone.mark-overdue'));
        expect(await marks()).toEqual([BERLIN.a, BERLIN.b].map((m) => `milestone.mark-overdue 0 ${m.dueAt.toISOString()}`));
        await client.query(`UPDATE milestones SET overdue_marked_at = now() WHERE id = $1`, [berlin.milestones.a]);
        expect(await marks()).toEqual([`milestone.mark-overdue 0 ${BERLIN.b.dueAt.toISOString()}`]);
      });
    });

    it('phase changes the cohort has not reached, the completion, and scheduled actions not yet opened', async () => {
      const now = new Date(berlin.endsAt.getTime() + SECOND);
      await rolledBack(async (client) => {
        const owed = async () =>
          (await rows(client, dueMomentsQuery({ now, cohortId: berlin.cohortId })))
            .filter((m) => !m.job.startsWith('milestone.'))
            .map((m) => `${m.job} ${m.kind} ${m.at.toISOString()}`)
            .sort();
        const { rows: [phase] } = await client.query<{ starts_at: Date }>(`SELECT starts_at FROM cohort_phases WHERE cohort_id = $1 AND position = 0`, [berlin.cohortId]);
        await client.query(`UPDATE enrolments SET stake_due_at = $2 WHERE id = ANY($1::uuid[])`, [[berlin.enrolments.a.id, berlin.enrolments.withdrawn.id], instant('2027-07-03T22:00:00Z')]);
        expect(await owed()).toEqual(
          [
            `cohort.advance null ${phase.starts_at.toISOString()}`,
            `cohort.advance null ${berlin.endsAt.toISOString()}`,
            `enrolment.scheduled-action graduation_review ${berlin.endsAt.toISOString()}`,
            `enrolment.scheduled-action equity_stake 2027-07-03T22:00:00.000Z`,
          ].sort(),
        );
        await client.query(`UPDATE cohorts SET current_phase = 0 WHERE id = $1`, [berlin.cohortId]);
        await client.query(
          `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at) VALUES ($1, $2, $3, $4, 'equity_stake', '2027-07-03T22:00:00Z')`,
          [newId(), berlin.organizationId, berlin.enrolments.a.id, berlin.enrolments.a.startupId],
        );
        expect(await owed()).toEqual([`cohort.advance null ${berlin.endsAt.toISOString()}`, `enrolment.scheduled-action graduation_review ${berlin.endsAt.toISOString()}`]);
        await client.query(`UPDATE cohorts SET status = 'completed' WHERE id = $1`, [berlin.cohortId]);
        expect(await owed()).toEqual([`enrolment.scheduled-action graduation_review ${berlin.endsAt.toISOString()}`]);
      });
    });
  });

  describe('remindQuery', () => {
    const remind = (client: PoolClient, p: { at: Date; offsetDays: number; now: Date }, fixtureOf = berlin, timezone = 'Europe/Berlin') =>
      rows(client, remindQuery({ cohortId: fixtureOf.cohortId, ...p, timezone, offsets: [7, 1] }));

    it('records the reminders due at that moment, once; days left counted in local days', async () => {
      await rolledBack(async (client) => {
        // 09:00 CEST on the DST day: c's 1-day reminder. b's (09:00 CET the day before) is another moment.
        const sent = await remind(client, { at: BERLIN.c.remind1, offsetDays: 1, now: BERLIN.c.remind1 });
        expect(sent).toEqual([{ id: berlin.milestones.c, title: 'Quarterly report', due_on: BERLIN.c.dueOn, startup_id: berlin.enrolments.c.startupId, days_left: 1 }]);
        expect(await remind(client, { at: BERLIN.c.remind1, offsetDays: 1, now: BERLIN.c.remind1 })).toEqual([]);
        const { rows: recorded } = await client.query(`SELECT milestone_id, offset_days, due_on::text AS due_on FROM milestone_reminders`);
        expect(recorded).toEqual([{ milestone_id: berlin.milestones.c, offset_days: 1, due_on: BERLIN.c.dueOn }]);
      });
    });

    it('not for approved, dropped or withdrawn milestones due the same day', async () => {
      await rolledBack(async (client) => {
        const sent = await remind(client, { at: BERLIN.a.remind1, offsetDays: 1, now: BERLIN.a.remind1 });
        expect(sent.map((r) => r.id)).toEqual([berlin.milestones.a]);
      });
    });

    it('only while the milestone is not yet due: a reminder caught up exactly at the due moment sends nothing', async () => {
      await rolledBack(async (client) => {
        expect(await remind(client, { at: BERLIN.a.remind1, offsetDays: 1, now: BERLIN.a.dueAt })).toEqual([]);
        expect((await remind(client, { at: BERLIN.a.remind1, offsetDays: 1, now: before(BERLIN.a.dueAt) })).map((r) => r.days_left)).toEqual([0]);
      });
    });

    it('a 7-day reminder caught up after the 1-day moment passed sends nothing (the nearer one goes)', async () => {
      await rolledBack(async (client) => {
        expect(await remind(client, { at: BERLIN.c.remind7, offsetDays: 7, now: BERLIN.c.remind1 })).toEqual([]);
        expect((await remind(client, { at: BERLIN.c.remind7, offsetDays: 7, now: before(BERLIN.c.remind1) })).map((r) => [r.id, r.days_left])).toEqual([[berlin.milestones.c, 1]]);
      });
    });

    it('Ulaanbaatar: 09:00 +08:00', async () => {
      await rolledBack(async (client) => {
        expect(await remind(client, { at: new Date(UB.remind7.getTime() + 3600 * SECOND), offsetDays: 7, now: UB.remind1 }, ub, 'Asia/Ulaanbaatar')).toEqual([]);
        expect((await remind(client, { at: UB.remind7, offsetDays: 7, now: UB.remind7 }, ub, 'Asia/Ulaanbaatar')).map((r) => [r.id, r.days_left])).toEqual([[ub.milestones.a, 7]]);
      });
    });
  });

  describe('markOverdueQuery and overdueEventsQuery', () => {
    it('marks the milestones due at that moment once it has come, once; approved, dropped and withdrawn ones never', async () => {
      await rolledBack(async (client) => {
        expect(await rows(client, markOverdueQuery({ cohortId: berlin.cohortId, at: BERLIN.a.dueAt, now: before(BERLIN.a.dueAt) }))).toEqual([]);
        const marked = await rows(client, markOverdueQuery({ cohortId: berlin.cohortId, at: BERLIN.a.dueAt, now: BERLIN.a.dueAt }));
        expect(marked).toEqual([{ id: berlin.milestones.a, title: 'Quarterly report', due_on: BERLIN.a.dueOn, startup_id: berlin.enrolments.a.startupId }]);
        expect(await rows(client, markOverdueQuery({ cohortId: berlin.cohortId, at: BERLIN.a.dueAt, now: BERLIN.c.dueAt }))).toEqual([]);
        // Another moment (b's) marks only b, and another cohort's milestones are not touched.
        expect((await rows(client, markOverdueQuery({ cohortId: ub.cohortId, at: BERLIN.b.dueAt, now: BERLIN.c.dueAt })))).toEqual([]);
        expect((await rows(client, markOverdueQuery({ cohortId: berlin.cohortId, at: BERLIN.b.dueAt, now: BERLIN.c.dueAt }))).map((m) => m.id)).toEqual([berlin.milestones.b]);

        const now = instant('2027-03-30T00:00:00Z');
        const events = overdueEventsQuery({ eventIds: [newId()], milestoneIds: [berlin.milestones.a], now });
        await client.query(events.text, events.values);
        const { rows: written } = await client.query(`SELECT milestone_id, organization_id, kind, created_at FROM milestone_events WHERE kind = 'overdue'`);
        expect(written).toEqual([{ milestone_id: berlin.milestones.a, organization_id: berlin.organizationId, kind: 'overdue', created_at: now }]);
      });
    });
  });

  describe('enrolmentsToPhaseQuery', () => {
    it('moves the active enrolments only, and only those not there yet', async () => {
      await rolledBack(async (client) => {
        const move = (phase: number | null) => {
          const q = enrolmentsToPhaseQuery({ cohortId: berlin.cohortId, phase, now: instant('2027-01-04T00:00:00Z') });
          return client.query(q.text, q.values).then((r) => r.rowCount);
        };
        expect(await move(0)).toBe(5);
        expect(await move(0)).toBe(0);
        const { rows: phases } = await client.query(`SELECT status, current_phase FROM enrolments WHERE cohort_id = $1 ORDER BY status`, [berlin.cohortId]);
        expect(phases).toEqual([...Array(5).fill({ status: 'active', current_phase: 0 }), { status: 'withdrawn', current_phase: null }]);
      });
    });
  });

  describe('dueEnrolmentsQuery and openActionsQuery', () => {
    it('finds the active enrolments due at exactly that moment, and opens each action once', async () => {
      await rolledBack(async (client) => {
        const stakeAt = instant('2027-07-03T22:00:00Z');
        await client.query(`UPDATE enrolments SET stake_due_at = $2 WHERE id = ANY($1::uuid[])`, [[berlin.enrolments.a.id, berlin.enrolments.withdrawn.id], stakeAt]);
        const reviews = await rows(client, dueEnrolmentsQuery({ cohortId: berlin.cohortId, at: berlin.endsAt, kind: 'graduation_review' }));
        const active = ['a', 'b', 'c', 'approved', 'dropped'].map((n) => berlin.enrolments[n]);
        expect(reviews).toEqual(active.map((e) => ({ id: e.id, startup_id: e.startupId })).sort((x, y) => (x.id < y.id ? -1 : 1)));
        expect(await rows(client, dueEnrolmentsQuery({ cohortId: berlin.cohortId, at: before(berlin.endsAt), kind: 'graduation_review' }))).toEqual([]);
        const stakes = await rows(client, dueEnrolmentsQuery({ cohortId: berlin.cohortId, at: stakeAt, kind: 'equity_stake' }));
        expect(stakes).toEqual([{ id: berlin.enrolments.a.id, startup_id: berlin.enrolments.a.startupId }]);
        expect(await rows(client, dueEnrolmentsQuery({ cohortId: berlin.cohortId, at: new Date(stakeAt.getTime() + SECOND), kind: 'equity_stake' }))).toEqual([]);

        const open = (kind: 'graduation_review' | 'equity_stake', due: { id: string; startup_id: string }[], at: Date) =>
          rows(
            client,
            openActionsQuery({ ids: due.map(() => newId()), organizationId: berlin.organizationId, enrolmentIds: due.map((e) => e.id), startupIds: due.map((e) => e.startup_id), kind, at, stakeBps: kind === 'equity_stake' ? 1000 : null, now: at }),
          );
        expect((await open('equity_stake', stakes, stakeAt)).map((o) => o.startup_id)).toEqual([berlin.enrolments.a.startupId]);
        expect(await open('equity_stake', stakes, stakeAt)).toEqual([]);
        expect((await open('graduation_review', reviews, berlin.endsAt)).map((o) => o.startup_id).sort()).toEqual(active.map((e) => e.startupId).sort());
        expect(await open('graduation_review', reviews, berlin.endsAt)).toEqual([]);
        const { rows: actions } = await client.query(`SELECT kind, count(*)::int AS n, max(stake_bps) AS bps FROM programme_actions GROUP BY kind ORDER BY kind`);
        expect(actions).toEqual([{ kind: 'equity_stake', n: 1, bps: 1000 }, { kind: 'graduation_review', n: 5, bps: null }]);
      });
    });
  });
});
