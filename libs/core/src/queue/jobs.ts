import type { JobsOptions } from 'bullmq';

/** Queues by workload. */
export const QUEUES = ['notifications', 'selection', 'milestones', 'events', 'billing'] as const;
export type QueueName = (typeof QUEUES)[number];

/**
 * Every job the system runs: its name (`<domain>.<verb>`) and payload. Core declares only its own
 * (the event jobs, in events/events.jobs.ts); each domain adds its jobs from its own
 * `<domain>.jobs.ts` by declaration merging:
 *
 * ```ts
 * declare module '@hatchery/core' {
 *   interface JobPayloads {
 *     'invoice.issue-period': { organizationId: string; leaseId: string; period: string };
 *   }
 * }
 * export const BILLING_JOBS = defineJobs({ 'invoice.issue-period': 'billing' });
 * ```
 *
 * Payloads carry ids, never copies of rows; tenant jobs always carry their organizationId.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface JobPayloads {}
export type JobName = keyof JobPayloads & string;

/** What a job carries in BullMQ: its payload and, when a request caused it, that request's id. */
export type JobData<N extends JobName> = JobPayloads[N] & { requestId?: string };

const catalogue = new Map<JobName, QueueName>();

/**
 * Declares a domain's jobs and the queue each runs on, at import of its `<domain>.jobs.ts` (every
 * process that loads the domain loads its jobs). A name declared twice on two queues is a
 * programming error and fails at import. Returns the map, typed, for the domain's own use.
 */
export function defineJobs<const M extends { [N in JobName]?: QueueName }>(jobs: M): M {
  for (const [name, queue] of Object.entries(jobs) as [JobName, QueueName][]) {
    if (!QUEUES.includes(queue)) throw new Error(`job ${name}: no queue ${queue}`);
    const known = catalogue.get(name);
    if (known && known !== queue) throw new Error(`job ${name} is declared on two queues (${known}, ${queue})`);
    catalogue.set(name, queue);
  }
  return jobs;
}

/** The queue of a declared job; an undeclared name is an error that names it. */
export function jobQueue(name: string): QueueName {
  const queue = catalogue.get(name as JobName);
  if (!queue) throw new Error(`job ${name} is not declared (defineJobs in its domain's jobs.ts)`);
  return queue;
}

/** Every job declared by the domains this process loaded. */
export function jobNames(): JobName[] {
  return [...catalogue.keys()];
}

/** I/O jobs: retried with exponential backoff (BullMQ adds jitter), failures kept for inspection. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: false,
};

/** BullMQ job ids must not contain ':'; ours are `<job-name>.<entity id>[.<discriminator>]`. */
export function jobId(name: JobName, ...parts: string[]): string {
  const id = [name, ...parts].join('.');
  if (id.includes(':')) throw new Error(`job id must not contain ':' (${id})`);
  return id;
}
