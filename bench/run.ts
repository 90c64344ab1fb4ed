/**
 * `npm run bench`: the ranking of a 10,000-application screening round, and the equity reads (a
 * cap table as of a date from a 10,000-entry ledger, the portfolio of 1,000 startups), end to end
 * through the real API and as the bare SQL they run; the mentors' month-end statements; the
 * month's rent invoices for 100,000 leases (service, one raw INSERT … SELECT, a per-lease loop);
 * on a database of its own that it drops at the end. See bench/README.md.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { RANKING_SQL } from '../libs/applications/src/ranking.service';
import { equityCounts, runEquityBench, seedEquityBench } from './equity';
import { billingCounts, runBillingBench, seedBillingBench } from './billing';
import { mentorsCounts, runMentorsBench, seedMentorsBench } from './mentors';
import { benchHarness, createBenchDatabase, writeResults } from './harness';
import { countQueries } from './query-counter';
import { BENCH_RUBRIC, counts, ROUND_KEY, seed, Seeded } from './seed';
import { Measurement, measureInterleaved, table } from './stats';

const int = (name: string, fallback: number) => Number(process.env[name] || fallback);
const BIG = int('BENCH_APPLICATIONS', 10_000);
const MID = int('BENCH_MID_APPLICATIONS', 1_000);
const SMALL = 100;
const RUNS = int('BENCH_RUNS', 30);
const WARMUP = int('BENCH_WARMUP', 5);
/** The mid-size call is the one the planner once got wrong (see README). */
const MID_RUNS = int('BENCH_MID_RUNS', 30);
const MID_WARMUP = 2;
/** Leaves the database in place for EXPLAIN experiments (drop it by hand afterwards). */
const KEEP_DATABASE = process.env.BENCH_KEEP_DATABASE === '1';
const PASSWORD = 'bench-owner-password';
/** Which parts run: `ranking`, `equity`, `mentors`, `billing` (all by default). The ranking's data is seeded either way (2 s): it holds the owner. */
const SUITES = new Set((process.env.BENCH_SUITES || 'ranking,equity,mentors,billing').split(',').map((s) => s.trim()));
const LEDGER_ENTRIES = int('BENCH_LEDGER_ENTRIES', 10_000);
const SMALL_LEDGER_ENTRIES = 100;
const PORTFOLIO_STARTUPS = int('BENCH_PORTFOLIO_STARTUPS', 1_000);
const SMALL_PORTFOLIO_STARTUPS = 10;
const MENTORS = int('BENCH_MENTORS', 1_000);
const SESSIONS_PER_MENTOR = int('BENCH_SESSIONS_PER_MENTOR', 20);
const MENTOR_RUNS = int('BENCH_MENTOR_RUNS', 10);
const BILLING_LEASES = int('BENCH_BILLING_LEASES', 100_000);
const BILLING_RUNS = int('BENCH_BILLING_RUNS', 3);
const BILLING_LOOP_SAMPLE = int('BENCH_BILLING_LOOP_SAMPLE', 2_000);

type Method = 'weighted' | 'zscore';

const harness = benchHarness('bench');
const { log, cleanups, cleanUp, interrupted } = harness;

async function main(): Promise<void> {
  const { suffix, redisPrefix, db } = await createBenchDatabase(harness, KEEP_DATABASE);

  // 2. Data.
  const superuser = new Client({ connectionString: db.inspect, application_name: 'hatchery-bench-seed' });
  // Dropping the database (WITH FORCE, on Ctrl-C) ends these connections: expected, not a crash.
  superuser.on('error', () => undefined);
  await superuser.connect();
  cleanups.push({ label: 'superuser client', run: () => superuser.end() });
  log(`seeding: 1 organization, 1 programme, calls of ${BIG}, ${MID} and ${SMALL} applications from ${BIG} applicants, 30 reviewers`);
  const seedStart = performance.now();
  const seeded = await seed(superuser, {
    slug: `bench-${suffix}`,
    calls: [
      { title: 'Annual intake', applications: BIG },
      { title: 'Autumn call', applications: MID },
      { title: 'Spring micro-call', applications: SMALL },
    ],
  });
  const [bigCallId, midCallId, smallCallId] = seeded.callIds;
  const seedMs = performance.now() - seedStart;
  let equitySeeded: Awaited<ReturnType<typeof seedEquityBench>> | undefined;
  let equitySeedMs = 0;
  if (SUITES.has('equity')) {
    log(`seeding equity: cap tables of ${LEDGER_ENTRIES} and ${SMALL_LEDGER_ENTRIES} ledger entries, portfolios of ${PORTFOLIO_STARTUPS} and ${SMALL_PORTFOLIO_STARTUPS} startups`);
    const start = performance.now();
    equitySeeded = await seedEquityBench(superuser, { suffix, ledgerEntries: [LEDGER_ENTRIES, SMALL_LEDGER_ENTRIES], portfolioStartups: [PORTFOLIO_STARTUPS, SMALL_PORTFOLIO_STARTUPS] });
    equitySeedMs = performance.now() - start;
  }
  let mentorsSeeded: Awaited<ReturnType<typeof seedMentorsBench>> | undefined;
  let mentorsSeedMs = 0;
  if (SUITES.has('mentors')) {
    // The last month that ended in Ulaanbaatar, so the service (on the real clock) may issue it.
    const month = addMonth((await superuser.query<{ m: string }>(`SELECT to_char(now() AT TIME ZONE 'Asia/Ulaanbaatar', 'YYYY-MM') AS m`)).rows[0].m, -1);
    log(`seeding mentors: ${MENTORS} mentors × ${SESSIONS_PER_MENTOR} approved sessions in ${month}`);
    const start = performance.now();
    mentorsSeeded = await seedMentorsBench(superuser, { suffix, mentors: MENTORS, sessionsPerMentor: SESSIONS_PER_MENTOR, month });
    mentorsSeedMs = performance.now() - start;
  }
  let billingSeeded: Awaited<ReturnType<typeof seedBillingBench>> | undefined;
  let billingSeedMs = 0;
  if (SUITES.has('billing')) {
    // The last month that ended in London, so the service (on the real clock) may invoice it.
    const period = addMonth((await superuser.query<{ m: string }>(`SELECT to_char(now() AT TIME ZONE 'Europe/London', 'YYYY-MM') AS m`)).rows[0].m, -1);
    log(`seeding billing: ${BILLING_LEASES} leases to invoice for ${period}`);
    const start = performance.now();
    billingSeeded = await seedBillingBench(superuser, { suffix, leases: BILLING_LEASES, period });
    billingSeedMs = performance.now() - start;
  }
  await superuser.query('VACUUM ANALYZE');
  const bigCall = await callCounts(superuser, bigCallId);
  log(`seeded in ${(seedMs / 1000).toFixed(1)} s (then VACUUM ANALYZE); big call: ${fmt(bigCall)}; all tables: ${fmt(await counts(superuser))}`);

  // 3. The real API on the bench database, as test/support/system.ts boots it.
  Object.assign(process.env, {
    DATABASE_URL: db.app,
    DATABASE_ADMIN_URL: db.owner,
    DATABASE_SYSTEM_URL: db.system,
    REDIS_PREFIX: redisPrefix,
    LOG_LEVEL: 'silent',
  });
  // Imported only now: loading the Nest modules fills process.env with the config defaults.
  const { createApi } = await import('../apps/api/src/bootstrap');
  const { DataSource } = await import('typeorm');
  cleanups.push({ label: 'redis keys', run: () => deleteRedisKeys(redisPrefix) });
  const api: NestFastifyApplication = await createApi({ logs: false });
  // Interrupted, the API's own shutdown hook is closing it already.
  cleanups.push({ label: 'api', run: () => api.close().catch((error) => (interrupted() ? undefined : Promise.reject(error))) });
  await api.init();
  const fastify = api.getHttpAdapter().getInstance();
  await fastify.ready();
  const poolSize = (api.get(DataSource).options as { extra?: { max?: number } }).extra?.max;
  log(`api booted (TypeORM pool max ${poolSize})`);

  const owner = await registerOwner(api, superuser, seeded, suffix);
  if (equitySeeded) {
    const organizationIds = [equitySeeded.ledger.organizationId, ...equitySeeded.portfolios.map((p) => p.organizationId)];
    await superuser.query(`INSERT INTO memberships (id, organization_id, user_id, role) SELECT gen_random_uuid(), o, $2, 'owner' FROM unnest($1::uuid[]) o`, [organizationIds, owner.id]);
  }
  const get = async (url: string) => {
    const response = await fastify.inject({ method: 'GET', url, headers: { authorization: `Bearer ${owner.token}` } });
    if (response.statusCode !== 200) throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
    return response;
  };
  const rankingUrl = (callId: string, method: Method) => `/api/v1/organizations/${seeded.slug}/calls/${callId}/rounds/${ROUND_KEY}/ranking?method=${method}`;

  // The baseline: RANKING_SQL on a bare pg Client as the app role, in a transaction set up as a request's.
  const raw = new Client({ connectionString: db.app, application_name: 'hatchery-bench-raw' });
  raw.on('error', () => undefined);
  await raw.connect();
  cleanups.push({ label: 'raw client', run: () => raw.end() });
  const rubricParam = JSON.stringify(BENCH_RUBRIC.map((c) => ({ key: c.key, weight: c.weight })));
  const rawRank = async (callId: string, method: Method, prefix = '') => {
    await raw.query('BEGIN');
    try {
      await raw.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true), set_config('app.role', 'owner', true)`, [
        seeded.organizationId,
        owner.id,
      ]);
      const result = await raw.query(prefix + RANKING_SQL(method === 'zscore' ? 'z_score' : 'score'), [seeded.organizationId, callId, ROUND_KEY, rubricParam]);
      await raw.query('COMMIT');
      return result.rows;
    } catch (error) {
      await raw.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  };

  if (SUITES.has('ranking')) {
    // 4. Sanity: the endpoint answers the whole round, in the same order as the bare SQL.
    const checks: string[] = [];
    for (const method of ['weighted', 'zscore'] as const) {
      const response = await get(rankingUrl(bigCallId, method));
      const body = JSON.parse(response.body) as { applicationId: string; reviews: number }[];
      const rows = await rawRank(bigCallId, method);
      if (body.length !== BIG) throw new Error(`${method}: endpoint ranked ${body.length} applications, expected ${BIG}`);
      if (body.some((r) => r.reviews !== 3)) throw new Error(`${method}: some applications do not have 3 reviews`);
      if (body.map((r) => r.applicationId).join() !== rows.map((r) => r.id).join()) throw new Error(`${method}: endpoint and raw SQL rank differently`);
      checks.push(`${method}: ${body.length} rows, all with 3 reviews, same order as the raw SQL, ${(response.rawPayload.length / 2 ** 20).toFixed(2)} MiB of JSON`);
    }
    const weightedIds = (await rawRank(bigCallId, 'weighted')).map((r) => r.id as string);
    const zIds = (await rawRank(bigCallId, 'zscore')).map((r) => r.id as string);
    checks.push(`weighted vs zscore: Spearman rho ${spearman(weightedIds, zIds).toFixed(3)}, top-100 overlap ${overlap(weightedIds, zIds, 100)}/100 (reviewer bias matters)`);
    checks.forEach((c) => log(`check: ${c}`));

    // 5. Statements per request, small call vs big call.
    const queryCounts: { call: string; applications: number; method: Method; wire: number; typeorm: number; statements: string[] }[] = [];
    for (const [label, callId, n] of [
      ['small', smallCallId, SMALL],
      ['big', bigCallId, BIG],
    ] as const) {
      for (const method of ['weighted', 'zscore'] as const) {
        const counted = await countQueries(() => get(rankingUrl(callId, method)));
        const ranked = (JSON.parse(counted.result.body) as unknown[]).length;
        if (ranked !== n) throw new Error(`${label} call ${method}: ranked ${ranked}, expected ${n}`);
        queryCounts.push({ call: label, applications: n, method, wire: counted.wire.length, typeorm: counted.typeorm.length, statements: counted.wire });
      }
    }
    const distinctCounts = new Set(queryCounts.flatMap((q) => [q.wire, q.typeorm]));
    const constant = distinctCounts.size === 1;
    const queryReport = [
      '| call | applications | method | SQL statements (pg wire) | via TypeORM query runner |',
      '|---|---:|---|---:|---:|',
      ...queryCounts.map((q) => `| ${q.call} | ${q.applications} | ${q.method} | ${q.wire} | ${q.typeorm} |`),
      '',
      constant ? `Constant: ${[...distinctCounts][0]} statements per ranking request, whatever the size of the round.` : 'NOT CONSTANT: the number of statements depends on the size of the round.',
      '',
      'The statements of one request (big call, weighted):',
      '',
      ...queryCounts[2].statements.map((s, i) => `${i + 1}. \`${s.length > 110 ? s.slice(0, 107) + '...' : s}\``),
    ].join('\n');
    log(`statements per ranking request:\n${queryReport}`);

    // 6. Timings.
    log(`timing: raw SQL and endpoint interleaved; ${WARMUP} warm-up + ${RUNS} measured rounds (${MID}-application call: ${MID_WARMUP} + ${MID_RUNS})`);
    const measurements: Measurement[] = [];
    const groups: [string, Method, number, { warmup: number; runs: number }][] = [
      [bigCallId, 'weighted', BIG, { warmup: WARMUP, runs: RUNS }],
      [bigCallId, 'zscore', BIG, { warmup: WARMUP, runs: RUNS }],
      [smallCallId, 'weighted', SMALL, { warmup: WARMUP, runs: RUNS }],
      [midCallId, 'weighted', MID, { warmup: MID_WARMUP, runs: MID_RUNS }],
    ];
    for (const [callId, method, size, rounds] of groups) {
      const baseline = `raw SQL, ${method}, ${size} apps`;
      const endpoint = `endpoint, ${method}, ${size} apps`;
      const cases = [
        { name: baseline, fn: () => rawRank(callId, method) },
        { name: endpoint, fn: () => get(rankingUrl(callId, method)), baseline },
      ];
      measurements.push(...(await measureInterleaved(cases, rounds)));
      log(`  ${method}, ${size} applications: done`);
    }
    const timings = table(measurements);
    log(`timings (raw SQL = BEGIN, set_config, RANKING_SQL, COMMIT on one pg Client as hatchery_app; endpoint = fastify inject, whole pipeline):\n${timings}`);

    // 7. Where the time goes, as PostgreSQL sees it.
    const plans: { title: string; plan: string }[] = [];
    for (const [callId, method, size] of [
      [bigCallId, 'weighted', BIG],
      [bigCallId, 'zscore', BIG],
      [midCallId, 'weighted', MID],
    ] as const) {
      const rows = await rawRank(callId, method, 'EXPLAIN (ANALYZE, BUFFERS, SETTINGS) ');
      const plan = rows.map((r) => r['QUERY PLAN'] as string).join('\n');
      plans.push({ title: `${method}, ${size} applications`, plan });
      log(`EXPLAIN ANALYZE ${method}, ${size} applications: ${digest(plan)}`);
    }

    // 8. Results file.
    const settings = await superuser.query(
      `SELECT version() AS version, current_setting('shared_buffers') AS shared_buffers, current_setting('work_mem') AS work_mem,
              current_setting('jit') AS jit, current_setting('random_page_cost') AS random_page_cost`,
    );
    const s = settings.rows[0];
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${String(s.version).split(' on ')[0]} (shared_buffers ${s.shared_buffers}, work_mem ${s.work_mem}, jit ${s.jit}, random_page_cost ${s.random_page_cost})`;
    const totalSeconds = harness.seconds().toFixed(0);
    const markdown = [
      `# Ranking benchmark, ${new Date().toISOString()}`,
      '',
      `Machine: ${machine}.`,
      '',
      `Data: a closed call of ${BIG} applications in its screening round, 3 submitted reviews each by 30 reviewers (${bigCall.review_assignments} assignments, ${bigCall.review_scores} scores, 4-criterion rubric weighted 3/2/2/1); calls of ${MID} and ${SMALL} applications shaped alike, in the same organization. Seeded in ${(seedMs / 1000).toFixed(1)} s, then VACUUM ANALYZE.`,
      '',
      '## Timings',
      '',
      `Each round runs the raw SQL and the endpoint once, alternating which goes first (never concurrently); ${WARMUP} warm-up rounds then ${RUNS} measured ones (${MID_WARMUP} + ${MID_RUNS} for the ${MID}-application call). "raw SQL" is BEGIN, the three set_config calls, RANKING_SQL and COMMIT on one pg Client logged in as hatchery_app (so row level security applies); "endpoint" is GET …/rounds/screening/ranking through fastify inject as the organization's owner: auth guard, transaction, membership lookup, call lookup, the same SQL, mapping and JSON serialization.`,
      '',
      timings,
      '',
      '## Checks',
      '',
      ...checks.map((c) => `- ${c}`),
      '',
      '## SQL statements per ranking request',
      '',
      queryReport,
      '',
      ...plans.flatMap((p) => [`## EXPLAIN (ANALYZE, BUFFERS) of RANKING_SQL, ${p.title}, as hatchery_app`, '', '```', p.plan, '```', '']),
      `Total run time: ${totalSeconds} s (database created, seeded, measured; dropped after this was written).`,
      '',
    ].join('\n');
    const file = writeResults('ranking', markdown);
    log(`machine: ${machine}`);
    log(`results written to ${file}`);
    if (!constant) throw new Error('the ranking request does not issue a constant number of SQL statements');
  }

  if (equitySeeded) {
    log(`equity seeded in ${(equitySeedMs / 1000).toFixed(1)} s: ${fmt(await equityCounts(superuser))}`);
    const equity = await runEquityBench({ log, get, raw, ownerId: owner.id, seeded: equitySeeded, runs: RUNS, warmup: WARMUP });
    const settings = (await superuser.query(`SELECT version() AS version, current_setting('shared_buffers') AS shared_buffers, current_setting('work_mem') AS work_mem, current_setting('jit') AS jit`)).rows[0];
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${String(settings.version).split(' on ')[0]} (shared_buffers ${settings.shared_buffers}, work_mem ${settings.work_mem}, jit ${settings.jit})`;
    const markdown = [
      `# Equity benchmark, ${new Date().toISOString()}`,
      '',
      `Machine: ${machine}.`,
      '',
      `Data (set-based, see bench/equity.ts; seeded in ${(equitySeedMs / 1000).toFixed(1)} s, then VACUUM ANALYZE): ${fmt(await equityCounts(superuser))}.`,
      '',
      equity.markdown,
    ].join('\n');
    const file = writeResults('equity', markdown);
    log(`equity results written to ${file}`);
    if (!equity.constant) throw new Error('an equity request does not issue a constant number of SQL statements');
  }

  if (mentorsSeeded) {
    log(`mentors seeded in ${(mentorsSeedMs / 1000).toFixed(1)} s: ${fmt(await mentorsCounts(superuser, mentorsSeeded.organizationId))}`);
    const mentors = await runMentorsBench({ log, api, raw, seeded: mentorsSeeded, runs: MENTOR_RUNS, warmup: 2 });
    const markdown = [
      `# Mentor statements benchmark, ${new Date().toISOString()}`,
      '',
      `Data (set-based, see bench/mentors.ts; seeded in ${(mentorsSeedMs / 1000).toFixed(1)} s, then VACUUM ANALYZE): ${fmt(await mentorsCounts(superuser, mentorsSeeded.organizationId))}.`,
      '',
      mentors.markdown,
    ].join('\n');
    const file = writeResults('mentors', markdown);
    log(`mentor statement results written to ${file}`);
    if (!mentors.consistent) throw new Error('the three ways of running the month issued different statements');
  }

  if (billingSeeded) {
    const seededCounts = fmt(await billingCounts(superuser, billingSeeded.organizationId));
    log(`billing seeded in ${(billingSeedMs / 1000).toFixed(1)} s: ${seededCounts}`);
    const billing = await runBillingBench({ log, api, raw, superuser, seeded: billingSeeded, runs: BILLING_RUNS, warmup: 1, loopSample: BILLING_LOOP_SAMPLE });
    const settings = (await superuser.query(`SELECT version() AS version, current_setting('shared_buffers') AS shared_buffers, current_setting('work_mem') AS work_mem, current_setting('jit') AS jit`)).rows[0];
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${String(settings.version).split(' on ')[0]} (shared_buffers ${settings.shared_buffers}, work_mem ${settings.work_mem}, jit ${settings.jit}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
    const markdown = [
      `# Rent invoice run benchmark, ${new Date().toISOString()}`,
      '',
      `Machine: ${machine}.`,
      '',
      `Data (set-based, see bench/billing.ts; seeded in ${(billingSeedMs / 1000).toFixed(1)} s, then VACUUM ANALYZE): ${seededCounts}.`,
      '',
      billing.markdown,
    ].join('\n');
    const file = writeResults('billing', markdown);
    log(`billing results written to ${file}`);
    if (!billing.consistent) throw new Error('the three ways of running the month wrote different invoices');
  }
}

/** `YYYY-MM` plus n months. */
function addMonth(month: string, n: number): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Execution time, and how the final join of in_round with the normalized reviews was done. */
function digest(plan: string): string {
  const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
  const lines = plan.split('\n');
  const join = lines.findIndex((l) => /(Nested Loop|Hash|Merge) (Left|Right) Join/.test(l));
  const removed = join >= 0 ? lines.slice(join, join + 3).find((l) => /Rows Removed by Join Filter/.test(l)) : undefined;
  const how = join >= 0 ? /(Nested Loop|Hash|Merge) (Left|Right) Join/.exec(lines[join])![0] : 'no outer join found';
  return `${time} ms; final join: ${how}${removed ? ` (${removed.trim()})` : ''}`;
}

async function callCounts(db: Client, callId: string) {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM applications WHERE call_id = $1)::int AS applications,
            (SELECT count(*) FROM review_assignments ra JOIN applications a ON a.id = ra.application_id WHERE a.call_id = $1)::int AS review_assignments,
            (SELECT count(*) FROM review_scores rs JOIN review_assignments ra ON ra.id = rs.assignment_id JOIN applications a ON a.id = ra.application_id WHERE a.call_id = $1)::int AS review_scores`,
    [callId],
  );
  return rows[0] as { applications: number; review_assignments: number; review_scores: number };
}

/** The organization's owner: registered through the API, made owner with SQL, logged in. */
async function registerOwner(api: NestFastifyApplication, superuser: Client, seeded: Seeded, suffix: string) {
  const fastify = api.getHttpAdapter().getInstance();
  const email = `owner-${suffix}@bench.hatchery.test`;
  const registered = await fastify.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password: PASSWORD, name: 'Bench Owner' } });
  if (registered.statusCode !== 201) throw new Error(`register answered ${registered.statusCode}: ${registered.body}`);
  const id = (JSON.parse(registered.body) as { id: string }).id;
  await superuser.query(`INSERT INTO memberships (id, organization_id, user_id, role) VALUES (gen_random_uuid(), $1, $2, 'owner')`, [seeded.organizationId, id]);
  const login = await fastify.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`login answered ${login.statusCode}: ${login.body}`);
  return { id, token: (JSON.parse(login.body) as { accessToken: string }).accessToken };
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const Redis = (await import('ioredis')).default;
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** Rank correlation of two orderings of the same ids. */
function spearman(a: string[], b: string[]): number {
  const rankInB = new Map(b.map((id, i) => [id, i]));
  const n = a.length;
  const d2 = a.reduce((sum, id, i) => sum + (i - rankInB.get(id)!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

function overlap(a: string[], b: string[], k: number): number {
  const top = new Set(b.slice(0, k));
  return a.slice(0, k).filter((id) => top.has(id)).length;
}

const fmt = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');

main()
  .then(() => cleanUp())
  .then(() => log('done'))
  .catch(async (error: Error) => {
    process.stderr.write(`[bench] FAILED: ${error.stack ?? error.message}\n`);
    await cleanUp();
    process.exitCode = 1;
  })
  // Everything is closed by now; a handle left open by a library must not keep the process alive.
  .finally(() => setTimeout(() => process.exit(), 3000).unref());
