import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@hatchery/notifications';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesModule } from '@hatchery/programmes';
import { StorageModule } from '@hatchery/core';
import { StartupsModule } from '@hatchery/startups';
import { AttentionService } from './attention.service';
import { MilestoneTrendService } from './milestone-trend.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import {
  AdvanceCohortHandler,
  MarkOverdueHandler,
  MomentQueue,
  RemindMilestonesHandler,
  ScheduleCohortHandler,
  ScheduledActionHandler,
  TimerReconciler,
} from './cohorts.jobs';
import { CohortsService } from './cohorts.service';
import { EndDeclinedEnrolments } from './cohorts.subscribers';
import { EnrolmentsService } from './enrolments.service';
import { CalendarFeed } from './entities/calendar-feed.entity';
import { Cohort, CohortMilestone, CohortPhase } from './entities/cohort.entity';
import { Enrolment } from './entities/enrolment.entity';
import { Milestone, MilestoneEvent, MilestoneReminder } from './entities/milestone.entity';
import { MilestoneAttachment } from './entities/milestone-attachment.entity';
import { ProgrammeAction } from './entities/programme-action.entity';
import { MilestoneAttachmentsService } from './milestone-attachments.service';
import { MilestonesService } from './milestones.service';
import { ProgrammeActionsService } from './programme-actions.service';
import { TimedEffects } from './timed-effects.service';

const SERVICES = [CohortsService, EnrolmentsService, MilestonesService, ProgrammeActionsService, CalendarFeedsService, AttentionService, MilestoneAttachmentsService, MilestoneTrendService];
const HANDLERS = [ScheduleCohortHandler, AdvanceCohortHandler, RemindMilestonesHandler, MarkOverdueHandler, ScheduledActionHandler];

@Module({
  imports: [
    TypeOrmModule.forFeature([Cohort, CohortPhase, CohortMilestone, Enrolment, Milestone, MilestoneEvent, MilestoneReminder, ProgrammeAction, CalendarFeed, MilestoneAttachment]),
    ProgrammesModule,
    OrganizationsModule,
    StartupsModule,
    NotificationsModule,
    StorageModule,
  ],
  providers: [...SERVICES, TimedEffects, MomentQueue, ...HANDLERS, EndDeclinedEnrolments],
  exports: [...SERVICES, TimedEffects, MomentQueue, ...HANDLERS],
})
export class CohortsModule {}

/** The worker's part: the reconciler that rebuilds timed jobs from Postgres. */
@Module({
  imports: [CohortsModule],
  providers: [TimerReconciler],
  exports: [TimerReconciler, CohortsModule],
})
export class CohortsWorkerModule {}
