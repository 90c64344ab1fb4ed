import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@hatchery/accounts';
import { CohortsModule } from '@hatchery/cohorts';
import { NotificationsModule } from '@hatchery/notifications';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesModule } from '@hatchery/programmes';
import { StartupsModule } from '@hatchery/startups';
import { MentorAssignmentsService } from './assignments.service';
import { MentorAssignment } from './entities/mentor-assignment.entity';
import { MentorConflict, MentorFeeTerms, MentorProfile, MentorRate, MentorTag, StartupMentoringNeeds } from './entities/mentor-profile.entity';
import { MentorSession } from './entities/mentor-session.entity';
import { MentorStatement, MentorStatementLine, MentorStatementRun, MentorSuccessFee } from './entities/mentor-statement.entity';
import { MentorHoursService } from './hours.service';
import { MentorContext } from './mentor-context';
import { MentorProfilesService } from './profiles.service';
import { MentorStatementsMonthEndHandler, MentorStatementSweeper } from './mentors.jobs';
import { AccrueSuccessFees } from './mentors.subscribers';
import { MentorSessionsService } from './sessions.service';
import { MentorStatementsService } from './statements.service';

const SERVICES = [MentorProfilesService, MentorAssignmentsService, MentorSessionsService, MentorHoursService, MentorStatementsService];

@Module({
  imports: [
    TypeOrmModule.forFeature([MentorTag, MentorProfile, MentorRate, MentorFeeTerms, MentorConflict, StartupMentoringNeeds, MentorAssignment, MentorSession, MentorStatementRun, MentorStatement, MentorStatementLine, MentorSuccessFee]),
    AccountsModule,
    OrganizationsModule,
    ProgrammesModule,
    StartupsModule,
    CohortsModule,
    NotificationsModule,
  ],
  providers: [MentorContext, ...SERVICES, MentorStatementsMonthEndHandler, AccrueSuccessFees],
  exports: SERVICES,
})
export class MentorsModule {}

/** The worker's part: the month-end sweep that issues statements (and catches up missed months). */
@Module({
  imports: [MentorsModule],
  providers: [MentorStatementSweeper],
  exports: [MentorStatementSweeper, MentorsModule],
})
export class MentorsWorkerModule {}
