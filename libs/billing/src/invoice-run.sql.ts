/**
 * The SQL of the month's invoice run, one named constant per statement, over the whole set of the
 * organization's leases (no loop per lease). A period's run is: the run row (the mutex and the
 * period's lock), the counter row (locked: the numbers' base), one statement that prices every
 * lease's segments and inserts the invoices and their lines, and the counter's advance.
 */

/**
 * The pricing rules as SQL expressions (unit-tested on Postgres in invoice-pricing.spec.ts). Exact
 * numerics throughout; one rounding, half up (amounts are never negative, and Postgres rounds
 * numeric halves away from zero), at the end of each line.
 */
export const PRICING = {
  /** The market rate for the leased part per month: the rate (× area for a per-m² rate), × desks / capacity for desks. */
  marketMonth: (basis: string, rate: string, area: string, exclusive: string, desks: string, capacity: string) =>
    `(CASE WHEN ${basis} = 'per_m2_month' THEN ${rate} * ${area} ELSE ${rate}::numeric END) * (CASE WHEN ${exclusive} THEN 1 ELSE ${desks}::numeric / ${capacity} END)`,
  /** A share of market in basis points. */
  shareOfMarket: (marketMonth: string, bps: string) => `${marketMonth} * ${bps} / 10000`,
  /** A month's price for `days` of the month's `dim` days, to the minor unit, half up. */
  prorated: (priceMonth: string, days: string, dim: string) => `round(${priceMonth} * ${days} / ${dim})::bigint`,
};

/** The run's mutex. Nothing returned: the period ran already. $1 organization, $2 the period's first day, $3 now, $4 who (null: the worker). */
export const INSERT_RUN = `INSERT INTO invoice_runs (organization_id, period, run_at, run_by) VALUES ($1, $2::date, $3, $4)
  ON CONFLICT (organization_id, period) DO NOTHING RETURNING period::text`;

/** The series' last number for the year, its row locked until commit (a second issuer waits here). $1 organization, $2 series, $3 year. */
export const LOCK_COUNTER = `INSERT INTO invoice_counters (organization_id, series, year, last_number) VALUES ($1, $2, $3, 0)
  ON CONFLICT (organization_id, series, year) DO UPDATE SET last_number = invoice_counters.last_number
  RETURNING last_number`;

/** $1 organization, $2 series, $3 year, $4 how many numbers were given. */
export const ADVANCE_COUNTER = `UPDATE invoice_counters SET last_number = last_number + $4 WHERE organization_id = $1 AND series = $2 AND year = $3`;

/**
 * A lease's month cut into segments at its first day and at every market-rate or plan-terms change
 * inside it; each segment priced at the rate and terms in force on its first day.
 *
 * - market per month (exact): the rate, × the area for a per-m² rate, × desks / capacity for desks
 *   of a desk area; null without a rate in force;
 * - the plan's price per month (exact): free 0; share of market: market × bps / 10000; fixed: the
 *   amount; null (unpriced) when the share has no market rate or the plan no terms in force;
 * - amount = price × days / days in the month, rounded half up to the minor unit, once per line;
 *   the invoice total is the sum of its lines (so is its market value: the difference is in-kind support).
 *
 * $1 organization, $2 the period's first day, $3 the next period's first day, $4 the organization's
 * currency (a free plan on a space with no rate).
 */
const priced = (leaseParam?: number) => `
  li AS (
    SELECT l.id, l.startup_id, l.space_id, l.plan_id, l.desks, l.exclusive,
           greatest(l.starts_on, $2::date) AS s, least(COALESCE(l.ends_on, $3::date - 1), $3::date - 1) AS e
      FROM leases l
     WHERE l.organization_id = $1 AND l.starts_on < $3::date AND (l.ends_on IS NULL OR l.ends_on >= $2::date)${leaseParam ? ` AND l.id = $${leaseParam}` : ''}
  ),
  cuts AS (
    SELECT li.id AS lease_id, li.s AS d FROM li
    UNION
    SELECT li.id, r.effective_from FROM li JOIN space_rates r ON r.organization_id = $1 AND r.space_id = li.space_id AND r.effective_from > li.s AND r.effective_from <= li.e
    UNION
    SELECT li.id, t.effective_from FROM li JOIN rent_plan_terms t ON t.organization_id = $1 AND t.plan_id = li.plan_id AND t.effective_from > li.s AND t.effective_from <= li.e
  ),
  seg AS (
    SELECT li.*, c.d AS seg_start, COALESCE(lead(c.d) OVER (PARTITION BY c.lease_id ORDER BY c.d) - 1, li.e) AS seg_end
      FROM cuts c JOIN li ON li.id = c.lease_id
  ),
  market AS (
    SELECT seg.*, p.kind AS plan_kind, p.name AS plan_name, sp.name AS space_name, t.id AS terms_id, t.share_bps, t.amount_minor AS fixed_minor, t.currency AS fixed_currency,
           r.currency AS rate_currency, (seg.seg_end - seg.seg_start + 1) AS days, ($3::date - $2::date) AS dim,
           ${PRICING.marketMonth('r.basis', 'r.amount_minor', 'sp.area_m2', 'seg.exclusive', 'seg.desks', 'sp.capacity')} AS market_month
      FROM seg
      JOIN spaces sp ON sp.organization_id = $1 AND sp.id = seg.space_id
      JOIN rent_plans p ON p.organization_id = $1 AND p.id = seg.plan_id
      LEFT JOIN LATERAL (SELECT r.amount_minor, r.basis, r.currency FROM space_rates r
                          WHERE r.organization_id = $1 AND r.space_id = seg.space_id AND r.effective_from <= seg.seg_start
                          ORDER BY r.effective_from DESC LIMIT 1) r ON true
      LEFT JOIN LATERAL (SELECT t.id, t.share_bps, t.amount_minor, t.currency FROM rent_plan_terms t
                          WHERE t.organization_id = $1 AND t.plan_id = seg.plan_id AND t.effective_from <= seg.seg_start
                          ORDER BY t.effective_from DESC LIMIT 1) t ON true
  ),
  priced AS (
    SELECT m.*,
           CASE m.plan_kind WHEN 'free' THEN 0::numeric
                            WHEN 'share_of_market' THEN CASE WHEN m.terms_id IS NULL THEN NULL ELSE ${PRICING.shareOfMarket('m.market_month', 'm.share_bps')} END
                            ELSE m.fixed_minor::numeric END AS price_month,
           CASE m.plan_kind WHEN 'fixed' THEN m.fixed_currency ELSE COALESCE(m.rate_currency, $4) END AS currency
      FROM market m
  ),
  lines AS (
    SELECT p.*, ${PRICING.prorated('p.price_month', 'p.days', 'p.dim')} AS amount_minor, COALESCE(${PRICING.prorated('p.market_month', 'p.days', 'p.dim')}, 0) AS market_minor
      FROM priced p
  ),
  per_lease AS (
    SELECT l.id AS lease_id, min(l.startup_id::text)::uuid AS startup_id, min(l.currency) AS currency, sum(l.amount_minor) AS total_minor, sum(l.market_minor) AS market_minor,
           bool_and(l.price_month IS NOT NULL) AND count(DISTINCT l.currency) = 1 AS billable
      FROM lines l GROUP BY l.id
  )`;

/**
 * Issues the period's invoices and lines in one statement; returns how many invoices and lines it
 * wrote and the leases it could not price (no rate or terms in force, or two currencies in a month).
 * Numbers: the counter's base + the invoice's rank by startup and lease. Besides $1–$4 (above):
 * $5 now, $6 issued on, $7 due on, $8 the year, $9 the prefix, $10 the counter's base, $11 who
 * (null: the worker); with `perLease`, $12 the lease.
 */
export const issueInvoices = (perLease = false) => `
WITH ${priced(perLease ? 12 : undefined)},
  numbered AS (
    SELECT pl.*, uuid_v7() AS invoice_id, $10::int + row_number() OVER (ORDER BY pl.startup_id, pl.lease_id) AS sequence
      FROM per_lease pl WHERE pl.billable
  ),
  invoices_in AS (
    INSERT INTO invoices (id, organization_id, kind, number, year, sequence, startup_id, lease_id, period, currency, total_minor, market_minor, issued_on, due_on, issued_at, created_by)
    SELECT n.invoice_id, $1, 'invoice', $9 || '-' || $8::int || '-' || lpad(n.sequence::text, 6, '0'), $8::int, n.sequence, n.startup_id, n.lease_id, $2::date, n.currency, n.total_minor, n.market_minor, $6::date, $7::date, $5, $11::uuid
      FROM numbered n
    RETURNING 1
  ),
  lines_in AS (
    INSERT INTO invoice_lines (id, organization_id, invoice_id, starts_on, ends_on, days, days_in_month, plan_kind, share_bps, market_month, price_month, amount_minor, market_minor, currency, description)
    SELECT uuid_v7(), $1, n.invoice_id, l.seg_start, l.seg_end, l.days, l.dim, l.plan_kind, l.share_bps, l.market_month, l.price_month, l.amount_minor, l.market_minor, l.currency,
           l.space_name || CASE WHEN l.exclusive THEN '' ELSE ' (' || l.desks || CASE WHEN l.desks = 1 THEN ' desk)' ELSE ' desks)' END END || ', ' || l.plan_name
      FROM lines l JOIN numbered n ON n.lease_id = l.id
     ORDER BY n.sequence, l.seg_start
    RETURNING 1
  )
SELECT (SELECT count(*) FROM invoices_in)::int AS invoices, (SELECT count(*) FROM lines_in)::int AS lines,
       COALESCE((SELECT array_agg(pl.lease_id ORDER BY pl.lease_id) FROM per_lease pl WHERE NOT pl.billable), '{}') AS unpriced`;

/** The first period to bill when the organization has never run: its earliest lease's month. $1 organization. */
export const FIRST_LEASE_PERIOD = `SELECT to_char(min(starts_on), 'YYYY-MM') AS period FROM leases WHERE organization_id = $1`;

/** The last period that ran. $1 organization. */
export const LAST_RUN_PERIOD = `SELECT to_char(max(period), 'YYYY-MM') AS period FROM invoice_runs WHERE organization_id = $1`;

/**
 * The month-end sweep (system role, every organization): organizations with leases. Their job
 * decides in the organization's own timezone what is due (invoices, reminders).
 */
export const SWEEP_ORGANIZATIONS = `SELECT DISTINCT organization_id FROM leases LIMIT 10000`;
