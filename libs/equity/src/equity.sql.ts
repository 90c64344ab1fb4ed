/**
 * The set-based reads of the equity domain, as constants so the benchmark (bench/equity.ts) runs
 * exactly the SQL the service runs. Parameters are positional; every query filters by the
 * organization ($1) besides row level security.
 */

/** Every holder's shares of every class at the end of a day: $1 organization, $2 startup, $3 as-of date. */
export const POSITIONS_SQL = `SELECT m.holder_id, m.share_class_id, SUM(m.delta)::text AS shares
  FROM (SELECT to_holder_id AS holder_id, share_class_id, shares AS delta FROM equity_entries
         WHERE organization_id = $1 AND startup_id = $2 AND entry_date <= $3 AND to_holder_id IS NOT NULL
        UNION ALL
        SELECT from_holder_id, share_class_id, -shares FROM equity_entries
         WHERE organization_id = $1 AND startup_id = $2 AND entry_date <= $3 AND from_holder_id IS NOT NULL) m
 GROUP BY m.holder_id, m.share_class_id
HAVING SUM(m.delta) <> 0`;

/**
 * A startup's SAFEs and notes made by the end of a day ($1 organization, $2 startup, $3 as-of
 * date), with the issuance that converted each by then, if any: an instrument is counted in the
 * fully diluted view only while it has recorded conversion shares and no such issuance.
 */
export const INSTRUMENTS_SQL = `SELECT i.id, i.investor_holder_id, i.instrument, i.amount_minor::text AS amount_minor, i.currency, i.conversion_shares::text AS conversion_shares,
       c.id AS converted_entry_id, c.entry_date::text AS converted_on
  FROM investments i
  LEFT JOIN equity_entries c ON c.converts_investment_id = i.id AND c.organization_id = $1 AND c.entry_date <= $3
 WHERE i.organization_id = $1 AND i.startup_id = $2 AND i.instrument <> 'equity' AND i.invested_on <= $3
 ORDER BY i.invested_on, i.id`;

/**
 * The portfolio ($1 organization): per startup with a cap table, the organization's outstanding
 * shares and the outstanding total (the option pool left out), and per currency what the
 * organization invested, wrote off and got back, as a JSON array. The money is aggregated once
 * for all startups and joined (a correlated subquery per startup scanned write-offs and proceeds
 * once per startup: see bench/README.md).
 */
export const PORTFOLIO_SQL = `WITH moves AS (
  SELECT startup_id, to_holder_id AS holder_id, shares AS delta FROM equity_entries WHERE organization_id = $1 AND to_holder_id IS NOT NULL
  UNION ALL
  SELECT startup_id, from_holder_id, -shares FROM equity_entries WHERE organization_id = $1 AND from_holder_id IS NOT NULL
), stakes AS (
  SELECT m.startup_id,
         COALESCE(SUM(m.delta) FILTER (WHERE h.kind = 'organization'), 0) AS organization,
         COALESCE(SUM(m.delta) FILTER (WHERE h.kind <> 'option_pool'), 0) AS outstanding
    FROM moves m JOIN holders h ON h.id = m.holder_id
   GROUP BY m.startup_id
), money AS (
  SELECT startup_id, currency, SUM(invested) AS invested, SUM(written) AS written, SUM(returned) AS returned FROM (
    SELECT i.startup_id, i.currency, i.amount_minor AS invested, 0 AS written, 0 AS returned
      FROM investments i JOIN holders h ON h.id = i.investor_holder_id AND h.kind = 'organization' WHERE i.organization_id = $1
    UNION ALL SELECT startup_id, currency, 0, amount_minor, 0 FROM write_offs WHERE organization_id = $1
    UNION ALL SELECT startup_id, currency, 0, 0, amount_minor FROM proceeds WHERE organization_id = $1
  ) x GROUP BY startup_id, currency
), money_by_startup AS (
  SELECT startup_id, json_agg(json_build_object('currency', currency, 'invested', invested::text, 'written', written::text, 'returned', returned::text) ORDER BY currency) AS money
    FROM money GROUP BY startup_id
)
SELECT c.startup_id, COALESCE(s.organization, 0)::text AS organization, COALESCE(s.outstanding, 0)::text AS outstanding, COALESCE(mb.money, '[]'::json) AS money
  FROM cap_tables c
  LEFT JOIN stakes s ON s.startup_id = c.startup_id
  LEFT JOIN money_by_startup mb ON mb.startup_id = c.startup_id
 WHERE c.organization_id = $1
 ORDER BY c.startup_id`;
