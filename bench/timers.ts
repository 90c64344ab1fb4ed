/**
 * `npm run bench:timers`: timed effects of a 10,000-startup cohort. Creating and enrolling it
 * through the real services and scheduling its moment jobs, rebuilding Redis with the reconciler
 * after a flush, and processing a batch of due moments with the real dispatcher; next to bare
 * BullMQ baselines on the same Redis. Its own database and Redis prefix, dropped at the end.
 * See bench/README.md.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { Job, JobsOptions } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase, ensureRoles, migrate, urls, withDatabase } from '../scripts/db';
import { countQueries } from './query-counter';

const int = (name: string, fallback: number) => Number(process.env[name] || fallback);
const BIG = int('BENCH_STARTUPS', 10_000);
const SMALL = int('BENCH_SMALL_STARTUPS', 1_000);
const PER_MILESTONE_JOBS = int('BENCH_PER_MILESTONE_JOBS', 200_000); // 600,000 (milestones × 3 effects) took 202 s: see README
const NOOP_JOBS = int('BENCH_NOOP_JOBS', 10_000);
const CONCURRENCY = 5; // as apps/worker/src/processors.ts
/** Fixed instants (the clock is the CLOCK_FILE), so every run sees the same moments. */
const START_CLOCK = '2026-03-01T00:00:00Z';
const PROCESS_CLOCK = '2026-06-05T12:00:00Z'; // 95 days in: 11 overdue marks, 2 reminders and 2 phase changes due

const t0 = performance.now();
const log = (message: string) => process.stdout.write(`[timers ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
const cleanups: { label: string; run: () => Promise<unknown> }[] = [];
const rows: string[][] = [];
const row = (what: string, count: number, unit: string, ms: number, note = '') =>
  rows.push([what, `${count.toLocaleString('en')} ${unit}`, ms.toFixed(0), `${Math.round((count / ms) * 1000).toLocaleString('en')} ${unit}/s`, note]);

/** 3 phases of 2 months; 20 milestone templates, 7 + 7 + 6, a week apart. */
const PHASES = ['Validation', 'Build', 'Scale'].map((name, p) => ({
  name,
  durationValue: 2,
  durationUnit: 'months',
  milestones: Array.from({ length: p < 2 ? 7 : 6 }, (_, k) => ({ title: `${name} milestone ${k + 1}`, description: null, offsetDays: 7 * (k + 1), evidenceRequired: true })),
}));

async function main(): Promise<void> {
  const all = urls();
  const suffix = randomBytes(5).toString('hex');
  const database = `hatchery_bench_${suffix}`;
  const redisPrefix = `hatchery-bench-${suffix}`;
  const db = { owner: withDatabase(all.owner, database), app: withDatabase(all.app, database), system: withDatabase(all.system, database), su: withDatabase(all.superuser, database) };

  // 1. Database, clock, data.
  log(`creating database ${database}`);
  await ensureRoles(all.superuser, all);
  cleanups.push({ label: 'drop database', run: () => dropDatabase(all.superuser, database) });
  await ensureDatabase(all.superuser, db.owner);
  await migrate(db.owner);
  const clockDir = mkdtempSync(join(tmpdir(), 'hatchery-bench-clock-'));
  cleanups.push({ label: 'clock file', run: async () => rmSync(clockDir, { recursive: true, force: true }) });
  const clockFile = join(clockDir, 'now');
  const setClock = (at: string) => writeFileSync(clockFile, at);
  setClock(START_CLOCK);
  const su = new Client({ connectionString: db.su, application_name: 'hatchery-bench-timers' });
  su.on('error', () => undefined);
  await su.connect();
  cleanups.push({ label: 'superuser client', run: () => su.end() });
  const seedStart = performance.now();
  const seeded = await seed(su, `bench-${suffix}`, BIG + SMALL);
  await su.query('VACUUM ANALYZE');
  log(`seeded 1 organization, 1 programme (${PHASES.length} phases, 20 milestone templates), ${BIG + SMALL} startups with a founder each in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  // The real modules, in an application context: the worker's modules and dispatcher, without its
  // BullMQ processors, outbox relay or sweepers (the bench drives those itself).
  Object.assign(process.env, { DATABASE_URL: db.app, DATABASE_ADMIN_URL: db.owner, DATABASE_SYSTEM_URL: db.system, REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'silent', CLOCK_FILE: clockFile });
  cleanups.push({ label: 'redis keys', run: () => deleteKeys(redisPrefix) });
  const { NestFactory } = await import('@nestjs/core');
  const { Module } = await import('@nestjs/common');
  const { getQueueToken } = await import('@nestjs/bullmq');
  const { Queue, Worker } = await import('bullmq');
  const core = await import('@hatchery/core');
  const cohortsLib = await import('@hatchery/cohorts');
  const { DiscoveryModule } = await import('@nestjs/core');
  const { ApplicationsModule } = await import('@hatchery/applications');
  const { NotificationsModule } = await import('@hatchery/notifications');
  const { OrganizationsModule } = await import('@hatchery/organizations');
  const { ProgrammesModule } = await import('@hatchery/programmes');
  const { StartupsModule } = await import('@hatchery/startups');
  const { CohortsModule, CohortsService, EnrolmentsService, MomentQueue, ScheduleCohortHandler, TimerReconciler } = cohortsLib;
  // The dispatcher finds every domain's handlers, as in the worker.
  class BenchWorkerModule {}
  Module({
    imports: [core.CoreModule, DiscoveryModule, core.EventsWorkerModule, OrganizationsModule, ProgrammesModule, ApplicationsModule, NotificationsModule, StartupsModule, CohortsModule],
    providers: [core.JobDispatcher],
  })(BenchWorkerModule);
  const app: INestApplicationContext = await NestFactory.createApplicationContext(BenchWorkerModule, { logger: false });
  cleanups.push({ label: 'nest context', run: () => app.close() });
  const tenancy = app.get(core.Tenancy);
  const inOrg = <T>(work: () => Promise<T>) => tenancy.runInOrganization(seeded.organizationId, work);
  const milestonesQueue = app.get(getQueueToken('milestones'), { strict: false }) as InstanceType<typeof Queue>;
  // Not a provider here: constructed by hand so it does not tick on its own.
  const reconciler = new TimerReconciler(app.get(core.SystemDatabase), app.get(MomentQueue), app.get(core.Clock), app.get(core.Env), app.get(core.Metrics));
  const momentQueue = app.get(MomentQueue);
  let enqueued = 0;
  const add = momentQueue.add.bind(momentQueue);
  momentQueue.add = async (...args: Parameters<typeof add>) => ((enqueued += await add(...args)), enqueued);
  const connection = { ...core.redisOptions(process.env.REDIS_URL || 'redis://127.0.0.1:6379'), maxRetriesPerRequest: null };
  const bullPrefix = `${redisPrefix}-bull`;

  // 2. Create a cohort, enrol, schedule: 1,000 startups (cohort a year later, so it has no part
  // in the processing batch), then 10,000.
  const statementRows: string[] = [];
  let bigCohortId = '';
  for (const [n, offset, startsOn] of [[SMALL, BIG, '2027-03-02'], [BIG, 0, '2026-03-02']] as const) {
    const ids = seeded.startupIds.slice(offset, offset + n);
    enqueued = 0;
    const delayedBefore = await milestonesQueue.getDelayedCount();
    const start = performance.now();
    const step = async <T>(work: () => Promise<T>) => {
      const begin = performance.now();
      const counted = await countQueries(() => inOrg(work));
      return { result: counted.result, statements: counted.wire.length, ms: performance.now() - begin };
    };
    const create = await step(() => app.get(CohortsService).create({ programmeId: seeded.programmeId, name: `Cohort of ${n}`, startsOn }));
    const cohort = create.result;
    const enrol = await step(() => app.get(EnrolmentsService).enrol(cohort.id, ids));
    const schedule = await step(() => app.get(ScheduleCohortHandler).handle({ organizationId: seeded.organizationId, cohortId: cohort.id }));
    const counted = { create: create.statements, enrol: enrol.statements, schedule: schedule.statements };
    const ms = performance.now() - start;
    const { rows: [made] } = await su.query(`SELECT (SELECT count(*) FROM enrolments WHERE cohort_id = $1)::int AS e, (SELECT count(*) FROM milestones WHERE cohort_id = $1)::int AS m`, [cohort.id]);
    const delayed = (await milestonesQueue.getDelayedCount()) - delayedBefore;
    if (delayed !== enqueued) throw new Error(`cohort of ${n}: ${enqueued} jobs enqueued but ${delayed} new delayed jobs in Redis`);
    const total = counted.create + counted.enrol + counted.schedule;
    log(`cohort of ${n}: ${made.e} enrolments + ${made.m} milestones, ${enqueued} delayed jobs, ${total} SQL statements (create ${counted.create}, enrol ${counted.enrol}, schedule ${counted.schedule}) in ${ms.toFixed(0)} ms`);
    const cell = (x: { statements: number; ms: number }) => `${x.statements} (${x.ms.toFixed(0)} ms)`;
    statementRows.push(`| ${n.toLocaleString('en')} | ${(made.e + made.m).toLocaleString('en')} | ${enqueued} | ${cell(create)} | ${cell(enrol)} | ${cell(schedule)} | ${total} | ${ms.toFixed(0)} |`);
    row(`create + enrol + schedule, ${n.toLocaleString('en')} startups`, made.e + made.m, 'rows', ms, `${enqueued} jobs, ${total} SQL statements`);
    if (n === BIG) bigCohortId = cohort.id;
  }

  // Months pass before moments come; autovacuum has analyzed the new rows by then.
  await su.query('ANALYZE');

  // 3. Flush this run's Redis keys, then rebuild with the reconciler; then again with nothing missing.
  await deleteKeys(redisPrefix);
  let start = performance.now();
  const rebuilt = await reconciler.reconcile();
  const reconcileMs = performance.now() - start;
  const delayedAfter = await milestonesQueue.getDelayedCount();
  if (delayedAfter !== rebuilt.future || rebuilt.due !== 0) throw new Error(`after the flush: ${delayedAfter} delayed jobs for ${rebuilt.future} future moments (${rebuilt.due} due)`);
  log(`reconcile after a flush: ${rebuilt.future} future moments → ${delayedAfter} delayed jobs (equal), ${rebuilt.due} catch-ups, ${reconcileMs.toFixed(0)} ms`);
  row('reconcile after a Redis flush', rebuilt.future, 'jobs', reconcileMs, `delayed count ${delayedAfter} = future moments`);
  start = performance.now();
  const again = await reconciler.reconcile();
  row('reconcile, nothing missing', again.future, 'jobs', performance.now() - start, 'every add a no-op');

  // 4. Processing: the clock jumps 95 days, the reconciler queues the catch-ups, a BullMQ Worker
  // with the real dispatcher (concurrency 5, as the worker) runs them.
  setClock(PROCESS_CLOCK);
  const due = await reconciler.reconcile();
  const byName = (await milestonesQueue.getWaiting(0, -1)).reduce<Record<string, number>>((acc, j) => ({ ...acc, [j.name]: (acc[j.name] ?? 0) + 1 }), {});
  const dispatcher = app.get(core.JobDispatcher);
  const processed = await drain(Worker, 'milestones', due.due, (job) => dispatcher.dispatch(job));
  const { rows: [fx] } = await su.query(
    `SELECT (SELECT count(*) FROM milestones WHERE cohort_id = $1 AND overdue_marked_at IS NOT NULL)::int AS overdue, (SELECT count(*) FROM milestone_events WHERE kind = 'overdue')::int AS events,
            (SELECT count(*) FROM milestone_reminders)::int AS reminders, (SELECT count(*) FROM notifications)::int AS notifications,
            (SELECT count(*) FROM outbox_messages WHERE job_name = 'notification.email' AND relayed_at IS NULL)::int AS emails`, [bigCohortId]);
  const touched = fx.overdue + fx.reminders;
  log(`processed ${due.due} moment jobs (${JSON.stringify(byName)}) in ${processed.toFixed(0)} ms: ${fx.overdue} milestones marked overdue (${fx.events} overdue events), ${fx.reminders} reminders, ${fx.notifications} notifications, ${fx.emails} notification.email outbox rows (not relayed here)`);
  row('process due moment jobs, real dispatcher', due.due, 'jobs', processed, `${touched.toLocaleString('en')} milestones acted on (${Math.round((touched / processed) * 1000).toLocaleString('en')}/s)`);

  // 5. Baselines on the same Redis: bare addBulk, in chunks of 1,000 as MomentQueue.add does, and a no-op worker.
  const addBulk = async (name: string, n: number, delay: number) => {
    const queue = new Queue(name, { connection, prefix: bullPrefix, defaultJobOptions: core.DEFAULT_JOB_OPTIONS as JobsOptions });
    const begin = performance.now();
    for (let i = 0; i < n; i += 1000) {
      await queue.addBulk(Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({
        name: 'milestone.remind',
        data: { organizationId: seeded.organizationId, cohortId: bigCohortId, at: new Date(Date.now() + delay).toISOString(), offsetDays: 7 },
        opts: { jobId: `milestone.remind.${bigCohortId}.${i + k}`, delay: delay + i + k },
      })));
    }
    const ms = performance.now() - begin;
    await queue.close();
    return ms;
  };
  const DAY = 86_400_000;
  row('bare addBulk, same number of jobs', rebuilt.future, 'jobs', await addBulk('bench-same', rebuilt.future, DAY), 'baseline for the reconcile');
  log(`addBulk of ${PER_MILESTONE_JOBS} delayed jobs (one per milestone × (2 reminders + 1 overdue))…`);
  const perMilestoneMs = await addBulk('bench-per-milestone', PER_MILESTONE_JOBS, DAY);
  row(`bare addBulk, ${PER_MILESTONE_JOBS.toLocaleString('en')} jobs (per-milestone design)`, PER_MILESTONE_JOBS, 'jobs', perMilestoneMs, 'what one job per milestone × effect needs');
  await deleteKeys(`${bullPrefix}:bench-per-milestone`);
  await addBulk('bench-noop', NOOP_JOBS, 0);
  row(`no-op BullMQ Worker, concurrency ${CONCURRENCY}`, NOOP_JOBS, 'jobs', await drain(Worker, 'bench-noop', NOOP_JOBS, async () => undefined), 'queue overhead per job');

  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...[['case', 'count', 'ms', 'rate', 'notes'], ...rows].map((r) => r[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 1 || i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |';
  const table = [line(['case', 'count', 'ms', 'rate', 'notes']), '|' + widths.map((w, i) => '-'.repeat(w + 1) + (i >= 1 && i <= 3 ? ':' : '-')).join('|') + '|', ...rows.map(line)].join('\n');
  const statements = ['| startups | rows created | jobs enqueued | create | enrol | schedule | SQL statements | total ms |', '|---:|---:|---:|---:|---:|---:|---:|---:|', ...statementRows].join('\n');
  log(`results (single runs; a "job" is a BullMQ job; a moment job acts on all of a cohort's milestones due at its instant):\n\n${table}\n\nSQL statements (pg wire) per step:\n\n${statements}\n`);

  /** Runs a Worker on the queue until n jobs have finished; returns the milliseconds. */
  async function drain(W: typeof Worker, name: string, n: number, handler: (job: Job) => Promise<unknown>): Promise<number> {
    let done = 0;
    const failed: string[] = [];
    let resolve!: () => void;
    const finished = new Promise<void>((r) => (resolve = r));
    const check = () => done + failed.length >= n && resolve();
    const worker = new W(name, handler, { connection, prefix: bullPrefix, concurrency: CONCURRENCY, autorun: false });
    worker.on('completed', () => (done++, check()));
    worker.on('failed', (job, error) => (failed.push(`${job?.name}: ${error.message}`), check()));
    const begin = performance.now();
    void worker.run();
    if (n > 0) await finished;
    const ms = performance.now() - begin;
    await worker.close();
    if (failed.length > 0) throw new Error(`${failed.length} jobs failed on ${name}: ${failed[0]}`);
    return ms;
  }
}

/** Set-based, as the superuser: organization, owner, programme, startups each with a founder. */
async function seed(db: Client, slug: string, startups: number) {
  await db.query('BEGIN');
  const { rows: [org] } = await db.query(
    `INSERT INTO organizations (id, slug, name, kind, ownership, timezone, default_currency)
     VALUES (gen_random_uuid(), $1, 'Bench Science Park', 'science_innovation_park', 'ppp', 'Europe/Lisbon', 'EUR') RETURNING id`, [slug]);
  await db.query(
    `WITH u AS (INSERT INTO users (id, email, name, password_hash) VALUES (gen_random_uuid(), $2, 'Bench Owner', 'bench: no login') RETURNING id)
     INSERT INTO memberships (id, organization_id, user_id, role) SELECT gen_random_uuid(), $1, id, 'owner' FROM u`, [org.id, `owner-${slug}@bench.hatchery.test`]);
  const { rows: [programme] } = await db.query(
    `INSERT INTO programmes (id, organization_id, name, type, description, phase_template, rubric)
     VALUES (gen_random_uuid(), $1, 'Incubation', 'incubation', 'Six months of incubation.', $2::jsonb, '[]'::jsonb) RETURNING id`, [org.id, JSON.stringify(PHASES)]);
  await db.query(`CREATE TEMP TABLE bench_startup ON COMMIT DROP AS SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS founder FROM generate_series(0, $1::int - 1) i`, [startups]);
  await db.query(`INSERT INTO users (id, email, name, password_hash) SELECT founder, format('founder-%s-%s@bench.hatchery.test', i, $1::text), format('Founder %s', i), 'bench: no login' FROM bench_startup`, [slug]);
  await db.query(`INSERT INTO startups (id, organization_id, name, sector, stage, status) SELECT id, $1, format('Startup %s', lpad(i::text, 5, '0')), 'Cleantech', 'seed', 'accepted' FROM bench_startup`, [org.id]);
  await db.query(`INSERT INTO startup_founders (startup_id, user_id, organization_id) SELECT id, founder, $1 FROM bench_startup`, [org.id]);
  const { rows: ids } = await db.query<{ id: string }>(`SELECT id FROM bench_startup ORDER BY i`);
  await db.query('COMMIT');
  return { organizationId: org.id as string, programmeId: programme.id as string, startupIds: ids.map((r) => r.id) };
}

/** Deletes keys by prefix with SCAN + UNLINK (never KEYS: a million keys would block Redis). */
async function deleteKeys(prefix: string): Promise<void> {
  const Redis = (await import('ioredis')).default;
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 5000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) {
    await step.run().catch((error: Error) => process.stderr.write(`[timers] cleanup "${step.label}" failed: ${error.message}\n`));
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

main()
  .then(() => cleanUp())
  .then(() => log('done, database and Redis keys removed'))
  .catch(async (error: Error) => {
    process.stderr.write(`[timers] FAILED: ${error.stack ?? error.message}\n`);
    await cleanUp();
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 3000).unref());
