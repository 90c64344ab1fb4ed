/**
 * The mentors half of `npm run bench` (bench/run.ts calls it on the same database and API): the
 * month-end statement run for 1,000 mentors × 20 approved sessions (two rates each, the change on
 * the 15th; a success fee for every 10th mentor), three ways, each in a transaction rolled back
 * afterwards so every round starts from the same data:
 * - **service**: MentorStatementsService.issueDue in the api process, in the organization as the
 *   worker's job runs it (the set-based run: a handful of INSERT … SELECT, plus the notifications and
 *   their outbox rows);
 * - **raw SQL**: the run's statements (libs/mentors/src/mentor-statements.sql.ts) on a bare pg Client
 *   as hatchery_app in an RLS transaction;
 * - **per-mentor loop**: the same statements restricted to one profile, run once per mentor.
 * See bench/README.md.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Tenancy } from '../libs/core/src';
import { INSERT_RUN, insertFeeLines, insertSessionLines, insertStatements, lockMonth, lockPaidSessions } from '../libs/mentors/src/mentor-statements.sql';
import { MentorStatementsService } from '../libs/mentors/src/statements.service';
import { addMonths, firstDay } from '../libs/mentors/src/statement-rules';
import { countQueries } from './query-counter';
import { measureInterleaved, table } from './stats';

export interface MentorsSeeded {
  organizationId: string;
  month: string;
  mentors: number;
  sessionsPerMentor: number;
}

/**
 * Set-based, as the superuser, in one transaction: an organization (Asia/Ulaanbaatar, USD), one
 * programme-free startup per 10 mentors with an enrolment-free assignment row each (the run reads
 * only mentors' tables), `mentors` profiles of mentor members, two hourly rates each (5,000 + i
 * minor units from long ago, 6,000 + i from the 15th of the month), `sessionsPerMentor` approved
 * sessions each spread over the month (15–120 minutes), and a success fee for every 10th mentor.
 */
export async function seedMentorsBench(db: Client, options: { suffix: string; mentors: number; sessionsPerMentor: number; month: string }): Promise<MentorsSeeded> {
  await db.query('BEGIN');
  try {
    const organizationId = (
      await db.query<{ id: string }>(
        `INSERT INTO organizations (id, slug, name, kind, ownership, timezone, default_currency)
         VALUES (gen_random_uuid(), $1, 'Bench Mentors Park', 'startup_studio', 'private', 'Asia/Ulaanbaatar', 'USD') RETURNING id`,
        [`bench-mentors-${options.suffix}`],
      )
    ).rows[0].id;
    await db.query(`DROP TABLE IF EXISTS bench_mentor`);
    await db.query(
      `CREATE TEMP TABLE bench_mentor ON COMMIT DROP AS
       SELECT i, gen_random_uuid() AS user_id, gen_random_uuid() AS profile_id, gen_random_uuid() AS assignment_id, gen_random_uuid() AS startup_id
         FROM generate_series(0, $1::int - 1) i`,
      [options.mentors],
    );
    await db.query(`INSERT INTO users (id, email, name, password_hash) SELECT user_id, format('mentor-%s-%s@bench.example', i, $1::text), format('Mentor %s', i), 'x' FROM bench_mentor`, [options.suffix]);
    await db.query(`INSERT INTO memberships (id, organization_id, user_id, role) SELECT gen_random_uuid(), $1, user_id, 'mentor' FROM bench_mentor`, [organizationId]);
    await db.query(`INSERT INTO mentor_profiles (id, organization_id, user_id, kind, tags, bio, capacity) SELECT profile_id, $1, user_id, 'lead', '{}', '', 5 FROM bench_mentor`, [organizationId]);
    await db.query(
      `INSERT INTO mentor_rates (id, organization_id, profile_id, amount_minor, currency, effective_from)
       SELECT gen_random_uuid(), $1::uuid, profile_id, 5000 + i, 'USD', date '2020-01-01' FROM bench_mentor
       UNION ALL SELECT gen_random_uuid(), $1::uuid, profile_id, 6000 + i, 'USD', $2::date + 14 FROM bench_mentor`,
      [organizationId, firstDay(options.month)],
    );
    const programmeId = '00000000-0000-7000-8000-000000000001';
    await db.query(
      `INSERT INTO mentor_assignments (id, organization_id, profile_id, startup_id, enrolment_id, programme_id, role, starts_on)
       SELECT assignment_id, $1, profile_id, startup_id, gen_random_uuid(), $2, 'expert', date '2020-01-01' FROM bench_mentor`,
      [organizationId, programmeId],
    );
    await db.query(
      `INSERT INTO mentor_sessions (id, organization_id, profile_id, assignment_id, startup_id, programme_id, session_on, minutes, topic, notes, attendee_user_ids, status, approved_minutes)
       SELECT gen_random_uuid(), $1, m.profile_id, m.assignment_id, m.startup_id, $2, $3::date + ((s * 29) / $4::int), 15 + (m.i * 7 + s * 13) % 106, format('Session %s', s), '', '{}', 'approved', 15 + (m.i * 7 + s * 13) % 106
         FROM bench_mentor m CROSS JOIN generate_series(0, $4::int - 1) s`,
      [organizationId, programmeId, firstDay(options.month), options.sessionsPerMentor],
    );
    await db.query(
      `INSERT INTO mentor_fee_terms (id, organization_id, profile_id, amount_minor, currency) SELECT gen_random_uuid(), $1, profile_id, 100000, 'USD' FROM bench_mentor WHERE i % 10 = 0`,
      [organizationId],
    );
    await db.query(
      `INSERT INTO mentor_success_fees (id, organization_id, profile_id, startup_id, programme_id, assignment_id, fee_terms_id, amount_minor, currency, accrued_on, outcome_status, accrued_at)
       SELECT gen_random_uuid(), $1, m.profile_id, m.startup_id, $2, m.assignment_id, t.id, 100000, 'USD', $3::date + 20, 'graduated_successful', now()
         FROM bench_mentor m JOIN mentor_fee_terms t ON t.profile_id = m.profile_id`,
      [organizationId, programmeId, firstDay(options.month)],
    );
    await db.query('COMMIT');
    return { organizationId, month: options.month, mentors: options.mentors, sessionsPerMentor: options.sessionsPerMentor };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export async function mentorsCounts(db: Client, organizationId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['mentor_profiles', 'mentor_rates', 'mentor_sessions', 'mentor_success_fees']) {
    out[t] = (await db.query(`SELECT count(*)::int AS n FROM ${t} WHERE organization_id = $1`, [organizationId])).rows[0].n;
  }
  return out;
}

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super('rollback');
  }
}

/** What a run made, read inside its transaction before the rollback. */
const MADE = `SELECT (SELECT count(*)::int FROM mentor_statements WHERE organization_id = $1 AND month = $2::date) AS statements,
                     (SELECT count(*)::int FROM mentor_statement_lines l JOIN mentor_statements st ON st.id = l.statement_id WHERE st.organization_id = $1 AND st.month = $2::date) AS lines,
                     (SELECT COALESCE(sum(l.amount_minor), 0)::text FROM mentor_statement_lines l JOIN mentor_statements st ON st.id = l.statement_id WHERE st.organization_id = $1 AND st.month = $2::date) AS total_minor`;

export async function runMentorsBench(options: {
  log: (line: string) => void;
  api: NestFastifyApplication;
  /** A pg Client logged in as hatchery_app. */
  raw: Client;
  seeded: MentorsSeeded;
  runs: number;
  warmup: number;
}): Promise<{ markdown: string; consistent: boolean }> {
  const { api, raw, seeded, log } = options;
  const org = seeded.organizationId;
  const start = firstDay(seeded.month);
  const next = firstDay(addMonths(seeded.month, 1));
  const made = { service: '', raw: '', loop: '' } as Record<string, string>;

  const service = async () => {
    try {
      await api.get(Tenancy).runInOrganization(org, async () => {
        const result = await api.get(MentorStatementsService).issueDue(seeded.month);
        const [row] = await (api.get(TransactionHost).tx as { query: (sql: string, p: unknown[]) => Promise<any[]> }).query(MADE, [org, start]);
        throw new Rollback({ ...row, issued: result.statementsIssued });
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
      made.service = JSON.stringify(error.value);
    }
  };
  const inRawTransaction = async (key: string, work: () => Promise<number>) => {
    await raw.query('BEGIN');
    try {
      await raw.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.role', 'worker', true)`, [org]);
      const statements = await work();
      const [row] = (await raw.query(MADE, [org, start])).rows;
      made[key] = JSON.stringify({ ...row, issued: row.statements, sql: statements });
    } finally {
      await raw.query('ROLLBACK');
    }
  };
  const now = new Date();
  const rawSetBased = () =>
    inRawTransaction('raw', async () => {
      await raw.query(INSERT_RUN, [org, start, now, null]);
      await raw.query(insertStatements(), [org, start, next, now]);
      await raw.query(insertSessionLines(), [org, start, next]);
      await raw.query(insertFeeLines(), [org, start, next]);
      await raw.query(lockPaidSessions(), [org, start, now]);
      await raw.query(lockMonth(), [org, start, next, now]);
      return 6;
    });
  // The profiles, read under row level security like everything the raw client does.
  await raw.query('BEGIN');
  await raw.query(`SELECT set_config('app.organization_id', $1, true)`, [org]);
  const profiles: string[] = (await raw.query(`SELECT id FROM mentor_profiles WHERE organization_id = $1 ORDER BY id`, [org])).rows.map((r: { id: string }) => r.id);
  await raw.query('ROLLBACK');
  const loop = () =>
    inRawTransaction('loop', async () => {
      await raw.query(INSERT_RUN, [org, start, now, null]);
      let n = 1;
      for (const profile of profiles) {
        await raw.query(insertStatements(true), [org, start, next, now, profile]);
        await raw.query(insertSessionLines(true), [org, start, next, profile]);
        await raw.query(insertFeeLines(true), [org, start, next, profile]);
        await raw.query(lockPaidSessions(true), [org, start, now, profile]);
        await raw.query(lockMonth(true), [org, start, next, now, profile]);
        n += 5;
      }
      return n;
    });

  // Statements per run, counted on the wire (the api's pool and the raw client are this process's pg Clients).
  const counted = await countQueries(service);
  const serviceStatements = counted.wire.filter((q) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(q)).length;
  await rawSetBased();
  await loop();
  const outcome = (key: string) => JSON.parse(made[key]) as { statements: number; lines: number; total_minor: string; issued: number; sql?: number };
  const consistent = ['raw', 'loop'].every((k) => outcome(k).statements === outcome('service').statements && outcome(k).lines === outcome('service').lines && outcome(k).total_minor === outcome('service').total_minor);
  log(`mentors: service ${made.service}; raw ${made.raw}; loop ${made.loop}; consistent: ${consistent}`);

  const measurements = await measureInterleaved(
    [
      { name: 'raw SQL, set-based (6 statements)', fn: rawSetBased },
      { name: 'service issueDue (set-based)', fn: service, baseline: 'raw SQL, set-based (6 statements)' },
      { name: `per-mentor loop (${1 + 5 * profiles.length} statements)`, fn: loop, baseline: 'raw SQL, set-based (6 statements)' },
    ],
    { warmup: options.warmup, runs: options.runs },
  );
  const timings = table(measurements);
  log(`mentor statement run timings:\n${timings}`);
  const o = outcome('service');
  const markdown = [
    `Month ${seeded.month}: ${seeded.mentors} mentors × ${seeded.sessionsPerMentor} approved sessions, two rates each (the change on the 15th), a success fee for every 10th mentor. Each run happens in a transaction that is rolled back.`,
    '',
    `| method | SQL statements | statements issued | lines | total (minor units) |`,
    `|---|---:|---:|---:|---:|`,
    `| service issueDue | ${serviceStatements} (on the wire, without BEGIN/COMMIT) | ${o.statements} | ${o.lines} | ${o.total_minor} |`,
    `| raw SQL, set-based | ${outcome('raw').sql} | ${outcome('raw').statements} | ${outcome('raw').lines} | ${outcome('raw').total_minor} |`,
    `| per-mentor loop | ${outcome('loop').sql} | ${outcome('loop').statements} | ${outcome('loop').lines} | ${outcome('loop').total_minor} |`,
    '',
    timings,
  ].join('\n');
  return { markdown, consistent };
}
