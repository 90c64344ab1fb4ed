/**
 * The SQL of the month-end statement run and of success fees, one named constant per statement,
 * reading only this domain's tables. A month's run for an organization is these statements, each
 * over the whole set (no loop per mentor): the run row (the mutex), the statements, the session
 * lines, the fee lines, the locks. Parameters: $1 organization, $2 the month's first day, $3 the
 * next month's first day, $4 now, unless a statement says otherwise (Postgres wants every parameter
 * used). With `perProfile` each takes one more, a profile id, last: the bench's per-mentor loop does
 * the same work one mentor at a time.
 */
import { RATE_ON_SESSION_DAY } from './mentors.sql';
import { SESSION_AMOUNT_SQL } from './statement-rules';

const profileFilter = (alias: string, perProfile: boolean, n = 5) => (perProfile ? ` AND ${alias}.profile_id = $${n}` : '');

/** The run's mutex: one row per organization and month. Nothing returned: the month ran already. */
/** Its own parameters: $1 organization, $2 the month's first day, $3 now, $4 who (null: the worker). */
export const INSERT_RUN = `INSERT INTO mentor_statement_runs (organization_id, month, run_at, run_by) VALUES ($1, $2::date, $3, $4)
  ON CONFLICT (organization_id, month) DO NOTHING RETURNING month::text`;

/**
 * What a run pays: approved sessions not yet paid, dated before the next month's first day (this
 * month's, and earlier months' approved after their statements: adjustments).
 */
const payableSession = (perProfile: boolean, n = 5) =>
  `s.organization_id = $1 AND s.status = 'approved' AND s.locked_statement_id IS NULL AND s.session_on < $3::date${profileFilter('s', perProfile, n)}`;

/** Fees accrued before the next month's first day and on no statement yet. */
const payableFee = (perProfile: boolean, n = 5) => `f.organization_id = $1 AND f.accrued_on < $3::date${profileFilter('f', perProfile, n)}
    AND NOT EXISTS (SELECT 1 FROM mentor_statement_lines l WHERE l.organization_id = f.organization_id AND l.success_fee_id = f.id)`;

/** One statement per mentor with something to pay (a session with a rate in force on its day, or a fee); unique per profile and month. */
export const insertStatements = (perProfile = false) => `INSERT INTO mentor_statements (id, organization_id, profile_id, month, issued_at)
SELECT uuid_v7(), $1, d.profile_id, $2::date, $4
  FROM (SELECT s.profile_id FROM mentor_sessions s
         WHERE ${payableSession(perProfile)}
           AND EXISTS (SELECT 1 FROM mentor_rates mr WHERE mr.organization_id = s.organization_id AND mr.profile_id = s.profile_id AND mr.effective_from <= s.session_on)
        UNION
        SELECT f.profile_id FROM mentor_success_fees f
         WHERE ${payableFee(perProfile)}) d
 ORDER BY d.profile_id
ON CONFLICT (organization_id, profile_id, month) DO NOTHING
RETURNING id`;

/** A line per payable session at the rate in force on its day; dated before the month: an adjustment. Only $1–$3 (profile: $4). */
export const insertSessionLines = (perProfile = false) => `INSERT INTO mentor_statement_lines (id, organization_id, statement_id, kind, session_id, startup_id, occurred_on, minutes, rate_id, rate_minor, rate_effective_from, amount_minor, currency, description)
SELECT uuid_v7(), $1, st.id, CASE WHEN s.session_on < $2::date THEN 'adjustment' ELSE 'session' END, s.id, s.startup_id, s.session_on, s.approved_minutes,
       r.rate_id, r.amount_minor, r.effective_from, ${SESSION_AMOUNT_SQL('r.amount_minor', 's.approved_minutes')}, r.currency, s.topic
  FROM mentor_sessions s
  JOIN mentor_statements st ON st.organization_id = s.organization_id AND st.profile_id = s.profile_id AND st.month = $2::date
  JOIN LATERAL (${RATE_ON_SESSION_DAY}) r ON true
 WHERE ${payableSession(perProfile, 4)}
 ORDER BY s.profile_id, s.session_on, s.id`;

/** A line per payable fee, on its mentor's statement. Only $1–$3 (profile: $4). */
export const insertFeeLines = (perProfile = false) => `INSERT INTO mentor_statement_lines (id, organization_id, statement_id, kind, success_fee_id, startup_id, occurred_on, amount_minor, currency, description)
SELECT uuid_v7(), $1, st.id, 'success_fee', f.id, f.startup_id, f.accrued_on, f.amount_minor, f.currency, 'Success fee'
  FROM mentor_success_fees f
  JOIN mentor_statements st ON st.organization_id = f.organization_id AND st.profile_id = f.profile_id AND st.month = $2::date
 WHERE ${payableFee(perProfile, 4)}
 ORDER BY f.profile_id, f.accrued_on, f.id`;

/** The sessions this month's statements pay are paid for good: `locked_statement_id`. $1 organization, $2 the month's first day, $3 now (profile: $4). */
export const lockPaidSessions = (perProfile = false) => `UPDATE mentor_sessions s SET locked_statement_id = l.statement_id, locked_at = COALESCE(s.locked_at, $3)
  FROM mentor_statement_lines l
  JOIN mentor_statements st ON st.id = l.statement_id AND st.organization_id = l.organization_id
 WHERE st.organization_id = $1 AND st.month = $2::date${profileFilter('st', perProfile, 4)}
   AND l.session_id = s.id AND s.organization_id = $1 AND s.locked_statement_id IS NULL`;

/** Every session of the month is locked once its statements are issued (no more edits; still approvable: then an adjustment). */
export const lockMonth = (perProfile = false) => `UPDATE mentor_sessions s SET locked_at = $4
 WHERE s.organization_id = $1 AND s.session_on >= $2::date AND s.session_on < $3::date AND s.locked_at IS NULL${profileFilter('s', perProfile)}`;

/** Approved sessions the run could not pay: no rate in force on their day. */
export const UNPRICED_SESSIONS = `SELECT count(*)::int AS n FROM mentor_sessions s
  WHERE s.organization_id = $1 AND s.status = 'approved' AND s.locked_statement_id IS NULL AND s.session_on < $2::date
    AND NOT EXISTS (SELECT 1 FROM mentor_rates mr WHERE mr.organization_id = s.organization_id AND mr.profile_id = s.profile_id AND mr.effective_from <= s.session_on)`;

/** The statements of a month with their mentor and totals per currency (for the emails). $1 organization, $2 the month's first day. */
export const MONTH_STATEMENT_TOTALS = `SELECT st.id, p.user_id, l.currency, sum(l.amount_minor)::text AS total_minor
  FROM mentor_statements st
  JOIN mentor_profiles p ON p.id = st.profile_id AND p.organization_id = st.organization_id
  JOIN mentor_statement_lines l ON l.statement_id = st.id AND l.organization_id = st.organization_id
 WHERE st.organization_id = $1 AND st.month = $2::date
 GROUP BY st.id, p.user_id, l.currency
 ORDER BY st.id, l.currency`;

/**
 * The month the organization's oldest unpaid item falls in (an approved session with a rate, or a
 * fee): the catch-up starts there. $1 organization.
 */
export const OLDEST_UNPAID_MONTH = `SELECT to_char(min(d), 'YYYY-MM') AS month FROM (
  SELECT min(s.session_on) AS d FROM mentor_sessions s WHERE s.organization_id = $1 AND s.status = 'approved' AND s.locked_statement_id IS NULL
  UNION ALL
  SELECT min(f.accrued_on) FROM mentor_success_fees f WHERE f.organization_id = $1
     AND NOT EXISTS (SELECT 1 FROM mentor_statement_lines l WHERE l.organization_id = f.organization_id AND l.success_fee_id = f.id)) x`;

/** Months in [$2, $3] (first days) that ran. $1 organization. */
export const RUN_MONTHS = `SELECT to_char(month, 'YYYY-MM') AS month FROM mentor_statement_runs WHERE organization_id = $1 AND month BETWEEN $2::date AND $3::date`;

/**
 * The month-end sweep (system role, every organization): organizations with mentor profiles whose
 * run for month $1 (the month that has ended somewhere on Earth: before the month of now + 14 h) is
 * missing. Their job then decides in the organization's own timezone.
 */
export const SWEEP_DUE_ORGANIZATIONS = `SELECT DISTINCT p.organization_id FROM mentor_profiles p
  WHERE NOT EXISTS (SELECT 1 FROM mentor_statement_runs r WHERE r.organization_id = p.organization_id AND r.month = $1::date)
  LIMIT 10000`;

/**
 * Success fees for startup $2 whose outcome turned successful on $3 (status $4, at $5): one per
 * mentor ever assigned to it up to that day (its latest assignment's programme), from the fee
 * terms of that programme, else the general ones; none without terms. Once per mentor and startup
 * (unique key), whatever the outcome does later. $1 organization.
 */
export const ACCRUE_SUCCESS_FEES = `INSERT INTO mentor_success_fees (id, organization_id, profile_id, startup_id, programme_id, assignment_id, fee_terms_id, amount_minor, currency, accrued_on, outcome_status, accrued_at)
SELECT uuid_v7(), $1, a.profile_id, a.startup_id, a.programme_id, a.id, t.id, t.amount_minor, t.currency, $3::date, $4, $5
  FROM (SELECT DISTINCT ON (a.profile_id) a.* FROM mentor_assignments a
         WHERE a.organization_id = $1 AND a.startup_id = $2 AND a.starts_on <= $3::date
         ORDER BY a.profile_id, a.starts_on DESC) a
  JOIN LATERAL (SELECT t.id, t.amount_minor, t.currency FROM mentor_fee_terms t
                 WHERE t.organization_id = a.organization_id AND t.profile_id = a.profile_id AND (t.programme_id = a.programme_id OR t.programme_id IS NULL)
                 ORDER BY t.programme_id IS NULL, t.created_at LIMIT 1) t ON true
 WHERE t.amount_minor > 0
ON CONFLICT (organization_id, profile_id, startup_id) DO NOTHING
RETURNING id, profile_id, amount_minor::text AS amount_minor, currency`;
