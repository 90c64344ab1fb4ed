import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DeliverEventHandler, EventSubscribers, PublishEventHandler } from './events.jobs';

/** The worker's side of domain events: finds the subscribers and delivers to them. */
@Module({
  imports: [DiscoveryModule],
  providers: [EventSubscribers, PublishEventHandler, DeliverEventHandler],
  exports: [EventSubscribers],
})
export class EventsWorkerModule {}
