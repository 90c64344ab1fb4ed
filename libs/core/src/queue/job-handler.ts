import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { DiscoveryService } from '@nestjs/core';
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

const JOB_HANDLER = Symbol('hatchery:job-handler');

/**
 * Marks a provider as a job handler: the worker finds it (Nest's DiscoveryService) in whichever
 * domain module declares it, so no list of handlers is kept by hand. The job is the class's
 * `jobName`.
 */
export function JobHandlerProvider(): ClassDecorator {
  return applyDecorators(Injectable(), SetMetadata(JOB_HANDLER, true));
}

/** Every `@JobHandlerProvider()` instance of the application (each provider once, whatever imports its module). */
export function discoverJobHandlers(discovery: DiscoveryService): JobHandler[] {
  return discovery
    .getProviders()
    .filter((wrapper) => wrapper.metatype && wrapper.instance && Reflect.getMetadata(JOB_HANDLER, wrapper.metatype) === true)
    .map((wrapper) => wrapper.instance as JobHandler);
}

/**
 * Timed effects: the catch-up pattern every domain copies (cohorts' TimerReconciler + MomentQueue,
 * programmes' CallScheduleSweeper).
 * 1. The moment lives in a Postgres column (`due_at`, `closes_at`, …), never only in Redis.
 * 2. The effect is a job whose handler acts only on what is due by the Clock and not yet done,
 *    guarded by a unique key or a conditional update, so it may run early, late or twice.
 * 3. Writing the moment queues a delayed job (delay = moment − now) under a deterministic id.
 * 4. A reconciler in the domain's worker module, on start and every RECONCILE_INTERVAL_MS, reads
 *    from Postgres (system role) the moments ahead (re-adds their delayed jobs; a known id is a
 *    no-op, so after a Redis wipe exactly the missing ones return) and the moments passed with the
 *    effect not done (adds a catch-up job, id suffixed per reconcile round, delay 0).
 * Nothing else: no in-process timers holding state, no effect that only Redis remembers.
 */

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
