import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Clock, ValidationFailedError } from '@hatchery/core';
import { CohortsService } from './cohorts.service';
import { MAX_TREND_DAYS, MilestoneTrendQueryDto } from './dto/milestone-trend.dto';
import { MilestoneTrendDayDto, MilestoneTrendDto } from './dto/milestone-trend.response.dto';
import { addDays } from './schedule-rules';

/**
 * The cohort's milestones by status at the end of each local day, from their history, in one
 * set-based statement: the days (generate_series) × the cohort's milestones, each joined to its
 * last status event before the day's end (local midnight after the day, `local_midnight_after`)
 * and to its due date as it stood then (the last reschedule before the day's end; before any,
 * the first later reschedule's previous date, else today's due date). A status event is
 * created (pending), submitted, approved, changes_requested or dropped; `overdue` marks and
 * edits change no status. Overdue is computed, not read from the worker's mark: not approved and
 * due before the day. Milestones of an enrolment withdrawn before the day's end leave the counts.
 *
 * $1 organization, $2 timezone, $3 first day, $4 last day, $5 cohort.
 */
const TREND = `
  WITH days AS (
    SELECT d::date AS day, local_midnight_after(d::date, $2) AS day_end
      FROM generate_series($3::date, $4::date, interval '1 day') AS d
  ),
  cohort_copies AS (
    SELECT m.id, m.due_on, e.status AS enrolment_status, e.ended_at
      FROM milestones m JOIN enrolments e ON e.id = m.enrolment_id
     WHERE m.organization_id = $1 AND m.cohort_id = $5
  ),
  states AS (
    SELECT d.day, s.kind, coalesce(rescheduled.due_on, before_reschedule.due_on, cm.due_on) AS due_on
      FROM days d
      CROSS JOIN cohort_copies cm
      CROSS JOIN LATERAL (
        SELECT ev.kind FROM milestone_events ev
         WHERE ev.organization_id = $1 AND ev.milestone_id = cm.id AND ev.created_at < d.day_end
           AND ev.kind IN ('created', 'submitted', 'approved', 'changes_requested', 'dropped')
         ORDER BY ev.created_at DESC, ev.id DESC LIMIT 1
      ) s
      LEFT JOIN LATERAL (
        SELECT (ev.changes ->> 'dueOn')::date AS due_on FROM milestone_events ev
         WHERE ev.organization_id = $1 AND ev.milestone_id = cm.id AND ev.created_at < d.day_end AND ev.kind = 'rescheduled'
         ORDER BY ev.created_at DESC, ev.id DESC LIMIT 1
      ) rescheduled ON true
      LEFT JOIN LATERAL (
        SELECT (ev.changes ->> 'previousDueOn')::date AS due_on FROM milestone_events ev
         WHERE ev.organization_id = $1 AND ev.milestone_id = cm.id AND ev.created_at >= d.day_end AND ev.kind = 'rescheduled'
         ORDER BY ev.created_at, ev.id LIMIT 1
      ) before_reschedule ON true
     WHERE s.kind <> 'dropped'
       AND NOT (cm.enrolment_status = 'withdrawn' AND cm.ended_at < d.day_end)
  )
  SELECT d.day::text AS date,
         count(s.kind) FILTER (WHERE s.kind = 'created' AND s.due_on >= d.day)::int AS pending,
         count(s.kind) FILTER (WHERE s.kind = 'submitted' AND s.due_on >= d.day)::int AS submitted,
         count(s.kind) FILTER (WHERE s.kind = 'changes_requested' AND s.due_on >= d.day)::int AS "changesRequested",
         count(s.kind) FILTER (WHERE s.kind = 'approved')::int AS approved,
         count(s.kind) FILTER (WHERE s.kind <> 'approved' AND s.due_on < d.day)::int AS overdue
    FROM days d LEFT JOIN states s ON s.day = d.day
   GROUP BY d.day
   ORDER BY d.day`;

/** Days from `from` to `to`, both included (0 or less when `to` is before `from`). */
function daysIn(from: string, to: string): number {
  const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000) + 1;
}

/** The staff dashboard's chart of a cohort's milestones by status over time. */
@Injectable()
export class MilestoneTrendService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cohorts: CohortsService,
    private readonly clock: Clock,
  ) {}

  async trend(cohortId: string, query: MilestoneTrendQueryDto): Promise<MilestoneTrendDto> {
    // Another organization's cohort is not found (404), as everywhere.
    const cohort = await this.cohorts.find(cohortId);
    const [{ today }]: { today: string }[] = await this.txHost.tx.query(`SELECT local_date($1::timestamptz, $2)::text AS today`, [this.clock.now(), cohort.timezone]);
    const defaulted = query.from === undefined && query.to === undefined;
    const to = query.to ?? (today < cohort.endsOn ? today : cohort.endsOn);
    let from = query.from ?? cohort.startsOn;
    if (defaulted) {
      // A cohort that has not started has no days yet; one longer than the limit shows its last 400.
      if (to < from) return { cohortId: cohort.id, timezone: cohort.timezone, days: [] };
      if (daysIn(from, to) > MAX_TREND_DAYS) from = addDays(to, 1 - MAX_TREND_DAYS);
    } else {
      if (to < from) throw new ValidationFailedError([{ field: 'to', message: `must be on or after from (${from})` }]);
      if (daysIn(from, to) > MAX_TREND_DAYS) throw new ValidationFailedError([{ field: 'to', message: `the range may span at most ${MAX_TREND_DAYS} days` }]);
    }
    const days: MilestoneTrendDayDto[] = await this.txHost.tx.query(TREND, [cohort.organizationId, cohort.timezone, from, to, cohort.id]);
    return { cohortId: cohort.id, timezone: cohort.timezone, days };
  }
}
