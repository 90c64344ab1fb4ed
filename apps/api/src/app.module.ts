import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccountsModule } from '@hatchery/accounts';
import { ApplicationsModule } from '@hatchery/applications';
import { CohortsModule } from '@hatchery/cohorts';
import { EquityModule } from '@hatchery/equity';
import { FundingModule } from '@hatchery/funding';
import { MentorsModule } from '@hatchery/mentors';
import { SpacesModule } from '@hatchery/spaces';
import { BillingModule } from '@hatchery/billing';
import { NotificationsModule } from '@hatchery/notifications';
import { StartupsModule } from '@hatchery/startups';
import { AuthGuard, CoreModule, HealthModule, ProblemFilter, RequestTransactionInterceptor } from '@hatchery/core';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesModule } from '@hatchery/programmes';
import { ApplicationsController } from './applications/applications.controller';
import { MyApplicationsController } from './applications/my-applications.controller';
import { SelectionController } from './applications/selection.controller';
import { AuthController } from './auth/auth.controller';
import { AttachmentsController } from './cohorts/attachments.controller';
import { AttentionController } from './cohorts/attention.controller';
import { CohortsController } from './cohorts/cohorts.controller';
import { MilestonesController } from './cohorts/milestones.controller';
import { EquityController } from './equity/equity.controller';
import { GrantsController } from './funding/grants.controller';
import { PerksController } from './funding/perks.controller';
import { HealthController } from './health/health.controller';
import { MentorAssignmentsController } from './mentors/mentor-assignments.controller';
import { MentorProfilesController } from './mentors/mentor-profiles.controller';
import { MentorSessionsController } from './mentors/mentor-sessions.controller';
import { MentorStatementsController } from './mentors/mentor-statements.controller';
import { MeController } from './notifications/me.controller';
import { MembersController } from './organizations/members.controller';
import { OrganizationsController } from './organizations/organizations.controller';
import { ProgrammesController } from './programmes/programmes.controller';
import { PublicCallsController } from './programmes/public-calls.controller';
import { LeasesController } from './spaces/leases.controller';
import { SpacesController } from './spaces/spaces.controller';
import { InvoicesController } from './billing/invoices.controller';
import { PaymentsController } from './billing/payments.controller';
import { StartupsController } from './startups/startups.controller';

@Module({
  imports: [CoreModule, HealthModule, AccountsModule, OrganizationsModule, ProgrammesModule, ApplicationsModule, StartupsModule, CohortsModule, NotificationsModule, FundingModule, EquityModule, MentorsModule, SpacesModule, BillingModule],
  controllers: [AuthController, OrganizationsController, MembersController, ProgrammesController, ApplicationsController, SelectionController, CohortsController, MilestonesController, StartupsController, AttentionController, AttachmentsController, MyApplicationsController, PublicCallsController, MeController, HealthController, GrantsController, PerksController, EquityController, MentorProfilesController, MentorAssignmentsController, MentorSessionsController, MentorStatementsController, SpacesController, LeasesController, InvoicesController, PaymentsController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: RequestTransactionInterceptor },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class ApiModule {}
