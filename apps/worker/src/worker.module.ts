import { Module } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { ApplicationsModule } from '@hatchery/applications';
import { BillingWorkerModule } from '@hatchery/billing';
import { CohortsWorkerModule } from '@hatchery/cohorts';
import { EquityModule } from '@hatchery/equity';
import { FundingWorkerModule } from '@hatchery/funding';
import { MentorsWorkerModule } from '@hatchery/mentors';
import { SpacesModule } from '@hatchery/spaces';
import { CoreModule, EventsWorkerModule, HealthModule, JobDispatcher, OutboxRedelivery, OutboxRelay, ProblemFilter } from '@hatchery/core';
import { NotificationsModule } from '@hatchery/notifications';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesWorkerModule } from '@hatchery/programmes';
import { StartupsModule } from '@hatchery/startups';
import { WorkerHealthController } from './health.controller';
import { PROCESSORS } from './processors';

/**
 * The domains the worker runs. Their job handlers (`@JobHandlerProvider()`) and event subscribers
 * (`@EventSubscriberProvider()`) are found in their modules; the dispatcher refuses to start when a
 * declared job has no handler or two.
 */
@Module({
  imports: [
    CoreModule,
    DiscoveryModule,
    HealthModule,
    EventsWorkerModule,
    OrganizationsModule,
    ProgrammesWorkerModule,
    ApplicationsModule,
    NotificationsModule,
    StartupsModule,
    CohortsWorkerModule,
    EquityModule,
    FundingWorkerModule,
    MentorsWorkerModule,
    SpacesModule,
    BillingWorkerModule,
  ],
  controllers: [WorkerHealthController],
  providers: [JobDispatcher, OutboxRelay, OutboxRedelivery, ...PROCESSORS, { provide: APP_FILTER, useClass: ProblemFilter }],
})
export class WorkerModule {}
