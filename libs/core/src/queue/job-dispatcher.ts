import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { RequestContext } from '../database/request-context';
import { SystemDatabase } from '../database/system-database';
import { Tenancy } from '../database/tenancy';
import { Metrics } from '../metrics/metrics';
import { discoverJobHandlers, JobHandler, indexHandlers } from './job-handler';
import { JobData, JobName, jobNames } from './jobs';

/** Optional: the handlers, given by hand (a bench, a test). Without it the worker discovers every `@JobHandlerProvider()`. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/**
 * Routes a job to its handler and runs it inside the job's organization, under RLS, with the id
 * of the request that caused it. When the handler is done, the job's outbox rows (if it came from
 * the outbox) are marked completed, so the redelivery sweep stops watching them.
 */
@Injectable()
export class JobDispatcher implements OnModuleInit {
  private handlers?: Map<JobName, JobHandler>;
  private readonly logger = new Logger('Jobs');

  constructor(
    @Optional() @Inject(JOB_HANDLERS) handlers: JobHandler[] | undefined,
    private readonly tenancy: Tenancy,
    private readonly context: RequestContext,
    private readonly system: SystemDatabase,
    private readonly metrics: Metrics,
    @Optional() private readonly discovery?: DiscoveryService,
  ) {
    if (handlers) this.handlers = indexHandlers(handlers, jobNames());
  }

  /** Every provider exists by now: the handlers are found, and a job without one (or with two) stops the start. */
  onModuleInit(): void {
    if (this.handlers) return;
    if (!this.discovery) throw new Error('JobDispatcher needs JOB_HANDLERS or DiscoveryModule');
    this.handlers = indexHandlers(discoverJobHandlers(this.discovery), jobNames());
  }

  async dispatch(job: Job): Promise<void> {
    const handler = this.handlers?.get(job.name as JobName);
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    const { requestId, ...data } = job.data as JobData<JobName>;
    const fields = { jobId: job.id, job: job.name, organizationId: data.organizationId, requestId };
    const stopTimer = this.metrics.jobs.startTimer({ job: job.name });
    this.logger.log({ ...fields, attempt: job.attemptsMade + 1 }, 'job started');
    try {
      await this.tenancy.runInOrganization(data.organizationId, () => {
        this.context.set('requestId', requestId);
        return handler.handle(data, job);
      });
    } catch (error) {
      stopTimer({ outcome: 'failed' });
      this.metrics.jobFailures.inc({ job: job.name });
      this.logger.warn({ ...fields, err: error }, 'job failed');
      throw error;
    }
    stopTimer({ outcome: 'completed' });
    await this.markCompleted(job.id);
    this.logger.log(fields, 'job done');
  }

  /** After the handler's transaction committed: a crash before this only makes the sweep look again. */
  private async markCompleted(jobId: string | undefined): Promise<void> {
    if (!jobId) return;
    await this.system.pool.query(`UPDATE outbox_messages SET completed_at = now() WHERE job_id = $1 AND relayed_at IS NOT NULL AND completed_at IS NULL`, [jobId]);
  }
}
