import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApplicationsModule, DecisionEmailHandler, PromoteWaitlistHandler, StartReviewHandler } from '@hatchery/applications';
import {
  AdvanceCohortHandler,
  CohortsWorkerModule,
  MarkOverdueHandler,
  RemindMilestonesHandler,
  ScheduleCohortHandler,
  ScheduledActionHandler,
} from '@hatchery/cohorts';
import { CoreModule, HealthModule, JOB_HANDLERS, JobDispatcher, OutboxRedelivery, OutboxRelay, ProblemFilter } from '@hatchery/core';
import { NotificationEmailHandler, NotificationsModule } from '@hatchery/notifications';
import { OrganizationsModule, SendInvitationHandler } from '@hatchery/organizations';
import { CloseCallHandler, OpenCallHandler, ProgrammesWorkerModule } from '@hatchery/programmes';
import { WorkerHealthController } from './health.controller';
import { PROCESSORS } from './processors';

/** Every job handler, from every domain. The dispatcher refuses to start if one is missing or doubled. */
const HANDLERS = [
  SendInvitationHandler,
  OpenCallHandler,
  CloseCallHandler,
  StartReviewHandler,
  DecisionEmailHandler,
  PromoteWaitlistHandler,
  ScheduleCohortHandler,
  AdvanceCohortHandler,
  RemindMilestonesHandler,
  MarkOverdueHandler,
  ScheduledActionHandler,
  NotificationEmailHandler,
];

@Module({
  imports: [CoreModule, HealthModule, OrganizationsModule, ProgrammesWorkerModule, ApplicationsModule, NotificationsModule, CohortsWorkerModule],
  controllers: [WorkerHealthController],
  providers: [
    { provide: JOB_HANDLERS, useFactory: (...handlers: unknown[]) => handlers, inject: HANDLERS },
    JobDispatcher,
    OutboxRelay,
    OutboxRedelivery,
    ...PROCESSORS,
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class WorkerModule {}
