import type { Job } from 'bullmq';
import { JobName, JobPayloads } from './jobs';

/**
 * One handler per job name, provided by the domain that owns the job. Delivery is at least
 * once: a handler re-reads its rows and does nothing when the effect already happened.
 */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(data: JobPayloads[N], job: Job<JobPayloads[N]>): Promise<void>;
}

/** Fails when a job name has no handler or more than one: the worker refuses to start. */
export function indexHandlers(handlers: JobHandler[], names: readonly JobName[]): Map<JobName, JobHandler> {
  const index = new Map<JobName, JobHandler>();
  for (const handler of handlers) {
    if (index.has(handler.jobName)) throw new Error(`job ${handler.jobName} has two handlers`);
    index.set(handler.jobName, handler);
  }
  const missing = names.filter((name) => !index.has(name));
  if (missing.length > 0) throw new Error(`jobs without a handler: ${missing.join(', ')}`);
  const unknown = [...index.keys()].filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`handlers for undeclared jobs: ${unknown.join(', ')}`);
  return index;
}
