import { jobId, JobName, JobPayloads } from '@hatchery/core';

/**
 * Every timed effect of a cohort lives in Postgres as a due moment; the worker only needs a
 * delayed job per distinct (cohort, effect, moment). All of a cohort's milestones due at the
 * same instant share one job, and its handler acts on them as a set. The moments are read by
 * `futureMomentsQuery` (still ahead: delayed jobs) and `dueMomentsQuery` (passed with the effect
 * not done: catch-ups), in timed-effects.sql.ts.
 */
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
