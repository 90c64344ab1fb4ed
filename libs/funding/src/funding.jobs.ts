import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock, defineJobs, Env, JobHandler, JobHandlerProvider, jobId, JobPayloads, Metrics, PeriodicTask, SystemDatabase } from '@hatchery/core';
import { GrantsService } from './grants.service';

declare module '@hatchery/core' {
  interface JobPayloads {
    /** The grant's date tranches whose moment has come become payable (once: a status guard). */
    'grant.tranches-due': { organizationId: string; grantId: string };
  }
}

export const FUNDING_JOBS = defineJobs({ 'grant.tranches-due': 'milestones' });

@JobHandlerProvider()
export class GrantTranchesDueHandler implements JobHandler<'grant.tranches-due'> {
  readonly jobName = 'grant.tranches-due' as const;
  constructor(private readonly grants: GrantsService) {}

  async handle({ grantId }: JobPayloads['grant.tranches-due']): Promise<void> {
    await this.grants.datesCame(grantId);
  }
}

/**
 * The catch-up for date tranches, on worker start and every RECONCILE_INTERVAL_MS: every grant
 * with a scheduled tranche whose moment has passed by the Clock gets a `grant.tranches-due` job
 * now (its id carries the reconcile round, so it runs even while the delayed job still waits, and
 * one that failed for good is tried again next round). The delayed jobs themselves are outbox rows
 * until they run, so a Redis wipe brings them back through the outbox redelivery; this sweep covers
 * a worker that was down, a clock that jumped, or a delayed job that fired early.
 */
@Injectable()
export class TrancheSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TrancheSweeper.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly system: SystemDatabase,
    @InjectQueue('milestones') private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly env: Env,
    private readonly metrics: Metrics,
  ) {
    this.task = new PeriodicTask('tranche sweep', this.env.RECONCILE_INTERVAL_MS, () => this.sweep(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Returns how many grants had tranches due. */
  async sweep(): Promise<{ due: number }> {
    const now = this.clock.now();
    const { rows } = await this.system.pool.query<{ organization_id: string; grant_id: string }>(
      `SELECT DISTINCT organization_id, grant_id FROM grant_tranches WHERE status = 'scheduled' AND payable_at <= $1 LIMIT 10000`,
      [now],
    );
    const round = String(Math.floor(now.getTime() / this.env.RECONCILE_INTERVAL_MS));
    if (rows.length > 0) {
      await this.queue.addBulk(
        rows.map((r) => ({
          name: 'grant.tranches-due',
          data: { organizationId: r.organization_id, grantId: r.grant_id },
          opts: { jobId: jobId('grant.tranches-due', r.grant_id, `due-${round}`), removeOnComplete: true },
        })),
      );
      this.metrics.catchUps.inc({ kind: 'grant-tranches' }, rows.length);
      this.logger.log({ due: rows.length }, 'grant tranches caught up');
    }
    return { due: rows.length };
  }
}
