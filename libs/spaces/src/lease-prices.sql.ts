/**
 * What leases cost, as SQL the invoice run composes (one set-based statement for every lease of an
 * organization): the spaces domain knows rates, plans and leases; billing turns the month's lines
 * into invoices. Reads only this domain's tables.
 */

/**
 * The pricing rules as SQL expressions (unit-tested on Postgres in lease-pricing.spec.ts). Exact
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

/**
 * What a month of each lease costs, as a chain of CTEs ending in `lines` (one row per segment, with
 * its lease, startup, space and plan names, days, exact prices and the prorated amounts) and
 * `per_lease` (totals per lease, and whether it could be priced): the invoice run builds on it.
 *
 * A lease's month cut into segments at its first day and at every market-rate or plan-terms change
 * inside it; each segment priced at the rate and terms in force on its first day. Set-based: each
 * rate (and each plan's terms) holds from its first day until the next one's (`rate_spans`,
 * `terms_spans`, one window over the organization's rates; before a space's first rate, or a plan's
 * first terms, a span with none in force), and a lease's segments are the non-empty intersections
 * of its days in the month with the spans of its space's rates and its plan's terms: two hash
 * joins, no lookup per segment, and row estimates the planner gets right.
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
export const leaseMonthLines = (leaseParam?: number) => `
  li AS (
    SELECT l.id, l.startup_id, l.space_id, l.plan_id, l.desks, l.exclusive,
           greatest(l.starts_on, $2::date) AS s, least(COALESCE(l.ends_on, $3::date - 1), $3::date - 1) AS e
      FROM leases l
     WHERE l.organization_id = $1 AND l.starts_on < $3::date AND (l.ends_on IS NULL OR l.ends_on >= $2::date)${leaseParam ? ` AND l.id = $${leaseParam}` : ''}
  ),
  rate_spans AS (
    SELECT r.space_id, v.*
      FROM (SELECT space_id, effective_from, COALESCE(lead(effective_from) OVER w, 'infinity') AS until, amount_minor, basis, currency, lag(effective_from) OVER w IS NULL AS first
              FROM space_rates WHERE organization_id = $1${leaseParam ? ` AND space_id = (SELECT space_id FROM li)` : ''}
            WINDOW w AS (PARTITION BY space_id ORDER BY effective_from)) r
      CROSS JOIN LATERAL (VALUES (true, r.effective_from, r.until, r.amount_minor, r.basis, r.currency),
                                 (false, '-infinity'::date, r.effective_from, NULL, NULL, NULL)) v(known, f, t, amount_minor, basis, currency)
     WHERE (v.known OR r.first) AND v.f < $3::date AND v.t > $2::date
  ),
  terms_spans AS (
    SELECT r.plan_id, v.*
      FROM (SELECT plan_id, id, effective_from, COALESCE(lead(effective_from) OVER w, 'infinity') AS until, share_bps, amount_minor, currency, lag(effective_from) OVER w IS NULL AS first
              FROM rent_plan_terms WHERE organization_id = $1${leaseParam ? ` AND plan_id = (SELECT plan_id FROM li)` : ''}
            WINDOW w AS (PARTITION BY plan_id ORDER BY effective_from)) r
      CROSS JOIN LATERAL (VALUES (r.id, r.effective_from, r.until, r.share_bps, r.amount_minor, r.currency),
                                 (NULL, '-infinity'::date, r.effective_from, NULL, NULL, NULL)) v(id, f, t, share_bps, amount_minor, currency)
     WHERE (v.id IS NOT NULL OR r.first) AND v.f < $3::date AND v.t > $2::date
  ),
  seg AS (
    SELECT li.*, greatest(li.s, r.f, t.f) AS seg_start, least(li.e, r.t - 1, t.t - 1) AS seg_end,
           r.amount_minor AS rate_minor, r.basis, r.currency AS rate_currency, t.id AS terms_id, t.share_bps, t.amount_minor AS fixed_minor, t.currency AS fixed_currency
      FROM li
      LEFT JOIN rate_spans r ON r.space_id = li.space_id AND r.f <= li.e AND r.t > li.s
      LEFT JOIN terms_spans t ON t.plan_id = li.plan_id AND t.f <= li.e AND t.t > li.s
     WHERE greatest(li.s, r.f, t.f) <= least(li.e, r.t - 1, t.t - 1)
  ),
  market AS (
    SELECT seg.*, p.kind AS plan_kind, p.name AS plan_name, sp.name AS space_name,
           (seg.seg_end - seg.seg_start + 1) AS days, ($3::date - $2::date) AS dim,
           ${PRICING.marketMonth('seg.basis', 'seg.rate_minor', 'sp.area_m2', 'seg.exclusive', 'seg.desks', 'sp.capacity')} AS market_month
      FROM seg
      JOIN spaces sp ON sp.organization_id = $1 AND sp.id = seg.space_id
      JOIN rent_plans p ON p.organization_id = $1 AND p.id = seg.plan_id
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

/** The first period to bill when the organization has never run: its earliest lease's month. $1 organization. */
export const FIRST_LEASE_MONTH = `SELECT to_char(min(starts_on), 'YYYY-MM') AS month FROM leases WHERE organization_id = $1`;

/** Organizations with leases (the billing sweep, system role). */
export const ORGANIZATIONS_WITH_LEASES = `SELECT DISTINCT organization_id FROM leases LIMIT 10000`;
