import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Outbox } from '../outbox/outbox.service';
import { JobHandler, JobHandlerProvider } from '../queue/job-handler';
import { defineJobs, jobId, JobPayloads } from '../queue/jobs';
import { EVENT_SUBSCRIBER, EventName, EventSubscriber } from './events';

declare module '../queue/jobs' {
  interface JobPayloads {
    /** A committed event: fanned out into one `event.deliver` per subscriber. */
    'event.publish': { organizationId: string; eventId: string; event: string; payload: object };
    /** One event for one subscriber, delivered once (event_deliveries). */
    'event.deliver': { organizationId: string; eventId: string; event: string; subscriber: string; payload: object };
  }
}

export const EVENT_JOBS = defineJobs({ 'event.publish': 'events', 'event.deliver': 'events' });

/** Every `@EventSubscriberProvider()` of the process, by event; names are checked unique at start. */
@Injectable()
export class EventSubscribers implements OnModuleInit {
  private readonly byName = new Map<string, EventSubscriber>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.metatype && wrapper.instance && Reflect.getMetadata(EVENT_SUBSCRIBER, wrapper.metatype) === true)
      .map((wrapper) => wrapper.instance as EventSubscriber);
    this.register(found);
  }

  register(subscribers: EventSubscriber[]): void {
    for (const subscriber of subscribers) {
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(subscriber.name)) throw new Error(`event subscriber name ${subscriber.name} is not <domain>.<reaction>`);
      const known = this.byName.get(subscriber.name);
      if (known && known !== subscriber) throw new Error(`two event subscribers are named ${subscriber.name}`);
      this.byName.set(subscriber.name, subscriber);
    }
  }

  of(event: string): EventSubscriber[] {
    return [...this.byName.values()].filter((s) => s.event === (event as EventName));
  }

  get(name: string): EventSubscriber | undefined {
    return this.byName.get(name);
  }
}

/**
 * A published event becomes one outbox row per subscriber, in one transaction, each with its own
 * job id (`event.deliver.<event id>.<subscriber>`): a failing subscriber is retried on its own and
 * holds up no other. Runs again harmlessly: the rows' jobs are then ids BullMQ already holds, and
 * each delivery happens once anyway.
 */
@JobHandlerProvider()
export class PublishEventHandler implements JobHandler<'event.publish'> {
  readonly jobName = 'event.publish' as const;
  constructor(
    private readonly subscribers: EventSubscribers,
    private readonly outbox: Outbox,
  ) {}

  async handle({ organizationId, eventId, event, payload }: JobPayloads['event.publish']): Promise<void> {
    const jobs = this.subscribers.of(event).map((subscriber) => ({
      data: { organizationId, eventId, event, subscriber: subscriber.name, payload },
      jobId: jobId('event.deliver', eventId, subscriber.name),
    }));
    await this.outbox.enqueueMany('event.deliver', jobs);
  }
}

/**
 * Delivers one event to one subscriber, once: the delivery's row (primary key event and
 * subscriber) is inserted in the subscriber's transaction, so a second run, or a second worker
 * running the same job, finds it there (or waits on it, and finds it) and does nothing; a
 * subscriber that throws rolls its row back with its effect, and BullMQ tries again.
 */
@JobHandlerProvider()
export class DeliverEventHandler implements JobHandler<'event.deliver'> {
  readonly jobName = 'event.deliver' as const;
  private readonly logger = new Logger('Events');

  constructor(
    private readonly subscribers: EventSubscribers,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async handle({ organizationId, eventId, event, subscriber: name, payload }: JobPayloads['event.deliver']): Promise<void> {
    const subscriber = this.subscribers.get(name);
    if (!subscriber || subscriber.event !== event) {
      // Removed or renamed since the event was published: nothing here reacts to it any more.
      this.logger.warn({ eventId, event, subscriber: name }, 'event subscriber gone; not delivered');
      return;
    }
    const recorded: unknown[] = await this.txHost.tx.query(
      `INSERT INTO event_deliveries (event_id, subscriber, organization_id, event) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventId, name, organizationId, event],
    );
    if (recorded.length === 0) return;
    await subscriber.handle(payload as never, { eventId, organizationId });
  }
}
