import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Queue } from 'bullmq';
import { Clock, defineJobs, Env, JobHandler, JobHandlerProvider, JobPayloads, Metrics, PeriodicTask, SystemDatabase } from '@hatchery/core';
import { MomentRow, momentJob } from './moments';
import { dueMomentsQuery, futureMomentsQuery } from './timed-effects.sql';
import { TimedEffects } from './timed-effects.service';

declare module '@hatchery/core' {
  interface JobPayloads {
    /** Queues the delayed jobs of a cohort's future moments, and catch-ups for those already due. */
    'cohort.schedule': { organizationId: string; cohortId: string };
    /** Moves a cohort (and its enrolments) to the phase of now; completes it after the last. */
    'cohort.advance': { organizationId: string; cohortId: string; at: string };
    /** Reminds founders of the cohort's milestones due `offsetDays` after the reminder moment `at`. */
    'milestone.remind': { organizationId: string; cohortId: string; at: string; offsetDays: number };
    /** Marks the cohort's milestones whose due moment is `at` overdue, and escalates. */
    'milestone.mark-overdue': { organizationId: string; cohortId: string; at: string };
    /** Opens the graduation review or records the fixed stake of enrolments whose moment is `at`. */
    'enrolment.scheduled-action': { organizationId: string; cohortId: string; at: string; kind: 'graduation_review' | 'equity_stake' };
  }
}

export const COHORTS_JOBS = defineJobs({
  'cohort.schedule': 'milestones',
  'cohort.advance': 'milestones',
  'milestone.remind': 'milestones',
  'milestone.mark-overdue': 'milestones',
  'enrolment.scheduled-action': 'milestones',
});

/**
 * Adds the delayed (and catch-up) jobs for moments to the milestones queue, in bulk. Completed
 * moment jobs are removed at once, so a moment that gains a milestone later (a reschedule onto
 * it) can be queued again under the same id.
 */
@Injectable()
export class MomentQueue {
  constructor(
    @InjectQueue('milestones') private readonly queue: Queue,
    private readonly env: Env,
  ) {}

  async add(future: MomentRow[], due: MomentRow[], now: Date): Promise<number> {
    const round = String(Math.floor(now.getTime() / this.env.RECONCILE_INTERVAL_MS));
    const jobs = [...future.map((row) => momentJob(row, now, null)), ...due.map((row) => momentJob(row, now, round))];
    for (let i = 0; i < jobs.length; i += 1000) {
      await this.queue.addBulk(
        jobs.slice(i, i + 1000).map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.jobId, delay: job.delay, removeOnComplete: true } })),
      );
    }
    return jobs.length;
  }
}

/** After a cohort changes (created, enrolled, rescheduled): queue its moments. */
@JobHandlerProvider()
export class ScheduleCohortHandler implements JobHandler<'cohort.schedule'> {
  readonly jobName = 'cohort.schedule' as const;
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly moments: MomentQueue,
    private readonly clock: Clock,
  ) {}

  async handle({ cohortId }: JobPayloads['cohort.schedule']): Promise<void> {
    const now = this.clock.now();
    // Right after a big enrolment the planner has no statistics for the new cohort's rows and
    // estimates 1 milestone: a nested loop over enrolments per milestone (10,000 × 200,000 rows).
    // Hash joins are right at any size; transaction-local.
    await this.txHost.tx.query(`SELECT set_config('enable_nestloop', 'off', true)`);
    const futureQuery = futureMomentsQuery({ now, cohortId });
    const dueQuery = dueMomentsQuery({ now, cohortId });
    const future: MomentRow[] = await this.txHost.tx.query(futureQuery.text, futureQuery.values);
    const due: MomentRow[] = await this.txHost.tx.query(dueQuery.text, dueQuery.values);
    await this.moments.add(future, due, now);
  }
}

@JobHandlerProvider()
export class AdvanceCohortHandler implements JobHandler<'cohort.advance'> {
  readonly jobName = 'cohort.advance' as const;
  constructor(private readonly effects: TimedEffects) {}

  async handle({ cohortId }: JobPayloads['cohort.advance']): Promise<void> {
    await this.effects.advanceCohort(cohortId);
  }
}

@JobHandlerProvider()
export class RemindMilestonesHandler implements JobHandler<'milestone.remind'> {
  readonly jobName = 'milestone.remind' as const;
  constructor(private readonly effects: TimedEffects) {}

  async handle({ cohortId, at, offsetDays }: JobPayloads['milestone.remind']): Promise<void> {
    await this.effects.remind(cohortId, new Date(at), offsetDays);
  }
}

@JobHandlerProvider()
export class MarkOverdueHandler implements JobHandler<'milestone.mark-overdue'> {
  readonly jobName = 'milestone.mark-overdue' as const;
  constructor(private readonly effects: TimedEffects) {}

  async handle({ cohortId, at }: JobPayloads['milestone.mark-overdue']): Promise<void> {
    await this.effects.markOverdue(cohortId, new Date(at));
  }
}

@JobHandlerProvider()
export class ScheduledActionHandler implements JobHandler<'enrolment.scheduled-action'> {
  readonly jobName = 'enrolment.scheduled-action' as const;
  constructor(private readonly effects: TimedEffects) {}

  async handle({ cohortId, at, kind }: JobPayloads['enrolment.scheduled-action']): Promise<void> {
    await this.effects.openScheduledActions(cohortId, new Date(at), kind);
  }
}

/**
 * Rebuilds Redis from Postgres, on start and every RECONCILE_INTERVAL_MS: it re-adds the
 * delayed job of every future moment (an existing id is a no-op, so after a FLUSHALL exactly the
 * missing ones come back) and queues a catch-up for every moment that passed with its effect
 * not done (the worker was down, or Redis lost the job). Two queries across all organizations,
 * on the system role, whose only right here is reading due moments; the effects then run per
 * organization under row level security.
 */
@Injectable()
export class TimerReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TimerReconciler.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly system: SystemDatabase,
    private readonly moments: MomentQueue,
    private readonly clock: Clock,
    private readonly env: Env,
    private readonly metrics: Metrics,
  ) {
    this.task = new PeriodicTask('reconcile', this.env.RECONCILE_INTERVAL_MS, () => this.reconcile(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Returns how many future jobs were re-added and how many catch-ups were queued. */
  async reconcile(): Promise<{ future: number; due: number }> {
    const now = this.clock.now();
    const future = (await this.system.pool.query<MomentRow>(futureMomentsQuery({ now, cohortId: null }))).rows;
    const due = (await this.system.pool.query<MomentRow>(dueMomentsQuery({ now, cohortId: null }))).rows;
    await this.moments.add(future, due, now);
    this.metrics.catchUps.inc({ kind: 'timed-effects' }, due.length);
    if (due.length > 0) this.logger.log({ future: future.length, due: due.length }, 'timers reconciled');
    return { future: future.length, due: due.length };
  }
}
