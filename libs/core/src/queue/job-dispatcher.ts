import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Tenancy } from '../database/tenancy';
import { JobHandler, indexHandlers } from './job-handler';
import { JOB_NAMES, JobName, JobPayloads } from './jobs';

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** Routes a job to its handler and runs it inside the job's organization, under RLS. */
@Injectable()
export class JobDispatcher {
  private readonly handlers: Map<JobName, JobHandler>;
  private readonly logger = new Logger('Jobs');

  constructor(
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    private readonly tenancy: Tenancy,
  ) {
    this.handlers = indexHandlers(handlers, JOB_NAMES);
  }

  async dispatch(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    const data = job.data as JobPayloads[JobName];
    this.logger.log({ jobId: job.id, job: job.name, organizationId: data.organizationId, attempt: job.attemptsMade + 1 }, 'job started');
    await this.tenancy.runInOrganization(data.organizationId, () => handler.handle(data, job));
    this.logger.log({ jobId: job.id, job: job.name, organizationId: data.organizationId }, 'job done');
  }
}
