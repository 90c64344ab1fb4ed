import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobDispatcher } from '@hatchery/core';
import type { Job } from 'bullmq';

/** One processor per queue; each only hands jobs to the dispatcher. */
@Processor('notifications', { concurrency: 5 })
export class NotificationsProcessor extends WorkerHost {
  constructor(private readonly dispatcher: JobDispatcher) {
    super();
  }

  process(job: Job): Promise<void> {
    return this.dispatcher.dispatch(job);
  }
}

@Processor('selection', { concurrency: 5 })
export class SelectionProcessor extends WorkerHost {
  constructor(private readonly dispatcher: JobDispatcher) {
    super();
  }

  process(job: Job): Promise<void> {
    return this.dispatcher.dispatch(job);
  }
}

export const PROCESSORS = [NotificationsProcessor, SelectionProcessor];
