/**
 * The billing part of `npm run bench` (bench/run.ts calls it on the same database and API): the
 * month's rent invoice run for 100,000 leases of one organization, three ways, each inside a
 * transaction rolled back afterwards (and the billing tables vacuumed, untimed, before every
 * round), so every round does the same work on the same data:
 * - **service**: InvoicesService.issueDue(period) in the api process, in the organization as the
 *   worker's job runs it (run row, counter, the one pricing-and-inserting statement of
 *   libs/billing/src/invoice-run.sql.ts, the counter's advance, the outbox row, the audit entry);
 * - **raw SQL**: one hand-written `INSERT … SELECT` (RAW_ISSUE below) that writes the same invoices
 *   and lines, on a bare pg Client as hatchery_app in an RLS transaction;
 * - **per-lease loop**: the project's statement restricted to one lease (`issueInvoices(true)`),
 *   once per lease, for an evenly spread sample of the period's leases, extrapolated linearly.
 * See bench/README.md.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Tenancy } from '../libs/core/src';
import { ADVANCE_COUNTER, INSERT_RUN, issueInvoices, LOCK_COUNTER } from '../libs/billing/src/invoice-run.sql';
import { InvoicesService } from '../libs/billing/src/invoices.service';
import { addDays, addMonths, firstDay } from '../libs/billing/src/period-rules';
import { localDate } from '../libs/spaces/src/date-rules';
import { countQueries } from './query-counter';
import { Measurement, percentile, table } from './stats';

export interface BillingSeeded {
  organizationId: string;
  /** The period invoiced, 'YYYY-MM' (the last that ended in the organization's timezone). */
  period: string;
  timezone: string;
  currency: string;
  prefix: string;
  paymentTermsDays: number;
  /** Leases with a day in the period (the run invoices each once). */
  leases: number;
}

const TIMEZONE = 'Europe/London';
const CURRENCY = 'GBP';
const PREFIX = 'BENCH';
const TERMS_DAYS = 14;
const DESK_AREAS = 100;
const LEASES_PER_DESK_AREA = 10;
const STARTUPS_PER_LEASE = 4;

/**
 * Set-based, as the superuser, in one transaction (`generate_series`, no loop): an organization
 * (Europe/London, GBP) with its billing settings, 4 sites, `leases - 1,000` exclusive spaces
 * (offices, every 5th an incubation room; 10–49 m²) and 100 desk areas of 20 desks; a market rate
 * for every space since 2020 (per m² for even spaces, per month for odd ones), every 7th with a
 * newer rate a year before the period, every 10th with a change on the 15th of the period (+10 %);
 * three plans: free (incubation), a quarter of market (share_of_market 2,500 bps) and fixed
 * (£300.00, £320.00 from the 10th of the period: a mid-month terms change); one lease per
 * exclusive space and 10 leases of 1–2 desks per desk area (`leases` in all), 30 % free, 50 %
 * quarter of market, 20 % fixed, 4 leases per startup on average, every 20th starting inside the
 * period, every 25th ending inside it; 1,980 older leases (2019–2020) on every 50th space that
 * the run must skip; and the previous period's run row, so the service's catch-up issues only this
 * period.
 */
export async function seedBillingBench(db: Client, options: { suffix: string; leases: number; period: string }): Promise<BillingSeeded> {
  const exclusive = options.leases - DESK_AREAS * LEASES_PER_DESK_AREA;
  if (exclusive < 1) throw new Error(`BENCH_BILLING_LEASES must exceed ${DESK_AREAS * LEASES_PER_DESK_AREA}`);
  const p0 = firstDay(options.period);
  const startups = Math.ceil(options.leases / STARTUPS_PER_LEASE);
  await db.query('BEGIN');
  try {
    const organizationId = (
      await db.query<{ id: string }>(
        `INSERT INTO organizations (id, slug, name, kind, ownership, timezone, default_currency)
         VALUES (gen_random_uuid(), $1, 'Bench Billing Park', 'science_innovation_park', 'private', $2, $3) RETURNING id`,
        [`bench-billing-${options.suffix}`, TIMEZONE, CURRENCY],
      )
    ).rows[0].id;
    await db.query(`INSERT INTO billing_settings (organization_id, invoice_prefix, payment_terms_days, updated_at) VALUES ($1, $2, $3, now())`, [organizationId, PREFIX, TERMS_DAYS]);
    await db.query(`DROP TABLE IF EXISTS bench_startup, bench_site, bench_space, bench_plan`);
    await db.query(`CREATE TEMP TABLE bench_startup ON COMMIT DROP AS SELECT i, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) i`, [startups]);
    await db.query(`CREATE UNIQUE INDEX ON bench_startup (i)`);
    await db.query(`INSERT INTO startups (id, organization_id, name) SELECT id, $1, format('Tenant %s', i) FROM bench_startup`, [organizationId]);
    await db.query(`CREATE TEMP TABLE bench_site ON COMMIT DROP AS SELECT i, gen_random_uuid() AS id FROM generate_series(0, 3) i`);
    await db.query(`INSERT INTO sites (id, organization_id, name, timezone) SELECT id, $1, format('Building %s', i), $2 FROM bench_site`, [organizationId, TIMEZONE]);
    // Spaces: i < exclusive are offices and incubation rooms, the rest desk areas.
    await db.query(`CREATE TEMP TABLE bench_space ON COMMIT DROP AS SELECT i, gen_random_uuid() AS id, i < $1 AS exclusive FROM generate_series(0, $1::int + $2::int - 1) i`, [exclusive, DESK_AREAS]);
    await db.query(`CREATE UNIQUE INDEX ON bench_space (i)`);
    await db.query(
      `INSERT INTO spaces (id, organization_id, site_id, name, kind, area_m2, capacity, exclusive)
       SELECT sp.id, $1, s.id,
              CASE WHEN sp.exclusive THEN format('Office %s', sp.i) ELSE format('Open space %s', sp.i - $2) END,
              CASE WHEN NOT sp.exclusive THEN 'desk_area' WHEN sp.i % 5 = 0 THEN 'incubation_room' ELSE 'office' END,
              CASE WHEN sp.exclusive THEN 10 + (sp.i % 40) + (sp.i % 4) * 0.25 ELSE 200 END,
              CASE WHEN sp.exclusive THEN 1 + sp.i % 6 ELSE 20 END,
              sp.exclusive
         FROM bench_space sp JOIN bench_site s ON s.i = sp.i % 4`,
      [organizationId, exclusive],
    );
    // Every 1,000th office (from the 3rd) has no rate at all; every 1,000th from the 7th has its first rate from the 8th of the period (both leased on the free plan).
    await db.query(
      `INSERT INTO space_rates (id, organization_id, space_id, effective_from, basis, amount_minor, currency)
       SELECT gen_random_uuid(), $1::uuid, id, date '2020-01-01', CASE WHEN i % 2 = 0 THEN 'per_m2_month' ELSE 'per_month' END,
              CASE WHEN i % 2 = 0 THEN 1500 + i % 700 ELSE 40000 + (i % 1000) * 10 END, $3 FROM bench_space WHERE NOT (exclusive AND i % 1000 IN (3, 7))
       UNION ALL
       SELECT gen_random_uuid(), $1::uuid, id, $2::date - 365, CASE WHEN i % 2 = 0 THEN 'per_m2_month' ELSE 'per_month' END,
              CASE WHEN i % 2 = 0 THEN 1700 + i % 700 ELSE 45000 + (i % 1000) * 10 END, $3 FROM bench_space WHERE i % 7 = 0 AND NOT (exclusive AND i % 1000 IN (3, 7))
       UNION ALL
       SELECT gen_random_uuid(), $1::uuid, id, $2::date + 14, CASE WHEN i % 2 = 0 THEN 'per_m2_month' ELSE 'per_month' END,
              CASE WHEN i % 2 = 0 THEN 1870 + i % 700 ELSE 49500 + (i % 1000) * 10 END, $3 FROM bench_space WHERE i % 10 = 0
       UNION ALL
       SELECT gen_random_uuid(), $1::uuid, id, $2::date + 7, 'per_month', 50000, $3 FROM bench_space WHERE exclusive AND i % 1000 = 7`,
      [organizationId, p0, CURRENCY],
    );
    await db.query(
      `CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
       SELECT * FROM (VALUES (0, gen_random_uuid(), 'Incubation (free)', 'free', 30), (1, gen_random_uuid(), 'Quarter of market', 'share_of_market', 60), (2, gen_random_uuid(), 'Fixed office rate', 'fixed', 30)) v(i, id, name, kind, notice)`,
    );
    await db.query(`INSERT INTO rent_plans (id, organization_id, name, kind, notice_days) SELECT id, $1, name, kind, notice FROM bench_plan`, [organizationId]);
    await db.query(
      `INSERT INTO rent_plan_terms (id, organization_id, plan_id, effective_from, share_bps, amount_minor, currency)
       SELECT gen_random_uuid(), $1::uuid, id, date '2020-01-01', CASE kind WHEN 'share_of_market' THEN 2500 END, CASE kind WHEN 'fixed' THEN 30000 END, CASE kind WHEN 'fixed' THEN $3 END FROM bench_plan
       UNION ALL
       SELECT gen_random_uuid(), $1::uuid, id, $2::date + 9, NULL, 32000, $3 FROM bench_plan WHERE kind = 'fixed'`,
      [organizationId, p0, CURRENCY],
    );
    // Leases: k < exclusive on space k; then 10 per desk area. Plan by k % 10: 0–2 free, 3–7 a quarter of market, 8–9 fixed (free on the spaces without a rate at the start of the month).
    await db.query(
      `INSERT INTO leases (id, organization_id, startup_id, space_id, plan_id, starts_on, ends_on, desks, exclusive)
       SELECT gen_random_uuid(), $1, st.id, sp.id, pl.id,
              CASE WHEN k % 20 = 0 THEN $2::date + 1 + (k / 20) % 15 ELSE date '2021-01-01' + k % 1000 END,
              CASE WHEN k % 25 = 0 THEN $2::date + 20 + k % 8 WHEN k % 13 = 0 THEN $2::date + 400 END,
              CASE WHEN sp.exclusive THEN NULL ELSE 1 + k % 2 END,
              sp.exclusive
         FROM generate_series(0, $3::int - 1) k
         JOIN bench_startup st ON st.i = k % $4
         JOIN bench_space sp ON sp.i = CASE WHEN k < $5 THEN k ELSE $5 + (k - $5) / ${LEASES_PER_DESK_AREA} END
         JOIN bench_plan pl ON pl.i = CASE WHEN k % 10 < 3 OR (k < $5 AND k % 1000 IN (3, 7)) THEN 0 WHEN k % 10 < 8 THEN 1 ELSE 2 END`,
      [organizationId, p0, options.leases, startups, exclusive],
    );
    // History the run must skip: ended before the current leases began.
    await db.query(
      `INSERT INTO leases (id, organization_id, startup_id, space_id, plan_id, starts_on, ends_on, desks, exclusive)
       SELECT gen_random_uuid(), $1, st.id, sp.id, pl.id, date '2019-01-01', date '2020-12-31', NULL, true
         FROM bench_space sp JOIN bench_startup st ON st.i = (sp.i * 7) % $2 JOIN bench_plan pl ON pl.i = 1
        WHERE sp.exclusive AND sp.i % 50 = 1`,
      [organizationId, startups],
    );
    await db.query(`INSERT INTO invoice_runs (organization_id, period, run_at, run_by) VALUES ($1, $2::date, now(), NULL)`, [organizationId, firstDay(addMonths(options.period, -1))]);
    const leases = (
      await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM leases WHERE organization_id = $1 AND starts_on < $3::date AND (ends_on IS NULL OR ends_on >= $2::date)`, [
        organizationId,
        p0,
        firstDay(addMonths(options.period, 1)),
      ])
    ).rows[0].n;
    await db.query('COMMIT');
    return { organizationId, period: options.period, timezone: TIMEZONE, currency: CURRENCY, prefix: PREFIX, paymentTermsDays: TERMS_DAYS, leases };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export async function billingCounts(db: Client, organizationId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['startups', 'sites', 'spaces', 'space_rates', 'rent_plans', 'rent_plan_terms', 'leases']) {
    out[t] = (await db.query(`SELECT count(*)::int AS n FROM ${t} WHERE organization_id = $1`, [organizationId])).rows[0].n;
  }
  return out;
}

/**
 * The baseline: the same invoices and lines in ONE hand-written statement, an `INSERT … SELECT`
 * into invoice_lines whose rows come from a data-modifying CTE that inserts the invoices. Written
 * from the rules (segments cut at the lease's first day and at each rate or terms change inside
 * the month, priced at the rate and terms in force on the segment's first day, amount = price ×
 * days / days in the month rounded half up, the invoice the sum of its lines, numbered by startup
 * and lease after the counter's base), not from the project's SQL: segments per lease by LATERAL
 * subqueries instead of a window over the whole set. Same parameters as issueInvoices() ($1–$11),
 * returns nothing; leases it cannot price get no invoice (none in this data).
 */
export const RAW_ISSUE = `
WITH le AS (
  SELECT l.id, l.startup_id, l.space_id, l.plan_id, l.desks, l.exclusive, sp.name AS space_name, sp.area_m2, sp.capacity, p.kind, p.name AS plan_name,
         greatest(l.starts_on, $2::date) AS s, least(COALESCE(l.ends_on, $3::date - 1), $3::date - 1) AS e
    FROM leases l
    JOIN spaces sp ON sp.id = l.space_id
    JOIN rent_plans p ON p.id = l.plan_id
   WHERE l.organization_id = $1 AND l.starts_on < $3::date AND (l.ends_on IS NULL OR l.ends_on >= $2::date)
),
rate AS (
  SELECT r.space_id, v.*
    FROM (SELECT space_id, effective_from, COALESCE(lead(effective_from) OVER w, 'infinity') AS until, amount_minor, basis, currency, lag(effective_from) OVER w IS NULL AS first
            FROM space_rates WHERE organization_id = $1 WINDOW w AS (PARTITION BY space_id ORDER BY effective_from)) r
    CROSS JOIN LATERAL (VALUES (true, r.effective_from, r.until, r.amount_minor, r.basis, r.currency), (false, '-infinity'::date, r.effective_from, NULL, NULL, NULL)) v(known, f, t, amount_minor, basis, currency)
   WHERE (v.known OR r.first) AND v.f < $3::date AND v.t > $2::date
),
terms AS (
  SELECT r.plan_id, v.*
    FROM (SELECT plan_id, id, effective_from, COALESCE(lead(effective_from) OVER w, 'infinity') AS until, share_bps, amount_minor, currency, lag(effective_from) OVER w IS NULL AS first
            FROM rent_plan_terms WHERE organization_id = $1 WINDOW w AS (PARTITION BY plan_id ORDER BY effective_from)) r
    CROSS JOIN LATERAL (VALUES (r.id, r.effective_from, r.until, r.share_bps, r.amount_minor, r.currency), (NULL, '-infinity'::date, r.effective_from, NULL, NULL, NULL)) v(id, f, t, share_bps, amount_minor, currency)
   WHERE (v.id IS NOT NULL OR r.first) AND v.f < $3::date AND v.t > $2::date
),
seg AS (
  SELECT le.*, greatest(le.s, r.f, t.f) AS seg_start, least(le.e, r.t - 1, t.t - 1) AS seg_end,
         r.amount_minor AS rate_minor, r.basis, r.currency AS rate_currency, t.id AS terms_id, t.share_bps, t.amount_minor AS fixed_minor, t.currency AS fixed_currency
    FROM le
    LEFT JOIN rate r ON r.space_id = le.space_id AND r.f <= le.e AND r.t > le.s
    LEFT JOIN terms t ON t.plan_id = le.plan_id AND t.f <= le.e AND t.t > le.s
   WHERE greatest(le.s, r.f, t.f) <= least(le.e, r.t - 1, t.t - 1)
),
line AS (
  SELECT seg.*, m.market_month, p.price_month, p.currency,
         round(p.price_month * (seg.seg_end - seg.seg_start + 1) / ($3::date - $2::date))::bigint AS amount_minor,
         COALESCE(round(m.market_month * (seg.seg_end - seg.seg_start + 1) / ($3::date - $2::date)), 0)::bigint AS market_minor
    FROM seg
    CROSS JOIN LATERAL (SELECT (CASE WHEN seg.basis = 'per_m2_month' THEN seg.rate_minor * seg.area_m2 ELSE seg.rate_minor::numeric END)
                               * (CASE WHEN seg.exclusive THEN 1 ELSE seg.desks::numeric / seg.capacity END) AS market_month) m
    CROSS JOIN LATERAL (SELECT CASE seg.kind WHEN 'free' THEN 0::numeric WHEN 'share_of_market' THEN CASE WHEN seg.terms_id IS NOT NULL THEN m.market_month * seg.share_bps / 10000 END ELSE seg.fixed_minor::numeric END AS price_month,
                               CASE seg.kind WHEN 'fixed' THEN seg.fixed_currency ELSE COALESCE(seg.rate_currency, $4) END AS currency) p
),
invoice AS (
  SELECT id AS lease_id, startup_id, min(currency) AS currency, sum(amount_minor) AS total_minor, sum(market_minor) AS market_minor,
         uuid_v7() AS invoice_id, $10::int + row_number() OVER (ORDER BY startup_id, id) AS sequence
    FROM line GROUP BY id, startup_id
  HAVING bool_and(price_month IS NOT NULL) AND count(DISTINCT currency) = 1
),
inserted AS (
  INSERT INTO invoices (id, organization_id, kind, number, year, sequence, startup_id, lease_id, period, currency, total_minor, market_minor, issued_on, due_on, issued_at, created_by)
  SELECT invoice_id, $1, 'invoice', $9 || '-' || $8::int || '-' || lpad(sequence::text, 6, '0'), $8::int, sequence, startup_id, lease_id, $2::date, currency, total_minor, market_minor, $6::date, $7::date, $5, $11::uuid
    FROM invoice
)
INSERT INTO invoice_lines (id, organization_id, invoice_id, starts_on, ends_on, days, days_in_month, plan_kind, share_bps, market_month, price_month, amount_minor, market_minor, currency, description)
SELECT uuid_v7(), $1, i.invoice_id, l.seg_start, l.seg_end, l.seg_end - l.seg_start + 1, $3::date - $2::date, l.kind, l.share_bps, l.market_month, l.price_month, l.amount_minor, l.market_minor, l.currency,
       l.space_name || CASE WHEN l.exclusive THEN '' ELSE ' (' || l.desks || CASE WHEN l.desks = 1 THEN ' desk)' ELSE ' desks)' END END || ', ' || l.plan_name
  FROM line l JOIN invoice i ON i.lease_id = l.id`;

/**
 * What a run wrote for the period, read inside its transaction before the rollback: counts, sums,
 * and fingerprints of every invoice (lease, number, amounts, dates, currency) and every line (its
 * lease, dates, pricing, amounts, description). `$3` limits it to some leases (null: all), and
 * with `$4` the numbers are left out of the fingerprint (the loop's sample numbers its own).
 */
const MADE = `
WITH inv AS (SELECT * FROM invoices WHERE organization_id = $1 AND kind = 'invoice' AND period = $2::date AND ($3::uuid[] IS NULL OR lease_id = ANY($3))),
     lin AS (SELECT i.lease_id, l.* FROM invoice_lines l JOIN inv i ON i.id = l.invoice_id WHERE l.organization_id = $1)
SELECT (SELECT count(*)::int FROM inv) AS invoices,
       (SELECT count(*)::int FROM lin) AS lines,
       (SELECT COALESCE(sum(total_minor), 0)::text FROM inv) AS total_minor,
       (SELECT COALESCE(sum(market_minor), 0)::text FROM inv) AS market_minor,
       (SELECT COALESCE(sum(amount_minor), 0)::text FROM lin) AS lines_minor,
       (SELECT count(*)::int FROM inv WHERE total_minor = 0) AS zero_invoices,
       (SELECT md5(string_agg(concat_ws('|', lease_id, startup_id, CASE WHEN $4::boolean THEN '' ELSE number END, year, currency, total_minor, market_minor, issued_on, due_on, created_by), ',' ORDER BY lease_id)) FROM inv) AS invoices_md5,
       (SELECT md5(string_agg(concat_ws('|', lease_id, starts_on, ends_on, days, days_in_month, plan_kind, share_bps, market_month, price_month, amount_minor, market_minor, currency, description), ',' ORDER BY lease_id, starts_on)) FROM lin) AS lines_md5`;

interface Made {
  invoices: number;
  lines: number;
  total_minor: string;
  market_minor: string;
  lines_minor: string;
  zero_invoices: number;
  invoices_md5: string;
  lines_md5: string;
}

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super('rollback');
  }
}

export interface BillingBenchResult {
  markdown: string;
  consistent: boolean;
  targetMet: boolean;
}

/**
 * CPU time (user + system, ms) of the bench database's client backends, read from /proc (the
 * bench runs on PostgreSQL's host); null where /proc is not readable. On a shared machine the wall
 * time swings with the neighbours' load; the server's CPU time for the same work barely moves.
 */
async function serverCpu(superuser: Client): Promise<Map<number, number> | null> {
  const { rows } = await superuser.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`);
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
    } catch {
      return null;
    }
  }
  return out;
}
const CLOCK_TICKS = 100;
const cpuSpent = (before: Map<number, number> | null, after: Map<number, number> | null) =>
  before && after ? [...after].reduce((sum, [pid, ms]) => sum + (before.has(pid) ? ms - before.get(pid)! : ms), 0) : NaN;

export async function runBillingBench(options: {
  log: (line: string) => void;
  api: NestFastifyApplication;
  /** A pg Client logged in as hatchery_app. */
  raw: Client;
  /** The superuser on the bench database (VACUUM between rounds, the backends' CPU time). */
  superuser: Client;
  seeded: BillingSeeded;
  runs: number;
  warmup: number;
  loopSample: number;
}): Promise<BillingBenchResult> {
  const { api, raw, superuser, seeded, log } = options;
  const org = seeded.organizationId;
  const p0 = firstDay(seeded.period);
  const p1 = firstDay(addMonths(seeded.period, 1));
  const tx = () => api.get(TransactionHost).tx as { query: (sql: string, p?: unknown[]) => Promise<any[]> };

  // The service's parameters, as runPeriod derives them on the real clock: issued today (local), due after the terms, numbered in today's year.
  const today = localDate(new Date(), seeded.timezone);
  const year = Number(today.slice(0, 4));
  const dueOn = addDays(today, seeded.paymentTermsDays);
  const now = new Date();
  const base = 0; // no invoice of this year yet: the counter starts at 0 (the service reads it under lock)
  const params = [org, p0, p1, seeded.currency, now, today, dueOn, year, seeded.prefix, base, null];

  const inRawTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    await raw.query('BEGIN');
    try {
      await raw.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.role', 'worker', true)`, [org]);
      return await work();
    } finally {
      await raw.query('ROLLBACK');
    }
  };
  const made = async (query: (sql: string, p: unknown[]) => Promise<Made[]>, leaseIds: string[] | null = null, withoutNumbers = false) =>
    (await query(MADE, [org, p0, leaseIds, withoutNumbers]))[0];
  const rawQuery = async (sql: string, p: unknown[]) => (await raw.query(sql, p)).rows;

  // The period's leases in numbering order (startup, lease), read under row level security; the loop's sample is every n-th.
  const leaseIds = await inRawTransaction(async () =>
    (await raw.query<{ id: string }>(`SELECT id FROM leases WHERE organization_id = $1 AND starts_on < $3::date AND (ends_on IS NULL OR ends_on >= $2::date) ORDER BY startup_id, id`, [org, p0, p1])).rows.map(
      (r) => r.id,
    ),
  );
  const step = Math.max(1, Math.floor(leaseIds.length / options.loopSample));
  const sample = leaseIds.filter((_, i) => i % step === 0).slice(0, options.loopSample);
  const scale = leaseIds.length / sample.length;

  // The three ways. In the first (warm-up) round each also reads what it wrote before its rollback, outside the timings.
  let serviceMade: Made | undefined;
  let serviceSample: Made | undefined;
  let rawMade: Made | undefined;
  let loopMade: Made | undefined;
  let serviceStatements: string[] = [];
  const service = async (check: boolean) => {
    try {
      await api.get(Tenancy).runInOrganization(org, async () => {
        const result = await api.get(InvoicesService).issueDue(seeded.period);
        if (result.periodsRun.join() !== seeded.period) throw new Error(`the service ran ${JSON.stringify(result.periodsRun)}, expected only ${seeded.period}`);
        if (result.unpricedLeaseIds.length > 0) throw new Error(`the service could not price ${result.unpricedLeaseIds.length} leases`);
        throw new Rollback(check ? [await made((sql, p) => tx().query(sql, p)), await made((sql, p) => tx().query(sql, p), sample, true)] : null);
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
      if (check) [serviceMade, serviceSample] = error.value as Made[];
    }
  };
  const rawSetBased = (check: boolean) =>
    inRawTransaction(async () => {
      await raw.query(RAW_ISSUE, params);
      if (check) rawMade = await made(rawQuery);
    });
  const loop = (check: boolean) =>
    inRawTransaction(async () => {
      // As a per-lease job would: the run row, the counter under lock, one statement per lease, the advance.
      await raw.query(INSERT_RUN, [org, p0, now, null]);
      const [{ last_number: last }] = (await raw.query(LOCK_COUNTER, [org, 'invoice', year])).rows;
      let issued = 0;
      for (const lease of sample) {
        const [row] = (await raw.query(issueInvoices(true), [...params.slice(0, 9), last + issued, null, lease])).rows as { invoices: number }[];
        issued += row.invoices;
      }
      await raw.query(ADVANCE_COUNTER, [org, 'invoice', year, issued]);
      if (check) loopMade = await made(rawQuery, sample, true);
    });
  const cases = [
    { name: 'raw SQL, one INSERT … SELECT', fn: rawSetBased },
    {
      name: 'service issueDue (set-based)',
      fn: async (check: boolean) => {
        if (!check) return service(false);
        const counted = await countQueries(() => service(true));
        serviceStatements = counted.wire.filter((q) => !q.includes('WITH inv AS'));
      },
    },
    { name: `per-lease loop, ${sample.length}-lease sample`, fn: loop },
  ];

  // Every round runs the three, rotating which goes first; before each, untimed, VACUUM of the
  // billing tables (the rolled-back run left ~100,000 dead invoices and lines with their index
  // entries), so every round writes into the same tables. Wall time and the server's CPU time.
  const wall = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  const vacuum = () => superuser.query('VACUUM invoices, invoice_lines, invoice_runs, invoice_counters');
  const warmup = Math.max(1, options.warmup);
  log(`billing: ${warmup} warm-up round (with the checks) + ${options.runs} measured rounds of the three (${leaseIds.length} leases; the loop on ${sample.length})`);
  for (let round = 0; round < warmup + options.runs; round++) {
    const last: string[] = [];
    for (let k = 0; k < cases.length; k++) {
      const i = (round + k) % cases.length;
      await vacuum();
      const c0 = await serverCpu(superuser);
      const start = performance.now();
      await cases[i].fn(round === 0);
      const ms = performance.now() - start;
      const cpuMs = cpuSpent(c0, await serverCpu(superuser));
      if (round >= warmup) {
        wall[i].push(ms);
        cpu[i].push(cpuMs);
      }
      last[i] = `${cases[i].name.split(',')[0]} ${ms.toFixed(0)} ms (server CPU ${cpuMs.toFixed(0)} ms)`;
    }
    log(`  round ${round + 1}/${warmup + options.runs}${round < warmup ? ' (warm-up)' : ''}: ${last.join(', ')}`);
    if (round === 0) {
      const same = (a: Made, b: Made) => JSON.stringify(a) === JSON.stringify(b);
      const checks = {
        serviceInvoicesAllLeases: serviceMade!.invoices === leaseIds.length,
        rawEqualsService: same(rawMade!, serviceMade!),
        loopEqualsServiceOnSample: same(loopMade!, serviceSample!),
        loopSampleSize: loopMade!.invoices === sample.length,
      };
      log(`billing: service ${JSON.stringify(serviceMade)}`);
      log(`billing: raw     ${JSON.stringify(rawMade)}`);
      log(`billing: loop on its ${sample.length}-lease sample ${JSON.stringify(loopMade)}; the service on the same leases ${JSON.stringify(serviceSample)}`);
      log(`billing: checks ${JSON.stringify(checks)}`);
      if (!Object.values(checks).every(Boolean)) return { markdown: `Inconsistent: ${JSON.stringify({ checks, serviceMade, rawMade, loopMade, serviceSample })}`, consistent: false, targetMet: false };
    }
  }
  await vacuum();

  const cpuKnown = cpu.every((samples) => samples.every((v) => !Number.isNaN(v)));
  const extrapolated = `per-lease loop, extrapolated ×${scale.toFixed(1)} to ${leaseIds.length} leases`;
  const measurements = (samples: number[][]): Measurement[] => [
    { name: cases[0].name, samples: samples[0] },
    { name: cases[1].name, samples: samples[1], baseline: cases[0].name },
    { name: `${cases[2].name} (measured)`, samples: samples[2] },
    { name: extrapolated, samples: samples[2].map((v) => v * scale), baseline: cases[1].name },
  ];
  const p50 = (samples: number[][]) => samples.map((v) => percentile(v, 50));
  const [rawP50, serviceP50, loopSampleP50] = p50(wall);
  const loopP50 = loopSampleP50 * scale;
  const speedVsRaw = rawP50 / serviceP50;
  const loopOverService = loopP50 / serviceP50;
  const targetMet = speedVsRaw >= 0.5 && loopOverService >= 20;
  const [rawCpu, serviceCpu, loopSampleCpu] = cpuKnown ? p50(cpu) : [NaN, NaN, NaN];
  const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
  const ratios = [
    `| ratio (p50) | wall time | server CPU time | target |`,
    `|---|---:|---:|---|`,
    `| service speed / raw statement's speed (raw ms / service ms) | **${pct(speedVsRaw)}** | ${pct(rawCpu / serviceCpu)} | ≥ 50 % |`,
    `| per-lease loop / service (time, loop extrapolated) | **${loopOverService.toFixed(1)}×** | ${((loopSampleCpu * scale) / serviceCpu).toFixed(1)}× | ≥ 20× |`,
    `| per lease: raw / service / loop | ${((rawP50 / leaseIds.length) * 1000).toFixed(0)} / ${((serviceP50 / leaseIds.length) * 1000).toFixed(0)} / ${((loopSampleP50 / sample.length) * 1000).toFixed(0)} µs | ${((rawCpu / leaseIds.length) * 1000).toFixed(0)} / ${((serviceCpu / leaseIds.length) * 1000).toFixed(0)} / ${((loopSampleCpu / sample.length) * 1000).toFixed(0)} µs | |`,
    '',
    `Target (on wall time) ${targetMet ? 'met' : 'MISSED'}.`,
  ].join('\n');
  const wallTable = table(measurements(wall));
  const cpuTable = cpuKnown ? table(measurements(cpu)) : '(the server CPU time was not readable: PostgreSQL on another host?)';
  log(`billing run, wall time:\n${wallTable}\nserver CPU time:\n${cpuTable}\n${ratios}`);

  // Where the time goes: EXPLAIN ANALYZE of the project's statement and of the raw one, as hatchery_app, rolled back.
  const plans: { title: string; plan: string }[] = [];
  for (const [title, sql] of [
    ["issueInvoices() (the project's statement)", issueInvoices()],
    ['RAW_ISSUE (the raw statement)', RAW_ISSUE],
  ] as const) {
    await vacuum();
    const rows = await inRawTransaction(async () => (await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows as { 'QUERY PLAN': string }[]);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    plans.push({ title, plan });
    log(`EXPLAIN ANALYZE ${title}: ${/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]} ms; ${plan.split('\n').filter((l) => /^(Trigger | {2}Timing: )/.test(l)).map((l) => l.trim()).join('; ')}`);
  }
  await vacuum();

  const s = serviceMade!;
  const serviceWork = serviceStatements.filter((q) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(q));
  const markdown = [
    `Period ${seeded.period} (${seeded.timezone}, ${seeded.currency}), ${leaseIds.length} leases with a day in it. Each run happens in a transaction that is rolled back; the billing tables are vacuumed (untimed) before each. ${warmup} warm-up round (it also checks the results), then ${options.runs} measured; each round runs the three, rotating which goes first.`,
    '',
    `| method | SQL statements | invoices | lines | zero invoices | total (minor units) | market (minor units) |`,
    `|---|---:|---:|---:|---:|---:|---:|`,
    `| service issueDue | ${serviceWork.length} (on the wire, without BEGIN/COMMIT) | ${s.invoices} | ${s.lines} | ${s.zero_invoices} | ${s.total_minor} | ${s.market_minor} |`,
    `| raw SQL, one INSERT … SELECT | 1 | ${rawMade!.invoices} | ${rawMade!.lines} | ${rawMade!.zero_invoices} | ${rawMade!.total_minor} | ${rawMade!.market_minor} |`,
    `| per-lease loop, ${sample.length}-lease sample | ${3 + sample.length} | ${loopMade!.invoices} | ${loopMade!.lines} | ${loopMade!.zero_invoices} | ${loopMade!.total_minor} | ${loopMade!.market_minor} |`,
    `| service, on the loop's sample | | ${serviceSample!.invoices} | ${serviceSample!.lines} | ${serviceSample!.zero_invoices} | ${serviceSample!.total_minor} | ${serviceSample!.market_minor} |`,
    '',
    `Checks, all passed: the service invoiced every lease; the raw statement wrote the same invoices and lines as the service (counts, sums, md5 over every invoice: lease, startup, number, year, currency, total, market, dates, and every line: lease, dates, days, pricing, amounts, currency, description); the loop wrote the same as the service on its sample (numbers aside: the sample numbers its own).`,
    '',
    `The loop runs \`issueInvoices(true)\` once per lease for every ${step}th lease in numbering order (${sample.length} leases), between the run row, the counter and its advance; its time is extrapolated linearly (×${scale.toFixed(1)}) to all ${leaseIds.length} leases.`,
    '',
    '### Wall time',
    '',
    wallTable,
    '',
    '### Server CPU time (the bench database\'s backends, from /proc)',
    '',
    cpuTable,
    '',
    ratios,
    '',
    `The service's statements (one run, on the wire):`,
    '',
    ...serviceStatements.map((q, i) => `${i + 1}. \`${q.length > 110 ? q.slice(0, 107) + '...' : q}\``),
    '',
    ...plans.flatMap((p) => [`## EXPLAIN (ANALYZE, BUFFERS) of ${p.title}, as hatchery_app, rolled back`, '', '```', p.plan, '```', '']),
  ].join('\n');
  return { markdown, consistent: true, targetMet };
}
