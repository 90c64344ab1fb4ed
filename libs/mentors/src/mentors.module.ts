import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@hatchery/accounts';
import { CohortsModule } from '@hatchery/cohorts';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesModule } from '@hatchery/programmes';
import { StartupsModule } from '@hatchery/startups';
import { MentorAssignmentsService } from './assignments.service';
import { MentorAssignment } from './entities/mentor-assignment.entity';
import { MentorConflict, MentorFeeTerms, MentorProfile, MentorRate, MentorTag, StartupMentoringNeeds } from './entities/mentor-profile.entity';
import { MentorSession } from './entities/mentor-session.entity';
import { MentorHoursService } from './hours.service';
import { MentorContext } from './mentor-context';
import { MentorProfilesService } from './profiles.service';
import { MentorSessionsService } from './sessions.service';

const SERVICES = [MentorProfilesService, MentorAssignmentsService, MentorSessionsService, MentorHoursService];

@Module({
  imports: [
    TypeOrmModule.forFeature([MentorTag, MentorProfile, MentorRate, MentorFeeTerms, MentorConflict, StartupMentoringNeeds, MentorAssignment, MentorSession]),
    AccountsModule,
    OrganizationsModule,
    ProgrammesModule,
    StartupsModule,
    CohortsModule,
  ],
  providers: [MentorContext, ...SERVICES],
  exports: SERVICES,
})
export class MentorsModule {}
