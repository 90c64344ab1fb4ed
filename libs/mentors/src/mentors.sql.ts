/**
 * The SQL of the mentors domain, one named constant per statement; each reads only this domain's
 * tables (facts of other domains, such as a startup's founders or sector, arrive as parameters).
 */

/**
 * The hourly rate in force on a session's day, as a LATERAL subquery: the rate with the latest
 * `effective_from` not after `s.session_on` (a rate from the 15th applies from the 15th). For the
 * statements: `FROM mentor_sessions s LEFT JOIN LATERAL (${RATE_ON_SESSION_DAY}) r ON true`.
 */
export const RATE_ON_SESSION_DAY = `SELECT mr.id AS rate_id, mr.amount_minor, mr.currency, mr.effective_from
   FROM mentor_rates mr
  WHERE mr.organization_id = s.organization_id AND mr.profile_id = s.profile_id AND mr.effective_from <= s.session_on
  ORDER BY mr.effective_from DESC LIMIT 1`;

/** Each profile's rate in force on $2 (a date). $1 organization, $3 profile ids. */
export const RATES_ON_DAY = `SELECT DISTINCT ON (mr.profile_id) mr.profile_id, mr.id, mr.amount_minor::text AS amount_minor, mr.currency, mr.effective_from::text AS effective_from, mr.created_at,
        (SELECT min(n.effective_from) - 1 FROM mentor_rates n WHERE n.organization_id = mr.organization_id AND n.profile_id = mr.profile_id AND n.effective_from > mr.effective_from)::text AS effective_to
   FROM mentor_rates mr
  WHERE mr.organization_id = $1 AND mr.effective_from <= $2::date AND mr.profile_id = ANY($3::uuid[])
  ORDER BY mr.profile_id, mr.effective_from DESC`;

/** Assignments running on $2 per profile. $1 organization, $3 profile ids. */
export const ACTIVE_ASSIGNMENT_COUNTS = `SELECT a.profile_id, count(*)::int AS n
   FROM mentor_assignments a
  WHERE a.organization_id = $1 AND a.profile_id = ANY($3::uuid[]) AND a.starts_on <= $2::date AND (a.ends_on IS NULL OR a.ends_on >= $2::date)
  GROUP BY a.profile_id`;

/**
 * Mentor suggestions for a startup, in one statement: active profiles, without the startup's
 * founders ($4) and mentors with a declared conflict, without those already assigned to it today
 * and those with no free capacity today; ranked by the number of their tags among $3 (the
 * startup's sector as a tag key and its needs), then by free capacity, then by id.
 * $1 organization, $2 startup, $3 text[] tags wanted, $4 uuid[] founders, $5 today, $6 limit.
 */
export const SUGGESTIONS = `SELECT p.id, p.user_id, p.kind, p.tags, p.capacity, m.matched, p.capacity - u.used AS free
   FROM mentor_profiles p
   CROSS JOIN LATERAL (SELECT count(*)::int AS used FROM mentor_assignments a
                        WHERE a.organization_id = p.organization_id AND a.profile_id = p.id AND a.starts_on <= $5::date AND (a.ends_on IS NULL OR a.ends_on >= $5::date)) u
   CROSS JOIN LATERAL (SELECT COALESCE(array_agg(t ORDER BY t), '{}') AS matched FROM unnest(p.tags) t WHERE t = ANY($3::text[])) m
  WHERE p.organization_id = $1 AND p.active
    AND NOT (p.user_id = ANY($4::uuid[]))
    AND NOT EXISTS (SELECT 1 FROM mentor_conflicts c WHERE c.organization_id = p.organization_id AND c.profile_id = p.id AND c.startup_id = $2)
    AND NOT EXISTS (SELECT 1 FROM mentor_assignments a WHERE a.organization_id = p.organization_id AND a.profile_id = p.id AND a.startup_id = $2 AND (a.ends_on IS NULL OR a.ends_on >= $5::date))
    AND p.capacity - u.used > 0
  ORDER BY cardinality(m.matched) DESC, p.capacity - u.used DESC, p.id
  LIMIT $6`;

/**
 * The most assignments of profile $2 running on one day within [$3, $4] ($4 null: open-ended),
 * leaving out assignment $5. Concurrency peaks at a start, so it is enough to count at the range's
 * first day and at every assignment start inside it.
 */
export const PEAK_ASSIGNMENTS = `SELECT COALESCE(max((SELECT count(*) FROM mentor_assignments a
                WHERE a.organization_id = $1 AND a.profile_id = $2 AND a.id IS DISTINCT FROM $5::uuid
                  AND a.starts_on <= d.day AND (a.ends_on IS NULL OR a.ends_on >= d.day))), 0)::int AS peak
   FROM (SELECT $3::date AS day
         UNION SELECT a.starts_on FROM mentor_assignments a
          WHERE a.organization_id = $1 AND a.profile_id = $2 AND a.starts_on > $3::date AND ($4::date IS NULL OR a.starts_on <= $4::date)) d`;

/**
 * Approved mentor hours per calendar month, one statement per grouping: by mentor (profile), by
 * startup and by programme. Minutes are the approved ones. $1 organization, $2 first day, $3 last day.
 */
const hours = (column: string) => `SELECT to_char(s.session_on, 'YYYY-MM') AS month, s.${column} AS id, sum(s.approved_minutes)::int AS minutes, count(*)::int AS sessions
   FROM mentor_sessions s
  WHERE s.organization_id = $1 AND s.status = 'approved' AND s.session_on BETWEEN $2::date AND $3::date
  GROUP BY 1, 2
  ORDER BY 1, 3 DESC, 2`;
export const HOURS_BY_MENTOR = hours('profile_id');
export const HOURS_BY_STARTUP = hours('startup_id');
export const HOURS_BY_PROGRAMME = hours('programme_id');
