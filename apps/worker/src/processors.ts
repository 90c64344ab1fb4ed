import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger } from '@nestjs/common';
import { JobDispatcher, QueueName, QUEUES, settleConnection } from '@hatchery/core';
import type { Job } from 'bullmq';

const logger = new Logger('Queues');

/** A processor for one queue: it only hands jobs to the dispatcher. */
function processorFor(queue: QueueName) {
  // Read at import, before Nest's config exists; the same variable is validated at start-up (Env).
  const lockDuration = Number(process.env.JOB_LOCK_MS) || 30_000;
  @Processor(queue, { concurrency: 5, lockDuration, stalledInterval: lockDuration })
  class QueueProcessor extends WorkerHost implements BeforeApplicationShutdown {
    constructor(@Inject(JobDispatcher) private readonly dispatcher: JobDispatcher) {
      super();
    }

    process(job: Job): Promise<void> {
      return this.dispatcher.dispatch(job);
    }

    /** A worker closed while its connection is still opening ends the process (see QueueConnectionSettler). */
    async beforeApplicationShutdown(): Promise<void> {
      await settleConnection(() => this.worker.waitUntilReady());
    }

    /** A lost or closing Redis connection: logged (BullMQ reconnects); unlistened, it would crash the process. */
    @OnWorkerEvent('error')
    onError(error: Error): void {
      logger.warn(`worker ${queue}: ${error.message}`);
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue}-processor` });
  return QueueProcessor;
}

/** One per declared queue, so no queue is left without a consumer. */
export const PROCESSORS = QUEUES.map(processorFor);
