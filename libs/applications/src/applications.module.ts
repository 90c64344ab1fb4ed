import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@hatchery/accounts';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesModule } from '@hatchery/programmes';
import { CohortsModule } from '@hatchery/cohorts';
import { StartupsModule } from '@hatchery/startups';
import { DecisionEmailHandler, PromoteWaitlistHandler, StartReviewHandler } from './applications.jobs';
import { ApplicationsService } from './applications.service';
import { CallFunnelService } from './call-funnel.service';
import { MyApplicationsService } from './my-applications.service';
import { DecisionsService } from './decisions.service';
import { Application } from './entities/application.entity';
import { ReviewAssignment, ReviewConflict, ReviewScore } from './entities/review.entity';
import { RankingService } from './ranking.service';
import { ReviewsService } from './reviews.service';

const SERVICES = [ApplicationsService, ReviewsService, RankingService, DecisionsService, MyApplicationsService, CallFunnelService];
const HANDLERS = [StartReviewHandler, PromoteWaitlistHandler, DecisionEmailHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Application, ReviewAssignment, ReviewScore, ReviewConflict]), ProgrammesModule, OrganizationsModule, AccountsModule, StartupsModule, CohortsModule],
  providers: [...SERVICES, ...HANDLERS],
  exports: [...SERVICES, ...HANDLERS],
})
export class ApplicationsModule {}
