import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock, defineJobs, Env, JobHandler, JobHandlerProvider, jobId, Metrics, PeriodicTask, SystemDatabase } from '@hatchery/core';
import { SWEEP_DUE_ORGANIZATIONS } from './mentor-statements.sql';
import { addMonths, firstDay } from './statement-rules';
import { MentorStatementsService } from './statements.service';

declare module '@hatchery/core' {
  interface JobPayloads {
    /** Issue the organization's mentor statements for every month that ended and has not run (once per mentor and month: the run row). */
    'mentor-statements.month-end': { organizationId: string };
  }
}

export const MENTOR_JOBS = defineJobs({ 'mentor-statements.month-end': 'milestones' });

@JobHandlerProvider()
export class MentorStatementsMonthEndHandler implements JobHandler<'mentor-statements.month-end'> {
  readonly jobName = 'mentor-statements.month-end' as const;
  constructor(private readonly statements: MentorStatementsService) {}

  async handle(): Promise<void> {
    await this.statements.issueDue();
  }
}

/**
 * The month-end timer and its catch-up in one: on worker start and every RECONCILE_INTERVAL_MS, every
 * organization with mentors whose run for the month that has ended somewhere on Earth (the month
 * before that of now + 14 h, by the Clock) is missing gets a `mentor-statements.month-end` job; the
 * job decides in the organization's own timezone and issues what is due (nothing, before its local
 * midnight). A month missed while the worker was down, a Redis wipe or a clock jump are caught up at
 * the next round; the run row makes a second delivery, or a second worker, issue nothing.
 */
@Injectable()
export class MentorStatementSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MentorStatementSweeper.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly system: SystemDatabase,
    @InjectQueue('milestones') private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly env: Env,
    private readonly metrics: Metrics,
  ) {
    this.task = new PeriodicTask('mentor statement sweep', this.env.RECONCILE_INTERVAL_MS, () => this.sweep(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Returns how many organizations got a job. */
  async sweep(): Promise<{ due: number }> {
    const now = this.clock.now();
    const endedSomewhere = addMonths(new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 7), -1);
    const { rows } = await this.system.pool.query<{ organization_id: string }>(SWEEP_DUE_ORGANIZATIONS, [firstDay(endedSomewhere)]);
    const round = String(Math.floor(now.getTime() / this.env.RECONCILE_INTERVAL_MS));
    if (rows.length > 0) {
      await this.queue.addBulk(
        rows.map((r) => ({
          name: 'mentor-statements.month-end',
          data: { organizationId: r.organization_id },
          opts: { jobId: jobId('mentor-statements.month-end', r.organization_id, endedSomewhere, `r${round}`), removeOnComplete: true },
        })),
      );
      this.metrics.catchUps.inc({ kind: 'mentor-statements' }, rows.length);
    }
    return { due: rows.length };
  }
}
