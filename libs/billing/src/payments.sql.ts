/**
 * The SQL of payments, arrears, revenue and dunning. Every statement is set-based: balances are
 * aggregated once per query (GROUP BY), never one query per invoice.
 */

/** An invoice's balance from everything recorded: total − its credit notes − allocations to it. */
const balanceOf = (alias: string) => `(${alias}.total_minor
    - COALESCE((SELECT sum(c.total_minor) FROM invoices c WHERE c.organization_id = ${alias}.organization_id AND c.kind = 'credit_note' AND c.credits_invoice_id = ${alias}.id), 0)
    - COALESCE((SELECT sum(a.amount_minor) FROM payment_allocations a WHERE a.organization_id = ${alias}.organization_id AND a.invoice_id = ${alias}.id), 0))`;

/** The payment, unless its bank reference is taken (nothing returned). $1 id, $2 organization, $3 startup, $4 received on, $5 amount, $6 currency, $7 reference, $8 note, $9 by, $10 now. */
export const INSERT_PAYMENT = `INSERT INTO payments (id, organization_id, startup_id, received_on, amount_minor, currency, bank_reference, note, created_by, created_at)
  VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9, $10)
  ON CONFLICT (organization_id, bank_reference) DO NOTHING RETURNING id`;

/** $1 organization, $2 bank reference. */
export const PAYMENT_BY_REFERENCE = `SELECT id FROM payments WHERE organization_id = $1 AND bank_reference = $2`;

/** A startup's invoices with something open in one currency. $1 organization, $2 startup, $3 currency. */
export const OPEN_INVOICES = `
  SELECT o.id, o.number, o.issued_on::text AS issued_on, o.due_on::text AS due_on, o.balance::text AS balance_minor
    FROM (SELECT i.id, i.number, i.issued_on, i.due_on, ${balanceOf('i')} AS balance
            FROM invoices i WHERE i.organization_id = $1 AND i.startup_id = $2 AND i.kind = 'invoice' AND i.currency = $3) o
   WHERE o.balance > 0`;

/** Invoices (or credit notes) by id with their open balance. $1 organization, $2 ids. */
export const INVOICE_BALANCES = `
  SELECT i.id, i.kind, i.startup_id, i.number, i.currency, ${balanceOf('i')}::text AS balance_minor
    FROM invoices i WHERE i.organization_id = $1 AND i.id = ANY($2::uuid[])`;

/** What of the payments is allocated. $1 organization, $2 payment ids. */
export const PAYMENTS_ALLOCATED = `
  SELECT a.payment_id, sum(a.amount_minor)::text AS allocated_minor
    FROM payment_allocations a WHERE a.organization_id = $1 AND a.payment_id = ANY($2::uuid[]) GROUP BY a.payment_id`;

/** A startup's payments in one currency with something unallocated, received first first. $1 organization, $2 startup, $3 currency. */
export const UNALLOCATED_PAYMENTS = `
  SELECT p.id, (p.amount_minor - COALESCE(al.m, 0))::text AS unallocated_minor
    FROM payments p
    LEFT JOIN (SELECT a.payment_id, sum(a.amount_minor) AS m FROM payment_allocations a WHERE a.organization_id = $1 GROUP BY a.payment_id) al ON al.payment_id = p.id
   WHERE p.organization_id = $1 AND p.startup_id = $2 AND p.currency = $3 AND p.amount_minor > COALESCE(al.m, 0)
   ORDER BY p.received_on, p.id`;

/** $1 organization, $2 payment, $3 ids (in the order made), $4 invoice ids, $5 amounts, $6 manual, $7 at, $8 by. */
export const INSERT_ALLOCATIONS = `
  INSERT INTO payment_allocations (id, organization_id, payment_id, invoice_id, amount_minor, manual, allocated_at, allocated_by)
  SELECT x.id, $1, $2, x.invoice_id, x.amount_minor, $6, $7, $8
    FROM unnest($3::uuid[], $4::uuid[], $5::bigint[]) AS x(id, invoice_id, amount_minor)`;

/** Startup filters shared by the reports: one startup (or null), the startups readable (null: all). */
const startupFilter = (column: string, one = 3, readable = 4) => `($${one}::uuid IS NULL OR ${column} = $${one}::uuid) AND ($${readable}::uuid[] IS NULL OR ${column} = ANY($${readable}::uuid[]))`;

/**
 * Balances as of a day: invoices issued by then; total − credit notes issued by then − allocations
 * of payments received by then. The credit balance: payments received by then − their allocations
 * to invoices issued by then. $1 organization, $2 as of, $3 startup or null, $4 readable or null.
 */
const asOfBalances = `
  inv AS (
    SELECT i.id, i.startup_id, i.currency, i.number, i.period, i.issued_on, i.due_on, i.total_minor, ($2::date - i.due_on) AS days
      FROM invoices i
     WHERE i.organization_id = $1 AND i.kind = 'invoice' AND i.issued_on <= $2::date AND ${startupFilter('i.startup_id')}
  ),
  credited AS (
    SELECT c.credits_invoice_id AS id, sum(c.total_minor)::bigint AS m
      FROM invoices c
     WHERE c.organization_id = $1 AND c.kind = 'credit_note' AND c.issued_on <= $2::date AND ${startupFilter('c.startup_id')}
     GROUP BY c.credits_invoice_id
  ),
  paid AS (
    SELECT a.invoice_id AS id, sum(a.amount_minor)::bigint AS m
      FROM payment_allocations a JOIN payments p ON p.organization_id = a.organization_id AND p.id = a.payment_id
     WHERE a.organization_id = $1 AND p.received_on <= $2::date AND ${startupFilter('p.startup_id')}
     GROUP BY a.invoice_id
  ),
  bal AS (
    SELECT inv.*, inv.total_minor - COALESCE(c.m, 0) - COALESCE(p.m, 0) AS balance
      FROM inv LEFT JOIN credited c ON c.id = inv.id LEFT JOIN paid p ON p.id = inv.id
  ),
  credit AS (
    SELECT x.startup_id, x.currency, sum(x.unallocated)::bigint AS m
      FROM (SELECT p.startup_id, p.currency, p.amount_minor - COALESCE(sum(a.amount_minor) FILTER (WHERE i.issued_on <= $2::date), 0) AS unallocated
              FROM payments p
              LEFT JOIN payment_allocations a ON a.organization_id = p.organization_id AND a.payment_id = p.id
              LEFT JOIN invoices i ON i.organization_id = a.organization_id AND i.id = a.invoice_id
             WHERE p.organization_id = $1 AND p.received_on <= $2::date AND ${startupFilter('p.startup_id')}
             GROUP BY p.id) x
     GROUP BY x.startup_id, x.currency
  )`;

/**
 * Arrears aging in one statement: per startup and currency (`is_total` 0), and per currency over
 * those rows (`is_total` 1), the open balances by days past due (0 or less not due; 1–30, 31–60,
 * 61–90, more than 90: agingBucket in payment-rules.ts) and the credit balance. Never across
 * currencies. $1 organization, $2 as of, $3 startup or null, $4 readable or null.
 */
export const ARREARS_AGING = `
WITH ${asOfBalances},
  per_startup AS (
    SELECT startup_id, currency,
           COALESCE(sum(balance) FILTER (WHERE days <= 0), 0)::bigint AS not_due,
           COALESCE(sum(balance) FILTER (WHERE days BETWEEN 1 AND 30), 0)::bigint AS d0_30,
           COALESCE(sum(balance) FILTER (WHERE days BETWEEN 31 AND 60), 0)::bigint AS d31_60,
           COALESCE(sum(balance) FILTER (WHERE days BETWEEN 61 AND 90), 0)::bigint AS d61_90,
           COALESCE(sum(balance) FILTER (WHERE days > 90), 0)::bigint AS d90_plus,
           count(*)::int AS open_invoices, (count(*) FILTER (WHERE days > 0))::int AS overdue_invoices
      FROM bal WHERE balance > 0
     GROUP BY startup_id, currency
  ),
  items AS (
    SELECT COALESCE(s.startup_id, c.startup_id) AS startup_id, COALESCE(s.currency, c.currency) AS currency,
           COALESCE(s.not_due, 0) AS not_due, COALESCE(s.d0_30, 0) AS d0_30, COALESCE(s.d31_60, 0) AS d31_60, COALESCE(s.d61_90, 0) AS d61_90, COALESCE(s.d90_plus, 0) AS d90_plus,
           COALESCE(c.m, 0) AS credit, COALESCE(s.open_invoices, 0) AS open_invoices, COALESCE(s.overdue_invoices, 0) AS overdue_invoices
      FROM per_startup s FULL JOIN (SELECT * FROM credit WHERE m > 0) c ON c.startup_id = s.startup_id AND c.currency = s.currency
  )
SELECT 0 AS is_total, startup_id, currency, not_due::text, d0_30::text, d31_60::text, d61_90::text, d90_plus::text, credit::text, open_invoices, overdue_invoices, 1 AS startups
  FROM items
UNION ALL
SELECT 1, NULL, currency, sum(not_due)::text, sum(d0_30)::text, sum(d31_60)::text, sum(d61_90)::text, sum(d90_plus)::text, sum(credit)::text,
       sum(open_invoices)::int, sum(overdue_invoices)::int, count(*)::int
  FROM items GROUP BY currency
 ORDER BY currency, is_total DESC, startup_id`;

/** One startup's invoices open on the as-of date, oldest due first (the same balances). $1–$4 as ARREARS_AGING. */
export const ARREARS_INVOICES = `
WITH ${asOfBalances}
SELECT id, number, to_char(period, 'YYYY-MM') AS period, issued_on::text AS issued_on, due_on::text AS due_on, days, currency, balance::text AS balance_minor
  FROM bal WHERE balance > 0
 ORDER BY due_on, issued_on, number`;

/** Unallocated payment amounts (everything recorded) per startup and currency. $1 organization, $2 startup or null, $3 readable or null. */
export const CREDIT_BALANCES = `
SELECT x.startup_id, x.currency, sum(x.unallocated)::bigint::text AS credit_minor, count(*)::int AS payments
  FROM (SELECT p.startup_id, p.currency, p.amount_minor - COALESCE(sum(a.amount_minor), 0) AS unallocated
          FROM payments p LEFT JOIN payment_allocations a ON a.organization_id = p.organization_id AND a.payment_id = p.id
         WHERE p.organization_id = $1 AND ${startupFilter('p.startup_id', 2, 3)}
         GROUP BY p.id) x
 WHERE x.unallocated > 0
 GROUP BY x.startup_id, x.currency`;

/**
 * Rent revenue per month and currency in one query: invoiced (the invoices for the month, billed in
 * arrears), credited (credit notes issued in the month), collected (payments received in the
 * month). $1 organization, $2 first month's first day, $3 last month's first day.
 */
export const REVENUE_BY_MONTH = `
WITH invoiced AS (
    SELECT i.period AS month, i.currency, sum(i.total_minor) AS m, count(*) AS n
      FROM invoices i
     WHERE i.organization_id = $1 AND i.kind = 'invoice' AND i.period BETWEEN $2::date AND $3::date
     GROUP BY 1, 2
  ),
  credited AS (
    SELECT date_trunc('month', c.issued_on)::date AS month, c.currency, sum(c.total_minor) AS m
      FROM invoices c
     WHERE c.organization_id = $1 AND c.kind = 'credit_note' AND c.issued_on >= $2::date AND c.issued_on < ($3::date + interval '1 month')
     GROUP BY 1, 2
  ),
  collected AS (
    SELECT date_trunc('month', p.received_on)::date AS month, p.currency, sum(p.amount_minor) AS m
      FROM payments p
     WHERE p.organization_id = $1 AND p.received_on >= $2::date AND p.received_on < ($3::date + interval '1 month')
     GROUP BY 1, 2
  ),
  keys AS (SELECT month, currency FROM invoiced UNION SELECT month, currency FROM credited UNION SELECT month, currency FROM collected)
SELECT to_char(k.month, 'YYYY-MM') AS month, 'rent' AS stream, k.currency,
       COALESCE(iv.m, 0)::text AS invoiced_minor, COALESCE(cr.m, 0)::text AS credited_minor, COALESCE(co.m, 0)::text AS collected_minor, COALESCE(iv.n, 0)::int AS invoices
  FROM keys k
  LEFT JOIN invoiced iv ON iv.month = k.month AND iv.currency = k.currency
  LEFT JOIN credited cr ON cr.month = k.month AND cr.currency = k.currency
  LEFT JOIN collected co ON co.month = k.month AND co.currency = k.currency
 ORDER BY k.month, k.currency`;

/**
 * Invoices a dunning reminder may be due for: a balance today, 7 to $3 days past due (the catch-up
 * limit: older ones are left to the arrears report, so a sweep reads only recent invoices), and no
 * 30-day reminder yet (after it nothing more is sent); with the levels sent. $1 organization, $2 today.
 */
export const DUNNING_CANDIDATES = `
WITH overdue AS MATERIALIZED (
    SELECT i.id, i.startup_id, i.number, i.currency, i.total_minor, i.due_on, ($2::date - i.due_on) AS days
      FROM invoices i
     WHERE i.organization_id = $1 AND i.kind = 'invoice' AND i.due_on <= $2::date - 7 AND i.due_on >= $2::date - $3::int AND i.total_minor > 0
       AND NOT EXISTS (SELECT 1 FROM invoice_reminders r WHERE r.organization_id = $1 AND r.invoice_id = i.id AND r.level = 30)
  ),
  credited AS (
    SELECT o.id, sum(c.total_minor)::bigint AS m FROM overdue o JOIN invoices c ON c.organization_id = $1 AND c.kind = 'credit_note' AND c.credits_invoice_id = o.id GROUP BY o.id
  ),
  paid AS (
    SELECT o.id, sum(a.amount_minor)::bigint AS m FROM overdue o JOIN payment_allocations a ON a.organization_id = $1 AND a.invoice_id = o.id GROUP BY o.id
  ),
  sent AS (
    SELECT o.id, array_agg(r.level ORDER BY r.level) AS levels FROM overdue o JOIN invoice_reminders r ON r.organization_id = $1 AND r.invoice_id = o.id GROUP BY o.id
  ),
  bal AS (
    SELECT o.*, o.total_minor - COALESCE(c.m, 0) - COALESCE(p.m, 0) AS balance, COALESCE(s.levels, '{}') AS sent
      FROM overdue o LEFT JOIN credited c ON c.id = o.id LEFT JOIN paid p ON p.id = o.id LEFT JOIN sent s ON s.id = o.id
  )
SELECT id, startup_id, number, currency, due_on::text AS due_on, days, balance::text AS balance_minor, sent FROM bal WHERE balance > 0`;

/** Once per invoice and level (the key): a second run, or a concurrent one, gets nothing back. $1 organization, $2 invoice ids, $3 levels, $4 now. */
export const INSERT_REMINDERS = `
  INSERT INTO invoice_reminders (organization_id, invoice_id, level, sent_at)
  SELECT $1, x.invoice_id, x.level, $4 FROM unnest($2::uuid[], $3::int[]) AS x(invoice_id, level)
  ON CONFLICT DO NOTHING
  RETURNING invoice_id, level`;
