import type { ActionKind } from './entities/programme-action.entity';
import type { MomentRow } from './moments';
import { REMINDER_HOUR } from './schedule-rules';

/**
 * The SQL of the timed effects, one named query per statement. Each text is a constant (no mode
 * flags, no fragments spliced in), so what a reviewer reads here is what PostgreSQL runs, and
 * each has an e2e spec against a real database (test/timed-effects-queries.e2e-spec.ts).
 *
 * Local-day arithmetic goes through the SQL functions of migration AddLocalDayFunctions, which
 * the planner inlines: `local_midnight_after(d, tz)` (a milestone due on `d` is overdue from
 * then), `local_time_on(d, hh, tz)` (a reminder goes out at 09:00 local, N days before the due
 * date), `local_midnight(d, tz)` and `local_date(t, tz)`.
 *
 * A query is `{ text, values }`: pass it to a pg pool (`pool.query(q)`) or a TypeORM runner
 * (`tx.query(q.text, q.values)`; for an UPDATE, TypeORM resolves to `[rows, affected]`).
 */
export interface SqlQuery<Row = never> {
  readonly text: string;
  readonly values: unknown[];
  /** Type only: the shape of the rows it returns. */
  readonly row?: Row;
}

/** The parameters of the moment queries: the clock's now, and one cohort or null for all. */
export interface MomentsParams {
  now: Date;
  cohortId: string | null;
}

/**
 * Moments still ahead (`at > now`), one row per distinct (cohort, effect, moment), for delayed
 * jobs: overdue marks not yet made, reminders of open milestones not yet due, phase starts and
 * the completion of cohorts not completed, graduation reviews and equity stakes of active
 * enrolments. Milestones count only while their enrolment is active, they are not dropped and
 * not approved.
 */
export function futureMomentsQuery({ now, cohortId }: MomentsParams): SqlQuery<MomentRow> {
  return { text: FUTURE_MOMENTS, values: [now, cohortId, REMINDER_HOUR] };
}

const FUTURE_MOMENTS = `
    WITH live AS (
      SELECT m.id, m.organization_id, m.cohort_id, m.due_on, m.due_at, m.status, m.overdue_marked_at, c.timezone, c.reminder_offsets_days
        FROM milestones m
        JOIN enrolments e ON e.id = m.enrolment_id AND e.status = 'active'
        JOIN cohorts c ON c.id = m.cohort_id
       WHERE m.dropped_at IS NULL AND m.status <> 'approved' AND ($2::uuid IS NULL OR m.cohort_id = $2)
    )
    SELECT DISTINCT organization_id, cohort_id, 'milestone.mark-overdue' AS job, due_at AS at, 0 AS offset_days, NULL AS kind
      FROM live WHERE overdue_marked_at IS NULL AND due_at > $1
    UNION ALL
    SELECT DISTINCT l.organization_id, l.cohort_id, 'milestone.remind', r.at, o.offset_days, NULL
      FROM live l
      CROSS JOIN LATERAL unnest(l.reminder_offsets_days) AS o(offset_days)
      CROSS JOIN LATERAL (SELECT local_time_on(l.due_on - o.offset_days, $3, l.timezone) AS at) r
     WHERE l.status IN ('pending', 'changes_requested') AND l.due_at > $1 AND r.at > $1
    UNION ALL
    SELECT DISTINCT c.organization_id, c.id, 'cohort.advance', p.starts_at, 0, NULL
      FROM cohorts c JOIN cohort_phases p ON p.cohort_id = c.id
     WHERE c.status <> 'completed' AND ($2::uuid IS NULL OR c.id = $2) AND p.starts_at > $1
    UNION ALL
    SELECT c.organization_id, c.id, 'cohort.advance', c.ends_at, 0, NULL
      FROM cohorts c WHERE c.status <> 'completed' AND ($2::uuid IS NULL OR c.id = $2) AND c.ends_at > $1
    UNION ALL
    SELECT DISTINCT e.organization_id, e.cohort_id, 'enrolment.scheduled-action', e.incubation_ends_at, 0, 'graduation_review'
      FROM enrolments e
     WHERE e.status = 'active' AND ($2::uuid IS NULL OR e.cohort_id = $2) AND e.incubation_ends_at > $1
    UNION ALL
    SELECT DISTINCT e.organization_id, e.cohort_id, 'enrolment.scheduled-action', e.stake_due_at, 0, 'equity_stake'
      FROM enrolments e
     WHERE e.status = 'active' AND e.stake_due_at IS NOT NULL AND ($2::uuid IS NULL OR e.cohort_id = $2) AND e.stake_due_at > $1`;

/**
 * Moments that have passed (`at <= now`) with their effect not done, for catch-up jobs: overdue
 * marks not yet made; a reminder only while its milestone is not yet due, not yet sent for this
 * due date, and only the nearest one that passed (no nearer offset's moment is past too); phase
 * starts the cohort has not reached; the completion of a cohort not completed; graduation
 * reviews and equity stakes not yet opened for that moment.
 */
export function dueMomentsQuery({ now, cohortId }: MomentsParams): SqlQuery<MomentRow> {
  return { text: DUE_MOMENTS, values: [now, cohortId, REMINDER_HOUR] };
}

const DUE_MOMENTS = `
    WITH live AS (
      SELECT m.id, m.organization_id, m.cohort_id, m.due_on, m.due_at, m.status, m.overdue_marked_at, c.timezone, c.reminder_offsets_days
        FROM milestones m
        JOIN enrolments e ON e.id = m.enrolment_id AND e.status = 'active'
        JOIN cohorts c ON c.id = m.cohort_id
       WHERE m.dropped_at IS NULL AND m.status <> 'approved' AND ($2::uuid IS NULL OR m.cohort_id = $2)
    )
    SELECT DISTINCT organization_id, cohort_id, 'milestone.mark-overdue' AS job, due_at AS at, 0 AS offset_days, NULL AS kind
      FROM live WHERE overdue_marked_at IS NULL AND due_at <= $1
    UNION ALL
    SELECT DISTINCT l.organization_id, l.cohort_id, 'milestone.remind', r.at, o.offset_days, NULL
      FROM live l
      CROSS JOIN LATERAL unnest(l.reminder_offsets_days) AS o(offset_days)
      CROSS JOIN LATERAL (SELECT local_time_on(l.due_on - o.offset_days, $3, l.timezone) AS at) r
     WHERE l.status IN ('pending', 'changes_requested') AND l.due_at > $1 AND r.at <= $1
       AND NOT EXISTS (SELECT 1 FROM milestone_reminders mr WHERE mr.milestone_id = l.id AND mr.offset_days = o.offset_days AND mr.due_on = l.due_on)
       AND NOT EXISTS (SELECT 1 FROM unnest(l.reminder_offsets_days) AS nearer(days) WHERE nearer.days < o.offset_days AND local_time_on(l.due_on - nearer.days, $3, l.timezone) <= $1)
    UNION ALL
    SELECT DISTINCT c.organization_id, c.id, 'cohort.advance', p.starts_at, 0, NULL
      FROM cohorts c JOIN cohort_phases p ON p.cohort_id = c.id
     WHERE c.status <> 'completed' AND ($2::uuid IS NULL OR c.id = $2) AND p.starts_at <= $1
       AND (c.current_phase IS NULL OR c.current_phase < p.position)
    UNION ALL
    SELECT c.organization_id, c.id, 'cohort.advance', c.ends_at, 0, NULL
      FROM cohorts c WHERE c.status <> 'completed' AND ($2::uuid IS NULL OR c.id = $2) AND c.ends_at <= $1
    UNION ALL
    SELECT DISTINCT e.organization_id, e.cohort_id, 'enrolment.scheduled-action', e.incubation_ends_at, 0, 'graduation_review'
      FROM enrolments e
     WHERE e.status = 'active' AND ($2::uuid IS NULL OR e.cohort_id = $2) AND e.incubation_ends_at <= $1
       AND NOT EXISTS (SELECT 1 FROM programme_actions a WHERE a.enrolment_id = e.id AND a.kind = 'graduation_review' AND a.due_at = e.incubation_ends_at)
    UNION ALL
    SELECT DISTINCT e.organization_id, e.cohort_id, 'enrolment.scheduled-action', e.stake_due_at, 0, 'equity_stake'
      FROM enrolments e
     WHERE e.status = 'active' AND e.stake_due_at IS NOT NULL AND ($2::uuid IS NULL OR e.cohort_id = $2) AND e.stake_due_at <= $1
       AND NOT EXISTS (SELECT 1 FROM programme_actions a WHERE a.enrolment_id = e.id AND a.kind = 'equity_stake' AND a.due_at = e.stake_due_at)`;

/** Moves a cohort's active enrolments to `phase` (null: before the first). */
export function enrolmentsToPhaseQuery(p: { cohortId: string; phase: number | null; now: Date }): SqlQuery {
  return {
    text: `UPDATE enrolments SET current_phase = $2, updated_at = $3 WHERE cohort_id = $1 AND status = 'active' AND current_phase IS DISTINCT FROM $2`,
    values: [p.cohortId, p.phase, p.now],
  };
}

export interface RemindedRow {
  id: string;
  title: string;
  due_on: string;
  startup_id: string;
  /** Local days from today (in the cohort's timezone) to the due date. */
  days_left: number;
}

/**
 * Records the `offsetDays` reminder of the cohort's open milestones whose reminder moment is
 * `at` (09:00 local, `offsetDays` before the due date), one row per milestone, offset and due
 * date (a second run inserts nothing), and returns the milestones reminded. Only while the
 * milestone is not yet due, and not when a nearer offset's moment (of `offsets`) has passed too.
 * `m.due_at = local_midnight_after(local_date(at) + offsetDays)` finds the candidates by index.
 */
export function remindQuery(p: { cohortId: string; at: Date; offsetDays: number; now: Date; timezone: string; offsets: number[] }): SqlQuery<RemindedRow> {
  return {
    text: `WITH inserted AS (
         INSERT INTO milestone_reminders (milestone_id, offset_days, due_on, organization_id, sent_at)
         SELECT m.id, $3, m.due_on, m.organization_id, $4
           FROM milestones m
           JOIN enrolments e ON e.id = m.enrolment_id AND e.status = 'active'
          WHERE m.cohort_id = $1 AND m.dropped_at IS NULL AND m.status IN ('pending', 'changes_requested')
            AND m.due_at = local_midnight_after(local_date($2::timestamptz, $5) + $3::int, $5)
            AND local_time_on(m.due_on - $3::int, $7, $5) = $2
            AND m.due_at > $4
            AND NOT EXISTS (SELECT 1 FROM unnest($6::int[]) AS nearer(days) WHERE nearer.days < $3 AND local_time_on(m.due_on - nearer.days, $7, $5) <= $4)
         ON CONFLICT DO NOTHING
         RETURNING milestone_id)
       SELECT m.id, m.title, m.due_on::text AS due_on, e.startup_id, m.due_on - local_date($4::timestamptz, $5) AS days_left
         FROM inserted i JOIN milestones m ON m.id = i.milestone_id JOIN enrolments e ON e.id = m.enrolment_id`,
    values: [p.cohortId, p.at, p.offsetDays, p.now, p.timezone, p.offsets, REMINDER_HOUR],
  };
}

export interface MarkedRow {
  id: string;
  title: string;
  due_on: string;
  startup_id: string;
}

/**
 * Marks overdue the cohort's milestones whose due moment is `at`, once that moment has come
 * (`due_at <= now`), if their enrolment is active, they are not approved, not dropped and not
 * marked yet; returns those it marked. An UPDATE: through TypeORM it resolves to `[rows, affected]`.
 */
export function markOverdueQuery(p: { cohortId: string; at: Date; now: Date }): SqlQuery<MarkedRow> {
  return {
    text: `UPDATE milestones m SET overdue_marked_at = $3
         FROM enrolments e
        WHERE e.id = m.enrolment_id AND e.status = 'active' AND m.cohort_id = $1 AND m.due_at = $2 AND m.due_at <= $3
          AND m.status <> 'approved' AND m.dropped_at IS NULL AND m.overdue_marked_at IS NULL
        RETURNING m.id, m.title, m.due_on::text AS due_on, e.startup_id`,
    values: [p.cohortId, p.at, p.now],
  };
}

/** The `overdue` line in the history of each milestone marked; `eventIds[i]` is the event of `milestoneIds[i]`. */
export function overdueEventsQuery(p: { eventIds: string[]; milestoneIds: string[]; now: Date }): SqlQuery {
  return {
    text: `INSERT INTO milestone_events (id, organization_id, milestone_id, kind, created_at)
       SELECT ids.event_id, m.organization_id, m.id, 'overdue', $3
         FROM unnest($1::uuid[], $2::uuid[]) AS ids(event_id, milestone_id) JOIN milestones m ON m.id = ids.milestone_id`,
    values: [p.eventIds, p.milestoneIds, p.now],
  };
}

/**
 * The cohort's active enrolments whose graduation review (`incubation_ends_at`) or equity stake
 * (`stake_due_at`) falls at `at`, locked: a withdrawal committing at this moment either comes
 * first (no action) or waits.
 */
export function dueEnrolmentsQuery(p: { cohortId: string; at: Date; kind: ActionKind }): SqlQuery<{ id: string; startup_id: string }> {
  return { text: DUE_ENROLMENTS[p.kind], values: [p.cohortId, p.at] };
}

const DUE_ENROLMENTS: Record<ActionKind, string> = {
  graduation_review: `SELECT id, startup_id FROM enrolments WHERE cohort_id = $1 AND status = 'active' AND incubation_ends_at = $2 ORDER BY id FOR UPDATE`,
  equity_stake: `SELECT id, startup_id FROM enrolments WHERE cohort_id = $1 AND status = 'active' AND stake_due_at = $2 ORDER BY id FOR UPDATE`,
};

/**
 * Opens one programme action of `kind` due at `at` per enrolment (`ids[i]` for `enrolmentIds[i]`
 * of `startupIds[i]`), at most once per enrolment, kind and moment; returns the startups of those
 * it opened.
 */
export function openActionsQuery(p: {
  ids: string[];
  organizationId: string;
  enrolmentIds: string[];
  startupIds: string[];
  kind: ActionKind;
  at: Date;
  stakeBps: number | null;
  now: Date;
}): SqlQuery<{ startup_id: string }> {
  return {
    text: `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, stake_bps, created_at)
       SELECT unnest($1::uuid[]), $2, unnest($3::uuid[]), unnest($4::uuid[]), $5, $6, $7, $8
       ON CONFLICT ON CONSTRAINT uq_programme_actions_once DO NOTHING
       RETURNING startup_id`,
    values: [p.ids, p.organizationId, p.enrolmentIds, p.startupIds, p.kind, p.at, p.stakeBps, p.now],
  };
}
