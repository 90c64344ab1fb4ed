import { leaseMonthLines } from '@hatchery/spaces';

/**
 * The SQL of the month's invoice run, one named constant per statement, over the whole set of the
 * organization's leases (no loop per lease). A period's run is: the run row (the mutex and the
 * period's lock), the counter row (locked: the numbers' base), one statement that takes every
 * lease's priced segments (the spaces domain's `leaseMonthLines`) and inserts the invoices and their
 * lines, and the counter's advance.
 */

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
 * Issues the period's invoices and lines in one statement; returns how many invoices and lines it
 * wrote and the leases it could not price (no rate or terms in force, or two currencies in a month).
 * Numbers: the counter's base + the invoice's rank by startup and lease. Besides $1–$4 (above):
 * $5 now, $6 issued on, $7 due on, $8 the year, $9 the prefix, $10 the counter's base, $11 who
 * (null: the worker); with `perLease`, $12 the lease.
 */
export const issueInvoices = (perLease = false) => `
WITH ${leaseMonthLines(perLease ? 12 : undefined)},
  numbered AS (
    SELECT pl.*, uuid_v7() AS invoice_id, $10::int + row_number() OVER (ORDER BY pl.startup_id, pl.lease_id) AS sequence
      FROM per_lease pl WHERE pl.billable
  ),
  invoices_in AS (
    INSERT INTO invoices (id, organization_id, kind, number, year, sequence, startup_id, lease_id, period, currency, total_minor, market_minor, issued_on, due_on, issued_at, created_by)
    SELECT n.invoice_id, $1, 'invoice', $9 || '-' || $8::int || '-' || lpad(n.sequence::text, greatest(6, length(n.sequence::text)), '0'), $8::int, n.sequence, n.startup_id, n.lease_id, $2::date, n.currency, n.total_minor, n.market_minor, $6::date, $7::date, $5, $11::uuid
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

/** The last period that ran. $1 organization. */
export const LAST_RUN_PERIOD = `SELECT to_char(max(period), 'YYYY-MM') AS period FROM invoice_runs WHERE organization_id = $1`;
