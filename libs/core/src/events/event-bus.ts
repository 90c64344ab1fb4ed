import { Injectable } from '@nestjs/common';
import { newId } from '../ids';
import { Outbox } from '../outbox/outbox.service';
import { jobId } from '../queue/jobs';
import { DomainEvents, EventName } from './events';

/**
 * Publishes a domain event in the caller's transaction: an outbox row for the `event.publish`
 * job. If the transaction rolls back the event never happened; once it commits, the worker hands
 * it to each subscriber (events.jobs.ts). The publisher knows nothing of its subscribers.
 */
@Injectable()
export class EventBus {
  constructor(private readonly outbox: Outbox) {}

  async publish<E extends EventName>(event: E, organizationId: string, payload: DomainEvents[E]): Promise<string> {
    const eventId = newId();
    await this.outbox.enqueue('event.publish', { organizationId, eventId, event, payload: payload as object }, { jobId: jobId('event.publish', eventId) });
    return eventId;
  }
}
