import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { JobDispatcher, QueueName, QUEUES } from '@hatchery/core';
import type { Job } from 'bullmq';

/** A processor for one queue: it only hands jobs to the dispatcher. */
function processorFor(queue: QueueName) {
  // Read at import, before Nest's config exists; the same variable is validated at start-up (Env).
  const lockDuration = Number(process.env.JOB_LOCK_MS) || 30_000;
  @Processor(queue, { concurrency: 5, lockDuration, stalledInterval: lockDuration })
  class QueueProcessor extends WorkerHost {
    constructor(@Inject(JobDispatcher) private readonly dispatcher: JobDispatcher) {
      super();
    }

    process(job: Job): Promise<void> {
      return this.dispatcher.dispatch(job);
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue}-processor` });
  return QueueProcessor;
}

/** One per declared queue, so no queue is left without a consumer. */
export const PROCESSORS = QUEUES.map(processorFor);
