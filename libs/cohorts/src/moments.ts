import { jobId, JobName, JobPayloads } from '@hatchery/core';
import { REMINDER_HOUR } from './schedule-rules';

/** SQL for the instant an `offset`-day reminder of a milestone due on `dueOn` goes out: 09:00 local. */
export function remindAt(dueOn: string, offset: string, timezone: string): string {
  return `((${dueOn} - ${offset})::timestamp + make_interval(hours => ${REMINDER_HOUR})) AT TIME ZONE ${timezone}`;
}

/**
 * Every timed effect of a cohort lives in Postgres as a due moment; the worker only needs a
 * delayed job per distinct (cohort, effect, moment). All of a cohort's milestones due at the
 * same instant share one job, and its handler acts on them as a set.
 *
 * `future`: moments still ahead, for delayed jobs. `due`: moments that have passed and whose
 * effect has not happened, for catch-up. Reminders are caught up only while their milestone is
 * not yet due, and only the nearest one that passed (a founder enrolled two days before a due
 * date gets the 1-day reminder, not the 7-day one too); overdue marks, phase changes and
 * scheduled actions always.
 *
 * Parameters: $1 now, $2 a cohort id or null for all.
 */
export function momentsSql(mode: 'future' | 'due'): string {
  const passed = (column: string) => (mode === 'future' ? `${column} > $1` : `${column} <= $1`);
  return `
    WITH live AS (
      SELECT m.id, m.organization_id, m.cohort_id, m.due_on, m.due_at, m.status, m.overdue_marked_at, c.timezone, c.reminder_offsets_days
        FROM milestones m
        JOIN enrolments e ON e.id = m.enrolment_id AND e.status = 'active'
        JOIN cohorts c ON c.id = m.cohort_id
       WHERE m.dropped_at IS NULL AND m.status <> 'approved' AND ($2::uuid IS NULL OR m.cohort_id = $2)
    )
    SELECT DISTINCT organization_id, cohort_id, 'milestone.mark-overdue' AS job, due_at AS at, 0 AS offset_days, NULL AS kind
      FROM live WHERE overdue_marked_at IS NULL AND ${passed('due_at')}
    UNION ALL
    SELECT DISTINCT l.organization_id, l.cohort_id, 'milestone.remind', r.at, o.offset_days, NULL
      FROM live l
      CROSS JOIN LATERAL unnest(l.reminder_offsets_days) AS o(offset_days)
      CROSS JOIN LATERAL (SELECT ${remindAt('l.due_on', 'o.offset_days', 'l.timezone')} AS at) r
     WHERE l.status IN ('pending', 'changes_requested') AND l.due_at > $1 AND ${passed('r.at')}
       ${mode === 'due' ? `AND NOT EXISTS (SELECT 1 FROM milestone_reminders mr WHERE mr.milestone_id = l.id AND mr.offset_days = o.offset_days AND mr.due_on = l.due_on)
       AND NOT EXISTS (SELECT 1 FROM unnest(l.reminder_offsets_days) AS nearer(days) WHERE nearer.days < o.offset_days AND ${remindAt('l.due_on', 'nearer.days', 'l.timezone')} <= $1)` : ''}
    UNION ALL
    SELECT DISTINCT c.organization_id, c.id, 'cohort.advance', p.starts_at, 0, NULL
      FROM cohorts c JOIN cohort_phases p ON p.cohort_id = c.id
     WHERE c.status <> 'completed' AND ($2::uuid IS NULL OR c.id = $2) AND ${passed('p.starts_at')}
       ${mode === 'due' ? 'AND (c.current_phase IS NULL OR c.current_phase < p.position)' : ''}
    UNION ALL
    SELECT c.organization_id, c.id, 'cohort.advance', c.ends_at, 0, NULL
      FROM cohorts c WHERE c.status <> 'completed' AND ($2::uuid IS NULL OR c.id = $2) AND ${passed('c.ends_at')}
    UNION ALL
    SELECT DISTINCT e.organization_id, e.cohort_id, 'enrolment.scheduled-action', e.incubation_ends_at, 0, 'graduation_review'
      FROM enrolments e
     WHERE e.status = 'active' AND ($2::uuid IS NULL OR e.cohort_id = $2) AND ${passed('e.incubation_ends_at')}
       ${mode === 'due' ? `AND NOT EXISTS (SELECT 1 FROM programme_actions a WHERE a.enrolment_id = e.id AND a.kind = 'graduation_review' AND a.due_at = e.incubation_ends_at)` : ''}
    UNION ALL
    SELECT DISTINCT e.organization_id, e.cohort_id, 'enrolment.scheduled-action', e.stake_due_at, 0, 'equity_stake'
      FROM enrolments e
     WHERE e.status = 'active' AND e.stake_due_at IS NOT NULL AND ($2::uuid IS NULL OR e.cohort_id = $2) AND ${passed('e.stake_due_at')}
       ${mode === 'due' ? `AND NOT EXISTS (SELECT 1 FROM programme_actions a WHERE a.enrolment_id = e.id AND a.kind = 'equity_stake' AND a.due_at = e.stake_due_at)` : ''}`;
}

export interface MomentRow {
  organization_id: string;
  cohort_id: string;
  job: 'milestone.mark-overdue' | 'milestone.remind' | 'cohort.advance' | 'enrolment.scheduled-action';
  at: Date;
  offset_days: number;
  kind: 'graduation_review' | 'equity_stake' | null;
}

export interface MomentJob<N extends JobName = JobName> {
  name: N;
  data: JobPayloads[N];
  jobId: string;
  /** Milliseconds from now; 0 for a catch-up. */
  delay: number;
}

/**
 * The job for a moment. Its id is fixed by cohort, effect and instant, so re-adding it is a
 * no-op in BullMQ. A catch-up gets its own id (`…-due-<round>`), so it runs even while the
 * delayed one still waits in Redis; `round` changes every reconcile interval, so a catch-up
 * that failed for good is tried again in the next round rather than blocking its id. The
 * effect happens once either way: handlers act only on what is due and not yet done.
 */
export function momentJob(row: MomentRow, now: Date, catchUpRound: string | null): MomentJob {
  const at = row.at.toISOString();
  const base = { organizationId: row.organization_id, cohortId: row.cohort_id, at };
  const stamp = String(row.at.getTime()) + (catchUpRound !== null ? `-due-${catchUpRound}` : '');
  const delay = catchUpRound !== null ? 0 : Math.max(0, row.at.getTime() - now.getTime());
  switch (row.job) {
    case 'milestone.remind':
      return { name: row.job, data: { ...base, offsetDays: row.offset_days }, jobId: jobId(row.job, row.cohort_id, stamp, String(row.offset_days)), delay };
    case 'enrolment.scheduled-action':
      return { name: row.job, data: { ...base, kind: row.kind! }, jobId: jobId(row.job, row.cohort_id, stamp, row.kind!), delay };
    default:
      return { name: row.job, data: base, jobId: jobId(row.job, row.cohort_id, stamp), delay };
  }
}
